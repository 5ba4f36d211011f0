package org.newsquotes.record;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * Which corpus-wide statement a quote reports, and how it words it.
 *
 * @param statementId the statement ({@code statements.csv})
 * @param wording     exact, shortened or altered
 * @param differences for {@code altered}: the words that differ from the statement's wording of the passage,
 *                    each "this → that" (a word changed), "+this" (a word only this report has) or "-that" (a word
 *                    it leaves out inside the passage); empty otherwise
 */
public record StatementLink(String statementId, Wording wording, List<String> differences) implements Serializable {
    public StatementLink {
        Objects.requireNonNull(statementId, "statementId");
        Objects.requireNonNull(wording, "wording");
        differences = differences == null ? List.of() : List.copyOf(differences);
        if (wording != Wording.ALTERED && !differences.isEmpty()) {
            throw new IllegalArgumentException(statementId + ": differences listed for a " + wording.label() + " wording");
        }
    }
}
