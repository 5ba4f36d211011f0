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
}
