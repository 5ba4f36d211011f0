package org.newsquotes.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsquotes.record.Mention;
import org.newsquotes.record.Span;

/**
 * Picks the speaker's words out of a {@link SourcePhrase} region: the named mention nearest the cue (people before
 * other speakers), skipping possessives ("Iran's foreign minister Abbas Araghchi" gives Araghchi) and relative clauses
 * ("Araghchi, who was ... with the US, said" gives Araghchi); else a subject pronoun next to the cue; else the noun
 * phrase next to the cue ("the Iranian top diplomat", "an editorial in the hardline daily").
 */
public final class EvidencePicker {
    /** Relative words that open a clause about the noun before them ("Ann Roe, who ran the project, said"). */
    static final Set<String> RELATIVES = Set.of("who", "which", "whose", "whom", "where", "when");
    private static final Set<String> DESCRIPTION_STOPS = Set.of("and", "but", "or", "that", "if", "while", "because",
            "when", "as", "after", "before", "so", "what");

    private final QuoteLexicon lexicon;
    /** Who a relative pronoun in a source phrase stands for ("Ann Roe, who said"). */
    final RelativeAntecedent antecedents;

    public EvidencePicker(QuoteLexicon lexicon) {
        this.lexicon = lexicon;
        this.antecedents = new RelativeAntecedent(lexicon);
    }

