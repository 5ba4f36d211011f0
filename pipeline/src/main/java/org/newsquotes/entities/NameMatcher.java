package org.newsquotes.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;

/**
 * Decides whether two names denote one entity, and says why. Rules, not a similarity threshold: a single
 * string-similarity score rates Austria / Australia higher than Gaddafi / Kadhafi.
 *
 * <p>Order of the rules (the first that applies decides):
 * <ol>
 *   <li>{@code never-merge}: the pair is listed in {@code models/never-merge.csv}: no.</li>
 *   <li>{@code same-string}: equal {@link NameText#key}s (after stripping titles and possessives) and
 *       compatible types, or a name of two or more words that CoreNLP's statistical tagger typed differently
 *       (PERSON / ORGANIZATION / LOCATION / MISC): yes.</li>
 *   <li>{@code alias-table}: both names under one canonical in {@code models/entity-aliases.csv}: yes; under two
 *       different canonicals: no ({@code alias-conflict}).</li>
 *   <li>{@code type-mismatch}: types must be compatible ({@link EntityTypes}): PERSON only with PERSON; ORGANIZATION,
 *       MISC and FACILITY together; FACILITY also with LOCATION; places of different fine types only through the
 *       rules above (exact name or alias table), except that CoreNLP's generic LOCATION joins any place.</li>
 *   <li>{@code acronym}: a non-person acronym whose letters are the other name's initials: yes (weak).</li>
 *   <li>People: {@code word-order} (the same words in another order: "bin Salman Mohammed"), {@code suffix-conflict} (Donald Trump / Donald Trump Jr.), {@code given-name-conflict} (Donald /
 *       Melania Trump), {@code short-form} for a bare surname (weak) or a dropped middle name, and
 *       {@code transliteration} when surname or given names differ only in romanisation; then, weak, where those
 *       find the names different: {@code dropped-names} (one or two words left out, the first kept),
 *       {@code middle-name} (known by a middle name: the first given name left out), {@code french-romanisation}
 *       ("Bachir" / "Bashir", "Youssouf" / "Yussuf"), {@code german-romanisation} ("Sergej Lawrow" / "Sergey
 *       Lavrov"), {@code arabic-romanisation} ("Abd al-Karim" / "Abdul Karim",
 *       "Nur ad-Din" / "Nuruddin"), {@code baltic-endings} ("Sergejs Lavrovs" / "Sergey Lavrov"),
 *       {@code chinese-romanisation} ("Teng Hsiao-p'ing" / "Deng Xiaoping", {@link ChineseRomanisation}) and
 *       {@code misspelling} (one word misspelt) ({@link NearMiss}); each also on the names without an East Slavic
 *       patronymic on one side, and on two-word names with the surname written first.</li>
 *   <li>Other names: {@code number-words} (the same words once numbers are digits: "Brigade Forty-Four" /
 *       "Brigade 44"), {@code abbreviation} ("U.S. Department of State" / "United States Department of State"), {@code company-form} (a leading "The" left out), {@code qualifier} (weak: a part in
 *       parentheses left out, "Harbour Bank (Schweiz) AG" / "Harbour Bank AG"), (the same words once company forms and connectors are written one way:
 *       "Siemens AG" / "Siemens Aktiengesellschaft", also misspelt or cut off at the name's end; a form on one side only
 *       is weak), {@code transliteration} when every word is a {@link TransliterationKey#sameWord} variant (or the
 *       joined words are), {@code connector-words} for the same words but for "of", "the" and the like (weak),
 *       {@code short-form} for designator / qualifier / tail short forms (weak).</li>
 *   <li>{@code different}: no rule links them.</li>
 * </ol>
 * Thread-safe and pure.
 */
public final class NameMatcher {
    private final EntityKnowledge knowledge;
    private final ShortForms shortForms;
    private final TransliterationKey translit;
    private final BiPredicate<String, String> exact;
    private final BiPredicate<String, String> variant;

    public NameMatcher(EntityKnowledge knowledge) {
        this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
        this.shortForms = new ShortForms(knowledge);
        this.translit = knowledge.transliteration();
        this.exact = ShortForms.exactWords(knowledge.text());
        this.variant = (x, y) -> exact.test(x, y) || translit.sameWord(x, y);
    }

    public EntityKnowledge knowledge() { return knowledge; }

