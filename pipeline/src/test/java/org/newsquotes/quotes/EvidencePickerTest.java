package org.newsquotes.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsquotes.testing.MarkedText;

class EvidencePickerTest {
    private static String subjectBeforeInfinitive(String phrase) {
        DocumentIndex ix = new DocumentIndex(MarkedText.parseWithEntities(phrase));
        int end = EvidencePicker.beforeInfinitiveVerbs(ix, 0, ix.tokenCount());
        return end == 0 ? "" : ix.text().substring(0, ix.token(end - 1).end());
    }

    @Test void theSubjectOfVerbsBeforeAnInfinitiveIsTheSource() {
        // "Ann Roe wanted to [explain]": the verb controls the infinitive, its subject is the source
        assertThat(subjectBeforeInfinitive("[Ann Roe|PERSON] wanted to")).isEqualTo("Ann Roe");
        assertThat(subjectBeforeInfinitive("she seemed to")).isEqualTo("she");
        // no verb before "to": the phrase is left as it is
        assertThat(subjectBeforeInfinitive("the officials of Leeds to")).isEqualTo("the officials of Leeds to");
        // no "to" at the end: unchanged
        assertThat(subjectBeforeInfinitive("she wanted")).isEqualTo("she wanted");
    }

    /** The evidence picked from the words before the first {@code verb} of {@code sentence}, reported by it. */
    private static String evidenceBefore(String sentence, String verb) {
        DocumentIndex ix = new DocumentIndex(MarkedText.parseWithEntities(sentence));
        int v = 0;
        while (!ix.word(v).equals(verb)) v++;
        Evidence ev = new EvidencePicker(LEXICON).pick(ix, new SourcePhrase(SourcePhrase.Position.INDIRECT_SUBJECT, 0, v, v, verb));
        return ev == null ? null : ev.text();
    }

    private static final QuoteLexicon LEXICON = QuoteLexicon.load(org.newsquotes.config.ModelFiles.packaged());

    @Test void aLongDescriptionKeepsItsHeadNoun() {
        // eight words back would open the description at "of"
        assertThat(evidenceBefore("The head of one of the region's largest water companies said prices would rise.", "said"))
                .isEqualTo("The head of one of the region's largest water companies");
        // a short one is read as before
        assertThat(evidenceBefore("The head of the water company said prices would rise.", "said"))
                .isEqualTo("The head of the water company");
        // a clause break still ends it
        assertThat(evidenceBefore("Prices rose, and the chairman of one of the two largest regional water companies said more would come.", "said"))
                .isEqualTo("the chairman of one of the two largest regional water companies");
    }
}
