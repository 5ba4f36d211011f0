package org.newsquotes.quotes;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsquotes.entities.PersonGender;
import org.newsquotes.record.Attribution;
import org.newsquotes.record.LocalEntity;
import org.newsquotes.record.Mention;

/**
 * Per-document state the sieves share while attributing quotes in reading order: the document index, the
 * quotes attributed so far, and lazily built knowledge about the document's entities (the role words seen with each
 * named person). One instance per document and thread; never shared.
 */
public final class AttributionContext {
    private final DocumentIndex index;
    private final QuoteLexicon lexicon;
    private final BitSet quoted = new BitSet();
    private final List<QuotedSpan> spans;
    private Map<String, Integer> mentionCounts;
    private String mostNamedPerson;
    private final List<Attributed> done = new ArrayList<>();
    private Map<String, Set<String>> rolesByEntity;
    private Map<String, Map<String, Set<String>>> roleNounsByEntity;

    /** A quote already attributed, for continuation and pronoun rules. */
    public record Attributed(QuoteCandidate quote, Attribution attribution) {}

    public AttributionContext(DocumentIndex index, QuoteLexicon lexicon, List<QuotedSpan> directSpans) {
        this.index = index;
        this.lexicon = lexicon;
        for (QuotedSpan s : directSpans) quoted.set(s.markStart(), s.markEnd());
        this.spans = List.copyOf(directSpans);
    }

    /** How many quoted passages lie wholly between two spans of text (in either order). */
    public int quotesBetween(org.newsquotes.record.Span a, org.newsquotes.record.Span b) {
        int from = Math.min(a.end(), b.end());
        int to = Math.max(a.start(), b.start());
        int n = 0;
        for (QuotedSpan s : spans) if (s.markStart() >= from && s.markEnd() <= to) n++;
        return n;
    }

    /** How many mentions (names, not pronouns) the document's entity {@code localId} has. */
    public int mentionCount(String localId) {
        if (mentionCounts == null) countMentions();
        return mentionCounts.getOrDefault(localId, 0);
    }

    /** The local id of the person named most often in the document (the first named on a tie), or null. */
    public String mostNamedPerson() {
        if (mentionCounts == null) countMentions();
        return mostNamedPerson;
    }

    private void countMentions() {
        Map<String, Integer> counts = new HashMap<>();
        int best = 0;
        for (Mention m : index.document().mentions()) {
            LocalEntity e = index.entityOf(m);
            if (e == null || EvidencePicker.isPronoun(m)) continue;
            int c = counts.merge(e.id(), 1, Integer::sum);
            if ("PERSON".equals(e.type()) && c > best) {
                best = c;
                mostNamedPerson = e.id();
            }
        }
        mentionCounts = counts;
    }

    public DocumentIndex index() { return index; }

    public QuoteLexicon lexicon() { return lexicon; }

    /** True when the offset lies inside a quoted passage (a name in the quoted words is not a speaker). */
    public boolean insideQuote(int offset) { return quoted.get(offset); }

    public List<Attributed> attributed() { return done; }

    /** The one person the sentences before each attributed pronoun named ("" for none or several), as first read. */
    final Map<Attributed, String> soleReferents = new HashMap<>();

    void record(QuoteCandidate q, Attribution a) { done.add(new Attributed(q, a)); }

    /** The latest attributed quote before {@code offset} with a speaker, or null. */
    public Attributed lastWithSpeakerBefore(int offset) {
        for (int i = done.size() - 1; i >= 0; i--) {
            Attributed a = done.get(i);
            if (a.quote().content().start() < offset && a.attribution().hasSpeaker()) return a;
        }
        return null;
    }

