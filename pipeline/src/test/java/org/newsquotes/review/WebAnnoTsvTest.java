package org.newsquotes.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.Quote;
import org.newsquotes.record.QuoteKind;
import org.newsquotes.record.ReviewStatus;
import org.newsquotes.record.Span;

/**
 * WebAnno TSV 3.3: what the export writes, that reading it gives the quotes and speakers back, and that work done
 * in the other tool (a rejection by status, a deleted quote, a new speaker, a shortened span, an added quote) comes
 * back as review decisions, once. Sentences are our own.
 */
class WebAnnoTsvTest {
    @TempDir Path dir;

    private static final String TEXT = String.join("\n",
            "Port strike",
            "[Ines Moll|PERSON] said: “The cranes stay still until Monday.” Dock workers cheered.",
            "[Pavel Orr|PERSON] said: “We [sic] lost a week | maybe two.”",
            "The harbour master said the backlog would clear by June.",
            "A banner read “Fair pay”.");

    private final AnnotatedDocument doc = ReviewFixtures.doc("port.txt", TEXT);

    @Test void theExportHasTheHeaderSentencesAndOneAnnotationPerQuoteAndSpeaker() {
        String tsv = WebAnnoTsv.write(doc, false);
        assertThat(tsv).startsWith("#FORMAT=WebAnno TSV 3.3\n#T_SP=webanno.custom.Quotation|entity|kind|quoteId|role|speaker|status\n"
                + "#T_RL=webanno.custom.SaidBy|label|BT_webanno.custom.Quotation\n\n\n#Text=Port strike\n1-1\t0-4\tPort\t_");
        // the quote's tokens carry its features with its id (the "_" of the entity id escaped, as the format wants);
        // the speaker's first token the relation from the quote's first token
        assertThat(tsv).contains("\tThe\tines\\_moll[1]\tdirect[1]\tq1[1]\tquote[1]\tInes Moll[1]\tunreviewed[1]\t_\t_\t");
        assertThat(tsv).contains("\tInes\tines\\_moll[2]\t*[2]\t*[2]\tspeaker[2]\tInes Moll[2]\t*[2]\tsaid-by\t2-6[1_2]\t");
        for (String row : tsv.split("\n")) {
            if (!row.isEmpty() && !row.startsWith("#")) assertThat(row.split("\t", -1)).hasSize(12);
        }
    }

    @Test void readingTheExportGivesTheQuotesAndSpeakersBack() {
        WebAnnoTsv.Parsed p = WebAnnoTsv.read(WebAnnoTsv.write(doc, false), doc.text());
        assertThat(p.quotes()).hasSize(doc.quotes().size());
        for (int i = 0; i < doc.quotes().size(); i++) {
            Quote q = doc.quotes().get(i);
            WebAnnoTsv.ImportedQuote iq = p.quotes().get(i);
            assertThat(iq.span().of(doc.text())).isEqualTo(q.text());
            assertThat(iq.quoteId()).isEqualTo(q.id());
            assertThat(iq.kind()).isEqualTo(q.kind().label());
            assertThat(iq.speaker()).isEqualTo(q.attribution().speaker());
            assertThat(iq.speakerSpan()).isEqualTo(q.attribution().mentionSpan());
        }
        assertThat(WebAnnoTsv.unescape(WebAnnoTsv.escape("a|b_[c]->d\\e*f;g"))).isEqualTo("a|b_[c]->d\\e*f;g");
    }

    @Test void aFileForAnotherTextOrWithoutOurLayersIsRefusedNamingTheLine() {
        String tsv = WebAnnoTsv.write(doc, false);
        assertThatThrownBy(() -> WebAnnoTsv.read(tsv, doc.text().replace("Port", "Fort"))).hasMessageContaining("line 7")
                .hasMessageContaining("not in the document's text");
        assertThatThrownBy(() -> WebAnnoTsv.read("hello", doc.text())).hasMessageContaining("not WebAnno TSV 3");
        assertThatThrownBy(() -> WebAnnoTsv.read("#FORMAT=WebAnno TSV 3.3\n#T_SP=webanno.custom.Other|x\n", doc.text()))
                .hasMessageContaining("no webanno.custom.Quotation");
    }

