package org.newsquotes.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.LocalEntity;
import org.newsquotes.record.Layer;
import org.newsquotes.record.Mention;
import org.newsquotes.record.MergeEvidence;
import org.newsquotes.record.Token;
import org.newsquotes.stage.DocumentStage;

/**
 * Phase-1 stage that clusters one document's entity mentions into {@link LocalEntity} records.
 *
 * <p>Mentions are visited in reading order; each joins the first existing cluster that one of these rules links
 * it to, tried in this order, or starts a new cluster:
 * <ol>
 *   <li>{@code same-string}: the same name key (case, periods, diacritics, possessive, "the" ignored), whatever
 *       the CoreNLP types say (one sense per discourse: the type vote settles the type).</li>
 *   <li>{@code alias-table}: both names are listed under one canonical in {@code models/entity-aliases.csv}.</li>
 *   <li>{@code acronym-defined}: the mention stands in parentheses right after the cluster's mention, as in
 *       "International Atomic Energy Agency (IAEA)" (either order), and its letters start like the other name.</li>
 *   <li>{@code acronym}: an acronym whose letters are the initials of a cluster's non-person name (or the
 *       reverse).</li>
 *   <li>{@code short-form}: a surname to a person named in full ("Trump" -> "Donald Trump"), two compatible full
 *       names ("Rafael Grossi" / "Rafael Mariano Grossi"), or an organisation/place short form ("Tasnim" /
 *       "Tasnim News Agency", "Washington" / "Washington, D.C.", "Foreign Ministry" / "Iranian Foreign
 *       Ministry"). A full name that arrives after its surname absorbs the surname's cluster if every name in it
 *       is that surname. A given name alone after a title that takes one ({@link GivenNameTitles}: "Sir Keir" after
 *       "Sir Keir Starmer") joins the person whose first given name it is.</li>
 *   <li>{@code transliteration}: the {@link NameMatcher} says the two are romanisation variants (Baghaei /
 *       Baqaei written both ways in one article).</li>
 * </ol>
 * No rule joins a mention to a cluster holding a name it is listed with in {@code models/never-merge.csv}.
 * A person's surname never links two people with different given names: "Melania Trump" after "Donald Trump"
 * starts its own cluster. <b>A courtesy title settles who is meant</b>: a name written "Mrs. Clinton" or "Mr. Clinton"
 * joins no cluster of a person whose given name is of the other gender ({@link PersonGender}), nor a cluster of
 * bare surnames that carried only the other title, whatever rule would have placed it; newspapers that write "Mr."
 * and "Mrs." name a couple this way all through a story. (The titles a cluster holding a full name carried do not
 * count: one misplaced "Mr." would then shut out every later "Mrs.") Likewise a full name never absorbs a cluster
 * of bare surnames titled for the other gender.
 * <b>Other ambiguous short forms</b> ("Trump" when both Donald and Melania Trump were named) go to the candidate with
 * the most mentions so far (news reports name the main actor most often and refer to the others with given names or
 * titles). On equal counts a person's surname goes to the one named in this sentence or the one before (the usual
 * way of introducing someone and then shortening the name: "Homeland Security Secretary Jane Doe spoke. Doe said
 * ..."), failing that to the one named first (the story's subject, introduced before a namesake: "Hillary Clinton
 * ... her husband, Bill Clinton ... Clinton's campaign"); other names go to the one mentioned most recently.
 *
 * <p>Titles at the front of person mentions and TITLE tokens right before a mention are kept as attributes.
 * The cluster's name is its fullest variant (not an acronym, most words, then longest), and its type the
 * majority of its mentions' CoreNLP types; ties go to the type of the mention that gave the name, then to the
 * earlier mention. Local ids are {@code e1, e2, ...} in order of first mention. Mentions of non-entity types
 * (DATE, TITLE, NUMBER ...), pronoun mentions and bare titles ("Crown Prince") are left out. Demonyms in
 * CoreNLP's own list ({@code dcoref/demonyms.txt}) typed MISC or NATIONALITY become NATIONALITY in their singular
 * form ("Americans" -> "American").
 *
 * <p>Thread-safe: holds only immutable knowledge.
 */