    public Evidence pick(DocumentIndex ix, SourcePhrase p) {
        if (p == null || p.isEmpty()) return null;
        if (p.position() == SourcePhrase.Position.COLON_LABEL) {
            Evidence label = name(ix, p.firstToken(), p.endToken(), true);
            return label != null || !hasLetters(ix, p.firstToken(), p.endToken()) ? label
                    : evidence(ix, Evidence.Type.DESCRIPTION, p.firstToken(), p.endToken());
        }
        if (p.verbFirst()) {
            Evidence name = name(ix, p.firstToken(), p.endToken(), true);
            if (name != null && "PERSON".equals(name.mention().ner())) return name;
            if (name == null && Words.SUBJECT_PRONOUNS.contains(ix.word(p.firstToken()))) {
                return evidence(ix, Evidence.Type.PRONOUN, p.firstToken(), p.firstToken() + 1);
            }
            // "said a spokesman for Acme Corp, John Smith": the person named after the source, not the body in it
            Evidence apposed = InvertedSourceName.inApposition(ix, lexicon, p.endToken());
            if (apposed == null) apposed = InvertedSourceName.givenAfter(ix, p.endToken());
            if (apposed != null) return apposed;
            return name != null ? name : description(ix, p);
        }
        if (lexicon.isCue(CueCategory.NOUN_CUE, ix.word(p.cueToken())) && p.cueToken() >= p.endToken()) {
            // "Hill's claim that …": here the possessive is the source
            Evidence owner = name(ix, p.firstToken(), p.endToken(), false, true);
            if (owner != null) return owner;
        }
        SourcePhrase quoted = quotedAs(ix, p);
        if (quoted != null) return pick(ix, quoted);
        // verb last: the subject is the noun phrase right before the verb, possibly followed by appositions or a
        // relative clause (", a doctor at the clinic," / ", who ran the project,") that are skipped
        int e = skipParenthetical(ix, p.firstToken(), beforeInfinitiveVerbs(ix, p.firstToken(), p.endToken()));
        List<int[]> appositions = new ArrayList<>();
        e = SubjectAppositions.setOff(ix, p.firstToken(), e, appositions);
        while (e - 1 > p.firstToken() && ix.firstChar(e - 1) == ',') e--;
        e = skipParenthetical(ix, p.firstToken(), e); // "Rep. Ann Roe (D-Ohio), a panel member, said"
        int s = phraseStart(ix, p.firstToken(), e);
        if (s - 2 > p.firstToken() && speechVerbAt(ix, s - 1) && subjectRelative(ix, s - 2)) {
            // "an official who asked not to be named said": the relative clause describes the source, whose words
            // stand before it
            e = s - 2;
            s = phraseStart(ix, p.firstToken(), e);
        }
        // a participle's or an infinitive's subject may be the relative word itself ("the candidate who opened his
        // campaign by claiming that …", "a rule that lets staff refuse to …"), so only a finite report is read past
        // the clause
        int relative = finiteReport(ix, p) ? restrictiveRelative(ix, Math.max(p.firstToken(), s - 1), e) : -1;
        if (relative > p.firstToken()) {
            // "shopkeepers who spoke to the Valley Echo said": the same, whatever the clause's verb; the paper named
            // in it is not who speaks
            e = relative;
            s = phraseStart(ix, p.firstToken(), e);
        }
        for (int k = e - 1; k > p.firstToken() && e - k <= 16 && !SourcePhraseFinder.isClauseBreak(ix, k)
                && !DESCRIPTION_STOPS.contains(ix.word(k)) && !RELATIVES.contains(ix.word(k)); k--) {
            // "A former councillor accused of taking £80,000 in bribes from a developer told …": the words before the
            // verb are the participle's own (no comma, conjunction or relative pronoun between it and the verb: "an effort
            // backed by the mayor that Roe said would fail" is Roe's); the subject is the noun phrase it describes
            if (SourceReading.isPassiveAfterNoun(ix, k) || activeParticipleAfterNoun(ix, k)) {
                e = k;
                s = phraseStart(ix, p.firstToken(), e);
                break;
            }
        }
        // "…, with mediators saying …": the participle's subject is the noun phrase after "with", not the phrase
        if (s < e - 1 && ix.word(s).equals("with") && p.cueToken() >= 0 && p.cueToken() < ix.tokenCount()
                && SourcePhraseFinder.isParticiple(ix, p.cueToken())) s++;
        s = afterObjectRelative(ix, s, e);
        if (s == e) return null;
        if (Words.RELATIVE_SUBJECTS.contains(ix.word(s).toLowerCase(Locale.ROOT))) {
            // "Roe, who in 2010 said …": the relative pronoun is the evidence, its antecedent the speaker
            Mention antecedent = antecedents.of(ix, s, p.firstToken());
            if (antecedent != null) {
                Evidence who = evidence(ix, Evidence.Type.NAME, s, s + 1);
                return new Evidence(Evidence.Type.NAME, s, s + 1, antecedent, who.text(), who.span());
            }
        }
        Evidence name = name(ix, s, e, false);
        Evidence person = personApposed(ix, appositions);
        // "The governor of Saratov, Roman Volkov, wrote …": a place or body inside a description (not opening it) is
        // whose post it is; the person set off after it holds the post and speaks
        if (person != null && name != null && name.firstToken() > s && !"PERSON".equals(name.mention().ner())) return person;
        if (name != null && !modifiesTheHead(name, e)) return name;
        if (name == null && Words.SUBJECT_PRONOUNS.contains(ix.word(e - 1))) return evidence(ix, Evidence.Type.PRONOUN, e - 1, e);
        if (person != null) return person;
        Evidence body = null;
        for (int[] a : appositions) {
            if (SubjectAppositions.isAside(ix, a)) continue;
            Evidence appositive = name(ix, a[0], a[1], false);
            if (appositive != null && namesTheBody(ix, a, appositive)) {
                body = appositive;
                break;
            }
        }
        if (name != null && placeBeforePersonNoun(ix, name, e)) return evidence(ix, Evidence.Type.DESCRIPTION, s, e);
        // "The United Nations refugee agency, UNHCR, said": the name before the head only says whose agency it is;
        // the body named in the apposition is the one that speaks
        if (name != null && body != null && modifiesTheHead(name, e)) return body;
        if (name != null) return name;
        if (body != null) return body;
        return hasLetters(ix, s, e) ? evidence(ix, Evidence.Type.DESCRIPTION, s, beforeTimePhrase(ix, s, e)) : null;
    }