    @Test void workDoneInTheOtherToolComesBackAsDecisionsOnce() throws Exception {
        String tsv = WebAnnoTsv.write(doc, false);
        Quote cranes = ReviewFixtures.quote(doc, "The cranes stay still until Monday.");
        Quote sic = ReviewFixtures.quote(doc, "We [sic] lost a week | maybe two.");
        Quote banner = ReviewFixtures.quote(doc, "Fair pay");
        // in the other tool: the banner's status set to rejected; the "sic" quote deleted; the first quote's status
        // set to accepted; and a new quote with a speaker written as a new annotation pair
        String edited = tsv.replace("fragment[", "XX[");
        edited = edited.replace("unreviewed[" + annId(tsv, banner) + "]", "rejected[" + annId(tsv, banner) + "]");
        edited = edited.replace("unreviewed[1]", "accepted[1]");
        edited = removeAnnotation(edited, annId(tsv, sic));
        int s = doc.text().indexOf("the backlog would clear by June");
        edited = addQuote(edited, doc, new Span(s, s + "the backlog would clear by June".length()), 90, "indirect");
        Path from = Files.createDirectories(dir.resolve("inception/annotation/port.tsv"));
        Files.writeString(from.resolve("mona.tsv"), edited, StandardCharsets.UTF_8);

        ReviewSession session = new ReviewSession(List.of(doc), ReviewJournal.inOutput(dir), Clock.systemUTC());
        WebAnnoImport.Summary sum = WebAnnoImport.importDir(dir.resolve("inception"), session, List.of(doc), null);
        assertThat(sum.problems()).isEmpty();
        assertThat(sum.decisions()).containsEntry("reject", 2).containsEntry("accept", 1).containsEntry("add-quote", 1);
        assertThat(ReviewJournal.inOutput(dir).read().entries()).allSatisfy(e -> assertThat(e.annotator()).isEqualTo("mona"));
        AnnotatedDocument out = ReviewApplier.apply(List.of(doc), ReviewJournal.inOutput(dir).read().entries()).documents().get(0);
        assertThat(ReviewFixtures.quote(out, cranes.text()).reviewStatus()).isEqualTo(ReviewStatus.ACCEPTED);
        assertThat(ReviewFixtures.quote(out, sic.text()).reviewStatus()).isEqualTo(ReviewStatus.REJECTED);
        assertThat(ReviewFixtures.quote(out, banner.text()).reviewStatus()).isEqualTo(ReviewStatus.REJECTED);
        Quote added = ReviewFixtures.quote(out, "the backlog would clear by June");
        assertThat(added.reviewStatus()).isEqualTo(ReviewStatus.ADDED);
        assertThat(added.kind()).isEqualTo(QuoteKind.INDIRECT);
        assertThat(added.attribution().speaker()).isEqualTo("The harbour master");

        // the same file again: nothing new
        int before = ReviewJournal.inOutput(dir).read().entries().size();
        ReviewSession again = new ReviewSession(List.of(doc), ReviewJournal.inOutput(dir), Clock.systemUTC());
        assertThat(WebAnnoImport.importDir(dir.resolve("inception"), again, List.of(doc), null).decisions()).isEmpty();
        assertThat(ReviewJournal.inOutput(dir).read().entries()).hasSize(before);
    }

    @Test void aCorrectedSpeakerAndAShorterSpanComeBack() throws Exception {
        String tsv = WebAnnoTsv.write(doc, false);
        Quote cranes = ReviewFixtures.quote(doc, "The cranes stay still until Monday.");
        // the speaker feature of the first quote changed, and its last two tokens ("Monday" and ".") left out
        String edited = tsv.replace("q1[1]\tquote[1]\tInes Moll[1]", "q1[1]\tquote[1]\tPavel Orr[1]");
        edited = dropFromAnnotation(edited, 1, "Monday", ".");
        Path from = Files.createDirectories(dir.resolve("tsv"));
        Files.writeString(from.resolve("port.tsv"), edited, StandardCharsets.UTF_8);
        ReviewSession session = new ReviewSession(List.of(doc), ReviewJournal.inOutput(dir), Clock.systemUTC());
        assertThat(WebAnnoImport.importDir(from, session, List.of(doc), null).problems()).singleElement()
                .asString().contains("--annotator");
        WebAnnoImport.Summary sum = WebAnnoImport.importDir(from, session, List.of(doc), "lea");
        assertThat(sum.decisions()).containsEntry("change-span", 1).containsEntry("correct-speaker", 1);
        AnnotatedDocument out = ReviewApplier.apply(List.of(doc), ReviewJournal.inOutput(dir).read().entries()).documents().get(0);
        Quote q = out.quotes().stream().filter(x -> x.id().equals(cranes.id())).findFirst().orElseThrow();
        assertThat(q.text()).isEqualTo("The cranes stay still until");
        assertThat(q.attribution().speaker()).isEqualTo("Pavel Orr");
        assertThat(q.reviewStatus()).isEqualTo(ReviewStatus.CORRECTED);
    }

