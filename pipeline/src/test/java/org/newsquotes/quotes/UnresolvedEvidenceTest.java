package org.newsquotes.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsquotes.record.Attribution;
import org.newsquotes.record.Span;
import org.newsquotes.testing.MarkedText;

/** Evidence of an unresolved source that names no one is dropped ({@link UnresolvedEvidence}), on sentences of our own. */
class UnresolvedEvidenceTest {
    /** The mention kept for a source-unresolved attribution whose evidence is the words {@code from} .. {@code to}. */
    private static String kept(DocumentIndex ix, String from, String to, String method) {
        int a = IndexFixtures.at(ix, from);
        int b = IndexFixtures.at(ix, to);
        Span span = new Span(ix.token(a).start(), ix.token(b).end());
        Attribution in = new Attribution(null, null, null, span.of(ix.text()), span, "said", method, 0.8);
        return UnresolvedEvidence.checked(ix, in).mention();
    }

    @Test void evidenceWithNoWordThatCanNameSomeoneIsDropped() {
        DocumentIndex ix = new DocumentIndex(MarkedText.withPos(MarkedText.withPos(MarkedText.withPos(
                MarkedText.parseWithEntities("The rules, more likely to fail, said the mill would close."),
                "more", "RBR"), "likely", "JJ"), "to", "TO"));
        assertThat(kept(ix, "more", "to", AttributionMethod.SOURCE_UNRESOLVED.label())).isNull();
        // a noun phrase is kept, and so is a quantifier standing alone
        assertThat(kept(ix, "The", "rules", AttributionMethod.SOURCE_UNRESOLVED.label())).isEqualTo("The rules");
        DocumentIndex many = new DocumentIndex(MarkedText.withPos(MarkedText.parseWithEntities("Many said the mill would close."),
                "Many", "JJ"));
        assertThat(kept(many, "Many", "Many", AttributionMethod.SOURCE_UNRESOLVED.label())).isEqualTo("Many");
        DocumentIndex most = new DocumentIndex(MarkedText.withPos(MarkedText.parseWithEntities("Most said the mill would close."),
                "Most", "JJS"));
        assertThat(kept(most, "Most", "Most", AttributionMethod.SOURCE_UNRESOLVED.label())).isEqualTo("Most");
        DocumentIndex neither = new DocumentIndex(MarkedText.withPos(MarkedText.parseWithEntities("Neither said the mill would close."),
                "Neither", "CC"));
        assertThat(kept(neither, "Neither", "Neither", AttributionMethod.SOURCE_UNRESOLVED.label())).isEqualTo("Neither");
        // a resolved attribution is never touched
        assertThat(kept(ix, "more", "to", AttributionMethod.VERB_AFTER.label())).isEqualTo("more likely to");
    }
}
