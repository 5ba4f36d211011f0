package org.newsquotes.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsquotes.testing.MarkedText;

/** One test per rule of {@link ThatWord}, on our own sentences; each names the word the content opens with. */
class ThatWordTest {
    /** The word the content opens with after the first "said"/"says" and the first "that", or null for none. */
    private static String opensWith(String sentence, boolean bareClauseVerb, boolean clauseAfterVerb) {
        DocumentIndex ix = new DocumentIndex(MarkedText.parseWithEntities(sentence));
        int v = -1;
        int that = -1;
        for (int t = 0; t < ix.tokenCount(); t++) {
            if (v < 0 && (ix.word(t).equals("said") || ix.word(t).equals("says"))) v = t;
            else if (v >= 0 && ix.word(t).equals("that")) { that = t; break; }
        }
        int c = ThatWord.contentStart(ix, v, that, ix.tokenCount(), bareClauseVerb, clauseAfterVerb);
        return c == ThatWord.NO_CONTENT ? null : ix.word(c);
    }

    @Test
    void aRelativeClauseOnThePhraseThatSaysWhereItWasSaidOpensNoContent() {
        assertThat(opensWith("The operator said in a statement that was posted online.", true, false)).isNull();
        assertThat(opensWith("The operator said, in a statement that was posted online.", true, false)).isNull();
        // a phrase closed before "that" leaves it to the verb's object ("described, in blunt terms, a plan that …")
        assertThat(opensWith("The operator said, in blunt terms, the plan that was posted online.", false, false)).isEqualTo("was");
    }

    @Test
    void aRelativeClauseInsideTheSubjectOfABareClauseLeavesTheClauseWhole() {
        assertThat(opensWith("Ellis said the towns that changed their fares may lose riders.", true, true)).isEqualTo("the");
        // no second verb after the relative clause: the object's relative clause (the next rule)
        assertThat(opensWith("Ellis said the towns that changed their fares.", true, true)).isEqualTo("changed");
    }

    @Test
    void aRelativeClauseOnTheObjectStandsForTheContent() {
        assertThat(opensWith("Ellis said the towns that changed their fares may lose riders.", false, true)).isEqualTo("changed");
    }

    @Test
    void aNounTheTaggerReadAsAVerbBeforeTheClausesVerbIsNoRelativeClause() {
        // "strikes" tagged VBZ, then the clause's own modal: "that" is the complementizer, "strikes" the subject
        DocumentIndex ix = new DocumentIndex(MarkedText.withPos(MarkedText.withPos(MarkedText.parseWithEntities(
                "Ellis said the union that strikes would close the port."), "strikes", "VBZ"), "would", "MD"));
        int that = 4;
        assertThat(ix.word(that)).isEqualTo("that");
        assertThat(ThatWord.isRelative(ix, that, ix.tokenCount())).isFalse();
        assertThat(ix.word(ThatWord.contentStart(ix, 1, that, ix.tokenCount(), true, true))).isEqualTo("strikes");
        // an auxiliary after "that" is the relative clause's own ("the union that has voted")
        DocumentIndex aux = new DocumentIndex(MarkedText.withPos(MarkedText.parseWithEntities(
                "Ellis said the union that has voted will strike."), "has", "VBZ"));
        assertThat(ThatWord.isRelative(aux, 4, aux.tokenCount())).isTrue();
    }

    @Test
    void aDemonstrativeBeforeAFiniteVerbOpensTheContent() {
        assertThat(opensWith("Ellis says that is what the ferry is for.", true, false)).isEqualTo("that");
    }

    @Test
    void elsewhereTheComplementizerOpensTheContentAfterIt() {
        assertThat(opensWith("Ellis said that the ferry was late.", true, false)).isEqualTo("the");
        assertThat(opensWith("Ellis said on the radio that the ferry was late.", true, false)).isEqualTo("the");
    }
}
