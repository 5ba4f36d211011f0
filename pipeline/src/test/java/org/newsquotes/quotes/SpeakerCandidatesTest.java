package org.newsquotes.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsquotes.record.QuoteKind;
import org.newsquotes.record.Span;

/** Which relative pronouns are no candidate speaker ({@link SpeakerCandidates#closedBeforeCue}), on our own sentences. */
class SpeakerCandidatesTest {
    /** Whether the first "who" of {@code marked} closes its clause before the report verb "said". */
    private static boolean closed(String marked) {
        DocumentIndex ix = IndexFixtures.index(marked);
        int who = IndexFixtures.at(ix, "who");
        int said = IndexFixtures.at(ix, "said");
        Span content = new Span(ix.token(said + 1).start(), ix.token(ix.tokenCount() - 2).end());
        SourcePhrase src = new SourcePhrase(SourcePhrase.Position.INDIRECT_SUBJECT, 0, said, said, "said");
        QuoteCandidate q = new QuoteCandidate(content, content.start(), content.end(), QuoteKind.INDIRECT, false, src);
        return SpeakerCandidates.closedBeforeCue(ix, q, who);
    }

    @Test void aRelativeClauseWithAVerbOfItsOwnThatClosesBeforeTheCueIsNoSpeaker() {
        // set off by commas
        assertThat(closed("The builder, who joined the firm in 2021, said the wait was long.")).isTrue();
        // restrictive, right after a noun
        assertThat(closed("Shopkeepers who spoke to the paper said the wait was long.")).isTrue();
        // restrictive inside an apposition that the comma before the verb closes
        assertThat(closed("One patient, a former builder who gave his name only as [Frank|PERSON], said the wait was long.")).isTrue();
    }

    @Test void aRelativePronounThatIsTheReportsSubjectStays() {
        // no verb of its own between "who" and the cue
        assertThat(closed("[Ann Roe|PERSON], who said the wait was long, left.")).isFalse();
        // a comma before the cue with no apposition opened before "who": not read as closed
        assertThat(closed("Patients who waited all day, said the wait was long.")).isFalse();
    }
}