    /** Two names of one type. */
    public MatchDecision decide(String a, String b, String type) {
        return decide(a, type, b, type);
    }

    /**
     * A name with everything the matcher derives from it computed once: the resolver prepares each distinct name
     * once and compares prepared names many times.
     *
     * @param name   the cleaned name ({@link CleanName})
     * @param type   its type
     * @param key    {@link NameText#key} of the name
     * @param alias  its alias-table entry, or null
     * @param person the parsed personal name (PERSON only), or null
     */
    public record Prepared(String name, String type, String key, AliasTable.Canonical alias, PersonName person) {
        public Prepared {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(key, "key");
        }
    }

    public Prepared prepare(String raw, String type) {
        String name = CleanName.of(raw, type, knowledge).name();
        String key = knowledge.text().key(name);
        return new Prepared(name, type, key, knowledge.aliases().lookupKey(key),
                "PERSON".equals(type) ? PersonName.parse(name, knowledge) : null);
    }

    /** Two names with their (possibly different) types. */
    public MatchDecision decide(String rawA, String typeA, String rawB, String typeB) {
        return decide(prepare(rawA, typeA), prepare(rawB, typeB));
    }

    /** Two prepared names. */
    public MatchDecision decide(Prepared pa, Prepared pb) {
        String a = pa.name();
        String b = pb.name();
        String typeA = pa.type();
        String typeB = pb.type();
        String ka = pa.key();
        String kb = pb.key();
        if (ka.isEmpty() || kb.isEmpty()) {
            return MatchDecision.no("different", 1.0, "a name without letters or digits matches nothing");
        }
        if (knowledge.neverMerge().forbids(ka, kb, typeA) || knowledge.neverMerge().forbids(ka, kb, typeB)) {
            return MatchDecision.no("never-merge", 1.0, "'" + a + "' and '" + b + "' are listed in never-merge.csv");
        }
        if (ka.equals(kb)) {
            if (typeA.equals(typeB)) return MatchDecision.yes("same-string", 1.0, "the same name");
            if (exactTypesCompatible(typeA, typeB) || statisticalGuesses(a, typeA, typeB)) {
                return MatchDecision.yes("same-string", 0.8, "the same name; types " + typeA + " and " + typeB + " are compatible");
            }
            return MatchDecision.no("type-mismatch", 0.8, "the same name but types " + typeA + " and " + typeB + " are not compatible");
        }
        AliasTable.Canonical ca = pa.alias();
        AliasTable.Canonical cb = pb.alias();
        if (ca != null && ca.equals(cb)) {
            if (fitsAlias(typeA, ca) && fitsAlias(typeB, ca)) {
                return MatchDecision.yes("alias-table", 0.95, "both are aliases of '" + ca.name() + "' (" + ca.type() + ")");
            }
            return MatchDecision.no("type-mismatch", 0.7, "aliases of '" + ca.name() + "' (" + ca.type()
                    + ") but typed " + typeA + " and " + typeB);
        }
        if (ca != null && cb != null) {
            return MatchDecision.no("alias-conflict", 0.95, "'" + a + "' is '" + ca.name() + "' and '" + b + "' is '" + cb.name() + "' in the alias table");
        }
        if (!spellingTypesCompatible(typeA, typeB)) {
            return MatchDecision.no("type-mismatch", 0.9, "types " + typeA + " and " + typeB + " are not compatible");
        }
        boolean person = "PERSON".equals(typeA);
        if (!person) {
            MatchDecision acr = acronym(a, b);
            if (acr != null) return acr;
            return other(a, b, typeA, typeB);
        }
        return person(a, b, pa.person() != null ? pa.person() : PersonName.parse(a, knowledge),
                pb.person() != null ? pb.person() : PersonName.parse(b, knowledge));
    }

    private MatchDecision acronym(String a, String b) {
        if (Acronyms.abbreviates(a, b, knowledge.acronymStopwords())) {
            return MatchDecision.weakYes("acronym", 0.8, "'" + a + "' is the initials of '" + b + "'");
        }
        if (Acronyms.abbreviates(b, a, knowledge.acronymStopwords())) {
            return MatchDecision.weakYes("acronym", 0.8, "'" + b + "' is the initials of '" + a + "'");
        }
        return null;
    }

