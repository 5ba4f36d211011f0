package org.newsquotes.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsquotes.config.ModelFiles;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.QuoteKind;
import org.newsquotes.testing.MarkedText;

/**
 * Each source pattern of {@link SourcePhraseFinder} alone, on our own sentences: what it finds for the first marked
 * quote, and that a sentence of another pattern gives it nothing. The finder's order is in {@link QuoteStageTest}.
 */
class SourcePatternsTest {
    private static final QuoteLexicon LEXICON = QuoteLexicon.load(ModelFiles.packaged());
    private static final QuoteMarkScanner SCANNER = new QuoteMarkScanner(LEXICON.cues(CueCategory.ELISION));

    /** The words of the source phrase {@code p} finds for the first marked quote, or null. */
    private static String source(SourcePattern p, String marked) {
        return source(p, MarkedText.parseWithEntities(marked));
    }

    private static String source(SourcePattern p, AnnotatedDocument d) {
        DocumentIndex ix = new DocumentIndex(d);
        List<QuotedSpan> spans = SCANNER.scan(d.text());
        QuotedSpan s = spans.get(0);
        QuoteCandidate q = new QuoteCandidate(s.span(), s.markStart(), s.markEnd(), QuoteKind.DIRECT, false, null);
        SourcePhrase src = p.find(ix, q);
        if (src == null) return null;
        return d.text().substring(ix.token(src.firstToken()).start(), ix.token(src.endToken() - 1).end());
    }

    @Test void afterTheQuoteInEitherOrder() {
        SourcePattern p = new AfterQuoteSource(LEXICON);
        assertThat(source(p, "“We will rebuild the pier,” [Anna Meyer|PERSON] said.")).isEqualTo("Anna Meyer");
        assertThat(source(p, "“We will rebuild the pier,” said [Anna Meyer|PERSON].")).isEqualTo("Anna Meyer");
        assertThat(source(p, "[Anna Meyer|PERSON] said: “We will rebuild the pier.”")).isNull();
    }

    @Test void aVerbInAWhatClauseAfterTheQuoteReportsWhatFollowsIt() {
        SourcePattern p = new AfterQuoteSource(LEXICON);
        AnnotatedDocument d = MarkedText.withPos(MarkedText.parseWithEntities(
                "The mayor asked if the vote was “fair” to him, in what critics described as a stalling tactic."), "what", "WP");
        assertThat(source(p, d)).isNull();
        assertThat(source(p, MarkedText.withPos(MarkedText.parseWithEntities(
                "“It was fair to him,” the critics described."), "what", "WP"))).isEqualTo("the critics");
    }

    @Test void beforeTheQuote() {
        SourcePattern p = new BeforeQuoteSource(LEXICON);
        assertThat(source(p, "[Anna Meyer|PERSON] said: “We will rebuild the pier.”")).isEqualTo("Anna Meyer");
        assertThat(source(p, "“We will rebuild the pier,” [Anna Meyer|PERSON] said.")).isNull();
    }

    @Test void aPluralPossessiveApostropheIsNoQuoteMark() {
        SourcePattern p = new BeforeQuoteSource(LEXICON);
        AnnotatedDocument d = MarkedText.withPos(MarkedText.parseWithEntities(
                "[Tom Hart|PERSON], who chairs the residents' association, said: “We will rebuild the pier.”"), "'", "POS");
        assertThat(source(p, d)).isEqualTo("Tom Hart, who chairs the residents' association,");
    }

    @Test void aColonLabel() {
        SourcePattern p = new ColonLabelSource(LEXICON);
        assertThat(source(p, "[Anna Meyer|PERSON]: “We will rebuild the pier.”")).isEqualTo("Anna Meyer");
        assertThat(source(p, "“We will rebuild the pier,” [Anna Meyer|PERSON] said.")).isNull();
        // a role, a pronoun or a name the tagger missed may label a speaker; a label naming no one stages the quote
        assertThat(source(p, "The harbour master: “We will rebuild the pier.”")).isEqualTo("The harbour master");
        // a label opening a later sentence of the paragraph, right before the quote
        assertThat(source(p, "The meeting ran late and tempers frayed. Her deputy, [Ivo Tal|PERSON], agreed: “We will rebuild the pier.”"))
                .isEqualTo("Her deputy, Ivo Tal, agreed");
        assertThat(source(p, "The meeting ran late and tempers frayed. Then the room went quiet: “We will rebuild the pier.”")).isNull();
        assertThat(source(p, "Her verdict: “We will rebuild the pier.”")).isEqualTo("Her verdict");
        assertThat(source(p, "Kofi Boateng: “We will rebuild the pier.”")).isEqualTo("Kofi Boateng");
        assertThat(source(p, "Then, after a long pause: “We will rebuild the pier.”")).isNull();
    }

    @Test void accordingTo() {
        SourcePattern p = new AccordingToSource(LEXICON);
        assertThat(source(p, "According to [Anna Meyer|PERSON], the pier is “beyond repair”.")).isEqualTo("Anna Meyer");
        assertThat(source(p, "[Anna Meyer|PERSON] said the pier is “beyond repair”.")).isNull();
    }

    @Test void asSomeonePutIt() {
        SourcePattern p = new AsPutItSource(LEXICON);
        assertThat(source(p, "The pier is “beyond repair,” as the harbour report put it.")).isEqualTo("the harbour report");
        assertThat(source(p, "The pier is “beyond repair,” the harbour report said.")).isNull();
    }