    /**
     * "The union representing the mill workers called …", "Analysts covering the sector said …": an active participle
     * right after a common noun, inside the subject, describes that noun; the noun phrase before it is the subject,
     * not a name or noun in the participle's own object. Not a participle that names its noun ("a group calling
     * itself Save Our Mills said": the name after it is the group's), nor one that lists members ("companies including
     * Acme said", {@link Words#MEMBERSHIP_PREPOSITIONS}), nor a gerund the tagger read as a participle before a
     * singular noun it modifies ("the city's housing director said").
     */
    static boolean activeParticipleAfterNoun(DocumentIndex ix, int k) {
        if (k < 1 || k + 1 >= ix.tokenCount() || !ix.token(k).pos().equals("VBG")) return false;
        String before = ix.token(k - 1).pos();
        return (before.equals("NN") || before.equals("NNS")) && ix.token(k - 1).sentence() == ix.token(k).sentence()
                && !Words.MEMBERSHIP_PREPOSITIONS.contains(ix.word(k)) // "companies including Acme": Acme is one of them
                && !Words.REFLEXIVE_PRONOUNS.contains(ix.word(k + 1)) && !ix.token(k + 1).pos().equals("NN");
    }

    /** The first apposition that names a person, or null. */
    private Evidence personApposed(DocumentIndex ix, List<int[]> appositions) {
        for (int[] a : appositions) {
            if (SubjectAppositions.isAside(ix, a)) continue;
            Evidence appositive = name(ix, a[0], a[1], false);
            if (appositive != null && "PERSON".equals(appositive.mention().ner())) return appositive;
        }
        return null;
    }

    /**
     * The start of the subject after a relative pronoun that is no subject itself: in "an electorate in which most
     * voters say", "a rally at which Roe said", "the plan which engineers said would fail" the report's subject is the
     * noun phrase after "which" or "whom", a phrase of nouns, numbers and modifiers with no verb of its own; else
     * {@code s} unchanged.
     */
    static int afterObjectRelative(DocumentIndex ix, int s, int e) {
        for (int k = s; k < e - 1; k++) {
            if (!Words.OBJECT_RELATIVES.contains(ix.word(k))) continue;
            // "which on their face …": a phrase of place or manner opens no subject
            String next = ix.token(k + 1).pos();
            if (next.equals("IN") || next.equals("TO") || next.startsWith("RB")) return s;
            boolean noun = false;
            for (int t = k + 1; t < e; t++) {
                String pos = ix.token(t).pos();
                if (ix.isPunct(t) || Words.isVerbTag(pos) || pos.startsWith("W")) return s;
                noun |= pos.startsWith("NN") || pos.equals("PRP") || pos.equals("CD");
            }
            return noun ? k + 1 : s;
        }
        return s;
    }

    /**
     * A relative "who" or "which" at {@code k} that can be its clause's subject: not the object of a preposition
     * before it. "an aide who asked not to be named said" opens a clause about the source; "at which point the
     * audience chanted" does not (its subject comes after it), whatever the tagger makes of "point".
     */
    static boolean subjectRelative(DocumentIndex ix, int k) {
        return Words.RELATIVE_SUBJECTS.contains(ix.word(k)) && !(k > 0 && ix.token(k - 1).pos().equals("IN"));
    }

    /** The phrase's report verb is finite, or follows a finite auxiliary ("said", "has said", "would say"). */
    private static boolean finiteReport(DocumentIndex ix, SourcePhrase p) {
        int cue = p.cueToken();
        if (cue < 0 || cue >= ix.tokenCount() || SourcePhraseFinder.isParticiple(ix, cue)) return false;
        for (int k = Math.min(p.endToken(), cue); k <= cue; k++) if (Words.isFinite(ix, k)) return true;
        return false;
    }

    /**
     * The relative pronoun from {@code s} on that opens a restrictive clause closing the subject ending at {@code e}
     * and has a finite verb of its own ("Two wardens who worked at the prison | said": "who"), or -1. The pronoun
     * follows a noun, with no comma or clause break between it and the report's verb. "A plan that engineers said
     * would fail" has no verb between "that" and "said", so "engineers" stays the subject; nor has "voters who may
     * | find …", whose modal is the report's own.
     */
    static int restrictiveRelative(DocumentIndex ix, int s, int e) {
        int end = e;
        while (end - 1 > s && (ix.token(end - 1).pos().equals("MD") || Words.AUXILIARIES.contains(ix.word(end - 1)))) end--;
        boolean finite = false;
        for (int k = e - 1; k >= s && k > 0; k--) {
            if (ix.firstChar(k) == ',' || SourcePhraseFinder.isClauseBreak(ix, k)) return -1;
            if (Words.isRelativePronoun(ix, k) || (ix.word(k).equals("that") && ix.token(k).pos().equals("WDT"))) {
                return finite && ix.token(k - 1).pos().startsWith("NN") ? k : -1;
            }
            finite |= k < end && Words.isFinite(ix, k);
        }
        return -1;
    }

