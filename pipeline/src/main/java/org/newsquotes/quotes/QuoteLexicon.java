package org.newsquotes.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.newsquotes.config.ModelFiles;
import org.newsquotes.entities.PersonGender;

/**
 * The editable word knowledge of the quote stage, read once from {@code models/}: speech verbs
 * ({@code speech-verbs.txt}), cue words by category ({@code quote-cues.txt}) and role synonyms
 * ({@code speaker-roles.txt}), and the one-word titles written before a name ({@code person-titles.txt}: "Dr",
 * "Prof.", "Senator"). Immutable and thread-safe after construction.
 */
public final class QuoteLexicon {
    static final String VERBS_FILE = "speech-verbs.txt";
    static final String CUES_FILE = "quote-cues.txt";
    static final String ROLES_FILE = "speaker-roles.txt";

    /** Lower-cased verb form (any inflection) to its entry. */
    private final Map<String, SpeechVerb> verbsByForm;
    private final Map<String, SpeechVerb> parcVerbsByForm;
    /** Phrasal speech verbs by the forms of their verb ("shot" of "shoot back"); each needs its particle after it. */
    private final Map<String, SpeechVerb> phrasalByForm;
    private final PersonGender genders;
    private final PersonNouns personNouns;
    private final Map<CueCategory, Set<String>> cues;
    /** Role phrase to every role phrase in any group it belongs to (including itself). */
    private final Map<String, Set<String>> roleSynonyms;
    private final int maxRoleWords;
    /** The one-word titles of {@code person-titles.txt}, lower-cased ("dr", "dr.", "senator"). */
    private final Set<String> personTitles;
    private final String fingerprint;

    /**
     * One line of {@code speech-verbs.txt}: a reporting verb and the contents it takes: a bare clause ({@code bare}),
     * an addressee first ({@code obj}), a gerund ({@code ger}), a "to" clause ({@code inf}: "promised to cut taxes"),
     * an addressee and a "to" clause ({@code objinf}: "urged Congress to act"), a wh-clause ({@code wh}: "asked
     * whether"), a noun phrase ({@code np}: "denied the report"; used only under the {@code parc} indirect-speech
     * scope), that noun phrase after "to" ({@code to}: "referring to the committee", "pointed to rising costs") or only
     * after a particle such as "about" or "of" ({@code prep}: "spoke about the plan", never "spoke Hebrew" or "spoke 40
     * minutes"; adverbs may come first: "spoke warmly of her");
     * {@code weak} verbs cue marked quotes and "that" clauses only. {@code particle} is the word a phrasal verb needs
     * right after it ("back" of "shot back", "in" of "chimed in"), or null for a verb of one word; a phrasal verb is a
     * speech verb only with its particle, so only the position-aware lookups ({@link #verbAt}) return it.
     */
    public record SpeechVerb(String lemma, boolean bareClause, boolean addressee, boolean gerund, boolean weak, boolean infinitive,
                             boolean objectInfinitive, boolean whClause, boolean nounPhrase, boolean nounPhraseAfterTo,
                             boolean nounPhraseAfterParticle, String particle) {}

    /** The flags a line of {@code speech-verbs.txt} may carry (any other is a setup error). */
    static final Set<String> VERB_FLAGS = Set.of("bare", "obj", "ger", "weak", "inf", "objinf", "wh", "np", "to", "prep", "parc");

    private QuoteLexicon(Map<String, SpeechVerb> verbsByForm, Map<String, SpeechVerb> parcVerbsByForm,
                         Map<String, SpeechVerb> phrasalByForm, Map<CueCategory, Set<String>> cues,
                         Map<String, Set<String>> roleSynonyms, PersonGender genders,
                         PersonNouns personNouns, Set<String> personTitles, String fingerprint) {
        this.genders = genders;
        this.personTitles = Set.copyOf(personTitles);
        this.personNouns = personNouns;
        this.verbsByForm = Map.copyOf(verbsByForm);
        this.parcVerbsByForm = Map.copyOf(parcVerbsByForm);
        this.phrasalByForm = Map.copyOf(phrasalByForm);
        Map<CueCategory, Set<String>> c = new java.util.EnumMap<>(CueCategory.class);
        cues.forEach((k, v) -> c.put(k, Set.copyOf(v)));
        this.cues = java.util.Collections.unmodifiableMap(c);
        Map<String, Set<String>> r = new HashMap<>();
        roleSynonyms.forEach((k, v) -> r.put(k, Set.copyOf(v)));
        this.roleSynonyms = Map.copyOf(r);
        this.maxRoleWords = roleSynonyms.keySet().stream().mapToInt(s -> s.split(" ").length).max().orElse(1);
        this.fingerprint = fingerprint;
    }

