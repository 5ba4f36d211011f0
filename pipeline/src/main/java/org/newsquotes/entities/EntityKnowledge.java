package org.newsquotes.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsquotes.config.ModelFiles;

/**
 * Everything the entity stage knows that is not code: the editable lists in {@code models/}, loaded once and
 * shared (immutable, thread-safe).
 *
 * @param text              the ICU-backed string helpers
 * @param aliases           {@code entity-aliases.csv}
 * @param neverMerge        {@code never-merge.csv}
 * @param titles            {@code person-titles.txt}, lower-cased phrases
 * @param particles         {@code name-particles.txt}, lower-cased
 * @param suffixes          {@code name-suffixes.txt}, lower-cased, periods dropped
 * @param acronymStopwords  {@code acronym-stopwords.txt}, lower-cased
 * @param orgDesignators    {@code org-designators.txt}, lower-cased
 * @param transliteration   the romanisation key, with the articles of {@code name-articles.txt}
 * @param companyForms      spellings of company forms and connectors ({@code models/company-forms.csv})
 * @param demonyms          lower-cased demonym (singular or plural) -> its singular adjectival form, from CoreNLP's
 *                          {@code edu/stanford/nlp/models/dcoref/demonyms.txt} (empty when the models jar is absent)
 * @param outlets           {@code outlets.csv}: news outlets, also rows of {@code aliases}
 * @param givenNames        {@code given-name-forms.csv}: short forms of given names ("Bill" / "William")
 * @param numbers           {@code number-words.csv}: numbers written as words in organisation names
 * @param abbreviations     {@code name-abbreviations.csv}: abbreviations inside organisation names ("U.S.")
 * @param retypes           name key -> the type annotators gave the entity of that name ({@link EntityCorrections});
 *                          empty unless {@link #withCorrections} added them
 */