    /**
     * "A spokesman for the developer, Kernow Marine Ltd, said": an apposition that is an organisation's name alone ("the
     * Greens" too), not a phrase about it, names the body the description speaks for, as "a spokesman for the
     * Pentagon" names the Pentagon. An organisation only: a place set off by commas is where ("a woman in Worcester,
     * Mass., said").
     */
    private static boolean namesTheBody(DocumentIndex ix, int[] apposition, Evidence name) {
        if (apposition[1] != name.endToken() || !"ORGANIZATION".equals(name.mention().ner())) return false;
        return apposition[0] == name.firstToken() || (apposition[0] + 1 == name.firstToken() && ix.word(apposition[0]).equals("the"));
    }

    /**
     * A place's name modifying a noun for a person that heads the phrase ("the Florida senator", "a Texas lawmaker",
     * "the Ohio governor"): the person speaks, not the place, so the description is the evidence and the sieves that
     * resolve descriptions find who it is.
     */
    private boolean placeBeforePersonNoun(DocumentIndex ix, Evidence name, int end) {
        if (!Mention.PLACE_TYPES.contains(name.mention().ner()) || name.mention().endToken() >= end) return false;
        String head = ix.word(end - 1).toLowerCase(Locale.ROOT);
        return lexicon.personNouns().isPerson(head) || "TITLE".equals(ix.token(end - 1).ner());
    }

    /**
     * A name that is not a person's and stands before the head noun of the subject ("The Treasury minister, Ms Helen
     * Fry, says", "The Bolt Industries chief executive, Ann Roe, said"): it describes the head, and a person
     * named in an apposition is the one who speaks.
     */
    private static boolean modifiesTheHead(Evidence name, int end) {
        return !"PERSON".equals(name.mention().ner()) && name.mention().endToken() < end;
    }

    /**
     * The subject of "quoted" when the source words end "… quoted … as" before the verb. In the passive "a senior
     * diplomat was quoted by the state news agency as saying" that is the diplomat, not the agency in the by-phrase; in
     * the active "the state news agency quoted a senior diplomat as saying" it is the agency, not its object: news
     * attribution corpora (PARC, PolNeAR) credit the words to the one who quotes, and the person quoted is part of what
     * is reported. Null for any other phrase.
     */
    static SourcePhrase quotedAs(DocumentIndex ix, SourcePhrase p) {
        int end = p.endToken();
        if (end >= ix.tokenCount() || !ix.word(end).equalsIgnoreCase("as") || end > p.cueToken()) return null;
        for (int k = end - 1; k > p.firstToken(); k--) {
            if (!ix.word(k).equalsIgnoreCase("quoted")) continue;
            int e = SourceReading.trimAuxiliaries(ix, p.firstToken(), k);
            return e > p.firstToken() ? new SourcePhrase(p.position(), p.firstToken(), e, p.cueToken(), p.cue()) : null;
        }
        return null;
    }

    /**
     * End of the subject when the phrase ends in an infinitive marker: before the verbs, particles and adjectives that
     * raise or control the infinitive ("she needs to", "the mayor has yet to", "officials are expected to", "she went
     * on to", "leaders were quick to", "those most willing to"), whose subject is the source. Unchanged after a noun
     * ("the only senator to", "led some allies to": whether the noun is the subject or an object, the words do not
     * tell), and for an "it" that only stands in for the infinitive ("it is hard to", "it's impossible to": no one is
     * its source).
     */
    static int beforeInfinitiveVerbs(DocumentIndex ix, int from, int end) {
        if (end - 1 <= from || !ix.word(end - 1).equals("to")) return end;
        int t = end - 1;
        boolean adjective = false;
        while (t > from && controlsInfinitive(ix, t - 1)) {
            adjective |= ix.token(t - 1).pos().startsWith("JJ");
            t--;
        }
        if (t == end - 1) return end;
        // "it is hard to", "it's impossible to": "it" stands in for the infinitive
        int before = t - 1 > from && Words.isPossessive(ix.word(t - 1)) ? t - 2 : t - 1; // "it's", tagged a possessive
        if (adjective && before >= from && ix.word(before).equals("it")) return end;
        return t;
    }

