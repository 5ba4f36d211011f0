package org.newsquotes.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The spellings of company forms and connectors ({@code models/company-forms.csv}): "Aktiengesellschaft" is "AG",
 * "Joint Stock Company" is "JSC", "&" is "and". {@link #words} rewrites a name's words with every spelling replaced
 * by its form, longest spelling first, so two names can be compared word for word.
 *
 * <p>Example: "Tactical Systems Joint Stock Company" and "JSC TACTICAL SYSTEMS" both give
 * {@code [jsc, systems, tactical]} once sorted.
 */
public final class CompanyForms {
    /** The file's name in {@code models/}. */
    public static final String FILE = "company-forms.csv";

    /** Spelling (as words) -> form, longest spellings first. */
    private final List<Map.Entry<List<String>, String>> spellings;
    private final java.util.Set<String> forms;

    private final Map<String, Integer> families;

    private CompanyForms(List<Map.Entry<List<String>, String>> spellings, java.util.Set<String> forms,
                         Map<String, Integer> families) {
        this.spellings = spellings;
        this.forms = forms;
        this.families = families;
    }

    /** Parses the file's lines; a line with an empty spelling is an error naming the file. */
    public static CompanyForms parse(List<String> lines, NameText text, String source) {
        Map<List<String>, String> bySpelling = new HashMap<>();
        java.util.Set<String> forms = new java.util.HashSet<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] parts = line.split(",");
            String form = null;
            for (String p : parts) {
                List<String> words = keyWords(p, text);
                if (words.isEmpty()) throw new IllegalArgumentException(source + ": empty spelling in '" + line + "'");
                if (form == null) {
                    form = String.join(" ", words);
                    forms.add(form);
                }
                bySpelling.put(words, form);
            }
        }
        // longest spellings first, so "open joint stock company" is tried before "joint stock company"
        List<Map.Entry<List<String>, String>> sorted = new ArrayList<>(bySpelling.entrySet());
        sorted.sort(Comparator.comparingInt((Map.Entry<List<String>, String> e) -> -e.getKey().size())
                .thenComparing(e -> e.getKey().toString()));
        return new CompanyForms(List.copyOf(sorted), java.util.Set.copyOf(forms), Map.of());
    }

    /** The file of form families in {@code models/}. */
    public static final String FAMILIES_FILE = "company-form-families.csv";

    /**
     * These forms with the families of {@value #FAMILIES_FILE}: forms that news writes for one company though they
     * are not spellings of one form ("ojsc" / "jsc"). A family naming a form this list does not have is an error
     * naming the file.
     */
    public CompanyForms withFamilies(List<String> lines, String source) {
        Map<String, Integer> family = new HashMap<>();
        int n = 0;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] parts = line.split(",");
            if (parts.length < 2) throw new IllegalArgumentException(source + ": '" + line + "' names fewer than two forms");
            for (String p : parts) {
                String form = p.strip().toLowerCase(java.util.Locale.ROOT);
                if (!forms.contains(form)) {
                    throw new IllegalArgumentException(source + ": '" + form + "' in '" + line + "' is not a form of "
                            + FILE + " (name each form by the first spelling of its line)");
                }
                if (family.put(form, n) != null) {
                    throw new IllegalArgumentException(source + ": the form '" + form + "' is in two families");
                }
            }
            n++;
        }
        return new CompanyForms(spellings, forms, Map.copyOf(family));
    }

    /** Two forms of one family ({@link #withFamilies}); a form is in its own family. */
    public boolean sameFamily(String a, String b) {
        if (a.equals(b)) return true;
        Integer fa = families.get(a);
        return fa != null && fa.equals(families.get(b));
    }

    /** True when {@code word} (a key word) is one of the forms, such as "jsc" or "ag". */
    public boolean isForm(String word) { return forms.contains(word); }

    /**
     * Letters a one-word spelling needs before a misspelling of it counts as the form ("Aktiengeselschaft"): shorter
     * spellings ("limited", "company") are one letter away from too many other words.
     */
    static final int MISSPELT_FORM_LETTERS = 10;
    /** Letters the cut-off last word of a multi-word spelling keeps at least ("Joint Stock Compan"). */
    static final int CUT_WORD_LETTERS = 3;

    /**
     * The name's key words with every spelling of a form replaced by the form. Two slips of registers are read as
     * the form too: a long one-word spelling misspelt by one letter ("Siemens Aktiengeselschaft": at least
     * {@value #MISSPELT_FORM_LETTERS} letters, never the plural), and a multi-word spelling cut off inside its last
     * word at the end of the name, as a register's fixed-width field cuts it ("Tactical Systems Joint Stock Compan").
     */
    public List<String> words(String name, NameText text) {
        List<String> in = keyWords(name, text);
        // "The Harbour Refinery Company" is "Harbour Refinery Company": a leading article is no part of the name
        if (in.size() > 1 && in.get(0).equals("the")) in = in.subList(1, in.size());
        List<String> out = new ArrayList<>();
        int i = 0;
        outer:
        while (i < in.size()) {
            for (Map.Entry<List<String>, String> e : spellings) {
                List<String> s = e.getKey();
                if (i + s.size() <= in.size() && in.subList(i, i + s.size()).equals(s)) {
                    out.add(e.getValue());
                    i += s.size();
                    continue outer;
                }
            }
            String misspelt = misspeltForm(in.get(i));
            String cut = misspelt == null ? cutForm(in, i) : null;
            out.add(misspelt != null ? misspelt : cut != null ? cut : in.get(i));
            // a cut-off spelling runs to the end of the name
            i = cut != null ? in.size() : i + 1;
        }
        return out;
    }

    /** The form of a multi-word spelling that starts at word {@code i} and is cut off at the name's end, or null. */
    private String cutForm(List<String> in, int i) {
        for (Map.Entry<List<String>, String> e : spellings) {
            List<String> s = e.getKey();
            int last = s.size() - 1;
            // the spelling's words up to its last, then the name ends inside that last word
            if (s.size() < 2 || i + s.size() != in.size() || !in.subList(i, i + last).equals(s.subList(0, last))) continue;
            String cut = in.get(in.size() - 1);
            if (cut.length() >= CUT_WORD_LETTERS && cut.length() < s.get(last).length() && s.get(last).startsWith(cut)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** The form of which {@code w} is a one-letter misspelling of a long one-word spelling, or null. */
    private String misspeltForm(String w) {
        if (w.length() < MISSPELT_FORM_LETTERS - 1) return null;
        for (Map.Entry<List<String>, String> e : spellings) {
            if (e.getKey().size() != 1) continue;
            String s = e.getKey().get(0);
            if (s.length() < MISSPELT_FORM_LETTERS || w.equals(s + "s") || s.equals(w)) continue;
            if (NearMiss.editDistance(w, s, 1) <= 1) return e.getValue();
        }
        return null;
    }

    /** Lower-case ASCII words, "&" kept as a word, periods inside abbreviations joined ("S.A." -> "sa"). */
    static List<String> keyWords(String s, NameText text) {
        String k = text.ascii(s).toLowerCase(java.util.Locale.ROOT).replace("&", " & ").replace(".", "")
                .replace("'", "").replace("’", "");
        List<String> out = new ArrayList<>();
        for (String w : k.split("[^a-z0-9&]+")) if (!w.isEmpty()) out.add(w);
        return out;
    }
}
