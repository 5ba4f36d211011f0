package org.newsquotes.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.record.QuoteKind;
import org.newsquotes.record.Span;

/** The scorer on tiny gold sets written for these tests, in both gold formats. */
class QuoteScorerTest {
    private static final String DOC = "Harbour news\n"
            + "“We will rebuild the pier,” Mayor Anna Meyer said on Monday.\n"
            + "Critics called the plan “too costly” and said the town could not pay for it.\n"
            + "The ferry will stop in May, the operator said.\n";

    private static OutputQuote ours(String id, QuoteKind kind, String text, String speaker, String mention) {
        int s = DOC.indexOf(text);
        Span ms = mention == null ? null : new Span(DOC.indexOf(mention), DOC.indexOf(mention) + mention.length());
        return new OutputQuote("a.txt", id, kind, text, new Span(s, s + text.length()), null, speaker, mention, ms, "said", "test", 0.5);
    }

    private static void write(Path p, String s) throws Exception {
        Files.createDirectories(p.getParent());
        Files.writeString(p, s, StandardCharsets.UTF_8);
    }

    private static Path formatGold(Path dir) throws Exception {
        write(dir.resolve("docs/a.txt"), DOC);
        write(dir.resolve("quotes.csv"), "doc,qid,kind,text,speaker,speaker_mention,cue,notes\n"
                + "a.txt,q1,direct,\"We will rebuild the pier,\",anna_meyer,Mayor Anna Meyer,said,\n"
                + "a.txt,q2,fragment,too costly,,Critics,called,generic\n"
                + "a.txt,q3,indirect,the town could not pay for it,,Critics,said,generic\n"
                + "a.txt,q4,indirect,The ferry will stop in May,ferry_operator,the operator,said,\n");
        write(dir.resolve("entities.csv"), "entity_id,canonical_name,type,variants,docs,notes\n"
                + "anna_meyer,Anna Meyer,PERSON,Anna Meyer|Meyer,a.txt,\n"
                + "ferry_operator,Ferry Operator,ORGANIZATION,Ferry Operator,a.txt,\n");
        return dir;
    }

    @Test
    void formatGoldMatchesOnOverlappingTextAndSpeakerName(@TempDir Path dir) throws Exception {
        GoldSet gold = GoldSet.load(formatGold(dir));
        assertThat(gold.format()).isEqualTo("format-md");
        List<OutputQuote> mine = List.of(
                ours("q1", QuoteKind.DIRECT, "We will rebuild the pier", "Anna Meyer", "Anna Meyer"),
                ours("q2", QuoteKind.FRAGMENT, "too costly", null, "Critics"),
                ours("q3", QuoteKind.INDIRECT, "the town could not pay", null, "Critics"),
                ours("q4", QuoteKind.INDIRECT, "Harbour news", null, null));
        EvalResult r = QuoteScorer.score(gold, mine, Map.of("a.txt", DOC));
        assertThat(r.row("direct")).isEqualTo(new EvalResult.DetectionRow("direct", 1, 1, 1, 1));
        assertThat(r.row("fragment")).isEqualTo(new EvalResult.DetectionRow("fragment", 1, 1, 1, 1));
        // one of two gold indirect quotes found; one of our two indirect quotes is a false alarm
        assertThat(r.row("indirect")).isEqualTo(new EvalResult.DetectionRow("indirect", 2, 1, 2, 1));
        assertThat(r.row("indirect").f1()).isEqualTo(0.5);
        // q1 has a gold speaker and matches by name; gold q2/q3 have none; q4 was not found
        assertThat(r.speakerRow("direct+fragment")).isEqualTo(new EvalResult.SpeakerRow("direct+fragment", 1, 1));
        assertThat(r.report()).anyMatch(l -> l.startsWith("MISS [indirect] q4"));
        assertThat(r.report()).anyMatch(l -> l.startsWith("FALSE ALARM [indirect] q4 \"Harbour news\""));
    }

    @Test
    void wrongSpeakerIsReported(@TempDir Path dir) throws Exception {
        GoldSet gold = GoldSet.load(formatGold(dir));
        List<OutputQuote> mine = List.of(ours("q1", QuoteKind.DIRECT, "We will rebuild the pier", "Critics", "Critics"));
        EvalResult r = QuoteScorer.score(gold, mine, Map.of("a.txt", DOC));
        assertThat(r.speakerRow("all")).isEqualTo(new EvalResult.SpeakerRow("all", 1, 0));
        assertThat(r.report()).anyMatch(l -> l.startsWith("WRONG SPEAKER [direct] q1"));
    }