    private MatchDecision person(String a, String b, PersonName pa, PersonName pb) {
        MatchDecision order = wordOrder(a, b);
        if (order != null) return order;
        if (pa.hasGiven() && pb.hasGiven()) {
            boolean sameSurname = samePhrase(pa.surname(), pb.surname(), exact) || exact.test(pa.surnameCore(), pb.surnameCore());
            boolean variantSurname = sameSurname || samePhrase(pa.surname(), pb.surname(), variant)
                    || variant.test(pa.surnameCore(), pb.surnameCore());
            if (!variantSurname) {
                if (translit.sameJoined(a, b) && pa.suffixKey().equals(pb.suffixKey())) {
                    return MatchDecision.yes("transliteration", 0.8, "the same letters written with different spacing");
                }
                return nearMissOr(a, b, MatchDecision.no("different", 0.9, "different surnames ('" + pa.surname()
                        + "' / '" + pb.surname() + "')"));
            }
            if (!pa.suffixKey().equals(pb.suffixKey())) {
                return MatchDecision.no("suffix-conflict", 0.95, "generational suffixes differ ('" + pa.suffix() + "' / '" + pb.suffix() + "')");
            }
            if (shortForms.givenCompatible(pa.given(), pb.given(), exact) && sameSurname) {
                return MatchDecision.yes("short-form", 0.9, "the same person with " + (pa.given().size() == pb.given().size()
                        ? "the same given names" : "a middle name dropped"));
            }
            if (shortForms.givenCompatible(pa.given(), pb.given(), variant)) {
                return MatchDecision.yes("transliteration", 0.85, "given names and surname are romanisation variants ("
                        + translit.key(a) + ")");
            }
            if (translit.sameJoined(a, b)) {
                return MatchDecision.yes("transliteration", 0.8, "the same letters written with different spacing or hyphens");
            }
            return nearMissOr(a, b, MatchDecision.no("given-name-conflict", 0.95, "same surname '" + pa.surname()
                    + "' but different given names (" + String.join(" ", pa.given()) + " / " + String.join(" ", pb.given()) + ")"));
        }
        if (pa.hasGiven() != pb.hasGiven()) {
            PersonName full = pa.hasGiven() ? pa : pb;
            String bare = pa.hasGiven() ? b : a;
            if (shortForms.isSurnameOf(bare, full, exact)) {
                return MatchDecision.weakYes("short-form", 0.8, "'" + bare + "' is the surname of '" + (full == pa ? a : b) + "'");
            }
            if (shortForms.isSurnameOf(bare, full, variant)) {
                return MatchDecision.weakYes("short-form", 0.75, "'" + bare + "' is a romanisation variant of the surname of '"
                        + (full == pa ? a : b) + "'");
            }
            if (translit.sameJoined(a, b)) {
                return MatchDecision.yes("transliteration", 0.8, "the same letters with the space between the names lost");
            }
            return MatchDecision.no("different", 0.8, "'" + bare + "' is not the surname of '" + (full == pa ? a : b) + "'");
        }
        if (translit.sameName(a, b)) {
            return MatchDecision.yes("transliteration", 0.85, "romanisation variants (key " + translit.key(a) + ")");
        }
        return MatchDecision.no("different", 0.8, "no rule links the names");
    }

    /**
     * The {@link NearMiss} rules, weak, for two people's names that no rule above linked; else {@code no}. They are
     * tried on the names as written, then on other views of them: without an East Slavic patronymic on one side
     * ("Sergey Viktorovich Lavrov" / "Sergejs Lavrovs"; two different patronymics name two men), where the letters may
     * also be the same with different spacing ("Nikolai Patr ushev" / "Nikolai Platonovich Patrushev"); then, for two names of
     * two words, with one name's words swapped, as registers write the surname first ("Rotenberg Arkadij" /
     * "Arkadii Rotenberg").
     */
    private MatchDecision nearMissOr(String a, String b, MatchDecision no) {
        List<String> wa = knowledge.text().keyWords(a);
        List<String> wb = knowledge.text().keyWords(b);
        boolean latin = NearMiss.writtenInLatin(a) && NearMiss.writtenInLatin(b);
        MatchDecision d = nearMiss(a, b, wa, wb, latin);
        if (d != null) return d;
        // a patronymic on one side only: two different patronymics name two men with one name (different fathers)
        List<String> va = NearMiss.withoutPatronymic(wa, knowledge::isSuffix);
        List<String> vb = NearMiss.withoutPatronymic(wb, knowledge::isSuffix);
        if (va.equals(wa) != vb.equals(wb)) {
            String view = "without the patronymic: ";
            if (String.join("", va).equals(String.join("", vb))) {
                return MatchDecision.weakYes("dropped-names", 0.65, view + "the same letters ("
                        + String.join(" ", va) + " / " + String.join(" ", vb) + ")");
            }
            d = nearMiss(String.join(" ", va), String.join(" ", vb), va, vb, latin);
            if (d != null) return d.withReason(view + d.reason());
        } else {
            va = wa;
            vb = wb;
        }
        if (va.size() == 2 && vb.size() == 2 && !va.equals(vb)) {
            List<String> swapped = List.of(va.get(1), va.get(0));
            d = nearMiss(String.join(" ", swapped), String.join(" ", vb), swapped, vb, latin);
            if (d != null) return d.withReason("surname written first: " + d.reason());
        }
        return no;
    }

