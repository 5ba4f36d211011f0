package org.newsquotes.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsquotes.config.ModelFiles;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.testing.MarkedText;

/** {@link ObjectSpeaker} through the quote stage (sieves, parc scope), on our own sentences. */
class ObjectSpeakerTest {
    private static final QuoteStage STAGE = new QuoteStage(ModelFiles.packaged(), IndirectScope.PARC);

    /** kind|text|speaker|mention of each quote. */
    private static List<String> quotes(String marked, String... verbs) {
        AnnotatedDocument d = MarkedText.parseWithEntities(marked);
        for (String v : verbs) d = MarkedText.withPos(d, v, "VBD");
        return STAGE.process(d).quotes().stream()
                .map(q -> q.kind().label() + "|" + q.text() + "|" + q.attribution().speaker() + "|" + q.attribution().mention()).toList();
    }

    @Test
    void theOneRecalledTellingIsTheSpeaker() {
        assertThat(quotes("[Eirik Dahl|PERSON] recalled his mother telling him: “Never cross a picket line.”", "recalled"))
                .last().isEqualTo("direct|Never cross a picket line.|null|his mother");
        // and what the one recalled said without marks is theirs too (the recalling stays the MP's own report)
        assertThat(quotes("[Eirik Dahl|PERSON] remembered his coach [Lee Park|PERSON] saying the team would win.", "remembered"))
                .contains("indirect|the team would win|Lee Park|Lee Park");
        // a participle that brings a topic, not words, leaves the quote to the one who recalls
        assertThat(quotes("[Eirik Dahl|PERSON] recalled [Lee Park|PERSON] talking about “Salt Year” often.", "recalled"))
                .noneMatch(q -> q.contains("Salt Year|Lee Park"));
    }

    @Test
    void theOneHeardIsTheSpeaker() {
        assertThat(quotes("Witnesses heard an officer, [Ann Kemp|PERSON], shouting: “Get back!”", "heard"))
                .containsExactly("direct|Get back!|Ann Kemp|Ann Kemp");
    }

    @Test
    void notAParticipleAfterAnotherVerbsObject() {
        // "distributed" is no verb of recalling or hearing: the leaflets carry words, they are no speaker
        QuoteLexicon lexicon = QuoteLexicon.load(ModelFiles.packaged());
        DocumentIndex ix = new DocumentIndex(MarkedText.withPos(MarkedText.parseWithEntities(
                "Activists distributed leaflets saying the mayor lied."), "distributed", "VBD"));
        assertThat(ObjectSpeaker.of(ix, lexicon, 0, tokenOf(ix, "saying"), SourcePhrase.Position.BEFORE)).isNull();
        // nor is a verb of quoting: the outlet that quotes is the source, as in PARC and PolNeAR
        DocumentIndex quoted = new DocumentIndex(MarkedText.withPos(MarkedText.parseWithEntities(
                "The agency quoted an official as saying the border would close."), "quoted", "VBD"));
        assertThat(ObjectSpeaker.of(quoted, lexicon, 0, tokenOf(quoted, "saying"), SourcePhrase.Position.BEFORE)).isNull();
    }

    private static int tokenOf(DocumentIndex ix, String word) {
        int v = 0;
        while (!ix.word(v).equals(word)) v++;
        return v;
    }
}
