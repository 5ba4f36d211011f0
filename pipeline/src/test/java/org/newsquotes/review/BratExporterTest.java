package org.newsquotes.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.Quote;
import org.newsquotes.record.ReviewStatus;

class BratExporterTest {
    @TempDir Path dir;

    /** Emoji (two Java chars, one code point) before the quotes shift Java offsets against brat's. */
    private final AnnotatedDocument doc = ReviewFixtures.doc("feed/post 1.txt", String.join("\n",
            "Fans cheer 🎉🎉 at the final",
            "[Lena Falk|PERSON] said: “We earned this 🏆 together.” Then she left.",
            "[Omar Reyes|PERSON] wrote: “Next year.”"));

    /** Minimal brat reader: T lines to (type, [code point fragments], text). */
    record BratSpan(String id, String type, List<int[]> fragments, String text) {}

    static List<BratSpan> parseT(String ann) {
        List<BratSpan> out = new ArrayList<>();
        for (String line : ann.split("\n")) {
            if (!line.startsWith("T")) continue;
            String[] cols = line.split("\t");
            String[] typeAndSpans = cols[1].split(" ", 2);
            List<int[]> frags = new ArrayList<>();
            for (String f : typeAndSpans[1].split(";")) {
                String[] se = f.split(" ");
                frags.add(new int[] {Integer.parseInt(se[0]), Integer.parseInt(se[1])});
            }
            out.add(new BratSpan(cols[0], typeAndSpans[0], frags, cols[2]));
        }
        return out;
    }

    @Test
    void offsetsRoundTripInCodePoints() throws Exception {
        List<String> names = BratExporter.export(List.of(doc), dir, false);
        assertThat(names).containsExactly("feed_post_1");
        String txt = Files.readString(dir.resolve("feed_post_1.txt"), StandardCharsets.UTF_8);
        String ann = Files.readString(dir.resolve("feed_post_1.ann"), StandardCharsets.UTF_8);
        assertThat(txt).isEqualTo(doc.text());
        List<BratSpan> spans = parseT(ann);
        List<String> quoteTexts = new ArrayList<>();
        for (BratSpan s : spans) {
            StringBuilder covered = new StringBuilder();
            for (int[] f : s.fragments()) {
                int start = txt.offsetByCodePoints(0, f[0]);
                int end = txt.offsetByCodePoints(0, f[1]);
                if (covered.length() > 0) covered.append(' ');
                covered.append(txt, start, end);
            }
            assertThat(covered.toString()).as(s.id()).isEqualTo(s.text());
            if (s.type().equals("Quote")) quoteTexts.add(covered.toString());
        }
        assertThat(quoteTexts).containsExactly("We earned this 🏆 together.", "Next year.");
        // code point offsets really differ from Java offsets here
        Quote q1 = doc.quotes().get(0);
        assertThat(spans.get(0).fragments().get(0)[0]).isEqualTo(q1.start() - 2);
        assertThat(ann).contains("Attribution Arg1:T1 Arg2:T2").contains("\tKind T1 direct").contains("ReviewStatus T1 unreviewed")
                .contains("AnnotatorNotes T1\tspeaker=Lena Falk");
        Map<String, String> types = new HashMap<>();
        spans.forEach(s -> types.put(s.text(), s.type()));
        assertThat(types).containsEntry("Lena Falk", "Speaker").containsEntry("Omar Reyes", "Speaker");
        assertThat(Files.readString(dir.resolve("annotation.conf"))).contains("[entities]\nQuote\nSpeaker")
                .contains("Attribution\tArg1:Quote, Arg2:Speaker");
    }

    @Test
    void multiLineQuoteBecomesDiscontinuousAndRejectedQuotesAreLeftOutByDefault() {
        AnnotatedDocument d = ReviewFixtures.doc("m.txt", "[Ada Bell|PERSON] said: “First line.\nSecond line.”\nA sign said “Stop”.");
        Quote stop = ReviewFixtures.quote(d, "Stop");
        d = d.withQuotes(List.of(d.quotes().get(0), stop.withReviewStatus(ReviewStatus.REJECTED)));
        String ann = BratExporter.ann(d, false);
        List<BratSpan> spans = parseT(ann);
        BratSpan q = spans.get(0);
        assertThat(q.fragments()).hasSize(2);
        assertThat(q.text()).isEqualTo("First line. Second line.");
        assertThat(spans).noneMatch(s -> s.text().equals("Stop"));
        assertThat(parseT(BratExporter.ann(d, true))).anyMatch(s -> s.text().equals("Stop"));
    }

    @Test
    void correctedSpeakerWithoutEvidenceGetsTheEntitysNearestMention() {
        AnnotatedDocument d = ReviewFixtures.doc("c.txt", "[Ada Bell|PERSON] spoke first.\n[Cy Moss|PERSON] said: “Fine.”");
        Quote q = d.quotes().get(0);
        JournalEntry fix = ReviewFixtures.correct("ana", d, q, "Ada Bell");
        AnnotatedDocument reviewed = ReviewApplier.apply(List.of(d), List.of(fix)).documents().get(0);
        String ann = BratExporter.ann(reviewed, false);
        assertThat(parseT(ann)).anyMatch(s -> s.type().equals("Speaker") && s.text().equals("Ada Bell"));
        assertThat(ann).contains("ReviewStatus T1 corrected").contains("Attribution Arg1:T1 Arg2:T2");
    }
}
