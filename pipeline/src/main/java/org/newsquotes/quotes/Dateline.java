package org.newsquotes.quotes;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A wire story's dateline at the start of a paragraph: the place in capitals, perhaps its state or country, a date
 * and the agency, up to the dash that opens the story ("ORLANDO, Fla. (Reuters) - ", "LAKEVILLE, Minn., May 3 (UPI)
 * — ", "BRUSSELS — "). The place names where the story was filed, never who speaks in it; the quote rules do not see
 * the names inside a dateline as speakers ({@link DocumentIndex}).
 *
 * <p>Read from the text alone: a paragraph whose first word is in capitals (two letters or more) and which reaches a
 * dash set off by spaces (or an em or en dash) within {@value #MAX_CHARS} characters, every word before it
 * capitalised or a number (a state, a month, a day), or inside the agency's brackets.
 */
final class Dateline {
    /** Longest dateline, dash included. */
    static final int MAX_CHARS = 60;

    private static final Pattern DATELINE = Pattern.compile(
            "[A-Z][A-Z.'\\-]+(?:\\s+[A-Z][A-Z.'\\-]*)*" // the place in capitals
                    + "(?:,?\\s+(?:[A-Z][\\p{L}.'\\-]*|\\d{1,4}\\.?))*" // its state or country, a date
                    + "(?:\\s*\\([^()]{1,30}\\))?" // the agency
                    + ",?\\s*(?:\\s-{1,2}|[\u2014\u2013])\\s*"); // the dash

    /**
     * A place in title case with the agency in brackets ("New York (AFP) – ", "Cape Town (Reuters) - "): one word of two
     * letters or more in the brackets, so a party and state after a name ("Ann Roe (D-Ohio) —", "(R)") is none.
     */
    private static final Pattern TITLE_CASE_DATELINE = Pattern.compile(
            "[A-Z][\\p{L}.'\\-]+(?:\\s+[A-Z][\\p{L}.'\\-]*){0,3}" // the place
                    + "\\s*\\([A-Za-z]{2,12}\\)" // the agency
                    + "\\s*(?:-{1,2}|[\u2014\u2013])\\s*"); // the dash

    private static final List<Pattern> PATTERNS = List.of(DATELINE, TITLE_CASE_DATELINE);

    private Dateline() {}

    /** The offset just past the dateline that opens the paragraph at [{@code start}, {@code end}), or -1. */
    static int end(String text, int start, int end) {
        for (Pattern p : PATTERNS) {
            Matcher m = p.matcher(text).region(start, Math.min(end, start + MAX_CHARS));
            if (m.lookingAt() && m.end() < end) return m.end();
        }
        return -1;
    }
}