public final class InDocumentClusterer implements DocumentStage {
    private static final Pattern OPEN_PAREN = Pattern.compile("\\s*[(\\[]\\s*");
    private static final Pattern CLOSE_PAREN = Pattern.compile("^\\s*[)\\]]");
    /** English personal pronouns: a closed class, checked besides the POS tags. */
    private static final Set<String> PRONOUNS = Set.of("he", "him", "his", "she", "her", "hers", "it", "its", "they",
            "them", "their", "theirs", "i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours",
            "himself", "herself", "itself", "themselves", "who", "whom", "whose");

    private final EntityKnowledge knowledge;
    private final ShortForms shortForms;
    private final BiPredicate<String, String> sameWord;
    private final NameMatcher matcher;
    private final GivenNameTitles givenNameTitles;
    private final PersonGender genders;
    private final AnimateNouns personNouns;

    /** A clusterer that knows no given names' genders (courtesy titles still count). */
    public InDocumentClusterer(EntityKnowledge knowledge) {
        this(knowledge, PersonGender.NONE);
    }

    public InDocumentClusterer(EntityKnowledge knowledge, PersonGender genders) {
        this(knowledge, genders, GivenNameTitles.NONE);
    }

    public InDocumentClusterer(EntityKnowledge knowledge, PersonGender genders, GivenNameTitles givenNameTitles) {
        this(knowledge, genders, givenNameTitles, AnimateNouns.NONE);
    }

    public InDocumentClusterer(EntityKnowledge knowledge, PersonGender genders, GivenNameTitles givenNameTitles,
            AnimateNouns personNouns) {
        this.personNouns = Objects.requireNonNull(personNouns, "personNouns");
        this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
        this.genders = Objects.requireNonNull(genders, "genders");
        this.givenNameTitles = Objects.requireNonNull(givenNameTitles, "givenNameTitles");
        this.shortForms = new ShortForms(knowledge);
        this.sameWord = ShortForms.exactWords(knowledge.text());
        this.matcher = new NameMatcher(knowledge);
    }

    @Override public String name() { return "entities-local"; }

    @Override public Set<Layer> requires() { return Set.of(Layer.TOKENS, Layer.MENTIONS); }

    @Override public Set<Layer> provides() { return Set.of(Layer.LOCAL_ENTITIES); }

    @Override public String fingerprint() { return name() + "-v5"; }

    @Override public AnnotatedDocument process(AnnotatedDocument doc) {
        return doc.withEntities(cluster(doc));
    }

