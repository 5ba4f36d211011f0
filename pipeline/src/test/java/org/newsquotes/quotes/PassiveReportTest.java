package org.newsquotes.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsquotes.config.ModelFiles;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.testing.MarkedText;

/** {@link PassiveReport}, alone and through the whole quote stage, on our own sentences. */
class PassiveReportTest {
    private static final QuoteStage STAGE = new QuoteStage(ModelFiles.packaged(), IndirectScope.PARC);
    private static final QuoteLexicon LEXICON = QuoteLexicon.load(ModelFiles.packaged());

    private static int tokenOf(DocumentIndex ix, String word) {
        for (int t = 0; t < ix.tokenCount(); t++) if (ix.token(t).word().equals(word)) return t;
        throw new IllegalArgumentException(word);
    }

    private static boolean passive(String text, String verb) {
        DocumentIndex ix = new DocumentIndex(MarkedText.withPos(MarkedText.parseWithEntities(text), verb, "VBN"));
        return PassiveReport.isPassive(ix, LEXICON, 0, tokenOf(ix, verb));
    }

    /** kind|text|speaker|mention|method of each quote. */
    private static List<String> quotes(AnnotatedDocument d) {
        return STAGE.process(d).quotes().stream().map(q -> q.kind().label() + "|" + q.text() + "|" + q.attribution().speaker()
                + "|" + q.attribution().mention() + "|" + q.attribution().method()).toList();
    }

    @Test
    void aParticipleAfterBeOrGetOrOpeningItsClauseIsPassive() {
        assertThat(passive("The striker was asked whether he would stay.", "asked")).isTrue();
        assertThat(passive("She has not been told why the line closed.", "told")).isTrue();
        assertThat(passive("He got warned about the ice.", "warned")).isTrue();
        assertThat(passive("When asked about the ferry, she smiled.", "asked")).isTrue();
        assertThat(passive("Asked about the ferry, she smiled.", "Asked")).isTrue();
        // a state of mind after "be" is the subject's own view
        assertThat(passive("The growers were worried that the frost would return.", "worried")).isFalse();
        assertThat(passive("She is convinced the ferry will run.", "convinced")).isFalse();
        // an active past tense, even one the tagger reads as a participle, is not
        assertThat(passive("The striker asked whether he could stay.", "asked")).isFalse();
        assertThat(passive("The striker has asked whether he could stay.", "asked")).isFalse();
    }

    @Test
    void theAgentAfterByIsTheSpeaker() {
        AnnotatedDocument d = MarkedText.withPos(MarkedText.parseWithEntities(
                "[Ann Roe|PERSON] was asked by host [Lee Park|PERSON] whether she would run."), "asked", "VBN");
        assertThat(quotes(d)).containsExactly("indirect|whether she would run|Lee Park|Lee Park|indirect-subject");
    }

    @Test
    void theOneAskedIsNotTheSpeakerOfTheQuestion() {
        AnnotatedDocument d = MarkedText.withPos(MarkedText.parseWithEntities(
                "The coach, [Dan Ekberg|PERSON], spoke after the match.\n[Dan Ekberg|PERSON] was asked whether the team had deserved more."),
                "asked", "VBN");
        assertThat(quotes(d)).singleElement().asString()
                .isEqualTo("indirect|whether the team had deserved more|null|null|source-unresolved");
        // a marked question put to someone: the one asked did not say it
        AnnotatedDocument marked = MarkedText.withPos(MarkedText.parseWithEntities(
                "[Dan Ekberg|PERSON] was asked: “Will you stay next season?”"), "asked", "VBN");
        assertThat(quotes(marked)).singleElement().asString().endsWith("|null|null|source-unresolved");
        // a passive further back in the sentence says nothing of who said a phrase in marks
        AnnotatedDocument phrase = MarkedText.withPos(MarkedText.parseWithEntities(
                "[Dan Ekberg|PERSON] dismissed the story, which was reported in a “cheap tabloid”."), "reported", "VBN");
        assertThat(quotes(phrase)).last().asString().isEqualTo("fragment|cheap tabloid|Dan Ekberg|Dan Ekberg|verb-before");
        // nor does a passive of naming right before the marks: "called" is no question put to anyone
        AnnotatedDocument named = MarkedText.withPos(MarkedText.parseWithEntities(
                "[Dan Ekberg|PERSON] laughed about being called “the quiet man”."), "called", "VBN");
        assertThat(quotes(named)).singleElement().asString().doesNotEndWith("|null|null|source-unresolved");
    }

