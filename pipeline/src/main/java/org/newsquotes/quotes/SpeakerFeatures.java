package org.newsquotes.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsquotes.record.Attribution;
import org.newsquotes.record.QuoteKind;
import org.newsquotes.record.Sentence;
import org.newsquotes.record.Span;

/**
 * The features of one {@link SpeakerCandidate}: what the {@link SpeakerRanker}'s learned weights read. Every feature is
 * a binary string; a pattern that holds for news in general, never a word list fitted to one article:
 * <ul>
 *   <li>what the candidate is: {@code type=NAME|PRONOUN|NOMINAL|PREVIOUS}, its entity type or pronoun, whether its
 *       head noun is a role, an outlet or a generic source ({@code "the spokesman"}, {@code "the daily"},
 *       {@code "officials"}), whether that noun names a person ({@code head-person}: "a neighbour", "the
 *       driver"; not "a statement", "the plan"; {@link PersonNouns}), or whether its words end in no noun at all
 *       ({@code head-not-noun});</li>
 *   <li>where it stands: before, after or beside the quote; sentences, tokens and paragraphs away; how many other
 *       quotes stand in between;</li>
 *   <li>the words around it: a speech verb right after it ("Roe said"), or after an apposition ("Roe, a doctor,
 *       said"), a speech verb right before it ("said Roe") or before the title that leads to it ("said deputy
 *       health minister Ann Roe": the same feature), "according to" before it, a colon after it (a label), a
 *       possessive, and whether it owns a reporting noun ("Roe's claim that", "her remarks"), a preposition before
 *       it, the sentence start; a speech verb after a short prepositional phrase ("a spokesman for the chamber
 *       told"), and whether it is the addressee of a speech verb right before it ("told the Herald");</li>
 *   <li>the document: how often its entity is named and whether it is the most named person; whether it spoke the
 *       previous quote; whether it is the nearest name before or after the quote;</li>
 *   <li>what the sieves said: {@code sieve=METHOD} when today's rule chain picked this very candidate, and whether
 *       it names the entity the sieves picked through other words.</li>
 * </ul>
 * Each feature also appears joined with the quote's kind, so one model serves direct, fragment and indirect quotes
 * with weights of their own where they differ. Stateless; thread-safe.
 */
final class SpeakerFeatures {
    private static final int[] TOKEN_BUCKETS = {0, 1, 2, 4, 8, 16};
    private static final Set<String> SKIPPED_BEFORE_VERB = Set.of("also", "has", "had", "have", "was", "is", "were",
            "will", "would", "could", "later", "then", "previously", "again", "recently", "once", "reportedly");

    private static final int MAX_TITLE_TOKENS = 6;
    private static final int REPORT_NOUN_GAP = 2;
    static final String POSSESSOR_OF_REPORT_NOUN = "possessor-of-report-noun";
    /** Feature names the {@link SpeakerConvention}s read as well. */
    static final String VERB_AFTER = "verb-after";
    static final String VERB_BEFORE = "verb-before";
    static final String ACCORDING_TO = "according-to";
    static final String SAME_SENTENCE = "sd=0";
    /** The prefix of the feature naming the sieve method that picked a candidate ({@code sieve=verb-after}). */
    static final String SIEVE = "sieve=";
    private static final Set<String> TITLE_POS = Set.of("DT", "JJ", "NN", "NNS", "NNP", "NNPS", "POS", "HYPH");
    private static final int MAX_PHRASE_TOKENS = 6;
    private static final Set<String> PHRASE_POS = Set.of("DT", "JJ", "NN", "NNS", "NNP", "NNPS", "POS", "CD", "PRP$", "HYPH");

    private final QuoteLexicon lexicon;

    SpeakerFeatures(QuoteLexicon lexicon) { this.lexicon = lexicon; }

    /** A candidate in the making: evidence tokens and the attribution choosing it would give. */
    static final class Draft {
        final SpeakerCandidate.Type type;
        final int first;
        final int end;
        Attribution attribution;
        String sieveMethod;
        final List<String> extra = new ArrayList<>();

        Draft(SpeakerCandidate.Type type, int first, int end, Attribution attribution) {
            this.type = type;
            this.first = first;
            this.end = end;
            this.attribution = attribution;
        }

        Span span() { return attribution.mentionSpan(); }
    }

    /** Where the quote is: its marks (or content, for indirect speech) as tokens and sentences. */
    record QuotePlace(QuoteKind kind, int markStart, int markEnd, int firstToken, int lastToken, int firstSentence,
                      int lastSentence, int paragraph) {}

