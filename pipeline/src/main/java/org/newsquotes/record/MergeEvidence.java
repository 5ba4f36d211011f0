package org.newsquotes.record;

import java.io.Serializable;
import java.util.Objects;

/**
 * Why two names were merged into one entity, so a researcher can audit and override.
 *
 * @param rule       the rule that merged them: {@code same-string}, {@code short-form}, {@code acronym},
 *                   {@code transliteration}, {@code alias-table}, ...
 * @param left       one name
 * @param right      the other name
 * @param confidence 0..1
 * @param detail     free text, e.g. which transliteration key matched
 */
public record MergeEvidence(String rule, String left, String right, double confidence, String detail)
        implements Serializable {
    public MergeEvidence {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        if (confidence < 0 || confidence > 1 || Double.isNaN(confidence)) {
            throw new IllegalArgumentException("confidence outside [0,1]: " + confidence);
        }
        detail = detail == null ? "" : detail;
    }

    /** Compact form for a CSV cell: {@code rule(left~right,0.95)}. */
    @Override public String toString() {
        return rule + "(" + left + "~" + right + "," + confidence + (detail.isEmpty() ? "" : "," + detail) + ")";
    }
}