    @Test
    void aSpeechVerbInTheInfinitiveKeepsThePassiveSubjectAsItsSource() {
        DocumentIndex ix = new DocumentIndex(MarkedText.withPos(MarkedText.withPos(MarkedText.parseWithEntities(
                "The [Harbour Times|ORGANIZATION] is expected to endorse the mayor."), "expected", "VBN"), "endorse", "VB"));
        int v = tokenOf(ix, "expected");
        assertThat(PassiveReport.source(ix, LEXICON, 0, v, ix.tokenCount(), "expected")).isNull();
        // not so a passive whose infinitive is no speech: nobody named expects it
        DocumentIndex rain = new DocumentIndex(MarkedText.withPos(MarkedText.withPos(MarkedText.parseWithEntities(
                "The storm is expected to reach the coast."), "expected", "VBN"), "reach", "VB"));
        assertThat(PassiveReport.source(rain, LEXICON, 0, tokenOf(rain, "expected"), rain.tokenCount(), "expected").position())
                .isEqualTo(SourcePhrase.Position.UNNAMED);
    }

    @Test
    void aReducedQuestionEndsWhereTheMainClauseBegins() {
        AnnotatedDocument d = MarkedText.withPos(MarkedText.parseWithEntities(
                "When asked whether the plant would close, [Ann Roe|PERSON] declined to comment."), "asked", "VBN");
        assertThat(quotes(d)).first().asString().isEqualTo("indirect|whether the plant would close|null|null|source-unresolved");
        // what the main clause's subject then says is hers
        AnnotatedDocument said = MarkedText.withPos(MarkedText.parseWithEntities(
                "Asked if she would resign, [Ann Roe|PERSON] said she had the board's support."), "Asked", "VBN");
        assertThat(quotes(said)).containsExactly("indirect|if she would resign|null|null|source-unresolved",
                "indirect|she had the board's support|Ann Roe|Ann Roe|indirect-subject");
        // a long reduced clause before a main clause whose verbs are conjoined: the main clause's subject speaks
        AnnotatedDocument marked = MarkedText.withPos(MarkedText.parseWithEntities(
                "When told [Lee Park|PERSON] had been named to lead the inquiry into the collapse of the old harbour bridge last "
                        + "winter, [Ann Roe|PERSON] paused and said: “He is the right man.”"), "told", "VBN");
        marked = MarkedText.withPos(marked, "When", "WRB"); // as CoreNLP tags it
        assertThat(quotes(marked)).last().asString().isEqualTo("direct|He is the right man.|Ann Roe|Ann Roe|verb-before");
    }
    /** The quotes of {@code text} (parc scope), with {@code word} tagged as a past participle and "when"/"why" as CoreNLP tags them. */
    private static List<String> asked(String text, String word) {
        AnnotatedDocument d = MarkedText.withPos(MarkedText.parseWithEntities(text), word, "VBN");
        for (String w : List.of("When", "when", "why")) d = MarkedText.withPos(d, w, "WRB");
        return quotes(d);
    }

    @Test
    void aQuestionSetOffByCommasInsideTheSentenceIsPassiveAfterASubordinator() {
        assertThat(passive("The coach, when asked about the ferry, smiled.", "asked")).isTrue();
        assertThat(passive("The coach, if pressed on the cost, will smile.", "pressed")).isTrue();
        // a participle alone after a comma is as often a past tense after an apposition, which the tagger misreads
        assertThat(passive("Ann Roe, the mayor, called on the board to resign.", "called")).isFalse();
    }

    @Test
    void whatAQuestionPutInThePassiveWasAboutIsItsContent() {
        // a noun phrase after "about", past where and when it was put, up to the comma that closes the question
        assertThat(asked("Asked at a press conference in [Leeds|LOCATION] about the ferry, the spokesman said little.", "Asked"))
                .first().asString().isEqualTo("indirect|the ferry|null|null|source-unresolved");
        assertThat(asked("The coach, when asked about the new stadium, smiled and left.", "asked"))
                .singleElement().asString().isEqualTo("indirect|the new stadium|null|null|source-unresolved");
        // a wh-clause after where it was put; a wh-word alone when the rest is clear from before
        assertThat(asked("Asked during a radio debate whom she backed, [Ann Roe|PERSON] smiled.", "Asked"))
                .singleElement().asString().isEqualTo("indirect|whom she backed|null|null|source-unresolved");
        assertThat(asked("When asked why, [Ann Roe|PERSON] smiled.", "asked"))
                .singleElement().asString().isEqualTo("indirect|why|null|null|source-unresolved");
        // the one asked is the passive's subject: no addressee stands before the question
        assertThat(asked("Asked which bridge was his favourite, [Dan Ekberg|PERSON] laughed.", "Asked"))
                .singleElement().asString().isEqualTo("indirect|which bridge was his favourite|null|null|source-unresolved");
        // what he was asked to do, up to the main clause
        assertThat(asked("When he was asked to leave the hall, the heckler refused.", "asked"))
                .singleElement().asString().isEqualTo("indirect|to leave the hall|null|null|source-unresolved");
    }
}