    /** The {@link NearMiss} rule that links the two names' key words {@code wa} and {@code wb}, or null. */
    private MatchDecision nearMiss(String a, String b, List<String> wa, List<String> wb, boolean latin) {
        if (NearMiss.droppedNames(wa, wb)) {
            return MatchDecision.weakYes("dropped-names", 0.7, "'" + (wa.size() < wb.size() ? a : b)
                    + "' is the other name with words left out");
        }
        int i = NearMiss.misspelling(wa, wb, latin);
        if (i >= 0) {
            return MatchDecision.weakYes("misspelling", 0.7, "the same name but '" + wa.get(i) + "' / '" + wb.get(i)
                    + "', one misspelt");
        }
        if (NearMiss.knownByMiddleName(wa, wb)) {
            return MatchDecision.weakYes("middle-name", 0.65, "'" + (wa.size() < wb.size() ? a : b)
                    + "' is the other name without its first given name: known by a middle name");
        }
        if (!latin) return null;
        if (NearMiss.frenchRomanisation(wa, wb)) {
            return MatchDecision.weakYes("french-romanisation", 0.7, "the same name in French and English romanisation ("
                    + String.join(" ", wa) + " / " + String.join(" ", wb) + ")");
        }
        if (NearMiss.germanRomanisation(wa, wb)) {
            return MatchDecision.weakYes("german-romanisation", 0.7, "the same name in German and English romanisation ("
                    + String.join(" ", wa) + " / " + String.join(" ", wb) + ")");
        }
        if (NearMiss.balticEndings(wa, wb)) {
            return MatchDecision.weakYes("baltic-endings", 0.7, "the same name with Latvian or Lithuanian endings ("
                    + String.join(" ", wa) + " / " + String.join(" ", wb) + ")");
        }
        if (ChineseRomanisation.same(a, b, wa, wb)) {
            return MatchDecision.weakYes("chinese-romanisation", 0.7, "one Chinese name in Wade-Giles and Pinyin ("
                    + ChineseRomanisation.fold(wa) + ")");
        }
        if (NearMiss.arabicRomanisation(wa, wb)) {
            return MatchDecision.weakYes("arabic-romanisation", 0.7, "one Arabic name in two romanisations ("
                    + NearMiss.arabicFold(wa) + ")");
        }
        return null;
    }

    private MatchDecision other(String a, String b, String typeA, String typeB) {
        // the names' words with company forms written one way, which the next three rules all compare
        List<String> fa = knowledge.companyForms().words(a, knowledge.text());
        List<String> fb = knowledge.companyForms().words(b, knowledge.text());
        MatchDecision numbers = numberWords(fa, fb);
        if (numbers != null) return numbers;
        MatchDecision abbreviated = abbreviation(fa, fb);
        if (abbreviated != null) return abbreviated;
        MatchDecision form = companyForm(a, b, fa, fb);
        if (form != null) return form;
        MatchDecision qualified = qualifier(a, b);
        if (qualified != null) return qualified;
        if (translit.sameName(a, b)) {
            return MatchDecision.yes("transliteration", 0.85, "romanisation variants (key " + translit.key(a) + ")");
        }
        if (translit.sameJoined(a, b)) {
            return MatchDecision.yes("transliteration", 0.8, "romanisation variants written with different spacing");
        }
        boolean org = EntityTypes.isOrgLike(typeA) || EntityTypes.isOrgLike(typeB);
        MatchDecision connectors = connectorWords(a, b);
        if (connectors != null) return connectors;
        if (shortForms.isOrgOrPlaceShortForm(a, b, org, variant)) {
            return MatchDecision.weakYes("short-form", 0.75, "'" + a + "' is a short form of '" + b + "'");
        }
        if (shortForms.isOrgOrPlaceShortForm(b, a, org, variant)) {
            return MatchDecision.weakYes("short-form", 0.75, "'" + b + "' is a short form of '" + a + "'");
        }
        return MatchDecision.no("different", 0.8, "no rule links the names");
    }