    /** The document's local entities, in order of first mention. */
    public List<LocalEntity> cluster(AnnotatedDocument doc) {
        List<Cluster> clusters = new ArrayList<>();
        Mention previous = null;
        Cluster previousCluster = null;
        int order = 0;
        for (Mention original : doc.mentions()) {
            if (!EntityTypes.isEntityType(original.ner()) || isPronoun(doc, original)) continue;
            CleanName name = withoutOpeningDescriptor(doc, original, CleanName.of(original.text(), original.ner(), knowledge));
            name = sharedSurname(doc, original, name, clusters);
            // "Crown Prince" alone is no one; but "Pope" after "Mark Pope" (or "Major" after "John Major") is his surname
            if (knowledge.titles().contains(name.name().toLowerCase(Locale.ROOT)) && !surnameOfAPerson(clusters, name.name())) continue;
            Mention m = original;
            String demonym = knowledge.demonym(name.name());
            if (demonym != null && ("MISC".equals(m.ner()) || "NATIONALITY".equals(m.ner()))) {
                // CoreNLP tags plural demonyms MISC ("Americans"); its own demonym list says what they are
                name = new CleanName(name.surface(), demonym, name.titles());
                m = new Mention(m.id(), m.sentence(), m.start(), m.end(), m.text(), "NATIONALITY", m.firstToken(),
                        m.endToken(), m.entityId(), m.kind());
            }
            PersonGender.Gender titled = courtesyGender(doc, m, name);
            // a "Mrs." never joins a man, nor a "Mr." a woman: those clusters are not candidates at all
            List<Cluster> candidates = titled == PersonGender.Gender.UNKNOWN ? clusters
                    : clusters.stream().filter(c -> compatible(c.gender(genders), titled)).toList();
            Cluster before = candidates.contains(previousCluster) ? previousCluster : null;
            Placed placed = place(doc.text(), m, name, previous, before, candidates, titlesAround(doc, m, name));
            if (placed != null && forbidden(placed.cluster, name.name(), m.ner())) placed = null;
            Cluster target;
            if (placed == null) {
                target = new Cluster(knowledge);
                clusters.add(target);
            } else {
                target = placed.cluster;
                if (!target.hasVariant(knowledge.text().key(name.name()))) {
                    target.evidence.add(new MergeEvidence(placed.rule, target.name(), name.name(), placed.confidence,
                            placed.detail));
                }
            }
            target.add(m, name, titlesBefore(doc, m), titled, order++);
            previous = m;
            previousCluster = target;
        }
        clusters.sort(Comparator.comparingInt(c -> c.firstOrder));
        List<LocalEntity> out = new ArrayList<>();
        for (int i = 0; i < clusters.size(); i++) out.add(clusters.get(i).toLocalEntity("e" + (i + 1)));
        return out;
    }

    private record Placed(Cluster cluster, String rule, double confidence, String detail) {}

    private Placed place(String text, Mention m, CleanName name, Mention previous, Cluster previousCluster,
                         List<Cluster> clusters, List<String> titles) {
        String key = knowledge.text().key(name.name());
        Cluster best = pick(clusters, m, c -> c.hasVariant(key));
        if (best != null) return new Placed(best, "same-string", 1.0, "");

        AliasTable.Canonical alias = knowledge.aliases().lookupKey(key);
        if (alias != null) {
            best = pick(clusters, m, c -> alias.equals(c.alias));
            if (best != null) return new Placed(best, "alias-table", 0.95, alias.name());
        }

        if (previousCluster != null && definesAcronym(text, previous, m, previousCluster.name(), name.name())) {
            return new Placed(previousCluster, "acronym-defined", 0.95, "parenthesised after its expansion");
        }

        if (Acronyms.looksLikeAcronym(name.name())) {
            best = pick(clusters, m, c -> !"PERSON".equals(c.nameType()) && c.names().stream()
                    .anyMatch(n -> Acronyms.abbreviates(name.name(), n, knowledge.acronymStopwords())));
            if (best != null) return new Placed(best, "acronym", 0.85, "initials");
        } else if (!"PERSON".equals(m.ner())) {
            best = pick(clusters, m, c -> c.isAcronymOnly() && c.names().stream()
                    .anyMatch(a -> Acronyms.abbreviates(a, name.name(), knowledge.acronymStopwords())));
            if (best != null) return new Placed(best, "acronym", 0.85, "initials");
        }
        Placed shortForm = shortForm(m, name, clusters);
        if (shortForm == null) shortForm = givenNameAfterTitle(titles, m, name, clusters);
        if (shortForm != null) return shortForm;
        return transliteration(m, name, clusters);
    }

    /** Does {@code models/never-merge.csv} keep this name away from a name of the cluster? */
    private boolean forbidden(Cluster c, String name, String type) {
        String key = knowledge.text().key(name);
        for (String n : c.names()) {
            if (knowledge.neverMerge().forbids(key, knowledge.text().key(n), type)) return true;
        }
        return false;
    }