    /**
     * Speaker-typed mentions outside quoted passages that start before {@code offset}, nearest first, going back at
     * most {@code maxSentences} sentences from the sentence holding {@code offset}.
     */
    public List<Mention> mentionsBefore(int offset, int maxSentences) {
        List<Mention> all = index.document().mentions();
        List<Mention> out = new ArrayList<>();
        int here = index.firstTokenAtOrAfter(offset);
        int sentence = here < index.tokenCount() ? index.token(here).sentence()
                : (index.tokenCount() == 0 ? 0 : index.token(index.tokenCount() - 1).sentence());
        for (int i = all.size() - 1; i >= 0; i--) {
            Mention m = all.get(i);
            if (m.start() >= offset) continue;
            if (sentence - m.sentence() > maxSentences) break;
            if (insideQuote(m.start()) || !lexicon.isCue(CueCategory.SPEAKER_TYPE, m.ner()) || EvidencePicker.isPronoun(m)
                    || index.inDateline(m.start())) continue;
            out.add(m);
        }
        return out;
    }

    /**
     * True for a mention that can speak as a body: an organisation, a name next to an outlet noun ("the reformist Ham
     * Mihan newspaper") or one set off by commas beside a body's description ({@link #apposedToABody}), whatever type
     * the tagger gave it.
     */
    public boolean isOrganisationLike(Mention m) {
        if ("ORGANIZATION".equals(typeOf(m))) return true;
        for (String w : m.text().toLowerCase(Locale.ROOT).split("\\s+")) if (lexicon.isCue(CueCategory.OUTLET, w)) return true;
        return outletNear(m) != null || apposedToABody(m);
    }

    /**
     * "The employers' association, Deltalinqs, said …", "Deltalinqs, the employers' association, said …": a name
     * in apposition with a description headed by a body's or an organisation's noun names that body, even when the
     * tagger took the unfamiliar name for a person's. Not a name whose first name is known ("the union, Ann Roe,"
     * is someone speaking for it), nor one beside a phrase that only ends in the noun ("a spokesman for the union,
     * Ann Roe,").
     */
    boolean apposedToABody(Mention m) {
        LocalEntity e = index.entityOf(m);
        if ((e != null ? lexicon.genders().of(e) : lexicon.genders().ofName(m.text())) != PersonGender.Gender.UNKNOWN) return false;
        int before = m.firstToken() - 1;
        if (before >= 1 && index.firstChar(before) == ',' && headsDescription(before - 1)) return true;
        int after = m.endToken();
        if (after >= index.tokenCount() || index.firstChar(after) != ',') return false;
        for (int t = after + 1; t < index.tokenCount() && t - after <= APPOSITION_WORDS; t++) {
            if (index.isPunct(t)) return index.firstChar(t) == ',' && t > after + 1 && headsDescription(t - 1);
        }
        return false;
    }

    /** The noun at {@code t} is a body's or an organisation's and heads a phrase that no preposition opens. */
    private boolean headsDescription(int t) {
        String w = index.word(t);
        if (!index.token(t).pos().startsWith("NN") || !(lexicon.isCue(CueCategory.BODY, w)
                || lexicon.isCue(CueCategory.ORGANISATION_NOUN, w) || lexicon.isCue(CueCategory.OUTLET, w))) return false;
        int k = t - 1;
        while (k >= 0 && !index.isPunct(k) && !index.token(k).pos().equals("IN") && t - k <= APPOSITION_WORDS) k--;
        return k < 0 || !index.token(k).pos().equals("IN");
    }

    /** The outlet noun within two words after or one before the mention ("Kayhan newspaper", "the daily Javan"), or null. */
    public String outletNear(Mention m) {
        for (int t = m.endToken(); t < m.endToken() + 2 && t < index.tokenCount(); t++) {
            if (lexicon.isCue(CueCategory.OUTLET, index.word(t))) return index.word(t);
        }
        if (lexicon.isCue(CueCategory.OUTLET, index.word(m.firstToken() - 1))) return index.word(m.firstToken() - 1);
        return null;
    }

    /** How many words an apposition after a name may hold before its noun ("Ofcom, the UK's media regulator,"). */
    static final int APPOSITION_WORDS = 5;