    List<String> describe(Draft d, QuotePlace q, AttributionContext ctx, Attribution sieve, String previousSpeaker) {
        DocumentIndex ix = ctx.index();
        List<String> base = new ArrayList<>();
        base.add("type=" + d.type);
        base.add(whatItIs(d, ctx));
        if (!nounHead(ix, d)) base.add("head-not-noun");
        else if (d.type == SpeakerCandidate.Type.NOMINAL && lexicon.personNouns().isPerson(ix.word(d.end - 1))) base.add("head-person");
        Span s = d.span();
        String dir = s.end() <= q.markStart() ? "before" : s.start() >= q.markEnd() ? "after" : "beside";
        int sentence = ix.token(Math.min(d.first, ix.tokenCount() - 1)).sentence();
        int sd = dir.equals("after") ? sentence - q.lastSentence() : sentence - q.firstSentence();
        if (dir.equals("beside")) sd = 0;
        sd = Math.max(-3, Math.min(2, sd));
        int td = dir.equals("before") ? q.firstToken() - d.end : dir.equals("after") ? d.first - q.lastToken() - 1 : 0;
        String tdb = dir + ":" + bucket(Math.max(0, td));
        base.add("dir=" + dir);
        base.add("sd=" + sd);
        base.add("td=" + tdb);
        int para = ix.paragraphOf(s.start());
        base.add("para=" + (para == q.paragraph() ? "same" : para == q.paragraph() - 1 ? "prev" : "other"));
        base.add("between=" + Math.min(2, ctx.quotesBetween(s, new Span(q.markStart(), q.markEnd()))));

        boolean verbAfter = speechVerbAfter(ix, d.end);
        boolean verbAfterApposition = !verbAfter && ix.firstChar(d.end) == ',' && speechVerbAfter(ix, appositionEnd(ix, d.end));
        boolean verbAfterPhrase = !verbAfter && !verbAfterApposition && speechVerbAfter(ix, prepositionalPhraseEnd(ix, d.end));
        boolean addressee = addresseeOf(ix, d.first);
        boolean verbBefore = speechVerbAt(ix, d.first - 1) || speechVerbBeforeTitle(ix, d.first);
        boolean according = accordingToBefore(ix, d.first);
        boolean colon = ix.firstChar(d.end) == ':';
        boolean possessive = isPossessive(ix, d.end, s, ix.text());
        String prevPos = d.first > 0 ? ix.token(d.first - 1).pos() : "";
        boolean prep = !according && (prevPos.equals("IN") || prevPos.equals("TO"));
        Sentence sent = ix.sentenceOf(Math.min(d.first, ix.tokenCount() - 1));
        boolean initial = true;
        for (int t = sent.firstToken(); t < d.first; t++) if (!ix.isPunct(t)) initial = false;
        if (verbAfter) base.add(VERB_AFTER);
        if (verbAfterApposition) base.add("verb-after-apposition");
        if (verbAfterPhrase) base.add("verb-after-phrase");
        if (addressee) base.add("addressee");
        if (verbBefore) base.add(VERB_BEFORE);
        if (according) base.add(ACCORDING_TO);
        if (colon) base.add("colon-after");
        if (possessive) base.add("possessive");
        if (possessive && reportNounAfterPossessive(ix, d.end, ix.firstTokenAtOrAfter(q.markStart()))) base.add(POSSESSOR_OF_REPORT_NOUN);
        if (prep) base.add("preposition-before");
        if (initial) base.add("sentence-start");
        if (sentenceHasSpeechVerb(ctx, sent)) base.add("sentence-has-verb");
        base.addAll(SyntaxLinks.features(ix, d.first, d.end, Math.max(q.firstToken(), sent.firstToken()),
                Math.min(q.lastToken() + 1, sent.endToken())));

        String id = d.attribution.speakerLocalId();
        if (id != null) {
            int count = ctx.mentionCount(id);
            base.add("salience=" + (count <= 1 ? "1" : count <= 3 ? "2-3" : count <= 7 ? "4-7" : "8+"));
            if (id.equals(ctx.mostNamedPerson())) base.add("most-named-person");
            if (id.equals(previousSpeaker)) base.add("previous-speaker");
        } else {
            base.add("unresolved");
        }
        if (d.sieveMethod != null) base.add(SIEVE + d.sieveMethod);
        else if (id != null && id.equals(sieve.speakerLocalId())) base.add("sieve-entity");
        else if (sieve.mentionSpan() == null) base.add("sieve-silent");
        else if (sieve.speakerLocalId() == null) {
            // the sieves found the source's words but no one they name ("The central bank … signalled that …"): a
            // name elsewhere is someone else, more so the further it is
            base.add("sieve-unresolved-other");
            base.add("sieve-unresolved-other|" + dir + "|sd=" + sd);
        }
        base.addAll(d.extra);

        List<String> out = new ArrayList<>(base.size() * 3);
        String kind = q.kind().label();
        String typeDir = d.type + ":" + dir;
        for (String f : base) {
            out.add(f);
            out.add(kind + "|" + f);
        }
        out.add(typeDir + "|sd=" + sd);
        out.add(typeDir + "|" + tdb);
        out.add(kind + "|" + typeDir + "|" + tdb);
        if (verbAfter) out.add(typeDir + "|" + VERB_AFTER);
        if (verbBefore) out.add(typeDir + "|" + VERB_BEFORE);
        for (String f : base) {
            if (f.startsWith("dep=") || f.startsWith("link=") || f.startsWith("sieve") || f.startsWith("para=")
                    || f.startsWith("salience=")) out.add(typeDir + "|" + f);
        }
        out.add("bias");
        return out;
    }