    /** A romanisation variant of a name already in a cluster (Baghaei / Baqaei in one article). */
    private Placed transliteration(Mention m, CleanName name, List<Cluster> clusters) {
        NameMatcher.Prepared p = matcher.prepare(name.name(), m.ner());
        Set<String> keys = wordKeysOf(knowledge, name.name());
        // only clusters sharing a word key can hold a variant: the matcher runs on few pairs
        Cluster best = pick(clusters, m, c -> !java.util.Collections.disjoint(keys, c.wordKeys)
                && c.names().stream().anyMatch(n -> {
                    MatchDecision d = matcher.decide(p, matcher.prepare(n, c.nameType()));
                    return d.match() && "transliteration".equals(d.rule());
                }));
        return best == null ? null : new Placed(best, "transliteration", 0.85, "romanisation variant");
    }

    private Placed shortForm(Mention m, CleanName name, List<Cluster> clusters) {
        String n = name.name();
        boolean personLike = "PERSON".equals(m.ner()) || EntityTypes.isStatisticalGuess(m.ner());
        if (personLike) {
            PersonName pn = PersonName.parse(n, knowledge);
            // a surname (or bare name) to a person named in full
            Cluster best = pick(clusters, m, c -> c.isPerson() && (c.personNames().stream()
                    .anyMatch(full -> shortForms.isSurnameOf(n, full, sameWord))));
            if (best != null && !pn.hasGiven()) {
                return new Placed(best, "short-form", 0.9, "surname");
            }
            // "Li" after "Li Qiang", "Xi" after "Xi Jinping": a Chinese name puts the family name first
            if (best == null && !pn.hasGiven() && !n.contains(" ")) {
                best = pick(clusters, m, c -> c.isPerson() && c.names().stream().anyMatch(full -> n.equals(genders.familyName(full))));
                if (best != null) return new Placed(best, "short-form", 0.85, "family name first");
            }
            if ("PERSON".equals(m.ner()) && pn.hasGiven()) {
                best = pick(clusters, m, c -> c.isPerson() && c.personNames().stream()
                        .anyMatch(full -> shortForms.compatibleFullNames(pn, full, sameWord)));
                if (best != null) return new Placed(best, "short-form", 0.9, "compatible full names");
                // a full name arriving after its bare surname: absorb a cluster holding only that surname
                PersonGender.Gender given = genders.ofName(n);
                best = pick(clusters, m, c -> EntityTypes.isStatisticalGuess(c.nameType()) && c.names().stream()
                        .allMatch(s -> shortForms.isSurnameOf(s, pn, sameWord)) && compatible(c.gender(genders), given));
                if (best != null) return new Placed(best, "short-form", 0.9, "surname before full name");
            }
        }
        if (!"PERSON".equals(m.ner())) {
            boolean org = EntityTypes.isOrgLike(m.ner());
            Cluster best = pick(clusters, m, c -> !c.isPerson() && EntityTypes.groupCompatible(c.nameType(), m.ner())
                    && c.names().stream().anyMatch(v ->
                    shortForms.isOrgOrPlaceShortForm(n, v, org, sameWord)
                            || shortForms.isOrgOrPlaceShortForm(v, n, org, sameWord)));
            if (best != null) return new Placed(best, "short-form", 0.85, org ? "organisation" : "place");
            if (org) {
                // "the Post" in an article that names The Washington Post
                best = pick(clusters, m, c -> !c.isPerson() && EntityTypes.groupCompatible(c.nameType(), m.ner())
                        && c.names().stream().anyMatch(v -> shortForms.isOutletShortName(n, v, sameWord)
                                || shortForms.isOutletShortName(v, n, sameWord)));
                if (best != null) return new Placed(best, "short-form", 0.85, "outlet's short name");
            }
        }
        return null;
    }

    /**
     * "Sir Keir Starmer … Sir Keir said": a one-word person name after a title that takes the given name
     * ({@link GivenNameTitles}: Sir, Dame) joins the person named in full whose first given name it is; with two such
     * people, the one {@link #pick} prefers.
     */
    private Placed givenNameAfterTitle(List<String> titles, Mention m, CleanName name, List<Cluster> clusters) {
        String n = name.name();
        if (!"PERSON".equals(m.ner()) || n.contains(" ") || !givenNameTitles.anyIn(titles)) return null;
        Cluster best = pick(clusters, m, c -> c.isPerson() && c.personNames().stream()
                .anyMatch(full -> full.hasGiven() && sameWord.test(n, full.given().get(0))));
        return best == null ? null : new Placed(best, "short-form", 0.85, "given name after a title");
    }