    /** Reads the three files; fails with the file name and line when a line is malformed. */
    public static QuoteLexicon load(ModelFiles models) {
        Map<String, SpeechVerb> verbs = new HashMap<>();
        Map<String, SpeechVerb> parcVerbs = new HashMap<>();
        Map<String, SpeechVerb> phrasal = new HashMap<>();
        for (String line : models.lines(VERBS_FILE)) {
            String[] cols = line.split("\\|", -1);
            if (cols.length < 2) throw new IllegalArgumentException(VERBS_FILE + ": expected 'lemma | forms | flags': " + line);
            String[] lemmaWords = cols[0].strip().toLowerCase(Locale.ROOT).split("\\s+");
            if (lemmaWords.length > 2) throw new IllegalArgumentException(VERBS_FILE + ": a lemma is a verb and at most one particle: " + line);
            String lemma = String.join(" ", lemmaWords);
            String particle = lemmaWords.length == 2 ? lemmaWords[1] : null;
            Set<String> flags = cols.length > 2 ? Set.of(cols[2].strip().toLowerCase(Locale.ROOT).split("\\s+")) : Set.of();
            for (String f : flags) {
                if (!f.isEmpty() && !VERB_FLAGS.contains(f)) {
                    throw new IllegalArgumentException(VERBS_FILE + ": unknown flag '" + f + "' (known: " + new TreeSet<>(VERB_FLAGS) + "): " + line);
                }
            }
            SpeechVerb v = new SpeechVerb(lemma, flags.contains("bare"), flags.contains("obj"), flags.contains("ger"),
                    flags.contains("weak"), flags.contains("inf"), flags.contains("objinf"), flags.contains("wh"), flags.contains("np"),
                    flags.contains("to"), flags.contains("prep"), particle);
            if (particle != null && flags.contains("parc")) {
                throw new IllegalArgumentException(VERBS_FILE + ": a phrasal verb cannot be parc-only: " + line);
            }
            // verbs flagged parc exist only for the parc indirect-speech scope: never cues in the default scope
            Map<String, SpeechVerb> into = particle != null ? phrasal : flags.contains("parc") ? parcVerbs : verbs;
            into.putIfAbsent(lemmaWords[0], v);
            for (String form : cols[1].strip().toLowerCase(Locale.ROOT).split("\\s+")) {
                if (!form.isEmpty()) into.putIfAbsent(form, v);
            }
        }
        Map<CueCategory, Set<String>> cues = new java.util.EnumMap<>(CueCategory.class);
        for (String line : models.lines(CUES_FILE)) {
            int sp = line.indexOf(' ');
            if (sp < 0) throw new IllegalArgumentException(CUES_FILE + ": expected 'CATEGORY phrase': " + line);
            CueCategory category;
            try {
                category = CueCategory.parse(line.substring(0, sp));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(CUES_FILE + ": " + e.getMessage() + " in line: " + line, e);
            }
            String phrase = line.substring(sp + 1).strip().toLowerCase(Locale.ROOT);
            if (category == CueCategory.ACCORDING_TO && phrase.split("\\s+").length > MAX_ACCORDING_TO_WORDS) {
                throw new IllegalArgumentException(CUES_FILE + ": an according-to cue has at most " + MAX_ACCORDING_TO_WORDS
                        + " words: " + line);
            }
            cues.computeIfAbsent(category, k -> new HashSet<>()).add(phrase);
        }
        Map<String, Set<String>> roles = new HashMap<>();
        for (String line : models.lines(ROLES_FILE)) {
            List<String> group = new ArrayList<>();
            for (String p : line.split("\\|")) {
                String norm = p.strip().toLowerCase(Locale.ROOT);
                if (!norm.isEmpty()) group.add(norm);
            }
            for (String p : group) roles.computeIfAbsent(p, k -> new HashSet<>()).addAll(group);
        }
        Set<String> titles = new HashSet<>();
        for (String line : models.lines(org.newsquotes.entities.EntityKnowledge.TITLES)) {
            String t = line.strip().toLowerCase(Locale.ROOT);
            if (!t.contains(" ")) titles.add(t);
        }
        PersonGender genders = PersonGender.load(models);
        return new QuoteLexicon(verbs, parcVerbs, phrasal, cues, roles, genders, PersonNouns.load(models), titles,
                models.fingerprint());
    }

    /** The verb entry for a word form or lemma, or null. */
    public SpeechVerb verb(String wordOrLemma) {
        return wordOrLemma == null ? null : verbsByForm.get(wordOrLemma.toLowerCase(Locale.ROOT));
    }

    /** The entry of a word form, else of its lemma; null when neither is a speech verb. */
    public SpeechVerb verb(String word, String lemma) {
        SpeechVerb v = verb(word);
        return v != null ? v : verb(lemma);
    }

    public boolean isSpeechVerb(String word) { return verb(word) != null; }

    /**
     * The speech verb at token {@code t}: the entry of its form, else of its lemma, else a phrasal verb whose particle
     * follows it ("shot back", "chimed in"); null when none.
     */
    public SpeechVerb verbAt(DocumentIndex ix, int t) {
        if (t < 0 || t >= ix.tokenCount()) return null;
        SpeechVerb v = verb(ix.word(t), ix.token(t).lemma());
        return v != null ? v : phrasalAt(ix, t);
    }

    /** As {@link #verbAt}, the form alone (not the lemma) for a verb of one word. */
    public SpeechVerb verbFormAt(DocumentIndex ix, int t) {
        if (t < 0 || t >= ix.tokenCount()) return null;
        SpeechVerb v = verb(ix.word(t));
        return v != null ? v : phrasalAt(ix, t);
    }

