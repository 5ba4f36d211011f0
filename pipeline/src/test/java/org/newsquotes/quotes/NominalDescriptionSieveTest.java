package org.newsquotes.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsquotes.config.ModelFiles;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.Span;
import org.newsquotes.testing.MarkedText;

/** The role a description's head noun names ({@link NominalDescriptionSieve#headRole}), on sentences of our own. */
class NominalDescriptionSieveTest {
    private static final QuoteLexicon LEXICON = QuoteLexicon.load(ModelFiles.packaged());

    /** The head role of the description made of the first {@code tokens} tokens of {@code text}. */
    private static String headRole(AnnotatedDocument d, int tokens) {
        DocumentIndex ix = new DocumentIndex(d);
        AttributionContext ctx = new AttributionContext(ix, LEXICON, List.of());
        Span span = new Span(ix.token(0).start(), ix.token(tokens - 1).end());
        Evidence ev = new Evidence(Evidence.Type.DESCRIPTION, 0, tokens, null, span.of(d.text()), span);
        return NominalDescriptionSieve.headRole(ctx, ev);
    }

    @Test
    void theLongestRoleHoldingTheHeadNoun() {
        assertThat(headRole(MarkedText.parseWithEntities("the chief executive said so."), 3)).isEqualTo("chief executive");
        assertThat(headRole(MarkedText.parseWithEntities("the former secretary of state said so."), 5)).isEqualTo("secretary of state");
        assertThat(headRole(MarkedText.parseWithEntities("the spokesman for the mayor said so."), 5)).isEqualTo("spokesman");
    }

    @Test
    void noRoleWhenTheRoleWordOnlyModifiesOrOwnsTheHead() {
        assertThat(headRole(MarkedText.parseWithEntities("the president's victory was clear."), 4)).isNull();
        assertThat(headRole(MarkedText.parseWithEntities("the state's Republican party leader said so."), 6)).isEqualTo("leader");
    }

    @Test
    void evidenceRunningIntoTheClauseEndsAtItsVerb() {
        AnnotatedDocument d = MarkedText.withPos(MarkedText.withPos(
                MarkedText.parseWithEntities("The president listed her jobs to the crowd."), "listed", "VBD"), "jobs", "NNS");
        assertThat(headRole(d, 5)).isEqualTo("president");
    }
}