    /** Entity type for a name, the pronoun itself, the kind of head noun for a description. */
    private String whatItIs(Draft d, AttributionContext ctx) {
        DocumentIndex ix = ctx.index();
        return switch (d.type) {
            case NAME, PREVIOUS -> {
                String id = d.attribution.speakerLocalId();
                String type = id != null && ix.entity(id) != null ? ix.entity(id).type() : "O";
                yield "ner=" + (type.equals("PERSON") || type.equals("ORGANIZATION") ? type : "OTHER");
            }
            case PRONOUN -> "pronoun=" + ix.word(d.first);
            case NOMINAL -> {
                String head = ix.word(d.end - 1);
                yield "head=" + (lexicon.isRole(head) ? "role" : lexicon.isCue(CueCategory.OUTLET, head) ? "outlet"
                        : lexicon.isCue(CueCategory.GENERIC, head) ? "generic" : head.endsWith("s") ? "plural" : "other");
            }
        };
    }

    /**
     * Whether the candidate's words end in a noun, a name or a pronoun: the sieves' source words are sometimes not a
     * noun phrase at all ("seldom", "issued a statement"), and no speaker is named by those.
     */
    static boolean nounHead(DocumentIndex ix, Draft d) {
        if (d.type != SpeakerCandidate.Type.NOMINAL) return true;
        String pos = ix.token(Math.max(d.first, Math.min(d.end, ix.tokenCount()) - 1)).pos();
        return pos.startsWith("NN") || pos.startsWith("PRP") || pos.equals("CD") || pos.equals("WP");
    }

    private static String bucket(int n) {
        for (int i = TOKEN_BUCKETS.length - 1; i >= 0; i--) if (n >= TOKEN_BUCKETS[i]) return i == TOKEN_BUCKETS.length - 1 ? TOKEN_BUCKETS[i] + "+" : String.valueOf(TOKEN_BUCKETS[i]);
        return "0";
    }

    /** A speech verb at t, read as a verb by the tagger ("said", "told"; not "the statement"). */
    boolean speechVerbAt(DocumentIndex ix, int t) {
        if (t < 0 || t >= ix.tokenCount()) return false;
        var tok = ix.token(t);
        return tok.pos().startsWith("VB") && lexicon.verbOfEitherScopeAt(ix, t) != null;
    }

    /** A speech verb right after token {@code from}, over adverbs, modals and auxiliaries ("has also said"). */
    private boolean speechVerbAfter(DocumentIndex ix, int from) {
        for (int t = from; t < ix.tokenCount() && t < from + 4; t++) {
            if (speechVerbAt(ix, t)) return true;
            String pos = ix.token(t).pos();
            if (!(pos.startsWith("RB") || pos.equals("MD") || SKIPPED_BEFORE_VERB.contains(ix.word(t)))) return false;
        }
        return false;
    }

    /**
     * An "according to" cue of {@code quote-cues.txt} ({@link QuoteLexicon#accordingToAt}, as
     * {@code SourceReading.accordingToIn} reads them) right before token {@code first}, or before a determiner there
     * ("according to the agency", "per the agency").
     */
    private boolean accordingToBefore(DocumentIndex ix, int first) {
        int t = first > 0 && ix.token(first - 1).pos().equals("DT") ? first - 1 : first;
        for (int n = 1; n <= QuoteLexicon.MAX_ACCORDING_TO_WORDS; n++) if (lexicon.accordingToAt(ix, t - n) == n) return true;
        return false;
    }

    /**
     * A reporting noun owned by the possessive ending before {@code end} (over the possessive mark and up to two
     * adjectives) that introduces the quote whose opening mark (indirect speech: first word) is token
     * {@code quoteStart}, at most two tokens ("that", a colon) before it, or a time phrase and "that": "Roe's claim
     * that the harbour reopens", "his repeated assertion: “...”", "Roe's claim a day earlier that …".
     */
    private boolean reportNounAfterPossessive(DocumentIndex ix, int end, int quoteStart) {
        int t = end;
        if (t < ix.tokenCount() && ix.token(t).pos().equals("POS")) t++;
        for (int adjectives = 0; t < ix.tokenCount() && adjectives < 2 && ix.token(t).pos().startsWith("JJ"); adjectives++) t++;
        if (t >= quoteStart || !ix.token(t).pos().startsWith("NN") || !lexicon.isCue(CueCategory.NOUN_CUE, ix.word(t))) return false;
        return quoteStart - t <= REPORT_NOUN_GAP || timeThenThat(ix, t + 1, quoteStart);
    }