    /** A verb, adverb, particle or adjective of the run before an infinitive marker ({@link #beforeInfinitiveVerbs}). */
    private static boolean controlsInfinitive(DocumentIndex ix, int t) {
        String pos = ix.token(t).pos();
        // not a superlative, which heads a noun phrase of its own ("the best to")
        return Words.isVerbTag(pos) || pos.startsWith("RB") || pos.equals("RP") || pos.equals("JJ") || pos.equals("JJR");
    }

    /**
     * Start of the description ending at {@code end}: back over at most eight words, stopping at a clause break, a
     * conjunction or subordinator, or a speech verb.
     */
    private int phraseStart(DocumentIndex ix, int from, int end) {
        int s = back(ix, from, end, end, 8);
        // "the head of one of the country's largest hospital trusts said": the eight words cut a prepositional phrase
        // ("one of the …", "of one of the …"), whose head noun stands further back: sixteen words then
        boolean cutAtPreposition = ix.token(s).pos().equals("IN") || (s - 1 > from && ix.token(s - 1).pos().equals("IN"));
        // so may "the former secretary of state and current Democratic nominee said": two roles of one person
        if (s > from && end - s >= 8 && (cutAtPreposition || twoRoles(ix, s, end))) s = back(ix, from, s, end, 16);
        return s;
    }

    /** An "and" in [s, end) that joins two roles of one person ({@link Words#joinsRolesOfOne}). */
    private static boolean twoRoles(DocumentIndex ix, int s, int end) {
        for (int t = s; t < end; t++) if (Words.joinsRolesOfOne(ix, t)) return true;
        return false;
    }

    /** Back from {@code s} while the phrase ending at {@code end} is shorter than {@code max} words and no stop comes. */
    private int back(DocumentIndex ix, int from, int s, int end, int max) {
        while (s > from && end - s < max && !SourcePhraseFinder.isClauseBreak(ix, s - 1)
                && !(DESCRIPTION_STOPS.contains(ix.word(s - 1)) && !joinsNamesInPhrase(ix, from, s - 1) && !Words.joinsRolesOfOne(ix, s - 1))
                && !speechVerbAt(ix, s - 1)) s--;
        return s;
    }

    /**
     * An "and" at {@code and} that joins two proper nouns inside a prepositional phrase ("Sgt. Ann Kemp of Devon and
     * Cornwall Police said", "a spokeswoman for Health and Human Services said"): part of a name the tagger split,
     * not a conjunction of clauses or of subjects, so the description goes on past it to the person it describes.
     * "Smith and Jones said" (no preposition before the names) still stops.
     */
    static boolean joinsNamesInPhrase(DocumentIndex ix, int from, int and) {
        if (!ix.word(and).equals("and") || and - 1 < from || and + 1 >= ix.tokenCount()) return false;
        // singular proper nouns: plural ones are groups joined ("from Democrats and Republicans"), not a name
        if (!singularProperNoun(ix, and - 1) || !singularProperNoun(ix, and + 1)) return false;
        int t = and - 1;
        while (t > from && ix.token(t - 1).pos().startsWith("NNP")) t--;
        return t > from && ix.token(t - 1).pos().equals("IN");
    }

    /** A singular proper noun that is no date ("for December and January" joins two months, not a name). */
    private static boolean singularProperNoun(DocumentIndex ix, int t) {
        return ix.token(t).pos().equals("NNP") && !"DATE".equals(ix.token(t).ner());
    }

    /**
     * A speech verb ends a subject phrase, but not a speech word the tagger read as a noun: "the report said" keeps
     * "the report", "the court's statement said" keeps "the court's statement"; nor a passive that describes the
     * noun before it: "the former partner of a man accused of fraud told" keeps the whole phrase.
     */
    private boolean speechVerbAt(DocumentIndex ix, int t) {
        return lexicon.isSpeechVerbAt(ix, t) && !ix.token(t).pos().startsWith("NN") && !SourceReading.isPassiveAfterNoun(ix, t);
    }