    /**
     * {@code abbreviation}: the same words in the same order once the abbreviations of
     * {@code models/name-abbreviations.csv} are written out ("U.S. Department of State" / "United States Department of
     * State", "U.N. Security Council" / "United Nations Security Council"): yes; only when one was written out.
     */
    private MatchDecision abbreviation(List<String> wa, List<String> wb) {
        return sameOnceWrittenOut(wa, wb, knowledge.abbreviations()::expand, "abbreviation",
                "the same name with an abbreviation written out");
    }

    /**
     * Yes under {@code rule} when the two names' words ({@code wa}, {@code wb}: company forms written one way) are
     * equal once {@code write} has rewritten them, and it rewrote at least one: null otherwise, so the rules after it
     * decide.
     */
    private static MatchDecision sameOnceWrittenOut(List<String> wa, List<String> wb,
                                                    java.util.function.UnaryOperator<List<String>> write,
                                                    String rule, String why) {
        List<String> ra = write.apply(wa);
        List<String> rb = write.apply(wb);
        if ((ra.equals(wa) && rb.equals(wb)) || !ra.equals(rb) || ra.size() < 2) return null;
        return MatchDecision.yes(rule, 0.9, why + " (" + String.join(" ", ra) + ")");
    }

    /**
     * {@code qualifier}, weak: the same name once a part in parentheses on one side is left out ("Harbour Bank (Schweiz) AG" /
     * "Harbour Bank AG", "Orion Shipping (Malta) Ltd" / "Orion Shipping Ltd"): a branch or a country's arm is usually
     * reported as the company, but it can be a company of its own, so only when the corpus has no other candidate.
     */
    private MatchDecision qualifier(String a, String b) {
        String pa = withoutParentheses(a);
        String pb = withoutParentheses(b);
        // on one side only: "Harbour Bank (Malta)" and "Harbour Bank (Cyprus)" are two arms, not one
        if (pa.equals(a) == pb.equals(b) || pa.isEmpty() || pb.isEmpty()) return null;
        CompanyForms forms = knowledge.companyForms();
        if (!forms.words(pa, knowledge.text()).equals(forms.words(pb, knowledge.text()))) return null;
        return MatchDecision.weakYes("qualifier", 0.7, "the same name once the part in parentheses is left out");
    }

    /** A part in parentheses, as branch and country qualifiers are written. */
    private static final java.util.regex.Pattern PARENTHESES = java.util.regex.Pattern.compile("\\([^()]*\\)");

    /** {@code name} without its parts in parentheses ({@code qualifier}; its blocking key too). */
    static String withoutParentheses(String name) {
        return PARENTHESES.matcher(name).replaceAll(" ").strip();
    }

    /**
     * {@code number-words}: the same words in the same order once numbers are written as digits and company forms one
     * way ({@link NumberWords}: "Brigade Forty-Four" / "Brigade 44", "First Harbour Bank" / "1st Harbour Bank Ltd."
     * with the form on both sides): yes; only when a number was written differently, else the rules below decide.
     */
    private MatchDecision numberWords(List<String> wa, List<String> wb) {
        return sameOnceWrittenOut(wa, wb, knowledge.numbers()::normalise, "number-words",
                "the same name with a number written in words and in digits");
    }