    /** True when token {@code t} is a speech verb by its form ({@link #verbFormAt}). */
    public boolean isSpeechVerbAt(DocumentIndex ix, int t) { return verbFormAt(ix, t) != null; }

    /** As {@link #verbAt}, else the parc-only entry of its form or lemma ({@link #parcVerb(String, String)}). */
    public SpeechVerb verbOfEitherScopeAt(DocumentIndex ix, int t) {
        SpeechVerb v = verbAt(ix, t);
        return v != null || t < 0 || t >= ix.tokenCount() ? v : parcVerb(ix.word(t), ix.token(t).lemma());
    }

    /** The phrasal verb at {@code t} whose particle is the next token's word, or null. */
    private SpeechVerb phrasalAt(DocumentIndex ix, int t) {
        SpeechVerb p = phrasalByForm.get(ix.word(t));
        if (p == null) p = phrasalByForm.get(ix.token(t).lemma().toLowerCase(Locale.ROOT));
        return p != null && t + 1 < ix.tokenCount() && ix.word(t + 1).equals(p.particle()) ? p : null;
    }

    /** Which of "he"/"she" can refer to a person ({@link PersonGender}). */
    public PersonGender genders() { return genders; }

    /** True when {@code word} is a one-word title written before a name ("Dr", "Prof.", "Senator"), any case. */
    public boolean isPersonTitle(String word) { return word != null && personTitles.contains(word.toLowerCase(Locale.ROOT)); }

    /** Which common nouns name a person ({@link PersonNouns}). */
    public PersonNouns personNouns() { return personNouns; }

    /**
     * The entry of a verb flagged {@code parc} (a verb of stance whose noun-phrase object is an attributed content
     * only under the parc indirect-speech scope: "endorsed the plan"), or null. Such verbs are never cues otherwise.
     */
    public SpeechVerb parcVerb(String wordOrLemma) {
        return wordOrLemma == null ? null : parcVerbsByForm.get(wordOrLemma.toLowerCase(Locale.ROOT));
    }

    /** The parc-only entry of a word form, else of its lemma; null when neither is one. */
    public SpeechVerb parcVerb(String word, String lemma) {
        SpeechVerb v = parcVerb(word);
        return v != null ? v : parcVerb(lemma);
    }

    /** Phrases of one cue category (lower-cased); empty when the category is absent. */
    public Set<String> cues(CueCategory category) { return cues.getOrDefault(category, Set.of()); }

    public boolean isCue(CueCategory category, String phrase) {
        return phrase != null && cues(category).contains(phrase.toLowerCase(Locale.ROOT));
    }

    /** Longest "according to" cue of {@code quote-cues.txt}, in words. */
    static final int MAX_ACCORDING_TO_WORDS = 4;

    /**
     * The number of tokens of an "according to" cue starting at token {@code t} ("according to", "as reported by",
     * "per"), or 0. A one-word cue ("per") introduces a source only before a determiner, possessive or proper noun and
     * never after a number or currency, nor as a word of a name: "per a club statement", "per ESPN", but not "$5 per
     * gallon", "per capita", "Per Aasen".
     */
    int accordingToAt(DocumentIndex ix, int t) {
        if (t < 0) return 0;
        for (int n = MAX_ACCORDING_TO_WORDS; n >= 1; n--) {
            if (t + n >= ix.tokenCount()) continue;
            StringBuilder phrase = new StringBuilder(ix.word(t));
            for (int k = 1; k < n; k++) phrase.append(' ').append(ix.word(t + k));
            if (!isCue(CueCategory.ACCORDING_TO, phrase.toString())) continue;
            if (n > 1) return n;
            // a word of a name is no cue: "Per Aasen said" names a man called Per
            if (ix.mentionAt(t) != null) return 0;
            String next = ix.token(t + 1).pos();
            boolean sourceNext = next.equals("DT") || next.equals("PRP$") || next.startsWith("NNP");
            boolean rate = t > 0 && (ix.token(t - 1).pos().equals("CD") || ix.token(t - 1).pos().equals("$"));
            return sourceNext && !rate ? 1 : 0;
        }
        return 0;
    }

    /** Every role phrase sharing a group with {@code role}; empty when the role is unknown. */
    public Set<String> synonyms(String role) { return roleSynonyms.getOrDefault(role.toLowerCase(Locale.ROOT), Set.of()); }

    public boolean isRole(String phrase) { return roleSynonyms.containsKey(phrase.toLowerCase(Locale.ROOT)); }

    /** A word that can name a source without a name: a role, an outlet, a generic source or a body noun ("spokesman", "daily", "officials", "union"). */
    public boolean isSourceNoun(String word) {
        return isRole(word) || isCue(CueCategory.OUTLET, word) || isCue(CueCategory.GENERIC, word) || isCue(CueCategory.BODY, word);
    }

    /** Longest role phrase in words, for phrase scanning. */
    public int maxRoleWords() { return maxRoleWords; }

    public String fingerprint() { return fingerprint; }
}
