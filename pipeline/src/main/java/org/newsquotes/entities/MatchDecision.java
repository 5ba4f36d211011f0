package org.newsquotes.entities;

import java.util.Objects;

/**
 * The matcher's verdict on two names.
 *
 * @param match      whether the names denote one entity
 * @param rule       the rule that decided: {@code same-string}, {@code alias-table}, {@code acronym},
 *                   {@code short-form}, {@code transliteration}; and for refusals {@code never-merge},
 *                   {@code type-mismatch}, {@code given-name-conflict}, {@code suffix-conflict},
 *                   {@code alias-conflict}, {@code different}
 * @param confidence 0..1: how sure the rule is (for a refusal, how sure that they differ)
 * @param reason     one human-readable sentence
 * @param weak       true for links that are only safe when unambiguous (a bare surname, an acronym by initials, an
 *                   organisation short form): the resolver links such a name to its best candidate only
 */
public record MatchDecision(boolean match, String rule, double confidence, String reason, boolean weak)
        implements java.io.Serializable {
    public MatchDecision {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reason, "reason");
        if (confidence < 0 || confidence > 1 || Double.isNaN(confidence)) {
            throw new IllegalArgumentException("confidence outside [0,1]: " + confidence);
        }
    }

    static MatchDecision yes(String rule, double confidence, String reason) {
        return new MatchDecision(true, rule, confidence, reason, false);
    }

    static MatchDecision weakYes(String rule, double confidence, String reason) {
        return new MatchDecision(true, rule, confidence, reason, true);
    }

    static MatchDecision no(String rule, double confidence, String reason) {
        return new MatchDecision(false, rule, confidence, reason, false);
    }

    /** This decision with {@code reason} in place of its own. */
    MatchDecision withReason(String reason) {
        return new MatchDecision(match, rule, confidence, reason, weak);
    }

    @Override public String toString() {
        return (match ? "MATCH" : "NO MATCH") + " [" + rule + ", " + confidence + (weak ? ", weak" : "") + "] " + reason;
    }
}