    /**
     * {@code company-form}: the same words in any order once every spelling of a company form or connector is
     * written one way ("Siemens Aktiengesellschaft" / "Siemens AG", "JSC Tactical Systems" / "Tactical Systems Joint
     * Stock Company", "Smith & Sons" / "Smith and Sons"): yes. The same words with a form on one side only
     * ("Orion Shipping" / "Orion Shipping Ltd"): a weak yes, taken only when the corpus has no other candidate. So
     * are forms of one family of {@code company-form-families.csv} ("Orion OAO" / "Orion JSC") and, in the Latin
     * alphabet, one word misspelt by one edit ({@code misspelling}, {@link NearMiss}: "Crystalord Ltd" /
     * "Cristalord Limited").
     * Forms of different families ("Orion Ltd" / "Orion Inc") decide nothing here.
     */
    private MatchDecision companyForm(String a, String b, List<String> formsA, List<String> formsB) {
        CompanyForms forms = knowledge.companyForms();
        List<String> wa = new ArrayList<>(formsA);
        List<String> wb = new ArrayList<>(formsB);
        if (wa.size() < 2 && wb.size() < 2) return null;
        List<String> sa = sorted(wa);
        List<String> sb = sorted(wb);
        if (sa.equals(sb)) {
            return MatchDecision.yes("company-form", 0.9, "the same words once company forms and connectors are "
                    + "written one way (" + String.join(" ", sa) + ")");
        }
        List<String> ra = new ArrayList<>(sa);
        List<String> rb = new ArrayList<>(sb);
        ra.removeIf(forms::isForm);
        rb.removeIf(forms::isForm);
        boolean oneSideOnly = (ra.size() == sa.size()) != (rb.size() == sb.size());
        if (oneSideOnly && !ra.isEmpty() && ra.equals(rb)) {
            return MatchDecision.weakYes("company-form", 0.75, "the same name with a company form on one side only");
        }
        if (!ra.isEmpty() && ra.equals(rb) && ra.size() < sa.size() && rb.size() < sb.size()
                && oneFamily(formsOf(sa, forms), formsOf(sb, forms), forms)) {
            return MatchDecision.weakYes("company-form", 0.7, "the same name with company forms of one family ("
                    + String.join(" ", formsOf(sa, forms)) + " / " + String.join(" ", formsOf(sb, forms)) + ")");
        }
        // one edit only: a company's name is often a word, and one word two letters from another is another name
        int i = NearMiss.writtenInLatin(a) && NearMiss.writtenInLatin(b) ? NearMiss.misspelling(wa, wb, 1) : -1;
        if (i >= 0 && !forms.isForm(wa.get(i)) && !forms.isForm(wb.get(i))) {
            return MatchDecision.weakYes("misspelling", 0.7, "the same name but '" + wa.get(i) + "' / '" + wb.get(i)
                    + "', one misspelt");
        }
        return null;
    }

    /**
     * {@code connector-words}, weak: the same words in the same order once the connectors of
     * {@code acronym-stopwords.txt} are left out ("Government of the United Kingdom" / "Government of United
     * Kingdom", "Federation of Red Cross Societies" / "Federation of the Red Cross Societies"). Weak, as a connector
     * can tell two bodies apart ("Institute of Policy Studies" / "Institute for Policy Studies").
     */
    private MatchDecision connectorWords(String a, String b) {
        List<String> wa = knowledge.text().keyWords(a);
        List<String> wb = knowledge.text().keyWords(b);
        if (wa.equals(wb)) return null;
        List<String> ca = knowledge.withoutConnectors(wa);
        List<String> cb = knowledge.withoutConnectors(wb);
        if (ca.size() >= 2 && ca.equals(cb)) {
            return MatchDecision.weakYes("connector-words", 0.75, "the same words but for connectors ("
                    + String.join(" ", ca) + ")");
        }
        return null;
    }

    private static List<String> formsOf(List<String> words, CompanyForms forms) {
        return words.stream().filter(forms::isForm).toList();
    }

    /** Every form on each side has one of its family on the other ({@code company-form-families.csv}). */
    private static boolean oneFamily(List<String> fa, List<String> fb, CompanyForms forms) {
        for (String x : fa) if (fb.stream().noneMatch(y -> forms.sameFamily(x, y))) return false;
        for (String y : fb) if (fa.stream().noneMatch(x -> forms.sameFamily(x, y))) return false;
        return true;
    }

    private static List<String> sorted(List<String> words) {
        List<String> out = new ArrayList<>(words);
        java.util.Collections.sort(out);
        return out;
    }