    /**
     * True when {@code noun} stands in apposition with {@code m} or right beside it: just before it, over a comma
     * ("the club's former captain … his former club, Atletico Serrano", "the regulator Ofcom"), or after it, at the
     * end of a short noun phrase ("Ofcom, the media regulator,", "the Unite union"). A verb, a name or a clause between
     * them means the noun describes something else.
     */
    public boolean standsWith(Mention m, String noun) {
        int before = m.firstToken() - 1;
        boolean comma = index.word(before).equals(",");
        if (comma) before--;
        // a person's name right after the noun is more often its subject than its name ("told the union Roe would …")
        if (index.word(before).equals(noun) && (comma || !"PERSON".equals(typeOf(m)))) return true;
        int t = m.endToken();
        if (index.word(t).equals(noun)) return headsPhrase(t) && !"PERSON".equals(typeOf(m));
        if (!index.word(t).equals(",")) return false;
        for (int i = t + 1; i <= t + APPOSITION_WORDS && i < index.tokenCount(); i++) {
            // an apposition closes where it ends ("Ofcom, the regulator, said"); a verb after the noun makes it the
            // subject of a new clause ("… her daughter Esther, the church posted")
            if (index.word(i).equals(noun)) return headsPhrase(i) && index.isPunct(i + 1);
            String pos = index.token(i).pos();
            boolean modifier = pos.equals("DT") || pos.equals("PRP$") || pos.startsWith("JJ") || pos.startsWith("NN")
                    || pos.equals("VBN") || pos.equals("POS");
            if (!modifier) return false;
        }
        return false;
    }

    /**
     * The gender a person noun standing with the person says, for a name whose given name and title say nothing
     * ("Rhona Bell's son, Ailan, drove", "Ailan, her son, drove", "her son Ailan drove": male): the noun right before one
     * of the person's mentions (over a comma, or after a determiner or possessive without one), or heading a short
     * apposition after it ({@link #standsWith}). {@link PersonGender.Gender#UNKNOWN} when no such noun, or when two
     * disagree.
     */
    public PersonGender.Gender genderByDescription(Mention m) {
        LocalEntity e = index.entityOf(m);
        PersonGender.Gender found = PersonGender.Gender.UNKNOWN;
        for (Mention other : e == null ? List.of(m) : index.document().mentions()) {
            if (e != null && index.entityOf(other) != e) continue;
            PersonGender.Gender g = nounGender(other);
            if (g == PersonGender.Gender.UNKNOWN) continue;
            if (found != PersonGender.Gender.UNKNOWN && found != g) return PersonGender.Gender.UNKNOWN;
            found = g;
        }
        return found;
    }

    private PersonGender.Gender nounGender(Mention m) {
        int before = m.firstToken() - 1;
        boolean comma = index.word(before).equals(",");
        if (comma) before--;
        if (before >= 0 && personNounGender(before) != PersonGender.Gender.UNKNOWN) {
            String pos = before > 0 ? index.token(before - 1).pos() : "";
            if (comma || pos.equals("DT") || pos.equals("PRP$") || pos.equals("POS")) return personNounGender(before);
        }
        int t = m.endToken();
        if (!index.word(t).equals(",")) return PersonGender.Gender.UNKNOWN;
        for (int i = t + 1; i <= t + APPOSITION_WORDS && i < index.tokenCount(); i++) {
            PersonGender.Gender g = personNounGender(i);
            if (g != PersonGender.Gender.UNKNOWN) return headsPhrase(i) && index.isPunct(i + 1) ? g : PersonGender.Gender.UNKNOWN;
            String pos = index.token(i).pos();
            if (!(pos.equals("DT") || pos.equals("PRP$") || pos.startsWith("JJ") || pos.startsWith("NN") || pos.equals("POS"))) break;
        }
        return PersonGender.Gender.UNKNOWN;
    }