    /**
     * End of the subject when a short parenthesis closes it ("Rep. Ann Roe (D-Ohio) said", "Hill (62) said"): the
     * token of its opening bracket; else {@code end} unchanged.
     */
    static int skipParenthetical(DocumentIndex ix, int from, int end) {
        if (end - 1 <= from) return end;
        String close = SourcePhraseFinder.tokenText(ix, end - 1);
        if (close.equals(")")) {
            for (int t = end - 2; t > from && end - 1 - t <= 8; t--) {
                if (SourcePhraseFinder.tokenText(ix, t).equals("(")) return t;
            }
        } else if (Words.isDash(close)) {
            // "Ann Roe – also at the dinner – said": an aside between dashes
            for (int t = end - 2; t > from && end - 1 - t <= 10; t--) {
                if (Words.isDash(SourcePhraseFinder.tokenText(ix, t))) return t;
            }
        }
        return end;
    }

    /** The speaker-typed, non-possessive name in [from, to) nearest the cue, people first; or null. */
    private Evidence name(DocumentIndex ix, int from, int to, boolean leftFirst) {
        return name(ix, from, to, leftFirst, false);
    }

    private Evidence name(DocumentIndex ix, int from, int to, boolean leftFirst, boolean possessiveAllowed) {
        Mention best = null;
        Mention bestAny = null;
        for (int i = 0; i < to - from; i++) {
            int t = leftFirst ? from + i : to - 1 - i;
            Mention m = ix.mentionAt(t);
            if (m == null || m.endToken() <= from || m.firstToken() >= to) continue;
            if (!lexicon.isCue(CueCategory.SPEAKER_TYPE, m.ner()) || (!possessiveAllowed && isPossessive(ix, m)) || isPronoun(m)) continue;
            if (whereTheSpeakerIs(ix, from, m) || placeModifiesANoun(ix, m, to) || placeAfterABody(ix, m, from)) continue;
            if (m.ner().equals("PERSON") && modifiesATitledName(ix, lexicon.personNouns(), m, to)) continue;
            if (m.ner().equals("PERSON") && relatedToTheSpeaker(ix, lexicon, m, from)) continue;
            if (m.ner().equals("PERSON") && best == null) best = m;
            if (bestAny == null) bestAny = m;
        }
        Mention chosen = best != null ? best : bestAny;
        return chosen == null ? null : nameEvidence(ix, chosen);
    }

    /** Evidence that is the name mention {@code m}, with its words as the text has them. */
    static Evidence nameEvidence(DocumentIndex ix, Mention m) {
        return new Evidence(Evidence.Type.NAME, m.firstToken(), m.endToken(), m, ix.text().substring(m.start(), m.end()), m.span());
    }

    /**
     * True when person {@code m} only modifies a role whose holder is named right after it in the phrase ending at
     * {@code to}: "said Carrow spokesman Ben Oyelaran", "Roe campaign manager Kim Lee said" (the speaker is the
     * spokesman, the manager). One to four lower-case nouns between the two names, at least one a title or a noun of a
     * person; no punctuation, preposition or conjunction between them.
     */
    static boolean modifiesATitledName(DocumentIndex ix, PersonNouns personNouns, Mention m, int to) {
        int t = m.endToken();
        boolean role = false;
        for (; t < to && t - m.endToken() < 4; t++) {
            String pos = ix.token(t).pos();
            String w = ix.word(t);
            // lower case as written (DocumentIndex.word is lower-cased)
            if (!Words.isCommonNounTag(pos) || !Character.isLowerCase(ix.firstChar(t))) break;
            role |= "TITLE".equals(ix.token(t).ner()) || personNouns.isPerson(w);
        }
        if (!role || t == m.endToken() || t >= to) return false;
        Mention next = ix.mentionAt(t);
        return next != null && next.firstToken() == t && "PERSON".equals(next.ner());
    }

    /** Words that join a person noun to the person it relates the speaker to ("an aide to", "a lawyer for"). */
    private static final Set<String> RELATION_WORDS = Set.of("to", "for", "of");
    /** Most title words between "to" and the name ("an aide to Deputy Mayor Ann Roe"). */
    private static final int RELATION_TITLE_WORDS = 3;