    /**
     * {@code word-order}: a person's name written in another order. Two ways only, because swapping the names of a
     * father and a son ("Omar bin Yusuf" / "Yusuf bin Omar") is a different person:
     * <ul>
     *   <li>a rotation of three or more words, the surname or patronymic block moved from one end to the other
     *       ("bin Salman Mohammed" / "Mohammed bin Salman", "Zhou Wen Lian" / "Wen Lian Zhou");</li>
     *   <li>the list form "SURNAME, Given names" against "Given names SURNAME" ("PETROVA, Anna" / "Anna Petrova").</li>
     * </ul>
     */
    private MatchDecision wordOrder(String rawA, String rawB) {
        List<String> wa = knowledge.text().keyWords(rawA);
        List<String> wb = knowledge.text().keyWords(rawB);
        if (wa.equals(wb) || wa.size() != wb.size()) return null;
        if (wa.size() >= 3 && isRotation(wa, wb)) {
            return MatchDecision.yes("word-order", 0.85, "the same words with the surname at the other end");
        }
        List<String> ia = commaInverted(rawA);
        List<String> ib = commaInverted(rawB);
        if ((ia != null && ia.equals(wb)) || (ib != null && ib.equals(wa))) {
            return MatchDecision.yes("word-order", 0.9, "the list form 'SURNAME, Given' of the same name");
        }
        return null;
    }

    private static boolean isRotation(List<String> a, List<String> b) {
        for (int shift = 1; shift < a.size(); shift++) {
            boolean same = true;
            for (int i = 0; i < a.size() && same; i++) same = a.get(i).equals(b.get((i + shift) % b.size()));
            if (same) return true;
        }
        return false;
    }

    /** "SURNAME, Given names" as the key words of "Given names SURNAME"; null without exactly one comma. */
    private List<String> commaInverted(String raw) {
        int comma = raw.indexOf(',');
        if (comma <= 0 || raw.indexOf(',', comma + 1) >= 0) return null;
        String surname = raw.substring(0, comma);
        String given = raw.substring(comma + 1);
        if (given.isBlank()) return null;
        return knowledge.text().keyWords(given + " " + surname);
    }

    private boolean samePhrase(String a, String b, BiPredicate<String, String> same) {
        var x = NameText.words(a);
        var y = NameText.words(b);
        if (x.size() != y.size()) return false;
        for (int i = 0; i < x.size(); i++) if (!same.test(x.get(i), y.get(i))) return false;
        return true;
    }

    /** Exact names: same group; places of different fine types only when one is the generic LOCATION. */
    static boolean exactTypesCompatible(String a, String b) {
        if (a.equals(b)) return true;
        if (EntityTypes.isPlace(a) && EntityTypes.isPlace(b)) return "LOCATION".equals(a) || "LOCATION".equals(b);
        return EntityTypes.groupCompatible(a, b) || facilityLocation(a, b);
    }

    /**
     * The same name of two or more words typed differently by CoreNLP's statistical tagger (PERSON, ORGANIZATION,
     * LOCATION, MISC) in different documents: unfamiliar foreign names ("Ham Mihan" PERSON here, ORGANIZATION there)
     * are one entity far more often than two; single words ("Ford", "Jordan") are too ambiguous for this.
     */
    private static boolean statisticalGuesses(String name, String a, String b) {
        return EntityTypes.isStatisticalGuess(a) && EntityTypes.isStatisticalGuess(b) && NameText.words(name).size() >= 2;
    }

    /** Spelling rules: same type, organisation-like together, FACILITY with LOCATION, LOCATION with any place. */
    static boolean spellingTypesCompatible(String a, String b) {
        if (EntityTypes.spellingCompatible(a, b) || facilityLocation(a, b)) return true;
        return EntityTypes.isPlace(a) && EntityTypes.isPlace(b) && ("LOCATION".equals(a) || "LOCATION".equals(b));
    }

    private static boolean facilityLocation(String a, String b) {
        return ("FACILITY".equals(a) && "LOCATION".equals(b)) || ("LOCATION".equals(a) && "FACILITY".equals(b));
    }

    /** A name typed {@code type} may be an alias of {@code c}: same group, or a CoreNLP statistical guess. */
    private static boolean fitsAlias(String type, AliasTable.Canonical c) {
        return EntityTypes.groupCompatible(type, c.type()) || facilityLocation(type, c.type())
                || (EntityTypes.isStatisticalGuess(type) && !"PERSON".equals(type) && !"PERSON".equals(c.type()))
                || type.equals(c.type());
    }
}