    /** The gender of the person noun written in lower case at {@code t} ("son", "spokeswoman"; not "German"). */
    private PersonGender.Gender personNounGender(int t) {
        // DocumentIndex.word is lower-cased: the case as written is the text's
        String w = index.word(t);
        if (!Character.isLowerCase(index.firstChar(t)) || !lexicon.personNouns().isPerson(w)) return PersonGender.Gender.UNKNOWN;
        return lexicon.personNouns().genderOf(w);
    }

    /** True when the noun at {@code t} ends its phrase: "the regulator's deputy" is a deputy, not the regulator. */
    private boolean headsPhrase(int t) {
        String next = t + 1 < index.tokenCount() ? index.token(t + 1).pos() : ".";
        return !next.startsWith("NN") && !next.equals("POS");
    }

    /** Speaker name and local id for a mention: its in-document entity, or the mention itself when unclustered. */
    public Attribution named(Mention m, Evidence ev, String cue, String method, double confidence) {
        LocalEntity e = index.entityOf(m);
        String name = e != null ? e.name() : m.text();
        return new Attribution(name, e != null ? e.id() : null, null, ev.text(), ev.span(), cue, method, confidence);
    }

    public Attribution entity(LocalEntity e, Evidence ev, String cue, String method, double confidence) {
        return new Attribution(e.name(), e.id(), null, ev == null ? null : ev.text(), ev == null ? null : ev.span(),
                cue, method, confidence);
    }

    /** Entity type of a mention's cluster (voted), falling back to the mention's own tag. */
    public String typeOf(Mention m) {
        LocalEntity e = index.entityOf(m);
        return e != null ? e.type() : m.ner();
    }

    /**
     * Role words seen with each PERSON entity in this document: titles before a name ("Foreign Minister Abbas
     * Araghchi"), appositions after it ("Hugh Hill, a doctor,"), and the entity step's recorded attributes; each
     * expanded with its synonyms from {@code speaker-roles.txt}.
     */
    public Set<String> roles(LocalEntity e) {
        if (rolesByEntity == null) rolesByEntity = buildRoles();
        return rolesByEntity.getOrDefault(e.id(), Set.of());
    }

    /**
     * Head nouns of the descriptions seen with each PERSON entity, whether or not {@code speaker-roles.txt} lists them:
     * the common noun right before a name ("goalkeeper Ben Ayre"), and the head of an apposition after it ("Ruth Ames,
     * a prosecutor,", "Ben Ayre, the club's goalkeeper,", "Jo Hart, chair of the board": chair) or set off before it
     * ("the club's goalkeeper, Ben Ayre,"). "the prosecutor said" later names the person the same noun described.
     * Each head noun maps to the lower-cased words of the phrases it headed.
     */
    public Map<String, Set<String>> roleNouns(LocalEntity e) {
        if (rolesByEntity == null) rolesByEntity = buildRoles();
        return roleNounsByEntity.getOrDefault(e.id(), Map.of());
    }

    /**
     * The lower-cased word at {@code t} when the tagger calls it a singular common noun that is no name (a role NER
     * types TITLE counts: "prosecutor"), else null.
     */
    private String commonNoun(int t) {
        return commonNoun(t, false);
    }

    /** As {@link #commonNoun(int)}, with a singular proper-noun tag allowed too when {@code titleCase}. */
    private String commonNoun(int t, boolean titleCase) {
        if (t < 0 || t >= index.tokenCount()) return null;
        String pos = index.token(t).pos();
        if (!(pos.equals("NN") || (titleCase && pos.equals("NNP")))) return null;
        Mention m = index.mentionAt(t);
        return m == null || "TITLE".equals(m.ner()) ? index.word(t).toLowerCase(Locale.ROOT) : null;
    }

