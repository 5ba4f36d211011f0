package org.newsquotes.quotes;

/**
 * The stretch of text that names who said a quote, as found next to a cue, before it is resolved to an entity.
 *
 * @param position   where the phrase stands relative to the quote and its cue
 * @param firstToken first token of the region the speaker is looked for in (inclusive)
 * @param endToken   end of that region (exclusive)
 * @param cueToken   the cue's first token (speech verb, "according", ":"), or -1
 * @param cue        the cue as written ("said", "according to", ":")
 */
public record SourcePhrase(Position position, int firstToken, int endToken, int cueToken, String cue) {
    /** Where the source stands; decides which sieve may use it and how near the cue the speaker must be. */
    public enum Position {
        /** "“…,” said Hugh Hill": verb first, then the source. */
        AFTER_INVERTED,
        /** "“…,” Hugh Hill said": source, then the verb, after the quote. */
        AFTER_NORMAL,
        /** "Hugh Hill said: “…”": source and verb before the quote. */
        BEFORE,
        /** "according to Hugh Hill". */
        ACCORDING_TO,
        /** "Hugh Hill: “…”". */
        COLON_LABEL,
        /** The subject of a reporting verb for indirect speech. */
        INDIRECT_SUBJECT,
        /**
         * "He was asked whether …", "When asked about …": a passive report that names no speaker (an empty region at
         * the verb, {@link PassiveReport}); its quote has no speaker, and nobody is guessed.
         */
        UNNAMED
    }

    public SourcePhrase {
        if (firstToken < 0 || endToken < firstToken) {
            throw new IllegalArgumentException("bad source region [" + firstToken + "," + endToken + ")");
        }
    }

    /** True when the verb comes before the source (inverted order or "according to"). */
    public boolean verbFirst() {
        return position == Position.AFTER_INVERTED || position == Position.ACCORDING_TO;
    }

    public boolean isEmpty() { return endToken == firstToken; }
}