    /** "X (ACR)" or "ACR (X)": {@code m} is parenthesised right after {@code previous} and one is an acronym of the other. */
    private boolean definesAcronym(String text, Mention previous, Mention m, String previousName, String name) {
        if (previous == null || previous.end() > m.start()) return false;
        if (!OPEN_PAREN.matcher(text.substring(previous.end(), m.start())).matches()) return false;
        if (!CLOSE_PAREN.matcher(text.substring(m.end())).find()) return false;
        String acr = Acronyms.looksLikeAcronym(name) ? name : Acronyms.looksLikeAcronym(previousName) ? previousName : null;
        String full = acr == name ? previousName : name;
        if (acr == null || full == null || acr.equals(full)) return false;
        // defined acronyms are often loose (letters from inside words, skipped words): initials in order suffice
        return Acronyms.abbreviates(acr, full, knowledge.acronymStopwords()) || Acronyms.initialsInOrder(acr, full);
    }

    /**
     * Pronoun mentions (CoreNLP's entity mentions include "he", "his" typed PERSON) name no one by themselves:
     * resolving them is the quote attributor's job, so they stay out of entities.
     */
    private static boolean isPronoun(AnnotatedDocument doc, Mention m) {
        if (m.text().isEmpty()) return false;
        String lower = m.text().toLowerCase(Locale.ROOT);
        boolean written = m.text().equals(lower) || m.text().substring(1).equals(lower.substring(1)); // not "US"
        if (written && PRONOUNS.contains(lower)) return true;
        if (m.endToken() > doc.tokens().size() || m.firstToken() >= m.endToken()) return false;
        for (Token t : doc.tokens().subList(m.firstToken(), m.endToken())) {
            if (!(t.pos().startsWith("PRP") || t.pos().startsWith("WP"))) return false;
        }
        return true;
    }

    /**
     * The titles written with a mention: those stripped from its words, the TITLE tokens before it, and the word right
     * before it whatever its tag (the tagger does not always type "Sir" a title).
     */
    private static List<String> titlesAround(AnnotatedDocument doc, Mention m, CleanName name) {
        List<String> out = new ArrayList<>(name.titles());
        out.addAll(titlesBefore(doc, m));
        int before = m.firstToken() - 1;
        if (before >= 0 && before < doc.tokens().size() && doc.tokens().get(before).sentence() == m.sentence()) {
            out.add(doc.tokens().get(before).word());
        }
        return out;
    }

    /** Titles CoreNLP tagged TITLE right before the mention ("spokesman Esmaeil Baghaei"). */
    private static List<String> titlesBefore(AnnotatedDocument doc, Mention m) {
        List<Token> tokens = doc.tokens();
        int i = m.firstToken() - 1;
        int end = m.firstToken();
        while (i >= 0 && i < tokens.size() && "TITLE".equals(tokens.get(i).ner())
                && tokens.get(i).sentence() == m.sentence()) i--;
        if (i + 1 >= end || end > tokens.size()) return List.of();
        StringBuilder b = new StringBuilder();
        for (Token t : tokens.subList(i + 1, end)) {
            if (b.length() > 0) b.append(' ');
            b.append(t.word());
        }
        return List.of(b.toString());
    }

    /** Transliteration keys of a name's words, and of the words joined (spacing variants). */
    private static Set<String> wordKeysOf(EntityKnowledge knowledge, String name) {
        TransliterationKey t = knowledge.transliteration();
        Set<String> out = new java.util.HashSet<>();
        List<String> words = t.words(name);
        for (String w : words) out.add(t.wordKey(w));
        out.add(t.wordKey(String.join("", words)));
        return out;
    }