    /**
     * "A former aide to Mayor Ann Roe told jurors …", "a lawyer for Roe said", "a childhood friend of Roe's wrote":
     * person {@code m} is whose aide, lawyer or friend speaks, not who speaks ({@link #servedBy}, the person noun at or
     * after {@code from}). A noun of one who speaks on another's behalf is left alone ({@code proxy-noun}: "a
     * spokesman for Roe said" gives Roe's words by convention).
     */
    static boolean relatedToTheSpeaker(DocumentIndex ix, QuoteLexicon lexicon, Mention m, int from) {
        int relation = servedBy(ix, lexicon.personNouns(), m);
        if (relation - 1 < from) return false;
        String word = ix.word(relation - 1);
        String compound = relation - 1 > from ? ix.word(relation - 2) + " " + word : word;
        return !lexicon.isCue(CueCategory.PROXY_NOUN, word) && !lexicon.isCue(CueCategory.PROXY_NOUN, compound);
    }

    /**
     * The index of "to", "for" or "of" when name {@code m} follows it (over up to {@value #RELATION_TITLE_WORDS}
     * capitalised title words: "Mayor", "Deputy Mayor") right after a person noun written in lower case ("an aide to
     * Mayor Ann Roe", "a lawyer for Roe", "the wife of Roe"): the noun's person serves or belongs to the one named, so
     * the noun is neither the name's role nor the name its speaker. -1 otherwise ("Secretary of State Ann Roe" is a
     * title; in "secretary of state Ann Roe" a lower-case word stands between).
     */
    static int servedBy(DocumentIndex ix, PersonNouns personNouns, Mention m) {
        int t = m.firstToken() - 1;
        while (t > 0 && m.firstToken() - t <= RELATION_TITLE_WORDS && Character.isUpperCase(ix.firstChar(t))
                && ix.token(t).pos().startsWith("NNP")) t--;
        if (t < 1 || !RELATION_WORDS.contains(ix.word(t)) || ix.token(t - 1).sentence() != m.sentence()) return -1;
        int noun = t - 1;
        boolean personNoun = Character.isLowerCase(ix.firstChar(noun)) && Words.isCommonNounTag(ix.token(noun).pos())
                && personNouns.isPerson(ix.word(noun));
        return personNoun ? t : -1;
    }

    /**
     * A place right after an organisation's name, with nothing between ("NHS England said", "Nissan UK said"): the
     * place is part of the name or names a branch of the body; the body speaks, not the country.
     */
    private static boolean placeAfterABody(DocumentIndex ix, Mention m, int from) {
        if (!Mention.PLACE_TYPES.contains(m.ner()) || m.firstToken() - 1 < from) return false;
        Mention before = ix.mentionAt(m.firstToken() - 1);
        return before != null && before.endToken() == m.firstToken() && "ORGANIZATION".equals(before.ner());
    }

    /**
     * A place written as a modifier of the common noun right after it in the phrase ("a trader at a London brokerage",
     * "the Ohio senator"): the noun is who or what speaks, the place only says where.
     */
    private static boolean placeModifiesANoun(DocumentIndex ix, Mention m, int to) {
        if (!Mention.PLACE_TYPES.contains(m.ner())) return false;
        int t = afterPlaceCompound(ix, m.endToken(), to);
        return t < to && Character.isLowerCase(ix.firstChar(t)) && Words.isCommonNounTag(ix.token(t).pos());
    }

    /**
     * After a place, the token past a hyphenated compound it opens ("Pittsburgh-based", "London-listed",
     * "Ohio-born": hyphen, then a participle or adjective), where the noun it modifies stands; else {@code t}.
     */
    static int afterPlaceCompound(DocumentIndex ix, int t, int to) {
        if (t + 2 >= to || !ix.token(t).pos().equals("HYPH")) return t;
        String pos = ix.token(t + 1).pos();
        return pos.equals("VBN") || pos.equals("JJ") ? t + 2 : t;
    }

