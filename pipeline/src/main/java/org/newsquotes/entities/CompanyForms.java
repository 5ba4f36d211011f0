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

    /** The name's key words with every spelling of a form replaced by the form. */
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
            out.add(in.get(i++));
        }
        return out;
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
