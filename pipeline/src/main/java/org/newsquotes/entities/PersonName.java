package org.newsquotes.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A personal name split into given names, surname and generational suffix, so that two people who share only a
 * surname stay apart (Donald Trump / Melania Trump) and suffixes count (Donald Trump / Donald Trump Jr.).
 *
 * <p>The surname is the last word plus the particles written before it ("bin Salman", "von der Leyen"); the given
 * names are the words before that. Names written surname-first (Chinese, Korean, Hungarian) are not detected: for
 * "Xi Jinping" the parse says given "Xi", surname "Jinping", which is harmless for matching because both parts
 * are compared, and their short forms come from the alias table.
 *
 * @param given   given and middle names, in order (may be empty for a one-word name)
 * @param surname the surname with its particles, or the only word
 * @param suffix  "Jr", "Sr", "II" ... (periods dropped), or "" when none
 */
public record PersonName(List<String> given, String surname, String suffix) {
    public PersonName {
        given = List.copyOf(given);
        Objects.requireNonNull(surname, "surname");
        suffix = suffix == null ? "" : suffix;
    }

    public static PersonName parse(String cleanName, EntityKnowledge knowledge) {
        List<String> toks = new ArrayList<>();
        for (String t : NameText.tokens(cleanName.replace(",", " "))) {
            String p = NameText.trimPunct(t);
            if (!p.isEmpty()) toks.add(p);
        }
        if (toks.isEmpty()) return new PersonName(List.of(), cleanName, "");
        String suffix = "";
        if (toks.size() > 1 && knowledge.isSuffix(toks.get(toks.size() - 1))) {
            suffix = toks.remove(toks.size() - 1).replace(".", "");
        }
        int s = toks.size() - 1;
        while (s > 0 && knowledge.isParticle(toks.get(s - 1))) s--;
        if (s == 0 && toks.size() > 1) s = toks.size() - 1; // "Abu Bakr": a particle-led name keeps its last word
        String surname = String.join(" ", toks.subList(s, toks.size()));
        return new PersonName(toks.subList(0, s), surname, suffix);
    }

    /** The surname without its particles ("bin Salman" -> "Salman"). */
    public String surnameCore() {
        int sp = surname.lastIndexOf(' ');
        return sp < 0 ? surname : surname.substring(sp + 1);
    }

    public boolean hasGiven() { return !given.isEmpty(); }

    public String suffixKey() { return suffix.toLowerCase(Locale.ROOT); }
}
