package org.newsquotes.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A mention's surface reduced to the name it carries, and the titles that were stripped from it.
 *
 * <p>{@link #of} applies, in order: a possessive ending is dropped ("Iran's"), a hyphenated lower-case affix is
 * dropped ("US-backed" -> "US", "pro-Iran" -> "Iran"), a leading lower-case "the" is dropped, and for people the
 * titles of {@code models/person-titles.txt} are stripped from the front, longest phrase first and repeatedly
 * ("Former Foreign Minister Abbas Araghchi" -> "Abbas Araghchi" with titles "Former", "Foreign Minister");
 * a person written surname first with a comma is turned round ("Trump, Donald" -> "Donald Trump").
 * Titles are stripped only from PERSON mentions because in other names they are part of the name ("King's
 * College", "Prince Edward Island"), and never so far that nothing is left. Nationality plurals are made
 * singular ("Iranians" -> "Iranian").
 *
 * @param surface the mention text as written
 * @param name    the cleaned name
 * @param titles  titles stripped from the front, as written
 */
public record CleanName(String surface, String name, List<String> titles) {
    /** English words glued after a name ("US-backed", "Iran-based", "Tehran-era"); not name parts (Shen-zhen). */
    private static final Pattern SUFFIX_AFFIX = Pattern.compile(
            "^(\\p{Lu}[\\p{L}.]*)[-‐‑](?:\\p{Ll}+ed|born|made|style|era|run|held|wide|like|friendly|free|centric|owned|"
                    + "based|bound|led|linked|aligned|allied|funded|brokered|sponsored|controlled|supported|occupied)$");
    /** English prefixes glued to a name ("pro-Iran", "anti-American"); "al-" and other name particles are not among them. */
    private static final Pattern PREFIX_AFFIX = Pattern.compile(
            "^(?:pro|anti|non|post|pre|neo|pan|mid|ex|then|all|trans|inter|intra|ultra|semi|pseudo)[-‐‑](\\p{Lu}.*)$");
    private static final int MAX_TITLE_WORDS = 4;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    public CleanName {
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(name, "name");
        titles = List.copyOf(titles);
    }

    public static CleanName of(String surface, String type, EntityKnowledge knowledge) {
        String s = surface.strip().replace('\u00A0', ' ');
        s = SPACES.matcher(s).replaceAll(" ");
        s = NameText.dropPossessive(s);
        var suffix = SUFFIX_AFFIX.matcher(s);
        if (suffix.matches()) s = suffix.group(1);
        var prefix = PREFIX_AFFIX.matcher(s);
        if (prefix.matches()) s = prefix.group(1);
        if (s.startsWith("the ") && s.length() > 4) s = s.substring(4);
        s = NameText.trimPunct(s);
        if (s.isEmpty()) s = surface.strip();
        List<String> titles = new ArrayList<>();
        if ("PERSON".equals(type)) s = stripTitles(uninvert(s, knowledge), knowledge, titles);
        if ("NATIONALITY".equals(type)) s = singular(s);
        return new CleanName(surface, s, titles);
    }

    /** "Trump, Donald" -> "Donald Trump" (tables list people surname first); "Donald Trump, Jr." is left alone. */
    private static String uninvert(String s, EntityKnowledge knowledge) {
        int comma = s.indexOf(',');
        if (comma <= 0 || comma != s.lastIndexOf(',')) return s;
        String last = s.substring(0, comma).strip();
        String first = s.substring(comma + 1).strip();
        if (first.isEmpty() || last.isEmpty() || knowledge.isSuffix(first)) return s;
        return first + " " + last;
    }

    /** "Americans" -> "American", "Saudis" -> "Saudi"; "Swiss" stays. Demonym plurals are regular in English. */
    private static String singular(String s) {
        if (s.length() > 4 && s.endsWith("s") && !s.endsWith("ss") && s.indexOf(' ') < 0) return s.substring(0, s.length() - 1);
        return s;
    }

    private static String stripTitles(String s, EntityKnowledge knowledge, List<String> titles) {
        List<String> toks = NameText.tokens(s);
        int start = 0;
        boolean stripped = true;
        while (stripped && start < toks.size() - 1) {
            stripped = false;
            for (int n = Math.min(MAX_TITLE_WORDS, toks.size() - 1 - start); n >= 1; n--) {
                String phrase = String.join(" ", toks.subList(start, start + n));
                if (knowledge.titles().contains(phrase.toLowerCase(Locale.ROOT))) {
                    titles.add(phrase);
                    start += n;
                    stripped = true;
                    break;
                }
            }
        }
        return start == 0 ? s : String.join(" ", toks.subList(start, toks.size()));
    }
}