public record EntityKnowledge(NameText text, AliasTable aliases, NeverMergeList neverMerge, Set<String> titles,
                              Set<String> particles, Set<String> suffixes, Set<String> acronymStopwords,
                              Set<String> orgDesignators, TransliterationKey transliteration,
                              Map<String, String> demonyms, CompanyForms companyForms, OutletList outlets,
                              GivenNameForms givenNames, NumberWords numbers, NameAbbreviations abbreviations,
                              Map<String, String> retypes) {
    public static final String ALIASES = "entity-aliases.csv";
    public static final String NEVER_MERGE = "never-merge.csv";
    public static final String TITLES = "person-titles.txt";
    public static final String PARTICLES = "name-particles.txt";
    public static final String SUFFIXES = "name-suffixes.txt";
    public static final String ACRONYM_STOPWORDS = "acronym-stopwords.txt";
    public static final String ORG_DESIGNATORS = "org-designators.txt";
    public static final String ARTICLES = "name-articles.txt";
    static final String CORENLP_DEMONYMS = "edu/stanford/nlp/models/dcoref/demonyms.txt";

    public EntityKnowledge {
        titles = Set.copyOf(titles);
        particles = Set.copyOf(particles);
        suffixes = Set.copyOf(suffixes);
        acronymStopwords = Set.copyOf(acronymStopwords);
        orgDesignators = Set.copyOf(orgDesignators);
        demonyms = Map.copyOf(demonyms);
        retypes = Map.copyOf(retypes);
    }

    /** Knowledge with no annotators' type decisions. */
    public EntityKnowledge(NameText text, AliasTable aliases, NeverMergeList neverMerge, Set<String> titles,
                           Set<String> particles, Set<String> suffixes, Set<String> acronymStopwords,
                           Set<String> orgDesignators, TransliterationKey transliteration,
                           Map<String, String> demonyms, CompanyForms companyForms, OutletList outlets,
                           GivenNameForms givenNames) {
        this(text, aliases, neverMerge, titles, particles, suffixes, acronymStopwords, orgDesignators, transliteration,
                demonyms, companyForms, outlets, givenNames, NumberWords.empty(), NameAbbreviations.empty(), Map.of());
    }

    /**
     * This knowledge with annotators' entity decisions on top ({@link EntityCorrections}): merges as alias rows that
     * win over the curated ones, splits as never-merge pairs, types per name.
     */
    public EntityKnowledge withCorrections(EntityCorrections corrections) {
        if (corrections.isEmpty()) return this;
        EntityCorrections.Folded f = corrections.fold(text);
        Map<String, String> types = new HashMap<>(retypes);
        types.putAll(f.types());
        return new EntityKnowledge(text, aliases.overriddenBy(f.aliases()), neverMerge.plus(f.apart()), titles, particles,
                suffixes, acronymStopwords, orgDesignators, transliteration, demonyms, companyForms, outlets, givenNames,
                numbers, abbreviations, types);
    }

    /** The type annotators gave the entity of {@code name}, or null. */
    public String retypeOf(String name) {
        return retypes.isEmpty() ? null : retypes.get(text.key(name));
    }

    /** Loads every list; a malformed file stops here with its name in the message. */
    public static EntityKnowledge load(ModelFiles models) {
        NameText text = new NameText();
        OutletList outlets = OutletList.parse(models.lines(OutletList.FILE), text, OutletList.FILE);
        List<String> aliasRows = new java.util.ArrayList<>(models.lines(ALIASES));
        aliasRows.addAll(outlets.aliasRows().subList(1, outlets.aliasRows().size()));
        return new EntityKnowledge(text,
                AliasTable.parse(aliasRows, text, ALIASES + " and " + OutletList.FILE),
                NeverMergeList.parse(models.lines(NEVER_MERGE), text, NEVER_MERGE),
                lower(models.lines(TITLES), false),
                lower(models.lines(PARTICLES), false),
                lower(models.lines(SUFFIXES), true),
                lower(models.lines(ACRONYM_STOPWORDS), false),
                lower(models.lines(ORG_DESIGNATORS), false),
                transliteration(models.lines(ARTICLES), text),
                coreNlpDemonyms(),
                CompanyForms.parse(models.lines(CompanyForms.FILE), text, CompanyForms.FILE)
                        .withFamilies(models.lines(CompanyForms.FAMILIES_FILE), CompanyForms.FAMILIES_FILE),
                outlets,
                GivenNameForms.parse(models.lines(GivenNameForms.FILE), text, GivenNameForms.FILE),
                NumberWords.parse(models.lines(NumberWords.FILE), NumberWords.FILE),
                NameAbbreviations.parse(models.lines(NameAbbreviations.FILE), NameAbbreviations.FILE), Map.of());
    }

    /** CoreNLP's demonym list (small: 11 KB, read once), the place -> adjective -> plural rows of its coref. */
    static Map<String, String> coreNlpDemonyms() {
        Map<String, String> out = new HashMap<>();
        try (InputStream in = EntityKnowledge.class.getClassLoader().getResourceAsStream(CORENLP_DEMONYMS)) {
            if (in == null) return out;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length < 2 || f[1].isBlank()) continue;
                String singular = f[1].strip();
                for (int i = 1; i < f.length; i++) {
                    if (!f[i].isBlank()) out.putIfAbsent(f[i].strip().toLowerCase(Locale.ROOT), singular);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read CoreNLP's demonym list: " + e.getMessage(), e);
        }
        return out;
    }

    /** The singular demonym for a demonym ("Americans" -> "American"), or null when it is none. */
    public String demonym(String word) {
        return demonyms.get(word.toLowerCase(Locale.ROOT));
    }

    private static TransliterationKey transliteration(List<String> lines, NameText text) {
        Set<String> always = new HashSet<>();
        Set<String> hyphenated = new HashSet<>();
        for (String l : lines) {
            String[] f = l.toLowerCase(Locale.ROOT).split("\\s+");
            if (f.length > 1 && f[1].equals("hyphenated")) hyphenated.add(f[0]);
            else always.add(f[0]);
        }
        return new TransliterationKey(text, always, hyphenated);
    }

    private static Set<String> lower(List<String> lines, boolean dropPeriods) {
        Set<String> out = new HashSet<>();
        for (String l : lines) {
            String s = l.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            out.add(dropPeriods ? s.replace(".", "") : s);
        }
        return out;
    }

    /** Is this word a generational suffix (Jr., Sr., II ...)? */
    public boolean isSuffix(String word) {
        return suffixes.contains(word.toLowerCase(Locale.ROOT).replace(".", ""));
    }

    /** Is this word a name particle (bin, al, von ...)? */
    public boolean isParticle(String word) {
        return particles.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * {@code keyWords} without the connectors of {@code acronym-stopwords.txt} ("of", "the", "and" ...), in order: the
     * content words two spellings of one organisation share (rule {@code connector-words} and its blocking key).
     */
    public List<String> withoutConnectors(List<String> keyWords) {
        List<String> out = new java.util.ArrayList<>(keyWords);
        out.removeIf(acronymStopwords::contains);
        return out;
    }

    /** Is this word a generic organisation designator (newspaper, agency ...)? */
    public boolean isDesignator(String word) {
        return orgDesignators.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The alias-table entry for a name, or null. */
    public AliasTable.Canonical alias(String name) {
        return aliases.lookupKey(text.key(name));
    }
}