    /**
     * Among matching clusters, the one {@code m} most likely names: most mentions so far; on equal counts, between
     * persons the one {@link #closer} says, else the one mentioned most recently.
     */
    private static Cluster pick(List<Cluster> clusters, Mention m, java.util.function.Predicate<Cluster> test) {
        Cluster best = null;
        for (Cluster c : clusters) {
            if (!test.test(c)) continue;
            if (best == null || c.mentions.size() > best.mentions.size()
                    || (c.mentions.size() == best.mentions.size() && (c.isPerson() && best.isPerson()
                        ? closer(c, best, m.sentence()) : c.lastOrder > best.lastOrder))) best = c;
        }
        return best;
    }

    /**
     * Between person clusters of equal weight, whether {@code c} is the likelier referent than {@code best}: named in
     * {@code sentence} or the one before when {@code best} was not (both: the later named); when neither was, never
     * (clusters are visited in order of first mention, so {@code best} was named first).
     */
    private static boolean closer(Cluster c, Cluster best, int sentence) {
        boolean cNear = c.lastSentence >= sentence - 1;
        boolean bestNear = best.lastSentence >= sentence - 1;
        if (cNear != bestNear) return cNear;
        return cNear && c.lastOrder > best.lastOrder;
    }

    /**
     * "Neighbour Tessa Morland, 71, said …": a sentence that opens with a person noun before a full name has the noun
     * capitalised, and the tagger often takes it into the name. A person's name of three or more words whose first
     * word opens its sentence and is a person noun ({@link AnimateNouns}) that is no given name ("Hunter S. Thompson")
     * loses the word, kept as a title, as "Councillor" would be.
     */
    private CleanName withoutOpeningDescriptor(AnnotatedDocument doc, Mention m, CleanName name) {
        if (!"PERSON".equals(m.ner()) || m.sentence() >= doc.sentences().size()
                || doc.sentences().get(m.sentence()).firstToken() != m.firstToken()) return name;
        String[] words = name.name().split(" ");
        if (words.length < 3 || !Character.isUpperCase(words[0].charAt(0)) || !personNouns.contains(words[0])
                || genders.isGivenName(words[0]) || !name.surface().strip().startsWith(words[0])) return name;
        List<String> titles = new ArrayList<>(name.titles());
        titles.add(words[0]);
        return new CleanName(name.surface(), name.name().substring(words[0].length()).strip(), titles);
    }

    /**
     * "Mark and Susan Delaney lost their home", "Bill and Hillary Clinton": a given name alone, then "and" and a
     * person's full name opening with a given name, shares that name's surname: the first person is "Mark Delaney",
     * and joins his later mentions. Both first words must be given names (CoreNLP's list and
     * {@code first-name-genders.txt}): "Ford and Ann Roe" is two people; so is "Cruz, Paul and Chris Christie" (after a
     * comma, or a surname of a person named before, the word is a surname), and "Hillary and Tim Kaine" in a story
     * that names Hillary Clinton, whose given name it is.
     */
    private CleanName sharedSurname(AnnotatedDocument doc, Mention m, CleanName name, List<Cluster> clusters) {
        if (!"PERSON".equals(m.ner()) || name.name().contains(" ") || !genders.isGivenName(name.name())) return name;
        // "Cruz, Paul and Chris Christie" lists surnames: not after a comma, nor a surname of someone named before
        if (m.firstToken() > 0 && doc.tokens().get(m.firstToken() - 1).word().equals(",")) return name;
        // "Sen. Paul and Carly Fiorina", "Rand Paul and …" with "Rand" untagged: a capitalised word in the sentence
        // before it makes the word a surname
        if (m.firstToken() > 0 && doc.tokens().get(m.firstToken() - 1).sentence() == m.sentence()
                && Character.isUpperCase(doc.tokens().get(m.firstToken() - 1).word().codePointAt(0))) return name;
        if (surnameOfAPerson(clusters, name.name())) return name;
        int and = m.endToken();
        if (and + 1 >= doc.tokens().size() || !doc.tokens().get(and).word().equals("and")) return name;
        Mention next = null;
        for (Mention o : doc.mentions()) {
            if (o.firstToken() == and + 1) { next = o; break; }
        }
        if (next == null || !"PERSON".equals(next.ner())) return name;
        String[] full = CleanName.of(next.text(), next.ner(), knowledge).name().split(" ");
        String surname = full[full.length - 1];
        if (full.length < 2 || !genders.isGivenName(full[0]) || knowledge.isSuffix(surname) || knowledge.isDesignator(surname)) return name;
        // "Hillary and Tim Kaine" when the story names Hillary Clinton: the given name is hers; "Paul and Carly
        // Fiorina" when it names Rand Paul: the word is his surname
        for (Mention o : doc.mentions()) {
            if (!"PERSON".equals(o.ner()) || o == next) continue;
            String[] words = CleanName.of(o.text(), o.ner(), knowledge).name().split(" ");
            if (words.length < 2) continue;
            if (words[words.length - 1].equalsIgnoreCase(name.name())) return name;
            if (words[0].equalsIgnoreCase(name.name()) && !words[words.length - 1].equalsIgnoreCase(surname)) return name;
        }
        return new CleanName(name.surface(), name.name() + " " + surname, name.titles());
    }