    /** Words that fill a time phrase around its tagged time word: "[a] day [earlier]", "[on] Tuesday", "[last] week". */
    private static final Set<String> TIME_FILLERS = Set.of("a", "an", "the", "on", "last", "this", "earlier", "later", "ago", "in", "at");

    /**
     * [from, to) is a short time phrase (a time-tagged word among {@link #TIME_FILLERS}) and then "that": "a day
     * earlier that", "on Tuesday that".
     */
    private static boolean timeThenThat(DocumentIndex ix, int from, int to) {
        if (to - from > 5 || to - 1 <= from || !ix.word(to - 1).equalsIgnoreCase("that")) return false;
        boolean time = false;
        for (int t = from; t < to - 1; t++) {
            boolean tagged = Words.isTimeTagged(ix, t);
            if (!tagged && !TIME_FILLERS.contains(ix.word(t).toLowerCase(Locale.ROOT))) return false;
            time |= tagged;
        }
        return time;
    }

    /**
     * A speech verb before the title that leads up to a name: "said deputy health minister Ann Roe", "told the
     * ministry's chief spokesman Tom Aske". The words between are nouns, adjectives, determiners and possessives only
     * (no comma, no verb), at most {@value #MAX_TITLE_TOKENS}, and the last of them is a role ({@code speaker-roles.txt}).
     */
    private boolean speechVerbBeforeTitle(DocumentIndex ix, int first) {
        if (first < 1 || !lexicon.isRole(ix.word(first - 1))) return false;
        for (int t = first - 1; t >= 0 && t >= first - 1 - MAX_TITLE_TOKENS; t--) {
            if (speechVerbAt(ix, t)) return t < first - 1;
            if (!TITLE_POS.contains(ix.token(t).pos())) return false;
        }
        return false;
    }

    /**
     * The token after a short prepositional phrase starting at {@code t} ("a spokesman [for the chamber of commerce]
     * told", "officials [at the ministry] said"): a preposition and at most {@value #MAX_PHRASE_TOKENS} nouns,
     * names, adjectives, numbers, determiners and possessives; {@code t} itself when no such phrase starts there.
     */
    private static int prepositionalPhraseEnd(DocumentIndex ix, int t) {
        if (t >= ix.tokenCount() || !ix.token(t).pos().equals("IN")) return t;
        int k = t + 1;
        while (k < ix.tokenCount() && k - t <= MAX_PHRASE_TOKENS && PHRASE_POS.contains(ix.token(k).pos())) k++;
        return k > t + 1 && k - t <= MAX_PHRASE_TOKENS ? k : t;
    }

    /**
     * Whether the candidate at {@code first} is the addressee of a speech verb right before it (over a determiner or
     * possessive): "told [the Herald]", "told [reporters]", "asked [her]". The one told is not the one telling.
     */
    private boolean addresseeOf(DocumentIndex ix, int first) {
        int t = first - 1;
        if (t >= 0 && (ix.token(t).pos().equals("DT") || ix.token(t).pos().equals("PRP$"))) t--;
        if (t < 0 || !ix.token(t).pos().startsWith("VB")) return false;
        QuoteLexicon.SpeechVerb v = lexicon.verbAt(ix, t);
        return v != null && v.addressee();
    }

    /** The token after an apposition opened by the comma at {@code comma} (", a doctor at the clinic,"), or comma. */
    private static int appositionEnd(DocumentIndex ix, int comma) {
        for (int t = comma + 1; t < ix.tokenCount() && t <= comma + 12; t++) {
            if (ix.firstChar(t) == ',') return t + 1;
            String w = ix.token(t).word();
            if (w.equals(".") || w.equals(";") || w.equals(":")) return comma;
        }
        return comma;
    }

    /** A possessive name or noun phrase ("Roe's", {@link EvidencePicker#isPossessive}), or a possessive pronoun. */
    private static boolean isPossessive(DocumentIndex ix, int end, Span s, String text) {
        String covered = s.of(text).toLowerCase(Locale.ROOT);
        return EvidencePicker.isPossessive(ix, end, covered) || Words.POSSESSIVE_PRONOUNS.contains(covered);
    }

    private boolean sentenceHasSpeechVerb(AttributionContext ctx, Sentence s) {
        for (int t = s.firstToken(); t < s.endToken(); t++) {
            if (!ctx.insideQuote(ctx.index().token(t).start()) && speechVerbAt(ctx.index(), t)) return true;
        }
        return false;
    }
}