    @Test
    void ofTwoQuotesOverlappingAGoldQuoteEquallyTheShorterIsScored(@TempDir Path dir) throws Exception {
        // a report nested in another ours ("A said B, C reported"): both hold the gold quote whole; the one that is
        // the gold quote, not the one that reports it, answers for its speaker, whatever their order
        GoldSet gold = GoldSet.load(formatGold(dir));
        OutputQuote outer = ours("q1", QuoteKind.INDIRECT, "The ferry will stop in May, the operator said", "Anna Meyer", "Critics");
        OutputQuote inner = ours("q2", QuoteKind.INDIRECT, "The ferry will stop in May", null, "the operator");
        for (List<OutputQuote> mine : List.of(List.of(outer, inner), List.of(inner, outer))) {
            EvalResult r = QuoteScorer.score(gold, mine, Map.of("a.txt", DOC));
            assertThat(r.speakerRow("indirect")).isEqualTo(new EvalResult.SpeakerRow("indirect", 1, 1));
        }
    }

    @Test
    void goldIsFoundInOurCleanedTextDespiteShiftedOffsetsAndCurlyMarks(@TempDir Path dir) throws Exception {
        GoldSet gold = GoldSet.load(formatGold(dir));
        String cleaned = DOC.replace("Harbour news\n", "").replace('“', '"').replace('”', '"');
        int s = cleaned.indexOf("We will");
        OutputQuote q = new OutputQuote("a.txt", "q1", QuoteKind.DIRECT, "We will rebuild the pier,", new Span(s, s + 25), null,
                "Anna Meyer", null, null, "said", "test", 0.5);
        EvalResult r = QuoteScorer.score(gold, List.of(q), Map.of("a.txt", cleaned));
        assertThat(r.row("direct").foundGold()).isEqualTo(1);
        assertThat(r.speakerRow("direct+fragment").correct()).isEqualTo(1);
    }

    private static final String BRAT_DOC = "Budget row\n\n"
            + "The council will vote on Friday, a spokesman said.\n\n"
            + "Tom Aske said the plan was \"a bad joke\" and \"a waste of money,\" adding nothing more.\n";

    private static Path bratGold(Path dir) throws Exception {
        write(dir.resolve("docs/b.txt"), BRAT_DOC);
        int c1 = BRAT_DOC.indexOf("The council");
        int c1e = BRAT_DOC.indexOf(", a spokesman");
        int s1 = BRAT_DOC.indexOf("a spokesman");
        int q1 = BRAT_DOC.indexOf("said.");
        int c2 = BRAT_DOC.indexOf("the plan was");
        int c2e = BRAT_DOC.indexOf(" adding");
        int s2 = BRAT_DOC.indexOf("Tom Aske");
        int q2 = BRAT_DOC.indexOf("said the plan");
        write(dir.resolve("attributions/b.ann"), String.join("\n",
                "T1\tSource " + s1 + " " + (s1 + 11) + "\ta spokesman",
                "T2\tCue " + q1 + " " + (q1 + 4) + "\tsaid",
                "T3\tContent " + c1 + " " + c1e + "\t" + BRAT_DOC.substring(c1, c1e),
                "T4\tAttribution " + q1 + " " + (q1 + 4) + "\tsaid",
                "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
                "T5\tSource " + s2 + " " + (s2 + 8) + "\tTom Aske",
                "T6\tCue " + q2 + " " + (q2 + 4) + "\tsaid",
                "T7\tContent " + c2 + " " + c2e + "\t" + BRAT_DOC.substring(c2, c2e),
                "T8\tAttribution " + q2 + " " + (q2 + 4) + "\tsaid",
                "E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5") + "\n");
        return dir;
    }

    @Test
    void bratContentWithMarksGivesOneDirectQuotePerQuotedSegment(@TempDir Path dir) throws Exception {
        GoldSet gold = GoldSet.load(bratGold(dir));
        assertThat(gold.format()).isEqualTo("brat");
        assertThat(gold.quotes()).extracting(g -> g.kind().label() + "|" + g.text() + "|" + g.speaker())
                .containsExactly("indirect|The council will vote on Friday|a spokesman",
                        "direct|a bad joke|Tom Aske", "direct|a waste of money,|Tom Aske");
    }

    @Test
    void bratContentInSingleMarksEndingInPunctuationIsDirect(@TempDir Path dir) throws Exception {
        // a headline's quote in single marks, the stop inside them: the words between the marks are a direct quote
        String doc = "Mayor Tells Harbour Board: ‘You Have Failed Us.’\n\nThe board met on Monday.\n";
        write(dir.resolve("docs/h.txt"), doc);
        int c = doc.indexOf("‘");
        int ce = doc.indexOf("’") + 1;
        int q = doc.indexOf(":");
        write(dir.resolve("attributions/h.ann"), String.join("\n",
                "T1\tSource 0 5\tMayor",
                "T2\tCue " + q + " " + (q + 1) + "\t:",
                "T3\tContent " + c + " " + ce + "\t" + doc.substring(c, ce),
                "T4\tAttribution " + q + " " + (q + 1) + "\t:",
                "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1") + "\n");
        assertThat(GoldSet.load(dir).quotes()).extracting(g -> g.kind().label() + "|" + g.text())
                .containsExactly("direct|You Have Failed Us.");
    }