    /** Two genders one person can have: equal, or either unknown. */
    private static boolean compatible(PersonGender.Gender a, PersonGender.Gender b) {
        return a == b || a == PersonGender.Gender.UNKNOWN || b == PersonGender.Gender.UNKNOWN;
    }

    /**
     * The gender a courtesy title gives a person mention: "Mrs." written just before it in its sentence, or at the
     * front of the mention itself; UNKNOWN for other mentions.
     */
    private static PersonGender.Gender courtesyGender(AnnotatedDocument doc, Mention m, CleanName name) {
        if (!"PERSON".equals(m.ner()) && !EntityTypes.isStatisticalGuess(m.ner())) return PersonGender.Gender.UNKNOWN;
        for (String t : name.titles()) {
            PersonGender.Gender g = PersonGender.ofCourtesyTitle(t);
            if (g != PersonGender.Gender.UNKNOWN) return g;
        }
        int i = m.firstToken() - 1;
        List<Token> tokens = doc.tokens();
        if (i < 0 || i >= tokens.size() || tokens.get(i).sentence() != m.sentence()) return PersonGender.Gender.UNKNOWN;
        return PersonGender.ofCourtesyTitle(tokens.get(i).word());
    }

    /**
     * True when {@code word} is the surname of a person named in full earlier in the document: a title word written
     * alone ("Pope said", "King added") is then that person, not a bare title.
     */
    private static boolean surnameOfAPerson(List<Cluster> clusters, String word) {
        for (Cluster c : clusters) {
            if (!c.isPerson()) continue;
            for (PersonName p : c.personNames) if (!p.given().isEmpty() && word.equalsIgnoreCase(p.surname())) return true;
        }
        return false;
    }

    /** A cluster under construction. */
    private static final class Cluster {
        final EntityKnowledge knowledge;
        final List<Mention> mentions = new ArrayList<>();
        final Map<String, String> variantsByKey = new LinkedHashMap<>();
        final Map<String, Integer> typeVotes = new HashMap<>();
        final Set<String> attributes = new LinkedHashSet<>();
        final List<MergeEvidence> evidence = new ArrayList<>();
        /** Derived from the variants, kept up to date as they are added (the rules ask for them per mention). */
        final List<String> names = new ArrayList<>();
        final List<PersonName> personNames = new ArrayList<>();
        final Set<String> wordKeys = new java.util.HashSet<>();
        AliasTable.Canonical alias;
        String bestName;
        String bestNameType;
        String voted;
        int firstOrder = -1;
        int lastOrder;
        int lastSentence = -1;
        /** Courtesy titles its mentions carried: seen "Mr." / seen "Mrs.", "Ms." or "Miss". */
        boolean titledMale;
        boolean titledFemale;