    /** Records head noun {@code noun} (if any) with the lower-cased words of the phrase it headed. */
    private static void addNoun(String noun, List<String> phrase, Map<String, Set<String>> into) {
        if (noun == null) return;
        Set<String> words = into.computeIfAbsent(noun, k -> new HashSet<>());
        for (String w : phrase) words.add(w.toLowerCase(Locale.ROOT));
    }

    private Map<String, Set<String>> buildRoles() {
        Map<String, Set<String>> out = new HashMap<>();
        roleNounsByEntity = new HashMap<>();
        for (Mention m : index.document().mentions()) {
            LocalEntity e = index.entityOf(m);
            if (e == null || EvidencePicker.isPronoun(m)) continue;
            Set<String> roles = out.computeIfAbsent(e.id(), k -> new HashSet<>());
            Map<String, Set<String>> nouns = roleNounsByEntity.computeIfAbsent(e.id(), k -> new HashMap<>());
            for (String attr : e.attributes()) addRoles(attr.toLowerCase(Locale.ROOT).split("\\s+"), roles);
            // title words right before the name, back to punctuation, a possessive owner, a verb or "that" (in "the
            // minister said that Hale had …" the role is the minister's, not Hale's), within the name's sentence
            List<String> before = new ArrayList<>();
            // "an aide to Mayor Ann Roe": the aide is someone else (a capitalised "Secretary of State" is her title)
            int served = EvidencePicker.servedBy(index, lexicon.personNouns(), m);
            for (int t = m.firstToken() - 1; t > served && m.firstToken() - t <= 6; t--) {
                if (index.isPunct(t) || Words.isPossessive(index.word(t))) break;
                if (index.token(t).sentence() != m.sentence() || endsTitle(index, t) || opensRolePhrase(index, t)) break;
                if (index.mentionAt(t) != null && index.mentionAt(t) != m && !index.token(t).ner().equals("TITLE")) break;
                before.add(0, index.word(t));
            }
            addRoles(before.toArray(String[]::new), roles);
            // a title before a name is often capitalised and tagged a proper noun ("Goalkeeper Ben Ayre", "Labour MP Jo
            // Hart"); its head is its last noun before any preposition ("Secretary of State Jon Hale" is a secretary)
            int titleHead = -1;
            for (int t = m.firstToken() - before.size(); t < m.firstToken(); t++) {
                String pos = index.token(t).pos();
                if (pos.equals("IN") || pos.equals("TO")) break;
                titleHead = t;
            }
            if (titleHead >= 0) addNoun(commonNoun(titleHead, true), before, nouns);
            String[] setBefore = roleSetBefore(m);
            addRoles(setBefore, roles);
            if (setBefore.length > 0) addNoun(commonNoun(m.firstToken() - 2), List.of(setBefore), nouns);
            // apposition after the name: ", a doctor," / ", Iran's foreign minister,"; words after the comma that hold
            // a finite verb are the next clause, whose subject describes someone else ("an interview with the host Ann
            // Roe, the former governor said …")
            if (index.firstChar(m.endToken()) == ',') {
                List<String> appo = new ArrayList<>();
                String head = null;
                boolean headClosed = false; // after a preposition: "chair of the board" is a chair
                for (int t = m.endToken() + 1; t < index.tokenCount() && t - m.endToken() <= 9; t++) {
                    // a hyphen inside a compound ("a two-term councillor") continues the apposition
                    if (index.isPunct(t) && !Words.isPossessive(index.word(t)) && !index.token(t).pos().equals("HYPH")) break;
                    if (Words.isRelativePronoun(index, t)) break; // ", the former premier who was …": the role stands
                    if (Words.isFinite(index, t)) {
                        appo.clear();
                        head = null;
                        break;
                    }
                    String pos = index.token(t).pos();
                    headClosed |= pos.equals("IN") || pos.equals("TO");
                    String noun = headClosed ? null : commonNoun(t);
                    if (noun != null) head = noun;
                    appo.add(index.word(t));
                }
                addRoles(appo.toArray(String[]::new), roles);
                addNoun(head, appo, nouns);
            }
        }
        return out;
    }