    @Test
    void bratSourceAndCueLabelsSwappedOnAnInvertedReportAreReadTheRightWayRound(@TempDir Path dir) throws Exception {
        // the annotator marked "said" the Source and "Ann Roe, a teacher" the Cue
        String doc = "Schools row\n\n\"The budget is too small,\" said Ann Roe, a teacher. \"We need more,\" said he.\n";
        write(dir.resolve("docs/s.txt"), doc);
        int c1 = doc.indexOf("The budget");
        int c1e = doc.indexOf(",\" said Ann");
        int v1 = doc.indexOf("said Ann");
        int n1 = doc.indexOf("Ann Roe");
        int n1e = doc.indexOf(". \"We");
        int c2 = doc.indexOf("We need");
        int c2e = doc.indexOf(",\" said he");
        int v2 = doc.indexOf("said he");
        write(dir.resolve("attributions/s.ann"), String.join("\n",
                "T1\tSource " + v1 + " " + (v1 + 4) + "\tsaid",
                "T2\tCue " + n1 + " " + n1e + "\t" + doc.substring(n1, n1e),
                "T3\tContent " + c1 + " " + c1e + "\t" + doc.substring(c1, c1e),
                "E1\tContent:T3 Source:T1 Cue:T2",
                "T4\tSource " + v2 + " " + (v2 + 4) + "\tsaid",
                "T5\tCue " + (v2 + 5) + " " + (v2 + 7) + "\the",
                "T6\tContent " + c2 + " " + c2e + "\t" + doc.substring(c2, c2e),
                "E2\tContent:T6 Source:T4 Cue:T5") + "\n");
        assertThat(GoldSet.load(dir).quotes()).extracting(g -> g.speaker() + "|" + g.cue())
                .containsExactly("Ann Roe, a teacher|said", "he|said");
        // labels the right way round are read as written
        assertThat(BratGoldReader.labelsSwapped(doc, new Span(n1, n1 + 7), new Span(v1, v1 + 4))).isFalse();
        // a lower-case word after the Source is a verb of a Source written first, not a name: as written
        String plain = "officials said the plan had failed";
        assertThat(BratGoldReader.labelsSwapped(plain, new Span(0, 9), new Span(10, 14))).isFalse();
    }

    @Test
    void bratSpeakerMatchesByEvidenceSpanOrName(@TempDir Path dir) throws Exception {
        GoldSet gold = GoldSet.load(bratGold(dir));
        int ind = BRAT_DOC.indexOf("The council");
        int sp = BRAT_DOC.indexOf("a spokesman");
        int j1 = BRAT_DOC.indexOf("a bad joke");
        int j2 = BRAT_DOC.indexOf("a waste");
        List<OutputQuote> mine = List.of(
                new OutputQuote("b.txt", "q1", QuoteKind.INDIRECT, "The council will vote on Friday", new Span(ind, ind + 31), null,
                        null, "a spokesman", new Span(sp, sp + 11), "said", "source-unresolved", 0.2),
                new OutputQuote("b.txt", "q2", QuoteKind.FRAGMENT, "a bad joke", new Span(j1, j1 + 10), null, "Tom Aske", "Aske",
                        null, "said", "test", 0.5),
                new OutputQuote("b.txt", "q3", QuoteKind.DIRECT, "a waste of money,", new Span(j2, j2 + 17), null, "Lena Berg", "Berg",
                        null, "said", "test", 0.5),
                // an indirect quote inside the mixed Content is neither right nor wrong
                new OutputQuote("b.txt", "q4", QuoteKind.INDIRECT, "the plan was", new Span(BRAT_DOC.indexOf("the plan was"),
                        BRAT_DOC.indexOf("the plan was") + 12), null, "Tom Aske", null, null, "said", "test", 0.5));
        EvalResult r = QuoteScorer.score(gold, mine, Map.of());
        assertThat(r.row("direct+fragment")).isEqualTo(new EvalResult.DetectionRow("direct+fragment", 2, 2, 2, 2));
        assertThat(r.row("indirect")).isEqualTo(new EvalResult.DetectionRow("indirect", 1, 1, 1, 1));
        assertThat(r.speakerRow("indirect").correct()).isEqualTo(1);
        assertThat(r.speakerRow("direct+fragment")).isEqualTo(new EvalResult.SpeakerRow("direct+fragment", 2, 1));
    }