    // ---- editing a TSV file as the other tool would

    /** The annotation id the export gave the quote (its quoteId feature's id). */
    private static int annId(String tsv, Quote q) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\t" + q.id() + "\\[(\\d+)]").matcher(tsv);
        assertThat(m.find()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    /** The TSV without annotation {@code id} (every feature cell of it) and relations from it. */
    private static String removeAnnotation(String tsv, int id) {
        StringBuilder out = new StringBuilder();
        for (String row : tsv.split("\n", -1)) {
            if (row.isEmpty() || row.startsWith("#")) {
                out.append(row).append('\n');
                continue;
            }
            String[] c = row.split("\t", -1);
            for (int i = 3; i < c.length; i++) {
                List<String> keep = java.util.Arrays.stream(c[i].split("\\|"))
                        .filter(v -> !v.endsWith("[" + id + "]") && !v.contains("[" + id + "_")).toList();
                c[i] = c[i].isEmpty() ? "" : keep.isEmpty() ? "_" : String.join("|", keep);
            }
            out.append(String.join("\t", c)).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    /** The TSV with annotation {@code id} removed from the tokens {@code words}. */
    private static String dropFromAnnotation(String tsv, int id, String... words) {
        StringBuilder out = new StringBuilder();
        for (String row : tsv.split("\n", -1)) {
            String[] c = row.split("\t", -1);
            if (!row.startsWith("#") && c.length > 3 && List.of(words).contains(c[2])) {
                for (int i = 3; i < c.length; i++) {
                    List<String> keep = java.util.Arrays.stream(c[i].split("\\|")).filter(v -> !v.endsWith("[" + id + "]")).toList();
                    c[i] = c[i].isEmpty() ? "" : keep.isEmpty() ? "_" : String.join("|", keep);
                }
            }
            out.append(String.join("\t", c)).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    /** The TSV with a new quote annotation {@code id} over {@code span} and a speaker annotation over the sentence's first three words. */
    private static String addQuote(String tsv, AnnotatedDocument d, Span span, int id, String kind) {
        int sp = d.text().indexOf("The harbour master");
        Span speaker = new Span(sp, sp + "The harbour master".length());
        StringBuilder out = new StringBuilder();
        String speakerFirst = null;
        String quoteFirst = null;
        for (String row : tsv.split("\n", -1)) {
            String[] c = row.split("\t", -1);
            if (!row.startsWith("#") && c.length > 3) {
                int b = Integer.parseInt(c[1].split("-")[0]);
                int e = Integer.parseInt(c[1].split("-")[1]);
                if (b >= span.start() && e <= span.end()) {
                    if (quoteFirst == null) quoteFirst = c[0];
                    String[] vals = {"*", kind, "*", "quote", "*", "*"};
                    for (int i = 0; i < 6; i++) c[3 + i] = vals[i] + "[" + id + "]";
                } else if (b >= speaker.start() && e <= speaker.end()) {
                    boolean first = speakerFirst == null;
                    if (first) speakerFirst = c[0];
                    String[] vals = {"*", "*", "*", "speaker", "*", "*"};
                    for (int i = 0; i < 6; i++) c[3 + i] = vals[i] + "[" + (id + 1) + "]";
                    if (first) {
                        c[9] = "said-by";
                        c[10] = "QUOTE_FIRST[" + id + "_" + (id + 1) + "]";
                    }
                }
            }
            out.append(String.join("\t", c)).append('\n');
        }
        return out.substring(0, out.length() - 1).replace("QUOTE_FIRST", quoteFirst);
    }
}