    /** Most words of a role set off before the name it describes ({@link #roleSetBefore}). */
    static final int MAX_ROLE_BEFORE_TOKENS = 6;

    /**
     * "The transport minister, Helen Voss, urged …", "its chief executive, Simon Dray, said": a name set off by commas
     * right after a noun phrase is that phrase's apposition, so the phrase's words (back to punctuation, a possessive,
     * a verb or "that", within {@value #MAX_ROLE_BEFORE_TOKENS} words of the sentence) are a role of the person. The
     * name must close with a comma too, or end its sentence ("Her death was confirmed by her daughter, Priya Anand."):
     * "To the minister, Voss said …" names the subject after an opening phrase.
     */
    private String[] roleSetBefore(Mention m) {
        int comma = m.firstToken() - 1;
        if (comma < 1 || index.firstChar(comma) != ',' || !(closedByComma(m) || endsSentence(m))) return new String[0];
        List<String> words = new ArrayList<>();
        for (int t = comma - 1; t >= 0 && comma - t <= MAX_ROLE_BEFORE_TOKENS; t--) {
            if (index.isPunct(t) || Words.isPossessive(index.word(t))) break;
            if (index.token(t).sentence() != m.sentence() || endsTitle(index, t)) break;
            if (index.mentionAt(t) != null && !index.token(t).ner().equals("TITLE")) break; // another name
            words.add(0, index.word(t));
        }
        return words.toArray(String[]::new);
    }

    private boolean closedByComma(Mention m) {
        return m.endToken() < index.tokenCount() && index.firstChar(m.endToken()) == ',';
    }

    /** The mention is the last word of its sentence, but for the full stop, question or exclamation mark closing it. */
    private boolean endsSentence(Mention m) {
        int t = m.endToken();
        if (t >= index.tokenCount() || index.token(t).sentence() != m.sentence()) return true;
        char c = index.firstChar(t);
        return (c == '.' || c == '!' || c == '?') && (t + 1 >= index.tokenCount() || index.token(t + 1).sentence() != m.sentence());
    }

    /**
     * "a tackle from defender Ben Ayre": a preposition right before a lower-case word opens the phrase a role before
     * a name heads, so the walk back from the name stops there, as it does at one right before the name ("a TV ad in
     * Roe's district": the ad is no role of Roe's); a preposition inside a capitalised title is the title's own
     * ("Secretary of State Jon Hale").
     */
    private static boolean opensRolePhrase(DocumentIndex index, int t) {
        String pos = index.token(t).pos();
        if (!(pos.equals("IN") || pos.equals("TO")) || t + 1 >= index.tokenCount()) return false;
        // right before the name the preposition takes the name itself ("a TV ad in Roe's district"): no role at all
        Mention after = index.mentionAt(t + 1);
        return Character.isLowerCase(index.firstChar(t + 1)) || (after != null && after.firstToken() == t + 1 && !"TITLE".equals(after.ner()));
    }

    /** A word no title before a name runs across: a verb, a modal, a subordinator or relative ("that", "who"). */
    private static boolean endsTitle(DocumentIndex index, int t) {
        String pos = index.token(t).pos();
        return Words.isVerbTag(pos) || pos.startsWith("W") || index.word(t).equals("that");
    }

    /** Adds every role phrase found in {@code words} with all its synonyms. */
    void addRoles(String[] words, Set<String> into) {
        for (String phrase : rolePhrases(words)) into.addAll(lexicon.synonyms(phrase));
    }

    /** Role phrases (1..n words) occurring in {@code words}. */
    List<String> rolePhrases(String[] words) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = 0; n < lexicon.maxRoleWords() && i + n < words.length; n++) {
                if (n > 0) sb.append(' ');
                sb.append(words[i + n]);
                if (lexicon.isRole(sb.toString())) out.add(sb.toString());
            }
        }
        return out;
    }
}