        Cluster(EntityKnowledge knowledge) { this.knowledge = knowledge; }

        void add(Mention m, CleanName name, List<String> titlesBefore, PersonGender.Gender titled, int order) {
            if (firstOrder < 0) firstOrder = order;
            lastOrder = order;
            lastSentence = Math.max(lastSentence, m.sentence());
            titledMale |= titled == PersonGender.Gender.MALE;
            titledFemale |= titled == PersonGender.Gender.FEMALE;
            mentions.add(m);
            String key = knowledge.text().key(name.name());
            if (variantsByKey.putIfAbsent(key, name.name()) == null) {
                names.add(name.name());
                personNames.add(PersonName.parse(name.name(), knowledge));
                wordKeys.addAll(wordKeysOf(knowledge, name.name()));
            }
            typeVotes.merge(m.ner(), 1, Integer::sum);
            attributes.addAll(titlesBefore);
            attributes.addAll(name.titles());
            if (alias == null) alias = knowledge.aliases().lookupKey(key);
            if (!outlet) outlet = knowledge.outlets().isOutlet(name.name());
            if (bestName == null || fuller(name.name(), bestName)) {
                bestName = name.name();
                bestNameType = m.ner();
            }
            voted = computeVotedType();
        }

        boolean hasVariant(String key) { return variantsByKey.containsKey(key); }

        /**
         * The person's gender as far as the cluster shows it: the one the given names of its full names show; for a
         * cluster of bare surnames, the one its courtesy titles show; UNKNOWN when they disagree or say nothing.
         */
        PersonGender.Gender gender(PersonGender genders) {
            boolean male = false;
            boolean female = false;
            boolean fullName = false;
            for (String n : names) {
                PersonGender.Gender g = genders.ofName(n);
                male |= g == PersonGender.Gender.MALE;
                female |= g == PersonGender.Gender.FEMALE;
                fullName |= NameText.words(n).size() > 1;
            }
            if (!fullName) {
                male = titledMale;
                female = titledFemale;
            }
            return male == female ? PersonGender.Gender.UNKNOWN : male ? PersonGender.Gender.MALE : PersonGender.Gender.FEMALE;
        }

        String name() { return bestName; }

        /** The cluster's type so far (the vote), what later rules compare against. */
        String nameType() { return voted; }

        boolean isPerson() { return "PERSON".equals(voted); }

        boolean isAcronymOnly() { return names.stream().allMatch(Acronyms::looksLikeAcronym); }

        List<String> names() { return names; }

        List<PersonName> personNames() { return personNames; }

        String votedType() { return voted; }

        /** True once one of the cluster's names is a news outlet's ({@code models/outlets.csv}). */
        private boolean outlet;

        private String computeVotedType() {
            // a news outlet is an organisation, whatever the statistical NER made of it in this sentence
            if (outlet) return OutletList.NER_TYPE;
            String best = null;
            int bestVotes = -1;
            for (Mention m : mentions) {
                int v = typeVotes.get(m.ner());
                boolean better = v > bestVotes || (v == bestVotes && m.ner().equals(bestNameType) && !best.equals(bestNameType));
                if (better) {
                    best = m.ner();
                    bestVotes = v;
                }
            }
            return best;
        }

        LocalEntity toLocalEntity(String id) {
            List<String> ids = new ArrayList<>();
            for (Mention m : mentions) ids.add(m.id());
            return new LocalEntity(id, bestName, votedType(), ids, List.copyOf(variantsByKey.values()),
                    List.copyOf(attributes), evidence, null);
        }

        private static boolean fuller(String a, String b) {
            boolean acrA = Acronyms.looksLikeAcronym(a);
            boolean acrB = Acronyms.looksLikeAcronym(b);
            if (acrA != acrB) return acrB;
            int wa = NameText.words(a).size();
            int wb = NameText.words(b).size();
            if (wa != wb) return wa > wb;
            return a.length() > b.length();
        }
    }
}