    @Test void aSignatureLineUnderAQuoteParagraph() {
        SourcePattern p = new SignatureLineSource(LEXICON);
        assertThat(source(p, "“We cut the deficit in half.”\n— [Anna Meyer|PERSON], in the second debate.")).isEqualTo("Anna Meyer");
        assertThat(source(p, "“We cut the deficit in half.”\n- [Meyer|PERSON].")).isEqualTo("Meyer");
        // the quote must fill its paragraph; the dash line must be short and open with a capital
        assertThat(source(p, "She said it was “half” of the total.\n— [Anna Meyer|PERSON].")).isNull();
        assertThat(source(p, "“We cut the deficit in half.”\n— and the record says otherwise.")).isNull();
        assertThat(source(p, "“We cut the deficit in half.”\n— [Anna Meyer|PERSON] has said so at every rally she has held since the spring of last year, and in two of the debates.")).isNull();
        // a crosshead set between dashes signs nothing
        assertThat(source(p, "“We cut the deficit in half.”\n– A voice from exile –.")).isNull();
        assertThat(source(p, "“We cut the deficit in half.”\n— A voice from exile.")).isEqualTo("A voice from exile");
    }

    @Test void aHeadlineQuoteLabelledAfterAColonWithWhoSaidIt() {
        SourcePattern p = new HeadlineQuoteLabelSource(LEXICON);
        assertThat(source(p, "“The sea taught me patience”: [Ines Varga|PERSON] on forty years of sailing\nShe retired in May."))
                .isEqualTo("Ines Varga");
        assertThat(source(p, "“The sea taught me patience”: [Ines Varga|PERSON]\nShe retired in May.")).isEqualTo("Ines Varga");
        // a colon followed by words about something else names no one
        assertThat(source(p, "“The sea taught me patience”: a life on the water\nShe retired in May.")).isNull();
        // nor does a name that opens a clause of its own, or a quote that does not open the line
        assertThat(source(p, "“No”: [Ines Varga|PERSON] refused the offer\nShe retired in May.")).isNull();
        assertThat(source(p, "Sailors say “patience”: [Ines Varga|PERSON] on forty years\nShe retired in May.")).isNull();
    }

    @Test void theFinderTriesThePatternsInOrder() {
        SourcePhraseFinder finder = new SourcePhraseFinder(LEXICON);
        // a speech verb at the quote beats a colon label that is a sentence ("X scolded him:")
        String marked = "[Tom Aske|PERSON] scolded him: “You are late,” [Anna Meyer|PERSON] said.";
        AnnotatedDocument d = MarkedText.parseWithEntities(marked);
        DocumentIndex ix = new DocumentIndex(d);
        QuotedSpan s = SCANNER.scan(d.text()).get(0);
        SourcePhrase src = finder.find(ix, new QuoteCandidate(s.span(), s.markStart(), s.markEnd(), QuoteKind.DIRECT, false, null));
        assertThat(d.text().substring(ix.token(src.firstToken()).start(), ix.token(src.endToken() - 1).end())).isEqualTo("Anna Meyer");
    }

    /** The evidence the picker reads in the source phrase {@code p} finds for the first marked quote, or null. */
    private static String evidence(SourcePattern p, AnnotatedDocument d) {
        DocumentIndex ix = new DocumentIndex(d);
        QuotedSpan s = SCANNER.scan(d.text()).get(0);
        SourcePhrase src = p.find(ix, new QuoteCandidate(s.span(), s.markStart(), s.markEnd(), QuoteKind.DIRECT, false, null));
        Evidence ev = src == null ? null : new EvidencePicker(LEXICON).pick(ix, src);
        return ev == null ? null : ev.text();
    }

    @Test void aVerbConjoinedToTheVerbBeforeItSharesItsSubject() {
        SourcePattern p = new BeforeQuoteSource(LEXICON);
        // the fans cheer and chant, not the mayor named in the introductory clause
        AnnotatedDocument fans = MarkedText.withPos(MarkedText.parseWithEntities(
                "When she thanked the mayor, [Ann Roe|PERSON], the fans cheered and chanted “Four more years!”"), "cheered", "VBD");
        fans = MarkedText.withPos(fans, "When", "WRB");
        assertThat(source(p, fans)).endsWith("the fans");
        assertThat(evidence(p, fans)).isEqualTo("the fans");
        // the nearest verb before "and" gives the subject, in a clause inside the first conjunct too, as attribution
        // corpora read it ("Aske said he was glad and added": he)
        AnnotatedDocument glad = MarkedText.withPos(MarkedText.withPos(MarkedText.parseWithEntities(
                "[Tom Aske|PERSON] said he was glad and added: “It was close.”"), "was", "VBD"), "said", "VBD");
        assertThat(evidence(p, glad)).isEqualTo("he");
        // no finite verb before "and" within reach: the main clause's subject, as for a participle
        AnnotatedDocument standing = MarkedText.withPos(MarkedText.parseWithEntities(
                "[Tom Aske|PERSON] stood up slowly, smiling broadly and saying: “It was close.”"), "stood", "VBD");
        assertThat(evidence(p, standing)).isEqualTo("Tom Aske");
    }

    @Test void aPastTenseDescribingTheDocumentAReportWasMadeInReportsNothing() {
        SourcePattern p = new BeforeQuoteSource(LEXICON);
        // "read" describes the statement she spoke in: her report
        AnnotatedDocument read = MarkedText.withPos(MarkedText.parseWithEntities(
                "[Emma Vane|PERSON] said in a statement read to the court: “I cannot ride a bike.”"), "read", "VBD");
        assertThat(evidence(p, read)).isEqualTo("Emma Vane");
        // after "that" the verb is a clause's own: the father tells
        AnnotatedDocument told = MarkedText.withPos(MarkedText.parseWithEntities(
                "She recalled that her father told her: “Never sell the land.”"), "told", "VBD");
        assertThat(evidence(p, told)).isEqualTo("her father");
    }
}