    /**
     * A place after "in" with words before it in the phrase ("Voters in South Carolina said", "officials in the
     * Carran Valley said"): where the speakers are, not who speaks; "Iran said" and "said Ann Roe of Ohio" are not
     * touched (no "in", or a person is named first).
     */
    private static boolean whereTheSpeakerIs(DocumentIndex ix, int from, Mention m) {
        if (!Mention.PLACE_TYPES.contains(m.ner())) return false;
        int t = m.firstToken() - 1;
        if (t > from && ix.word(t).equals("the")) t--;
        return t > from && ix.word(t).equals("in");
    }

    /** Sentence-level punctuation that no apposition crosses. */
    static boolean hardBreak(DocumentIndex ix, int t) {
        String w = SourcePhraseFinder.tokenText(ix, t);
        return w.equals(".") || w.equals(";") || w.equals(":") || w.equals("!") || w.equals("?") || SourcePhraseFinder.isMark(ix, t);
    }

    /** The noun phrase next to the cue, bounded by punctuation, verbs and conjunctions. */
    private Evidence description(DocumentIndex ix, SourcePhrase p) {
        if (p.position() == SourcePhrase.Position.COLON_LABEL) {
            Evidence label = name(ix, p.firstToken(), p.endToken(), true);
            return label != null || !hasLetters(ix, p.firstToken(), p.endToken()) ? label
                    : evidence(ix, Evidence.Type.DESCRIPTION, p.firstToken(), p.endToken());
        }
        if (p.verbFirst()) {
            int e = p.firstToken();
            while (e < p.endToken() && e - p.firstToken() < 10 && !SourcePhraseFinder.isClauseBreak(ix, e)
                    && !DESCRIPTION_STOPS.contains(ix.word(e))) e++;
            return e > p.firstToken() && hasLetters(ix, p.firstToken(), e) ? evidence(ix, Evidence.Type.DESCRIPTION, p.firstToken(), e) : null;
        }
        int s = phraseStart(ix, p.firstToken(), p.endToken());
        int e = beforeTimePhrase(ix, s, p.endToken());
        return s < e && hasLetters(ix, s, e) ? evidence(ix, Evidence.Type.DESCRIPTION, s, e) : null;
    }

    /**
     * "The ministry on Monday said …", "Officials late Tuesday said …": a time phrase between the subject and its verb
     * (words the tagger typed DATE or TIME, after "on", "late", "early" or the like) says when, not who; the
     * description ends before it. {@code e} when the phrase does not end so or nothing would be left.
     */
    static int beforeTimePhrase(DocumentIndex ix, int s, int e) {
        int k = e - 1;
        while (k > s && isTime(ix, k)) k--;
        if (k == e - 1) return e;
        // the word opening the time phrase: a preposition or an adverb ("on", "late", "earlier")
        if (k > s && (ix.token(k).pos().equals("IN") || ix.token(k).pos().startsWith("RB") || ix.token(k).pos().startsWith("JJ"))) k--;
        return k >= s && !isTime(ix, k) && ix.token(k).pos().startsWith("NN") ? k + 1 : e;
    }

    private static boolean isTime(DocumentIndex ix, int t) {
        String ner = ix.token(t).ner();
        return "DATE".equals(ner) || "TIME".equals(ner);
    }

    private static boolean hasLetters(DocumentIndex ix, int s, int e) {
        for (int t = s; t < e; t++) if (!ix.isPunct(t)) return true;
        return false;
    }

    static Evidence evidence(DocumentIndex ix, Evidence.Type type, int s, int e) {
        int start = ix.token(s).start();
        int end = ix.token(e - 1).end();
        return new Evidence(type, s, e, null, ix.text().substring(start, end), new Span(start, end));
    }

    static boolean isPronoun(Mention m) {
        return Words.PRONOUNS.contains(m.text().toLowerCase(Locale.ROOT));
    }

    static boolean isPossessive(DocumentIndex ix, Mention m) {
        return isPossessive(ix, m.endToken(), m.text());
    }

    /** Words {@code covered} ending before token {@code end} are a possessive: "Roe's", "Roe ’s", "the Smiths'". */
    static boolean isPossessive(DocumentIndex ix, int end, String covered) {
        String next = ix.word(end);
        if (Words.isPossessive(next) || next.equals("'") || next.equals("’")) return true;
        return covered.endsWith("'s") || covered.endsWith("’s");
    }
}