    @Test
    void bratSourceWithAShortFormOfOurNameMatches() {
        assertThat(QuoteScorer.sameSurname("Mr. Aske", "Tom Aske")).isTrue();
        assertThat(QuoteScorer.sameSurname("Aske, the harbour master,", "Tom Aske")).isTrue();
        assertThat(QuoteScorer.sameSurname("Lena Aske", "Tom Aske")).isFalse();
        assertThat(QuoteScorer.sameSurname("Aske's lawyer", "Tom Aske")).isFalse();
        assertThat(QuoteScorer.sameSurname("Aske", "Aske")).isFalse();
    }

    @Test
    void aGenerationalSuffixIsNoSurnameAndAPossessiveSourceNamesItsOwner() {
        // "Tom Aske Jr." is Mr. Aske; a suffix alone after one word names no one
        assertThat(QuoteScorer.sameSurname("Mr. Aske", "Tom Aske Jr.")).isTrue();
        assertThat(QuoteScorer.sameSurname("Aske", "Tom Aske III")).isTrue();
        assertThat(QuoteScorer.sameSurname("Mr. Jr", "Aske Jr.")).isFalse();
        // "Aske's" as the whole Source ("Aske's claim that …") is Aske; "Aske's lawyer" is the lawyer
        assertThat(QuoteScorer.sameSurname("Aske's", "Tom Aske")).isTrue();
        assertThat(QuoteScorer.sameSurname("Aske’s", "Tom Aske")).isTrue();
        assertThat(QuoteScorer.sameSurname("Aske's lawyer", "Tom Aske")).isFalse();
    }

    @Test
    void aPossessiveInsideALongerGoldSourceNamesTheOwnerNotTheSpeaker() {
        String text = "His lawyer, Ann Roe, said the deal was void. Roe's aide said no. His claim that it was void failed.";
        Span gold = new Span(0, text.indexOf(", said"));
        Span his = new Span(0, 3);
        Span roe = new Span(text.indexOf("Ann Roe"), text.indexOf("Ann Roe") + 7);
        assertThat(QuoteScorer.owner(text, gold, his)).isTrue();
        assertThat(QuoteScorer.owner(text, gold, roe)).isFalse();
        // a possessive name: "Roe" of "Roe's aide"
        int r = text.indexOf("Roe's");
        assertThat(QuoteScorer.owner(text, new Span(r, r + "Roe's aide".length()), new Span(r, r + 3))).isTrue();
        // the possessive that is the whole gold source ("His" of "His claim that …") matches
        int h = text.indexOf("His claim");
        assertThat(QuoteScorer.owner(text, new Span(h, h + 3), new Span(h, h + 3))).isFalse();
        // so does a name whose possessive is the whole gold source ("Roe" of the gold "Roe's" in "Roe's aide said")
        assertThat(QuoteScorer.owner(text, new Span(r, r + "Roe's".length()), new Span(r, r + 3))).isFalse();
        // and the scorer's speaker rule follows: the owner's words overlap the gold source but do not match it
        QuoteScorer.Placed p = new QuoteScorer.Placed(new GoldQuote("b.txt", "x", QuoteKind.INDIRECT, "the deal was void",
                null, "His lawyer, Ann Roe", List.of("His lawyer, Ann Roe"), "His lawyer, Ann Roe", gold, "said"),
                new Span(text.indexOf("the deal"), text.indexOf(" void.") + 5), gold);
        assertThat(QuoteScorer.speakerMatches(p, text, "Tom Roe", "His", his, null)).isFalse();
        assertThat(QuoteScorer.speakerMatches(p, text, "Ann Roe", "Ann Roe", roe, null)).isTrue();
    }

    @Test
    void evalCommandReadsAnOutputDirectoryAndWritesTheReport(@TempDir Path dir) throws Exception {
        Path gold = formatGold(dir.resolve("gold"));
        Path out = dir.resolve("out");
        int s = DOC.indexOf("We will");
        write(out.resolve("quotes.csv"), "doc_id,quote_id,kind,text,start,end,speaker_entity_id,speaker,speaker_mention,"
                + "speaker_mention_start,speaker_mention_end,cue,method,confidence,review_status\n"
                + "a.txt,q1,direct,\"We will rebuild the pier,\"," + s + "," + (s + 25) + ",,Anna Meyer,Meyer,,,said,verb-after,0.9,unreviewed\n");
        int code = org.newsquotes.cli.Main.run("eval", "--gold", gold.toString(), "--output", out.toString());
        assertThat(code).isZero();
        assertThat(Files.readAllLines(out.resolve("eval-report.txt"))).anyMatch(l -> l.startsWith("MISS [direct+fragment] q2"));
    }
}
