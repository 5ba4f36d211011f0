package org.newsquotes.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsquotes.record.Mention;
import org.newsquotes.record.QuoteKind;
import org.newsquotes.record.Sentence;
import org.newsquotes.record.Span;
import org.newsquotes.record.Token;

/**
 * Finds reported speech without quotation marks, on tokens alone (no parse):
 * <ul>
 *   <li>"X said (that) CLAUSE", "X told reporters (on Monday) that CLAUSE", "X denied CLAUSE-ing";</li>
 *   <li>"CLAUSE, X said." and "CLAUSE, said X." (the report after its content);</li>
 *   <li>"According to X, CLAUSE." and "CLAUSE, according to X.";</li>
 *   <li>"X's claim that CLAUSE" (a reporting noun after a possessive source);</li>
 *   <li>"X promised to VERB ..." for verbs flagged {@code inf} (the "to" clause is the content);</li>
 *   <li>"CLAUSE, X said, CLAUSE." (a report set off by commas inside its content: the whole sentence is the content);</li>
 *   <li>"X found that CLAUSE" for the finding verbs of {@code quote-cues.txt} ("the survey shows that"), only with
 *       "that" right after the verb.</li>
 * </ul>
 * The content is the reported clause verbatim, up to the sentence end, cut before a direct quote of its own
 * ("... that Tehran wants peace, but “we have doubts”" keeps "Tehran wants peace"), before "according to" and before
 * a participle that starts a new report (", adding that"). Only reports with a source phrase are kept: an
 * unattributed "it was said that" is no one's quote.
 */
public final class IndirectSpeechExtractor {
    private static final Set<String> CLAUSE_STARTERS = Set.of("he", "she", "it", "they", "we", "i", "you", "the", "a",
            "an", "this", "that", "these", "those", "there", "his", "her", "its", "their", "our", "some", "no", "all",
            "any", "every", "both", "each", "more", "many", "most", "such", "if", "whether", "why", "how", "what", "when");
    private static final Set<String> AFTER_VERB_ADVERBS = Set.of("then", "later", "now", "again", "today", "yesterday");
    private static final Set<String> TRAILING_JUNK = Set.of("but", "and", "or", "while", "as", "which");
    static final int MIN_CONTENT_TOKENS = 3;
    /** Words tagged IN that start a clause or a report of their own, never an adverbial before the content. */
    private static final Set<String> TRAILING_CLAUSE_OPENERS = Set.of("as", "while", "after", "before", "because",
            "although", "though", "when", "since", "even", "despite", "amid", "adding", "noting", "saying", "citing");
    /** Words that may open an addressee ("told his aides", "urged her to run", "the"), though they can open a clause too. */
    private static final Set<String> OBJECT_DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "our");
    /** Particles between an {@code np} verb and its noun phrase: "called for", "warned of", "spoke about". */
    private static final Set<String> NP_PARTICLES = Set.of("for", "of", "about", "against", "on");
    private static final Set<String> QUESTION_OR_EXCLAMATION = Set.of("?", "!");
    private static final Set<String> NEGATIONS = Set.of("not", "never", "n't");
    private static final Set<String> WH_WORDS = Set.of("whether", "if", "why", "how", "what", "when", "where", "who", "which");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "who", "what", "whom");
    private static final Set<String> NOT_ADVERBIAL_PREPOSITIONS = Set.of("that", "if", "whether", "because", "as",
            "while", "although", "though", "so", "than", "like", "of");

    private final QuoteLexicon lexicon;
    private final SourcePhraseFinder finder;

    private final IndirectScope scope;

    public IndirectSpeechExtractor(QuoteLexicon lexicon, SourcePhraseFinder finder) {
        this(lexicon, finder, IndirectScope.SPEECH);
    }

    public IndirectSpeechExtractor(QuoteLexicon lexicon, SourcePhraseFinder finder, IndirectScope scope) {
        this.lexicon = lexicon;
        this.finder = finder;
        this.scope = scope;
    }

    /**
     * Indirect-speech candidates of the document, in reading order, none overlapping another.
     *
     * @param direct the document's marked quotes, to cut the content before them and to skip verbs inside them
     */
    public List<QuoteCandidate> extract(DocumentIndex ix, List<QuoteCandidate> direct, AttributionContext ctx) {
        List<QuoteCandidate> out = new ArrayList<>();
        for (Sentence s : ix.document().sentences()) {
            int first = s.firstToken();
            int end = s.endToken();
            for (int v = first; v < end; v++) {
                if (ctx.insideQuote(ix.token(v).start())) continue;
                QuoteCandidate found = null;
                if (finder.isVerb(ix, v)) {
                    found = complementAfterVerb(ix, s, v, direct, ctx);
                    if (found == null) found = contentBeforeReport(ix, s, v, direct, ctx);
                    if (found == null) found = parentheticalReport(ix, s, v, direct);
                    if (found == null && scope == IndirectScope.PARC) found = nounPhraseAfterVerb(ix, s, v, direct);
                } else if (isFindingVerb(ix, v) && v + 1 < end && ix.word(v + 1).equals("that")) {
                    found = findingThat(ix, s, v, direct);
                } else if (scope == IndirectScope.PARC && isFindingVerb(ix, v)) {
                    found = objectAfterVerb(ix, s, v, direct); // "the poll shows a tight race"
                } else if (v + 1 < end && lexicon.isCue(CueCategory.ACCORDING_TO, ix.word(v) + " " + ix.word(v + 1))) {
                    found = accordingTo(ix, s, v, direct, ctx);
                } else if (ix.word(v).equals("that") && v - 1 > first) {
                    for (int n = v - 1; n > first && v - n <= 4 && found == null; n--) {
                        if (ix.isPunct(n)) break;
                        if (lexicon.isCue(CueCategory.NOUN_CUE, ix.word(n))) found = nounCue(ix, s, n, v, direct, ctx);
                    }
                }
                if (found == null && lexicon.isCue(CueCategory.NOUN_CUE, ix.word(v)) && v + 2 < end
                        && Words.SUBJECT_PRONOUNS.contains(ix.word(v + 1)) && Words.isFinite(ix, v + 2)) {
                    found = nounCue(ix, s, v, v, direct, ctx); // "Trump's claim it had asked for talks": no "that"
                }
                if (found == null && scope == IndirectScope.PARC && isAttitudeVerb(ix, v)) found = attitudeComplement(ix, s, v, direct);
                if (found == null && scope == IndirectScope.PARC && finder.isParcVerb(ix, v)) found = objectAfterVerb(ix, s, v, direct);
                if (found == null) continue;
                Span f = found.content();
                if (out.stream().noneMatch(o -> o.content().overlaps(f))) out.add(found);
                // go on after the content (a second report may follow: "X said A, after Y said B")
                int next = ix.firstTokenAtOrAfter(f.end());
                if (next > v) v = next - 1;
            }
        }
        out.sort(java.util.Comparator.comparingInt(q -> q.content().start()));
        return out;
    }

    /** "X said (that) CLAUSE": content after the verb (and its addressee or adverbials). */
    private QuoteCandidate complementAfterVerb(DocumentIndex ix, Sentence s, int v, List<QuoteCandidate> direct, AttributionContext ctx) {
        QuoteLexicon.SpeechVerb verb = lexicon.verb(ix.word(v), ix.token(v).lemma());
        int end = s.endToken();
        int c = -1;
        // "that" within a few words ("told reporters on Monday that", "said in a statement that")
        for (int t = v + 1; t < end && t - v <= 14; t++) {
            if (ix.word(t).equals("that")) { c = t + 1; break; }
            // a quoted title inside the addressee ("told the “Today” show that") does not end the search
            boolean titleMark = verb.addressee() && SourcePhraseFinder.isMarkToken(SourcePhraseFinder.tokenText(ix, t));
            if (SourcePhraseFinder.isClauseBreak(ix, t) && ix.firstChar(t) != ',' && !titleMark) break;
            if (finder.isVerb(ix, t) || Words.isFinite(ix, t)) break;
        }
        if (c < 0) {
            int t = v + 1;
            while (t < end && isTemporal(ix, t)) t++;
            t = afterLeadingAdverbial(ix, t, end);
            boolean infinitive = t == v + 1 && t + 1 < end && verb.infinitive() && ix.word(t).equals("to") && isBareVerb(ix, t + 1);
            if (!infinitive && verb.addressee() && t < end && !startsClause(ix, t)) {
                // "told reporters he ...", "told Fox News it ..."
                Span obj = objectPhrase(ix, t, end);
                if (obj != null) t = obj.end();
                while (t < end && isTemporal(ix, t)) t++;
                t = afterLeadingAdverbial(ix, t, end);
            }
            if (attributesMarkedQuote(ix, s, v)) return null;
            int objectInfinitive = verb.objectInfinitive() ? objectThenInfinitive(ix, v + 1, end) : -1;
            if (infinitive) c = t;
            else if (objectInfinitive >= 0) c = objectInfinitive;
            else if (t < end && verb.whClause() && WH_WORDS.contains(ix.word(t)) && !insideDirect(ix.token(t).start(), ix.token(t).end(), direct)) c = t;
            else if (t < end && verb.gerund() && ix.word(t).endsWith("ing") && !ix.isPunct(t)) c = t;
            else if (t + 2 < end && verb.gerund() && lexicon.isCue(CueCategory.NOUN_CUE, ix.word(t)) && ix.word(t + 1).equals("of")
                    && ix.word(t + 2).endsWith("ing")) c = t + 2; // "denied reports of seeking talks"
            else if (t < end && verb.bareClause() && !verb.weak()
                    && ((startsClause(ix, t) && hasFiniteVerb(ix, t + 1, Math.min(end, t + 12))) || opensBareClause(ix, t, end))) c = t;
        }
        int relative = relativePronounBefore(ix, s, v);
        boolean relativeContent = c < 0 && relative >= 0 && v + 1 < end
                && (Words.isFinite(ix, v + 1) || ix.token(v + 1).pos().equals("VBN"));
        if (relativeContent) {
            // "…, which officials said left 28 people dead": the report sits inside a relative clause whose verb
            // phrase is the content
            c = v + 1;
        }
        if (c < 0 || c >= end) return null;
        if (QuoteMarkScanner.isQuoteMark(ix.firstChar(c))) return null;
        Span content = contentSpan(ix, c, end, direct);
        if (content == null) return null;
        SourcePhrase src = relativeContent
                ? new SourcePhrase(SourcePhrase.Position.INDIRECT_SUBJECT, relative + 1,
                        SourcePhraseFinder.trimAuxiliaries(ix, relative + 1, v), v, SourcePhraseFinder.cueText(ix, v, v + 1))
                : subjectOf(ix, s, v);
        if (src == null || src.isEmpty()) return null;
        return new QuoteCandidate(content, content.start(), content.end(), QuoteKind.INDIRECT, false, src);
    }

    /**
     * "CLAUSE, X said, CLAUSE.": a short report set off by commas inside its content. The content is the whole
     * sentence (one span, the report words included), since the reported words run on both sides.
     */
    private QuoteCandidate parentheticalReport(DocumentIndex ix, Sentence s, int v, List<QuoteCandidate> direct) {
        int end = s.endToken();
        QuoteLexicon.SpeechVerb verb = lexicon.verb(ix.word(v));
        if (verb == null || verb.weak()) return null;
        int close = v + 1;
        // ", the senator said then," / ", Ann Roe said on Monday,"
        while (close < end && close - v <= 4 && (isTemporal(ix, close) || AFTER_VERB_ADVERBS.contains(ix.word(close)))) close++;
        if (close >= end || ix.firstChar(close) != ',') return null;
        int comma = -1;
        for (int t = v - 1; t > s.firstToken() && v - t <= 6; t--) {
            if (ix.firstChar(t) == ',') { comma = t; break; }
            if (ix.isPunct(t) || SourcePhraseFinder.CLAUSE_WORDS.contains(ix.word(t))) return null;
        }
        if (comma < 0) return null;
        int srcEnd = SourcePhraseFinder.trimAuxiliaries(ix, comma + 1, v);
        if (srcEnd <= comma + 1 || !namesASpeaker(ix, comma + 1, srcEnd)) return null;
        // the words before the report may be a bare subject ("The museum, Hill said, opens in May")
        Span before = comma > s.firstToken() && !ix.isPunct(s.firstToken())
                ? new Span(ix.token(s.firstToken()).start(), ix.token(comma - 1).end()) : null;
        Span after = contentSpan(ix, close + 1, end, direct);
        if (before != null && insideDirect(before.start(), before.end(), direct)) return null;
        if (before == null || after == null || !hasFiniteVerb(ix, ix.firstTokenAtOrAfter(after.start()), end)) return null;
        for (int t = s.firstToken(); t < comma; t++) {
            if (SourcePhraseFinder.isMarkToken(SourcePhraseFinder.tokenText(ix, t)) || finder.isVerb(ix, t)) return null;
        }
        Span content = new Span(before.start(), after.end());
        SourcePhrase src = new SourcePhrase(SourcePhrase.Position.INDIRECT_SUBJECT, comma + 1, srcEnd, v,
                SourcePhraseFinder.cueText(ix, v, v + 1));
        return new QuoteCandidate(content, content.start(), content.end(), QuoteKind.INDIRECT, false, src);
    }

    /**
     * {@link IndirectScope#PARC} only: "X denied the report", "X called for an inquiry into the sale", "citing rising
     * costs": the noun phrase after a verb flagged {@code np} (a particle such as "for" or "of" may come first) is
     * the content, up to the end of its clause.
     */
    private QuoteCandidate nounPhraseAfterVerb(DocumentIndex ix, Sentence s, int v, List<QuoteCandidate> direct) {
        QuoteLexicon.SpeechVerb verb = lexicon.verb(ix.word(v), ix.token(v).lemma());
        if (verb == null || !verb.nounPhrase()) return null;
        return objectAfterVerb(ix, s, v, direct);
    }

    /** The phrase after verb {@code v} (a noun phrase or a clause) as the content, with the verb's subject as source. */
    private QuoteCandidate objectAfterVerb(DocumentIndex ix, Sentence s, int v, List<QuoteCandidate> direct) {
        int end = s.endToken();
        int t = v + 1;
        while (t < end && isTemporal(ix, t)) t++;
        if (t < end && NP_PARTICLES.contains(ix.word(t))) t++;
        if (t >= end || ix.isPunct(t) || QuoteMarkScanner.isQuoteMark(ix.firstChar(t))) return null;
        String pos = ix.token(t).pos();
        if (pos.equals("IN") || pos.equals("TO") || pos.equals("CC") || pos.startsWith("W") || pos.equals("RP")) return null;
        if (attributesMarkedQuote(ix, s, v)) return null;
        return reportBy(ix, s, v, t, direct);
    }

    /** The content from token {@code c} to the end of its clause, reported by the subject of verb {@code v}; or null. */
    private QuoteCandidate reportBy(DocumentIndex ix, Sentence s, int v, int c, List<QuoteCandidate> direct) {
        Span content = contentSpan(ix, c, s.endToken(), direct);
        if (content == null) return null;
        SourcePhrase src = subjectOf(ix, s, v);
        return src == null ? null : new QuoteCandidate(content, content.start(), content.end(), QuoteKind.INDIRECT, false, src);
    }

    /**
     * {@link IndirectScope#PARC} only: an intention or belief of the subject ("X wants to cut taxes", "X thinks the
     * plan will fail", "X hopes that …"), from the {@code attitude-verb} cues.
     */
    private QuoteCandidate attitudeComplement(DocumentIndex ix, Sentence s, int v, List<QuoteCandidate> direct) {
        int end = s.endToken();
        int t = v + 1;
        int c = -1;
        if (t < end && ix.word(t).equals("that")) c = t + 1;
        else if (t + 1 < end && ix.word(t).equals("to") && isBareVerb(ix, t + 1)) c = t;
        else if (t < end && startsClause(ix, t) && hasFiniteVerb(ix, t + 1, Math.min(end, t + 12))) c = t;
        if (c < 0 || c >= end || QuoteMarkScanner.isQuoteMark(ix.firstChar(c))) return null;
        return reportBy(ix, s, v, c, direct);
    }

    private boolean isAttitudeVerb(DocumentIndex ix, int t) {
        String pos = ix.token(t).pos();
        if (pos.startsWith("NN") || pos.equals("JJ") || pos.equals("IN")) return false;
        return lexicon.isCue(CueCategory.ATTITUDE_VERB, ix.word(t)) || lexicon.isCue(CueCategory.ATTITUDE_VERB, ix.token(t).lemma());
    }

    /**
     * A marked quote closes just before the verb and its subject ('“…,” she said', '“…?” the minister said', also when
     * the tagger started a new sentence after '?”'): the verb attributes that quote, so what follows it is no report.
     * '“…” and said he …' / '“…,” though she noted …': a clause word means the verb opens a clause of its own.
     */
    private static boolean attributesMarkedQuote(DocumentIndex ix, Sentence s, int v) {
        for (int k = v - 1; k >= Math.max(s.firstToken(), v - 8); k--) {
            if (SourcePhraseFinder.CLAUSE_WORDS.contains(ix.word(k))) return false;
            if (ix.mentionAt(k) != null) continue; // an apostrophe inside a name ("the Court of Appeals’ Board")
            if (SourcePhraseFinder.isMarkToken(SourcePhraseFinder.tokenText(ix, k))) return true;
        }
        // '“…?” the minister said': the tagger may end the sentence after a question or exclamation in marks; a
        // lower-case word after the mark shows the writer's sentence goes on
        int before = s.firstToken() - 1;
        return v - s.firstToken() <= 6 && before >= 1 && Character.isLowerCase(ix.firstChar(s.firstToken()))
                && SourcePhraseFinder.isMarkToken(SourcePhraseFinder.tokenText(ix, before))
                && QUESTION_OR_EXCLAMATION.contains(SourcePhraseFinder.tokenText(ix, before - 1));
    }

    /** "X found that CLAUSE" / "the poll shows that CLAUSE": a finding verb with "that" right after it. */
    private QuoteCandidate findingThat(DocumentIndex ix, Sentence s, int v, List<QuoteCandidate> direct) {
        return reportBy(ix, s, v, v + 2, direct);
    }

    private boolean isFindingVerb(DocumentIndex ix, int t) {
        String pos = ix.token(t).pos();
        return !pos.startsWith("NN") && !pos.equals("JJ") && lexicon.isCue(CueCategory.FINDING_VERB, ix.word(t));
    }

    /** A name, pronoun or role/outlet/generic source noun among [from, to). */
    private boolean namesASpeaker(DocumentIndex ix, int from, int to) {
        if (Words.SUBJECT_PRONOUNS.contains(ix.word(to - 1)) && to - from == 1) return true;
        return looksLikeSpeaker(ix, from, to);
    }

    /** The base form of a verb after "to" (tagged VB, or untagged and not a determiner or pronoun). */
    private static boolean isBareVerb(DocumentIndex ix, int t) {
        String pos = ix.token(t).pos();
        if (pos.isEmpty()) return !ix.isPunct(t) && !CLAUSE_STARTERS.contains(ix.word(t)) && ix.mentionAt(t) == null;
        return pos.equals("VB");
    }

    /** "CLAUSE, X said." / "CLAUSE, said X.": the report closes the sentence. */
    private QuoteCandidate contentBeforeReport(DocumentIndex ix, Sentence s, int v, List<QuoteCandidate> direct, AttributionContext ctx) {
        int end = s.endToken();
        QuoteLexicon.SpeechVerb verb = lexicon.verb(ix.word(v));
        if (verb == null || verb.weak()) return null;
        int tail = end;
        while (tail > v + 1 && ix.isPunct(tail - 1)) tail--;
        // what follows the report after a comma is not part of it: an apposition to an inverted source ("said Ann
        // Roe, a lawyer for the city") or a subordinate clause ("…, officials said Friday, as protests grew")
        boolean invertedVerb = ix.firstChar(v - 1) == ',';
        for (int k = v + 1; k < tail && k - v <= 8; k++) {
            if (ix.firstChar(k) != ',') continue;
            if (invertedVerb || (k + 1 < tail && TRAILING_CLAUSE_OPENERS.contains(ix.word(k + 1)))) tail = k;
            break;
        }
        if (tail - v > 8) return null;
        for (int t = v + 1; t < tail; t++) {
            if (ix.word(t).equals("that") || SourcePhraseFinder.isMarkToken(SourcePhraseFinder.tokenText(ix, t))) return null;
        }
        int comma = -1;
        boolean inverted = ix.firstChar(v - 1) == ',' && tail > v + 1;
        if (inverted) comma = v - 1;
        else if (ix.firstChar(v - 1) == ',') {
            // "CLAUSE, Hugh Hill, a doctor at the clinic who ..., said.": the comma before the name opens the source
            for (int t = v - 2; t > s.firstToken() && v - t <= SourcePhraseFinder.WINDOW; t--) {
                if (QuoteMarkScanner.isQuoteMark(ix.firstChar(t))) return null;
                if (ix.firstChar(t) == ',' && ix.mentionAt(t + 1) != null && lexicon.isCue(CueCategory.SPEAKER_TYPE, ix.mentionAt(t + 1).ner())) {
                    comma = t;
                    break;
                }
            }
        } else {
            for (int t = v - 1; t > s.firstToken() && v - t <= 12; t--) {
                if (ix.firstChar(t) == ',') { comma = t; break; }
                if (QuoteMarkScanner.isQuoteMark(ix.firstChar(t))) return null;
            }
        }
        if (comma < 0 || comma - s.firstToken() < MIN_CONTENT_TOKENS) return null;
        if (!inverted && relativePronounBefore(ix, s, v) > comma) return null; // ", which officials said ...": not a closing report
        if (QuoteMarkScanner.isQuoteMark(ix.firstChar(comma - 1))) return null;
        // the content must be a clause, not a subject with an apposition ("X, a spokeswoman, confirmed the visit")
        if (!hasFiniteVerb(ix, s.firstToken(), comma)) return null;
        if (inverted && !looksLikeSpeaker(ix, v + 1, tail)) return null;
        Span content = contentSpan(ix, s.firstToken(), comma, direct);
        if (content == null) return null;
        SourcePhrase src = inverted
                ? new SourcePhrase(SourcePhrase.Position.AFTER_INVERTED, v + 1, tail, v, SourcePhraseFinder.cueText(ix, v, v + 1))
                : new SourcePhrase(SourcePhrase.Position.INDIRECT_SUBJECT, comma + 1, SourcePhraseFinder.trimAuxiliaries(ix, comma + 1, v), v,
                        SourcePhraseFinder.cueText(ix, v, v + 1));
        if (src.isEmpty()) return null;
        return new QuoteCandidate(content, content.start(), content.end(), QuoteKind.INDIRECT, false, src);
    }

    /** The relative pronoun opening the report's clause ("which officials said", "what the senators said"), or -1. */
    private static int relativePronounBefore(DocumentIndex ix, Sentence s, int v) {
        for (int k = v - 1; k >= s.firstToken() && v - k <= 5; k--) {
            if (RELATIVE_PRONOUNS.contains(ix.word(k)) && ix.token(k).pos().startsWith("W")) return k;
            if (ix.isPunct(k)) return -1;
            // "an aide who requested anonymity said": the relative clause describes the source, it is not the report
            boolean auxiliary = SourcePhraseFinder.AUXILIARIES.contains(ix.word(k));
            if (!auxiliary && (ix.token(k).pos().startsWith("VB") || ix.token(k).pos().equals("MD"))) return -1;
        }
        return -1;
    }

    /** After an inverted verb: a name, or words ending in a role, outlet or generic source noun ("said the minister"). */
    private boolean looksLikeSpeaker(DocumentIndex ix, int from, int to) {
        for (int t = from; t < to; t++) {
            if (ix.mentionAt(t) != null && lexicon.isCue(CueCategory.SPEAKER_TYPE, ix.mentionAt(t).ner())) return true;
        }
        for (int t = from; t < to; t++) {
            String w = ix.word(t);
            if (lexicon.isSourceNoun(w)) return true;
        }
        return false;
    }

    /** "According to X, CLAUSE." and "CLAUSE, according to X." */
    private QuoteCandidate accordingTo(DocumentIndex ix, Sentence s, int a, List<QuoteCandidate> direct, AttributionContext ctx) {
        int end = s.endToken();
        int srcStart = a + 2;
        int srcEnd = srcStart;
        while (srcEnd < end && srcEnd - srcStart < 12 && !SourcePhraseFinder.isClauseBreak(ix, srcEnd)) srcEnd++;
        if (srcEnd == srcStart) return null;
        SourcePhrase src = new SourcePhrase(SourcePhrase.Position.ACCORDING_TO, srcStart, srcEnd, a,
                SourcePhraseFinder.cueText(ix, a, a + 2));
        Span content;
        if (a == s.firstToken() || (a == s.firstToken() + 1 && ix.isPunct(s.firstToken()))) {
            if (srcEnd >= end || ix.firstChar(srcEnd) != ',') return null;
            content = contentSpan(ix, srcEnd + 1, end, direct);
        } else {
            if (ix.firstChar(a - 1) != ',' || a - 1 - s.firstToken() < MIN_CONTENT_TOKENS) return null;
            if (QuoteMarkScanner.isQuoteMark(ix.firstChar(a - 2))) return null;
            content = contentSpan(ix, s.firstToken(), a - 1, direct);
        }
        return content == null ? null : new QuoteCandidate(content, content.start(), content.end(), QuoteKind.INDIRECT, false, src);
    }

    /**
     * "X's claim that CLAUSE": the possessive before the reporting noun is the source; "a Reuters report that …", "the
     * White House claim that …": so is a name right before the noun.
     */
    private QuoteCandidate nounCue(DocumentIndex ix, Sentence s, int noun, int that, List<QuoteCandidate> direct, AttributionContext ctx) {
        int srcStart;
        int srcEnd;
        Mention before = ix.mentionAt(noun - 1);
        if (noun - 1 >= s.firstToken() && before != null && before.endToken() == noun && lexicon.isCue(CueCategory.SPEAKER_TYPE, before.ner())) {
            srcStart = before.firstToken();
            srcEnd = noun;
        } else {
            int poss = noun - 1;
            while (poss > s.firstToken() && noun - poss <= 3 && !(ix.word(poss).equals("'s") || ix.word(poss).equals("’s"))) poss--;
            if (!(ix.word(poss).equals("'s") || ix.word(poss).equals("’s"))) return null;
            srcEnd = poss;
            srcStart = srcEnd - 1;
            while (srcStart > s.firstToken() && ix.mentionAt(srcStart - 1) != null && ix.mentionAt(srcStart - 1) == ix.mentionAt(srcEnd - 1)) srcStart--;
            // a name, or a role, outlet or generic source noun ("the police's claim that")
            if (ix.mentionAt(srcEnd - 1) == null && !lexicon.isSourceNoun(ix.word(srcEnd - 1))) return null;
        }
        Span content = contentSpan(ix, that + 1, s.endToken(), direct);
        if (content == null) return null;
        SourcePhrase src = new SourcePhrase(SourcePhrase.Position.INDIRECT_SUBJECT, srcStart, srcEnd, noun,
                SourcePhraseFinder.cueText(ix, noun, noun + 1));
        return new QuoteCandidate(content, content.start(), content.end(), QuoteKind.INDIRECT, false, src);
    }

    /** The reporting verb's subject: the words before it in its clause (a participle's subject is the sentence's). */
    private SourcePhrase subjectOf(DocumentIndex ix, Sentence s, int v) {
        String cue = SourcePhraseFinder.cueText(ix, v, v + 1);
        boolean afterComma = v > s.firstToken() && (ix.firstChar(v - 1) == ','
                || (v - 1 > s.firstToken() && SourcePhraseFinder.isMarkToken(SourcePhraseFinder.tokenText(ix, v - 1)) && ix.firstChar(v - 2) == ','));
        // "X urged ... and said ...": a verb conjoined to the main clause shares its subject
        int beforeVerb = SourcePhraseFinder.trimAuxiliaries(ix, s.firstToken(), v) - 1;
        boolean conjoined = beforeVerb > s.firstToken() && (ix.word(beforeVerb).equals("and") || ix.word(beforeVerb).equals("but"));
        if ((SourcePhraseFinder.isParticiple(ix, v) && afterComma) || conjoined) {
            int e = s.firstToken();
            // leading adverbials ("Similarly, the daily ...", "On Thursday, however, Trump ...") are not the subject
            e = afterLeadingAdverbials(ix, e, v);
            int subjectStart = e;
            while (e < v - 1 && !SourcePhraseFinder.isClauseBreak(ix, e) && !Words.isFinite(ix, e) && !finder.isVerb(ix, e)) e++;
            e = SourcePhraseFinder.trimAuxiliaries(ix, subjectStart, e);
            return e > subjectStart ? new SourcePhrase(SourcePhrase.Position.INDIRECT_SUBJECT, subjectStart, e, v, cue) : null;
        }
        int start = v - 1;
        while (start >= s.firstToken() && v - start <= SourcePhraseFinder.WINDOW
                && !QuoteMarkScanner.isQuoteMark(ix.firstChar(start))
                && !(ix.firstChar(start) == ';')) start--;
        start++;
        int e = SourcePhraseFinder.trimAuxiliaries(ix, start, v);
        return e > start ? new SourcePhrase(SourcePhrase.Position.INDIRECT_SUBJECT, start, e, v, cue) : null;
    }

    /**
     * The first token after the comma-closed adverbials that open a clause at {@code e} ("On Thursday, however, …"):
     * each is at most four words before its comma and holds no speaker mention, pronoun or verb (which would make it
     * the subject: "Trump, however, …").
     */
    private int afterLeadingAdverbials(DocumentIndex ix, int e, int v) {
        boolean skipped = true;
        while (skipped) {
            skipped = false;
            for (int k = e; k < Math.min(v - 1, e + 4); k++) {
                if (ix.firstChar(k) != ',') continue;
                boolean subjectLike = false;
                boolean prepositional = ix.token(e).pos().equals("IN");
                for (int j = e; j < k; j++) {
                    // a date or a place after a preposition ("On Thursday", "In Ohio") is an adverbial, not a subject
                    boolean speakerMention = !prepositional && ix.mentionAt(j) != null
                            && lexicon.isCue(CueCategory.SPEAKER_TYPE, ix.mentionAt(j).ner());
                    subjectLike |= speakerMention || Words.PRONOUNS.contains(ix.word(j))
                            || Words.isFinite(ix, j) || finder.isVerb(ix, j);
                }
                if (!subjectLike) {
                    e = k + 1;
                    skipped = true;
                }
                break;
            }
        }
        return e;
    }

    /** Content from token {@code c} to {@code end} (exclusive), cut at a direct quote, "according to" or a new report; trimmed. */
    private Span contentSpan(DocumentIndex ix, int c, int end, List<QuoteCandidate> direct) {
        int e = c;
        for (; e < end; e++) {
            if (ix.firstChar(e) == ';') break;
            if (e > c && ix.firstChar(e) == ',' && e + 1 < end) {
                String next = ix.word(e + 1);
                if (lexicon.isCue(CueCategory.ACCORDING_TO, next + " " + ix.word(e + 2))) break;
                if (next.endsWith("ing") && lexicon.isSpeechVerb(next)) break;
                if (!next.equals("that") && reportFollows(ix, e + 1, Math.min(end, e + 9))) break;
            }
            int off = ix.token(e).start();
            if (startsDirectQuote(off, direct)) break;
        }
        while (e > c && (ix.isPunct(e - 1) && !QuoteMarkScanner.isQuoteMark(ix.firstChar(e - 1))
                || TRAILING_JUNK.contains(ix.word(e - 1)))) e--;
        // a final period belongs to the sentence, not the clause (the tokenizer keeps "U.S." whole)
        if (e - c < MIN_CONTENT_TOKENS) return null;
        int start = ix.token(c).start();
        int stop = ix.token(e - 1).end();
        if (insideDirect(start, stop, direct)) return null;
        return new Span(start, stop);
    }

    /** A new "X said" within the next words: the clause after the comma is another report. */
    private boolean reportFollows(DocumentIndex ix, int from, int to) {
        to = Math.min(ix.tokenCount(), from + 14);
        for (int t = from + 1; t < to; t++) {
            if (ix.isPunct(t) && ix.firstChar(t) != ',') return false;
            if (ix.word(t).equals("that")) return false;
            if (finder.isVerb(ix, t) && !SourcePhraseFinder.isParticiple(ix, t)) return true;
        }
        return false;
    }

    private static boolean startsDirectQuote(int offset, List<QuoteCandidate> direct) {
        for (QuoteCandidate q : direct) {
            if (q.markStart() == offset && q.kind() == QuoteKind.DIRECT) return true;
        }
        return false;
    }

    private static boolean insideDirect(int start, int end, List<QuoteCandidate> direct) {
        for (QuoteCandidate q : direct) {
            if (q.markStart() <= start && end <= q.markEnd()) return true;
        }
        return false;
    }

    private static boolean isTemporal(DocumentIndex ix, int t) {
        String ner = ix.token(t).ner();
        if (ner.equals("DATE") || ner.equals("TIME") || ner.equals("DURATION") || ner.equals("SET")) return true;
        String w = ix.word(t);
        return (w.equals("on") || w.equals("last") || w.equals("this") || w.equals("earlier") || w.equals("late")
                || w.equals("in") || w.equals("at"))
                && t + 1 < ix.tokenCount() && Set.of("DATE", "TIME", "DURATION").contains(ix.token(t + 1).ner());
    }

    /**
     * Skips a prepositional phrase between the verb and its bare clause when a pronoun subject or a comma shows
     * where the clause starts: "said in an interview she would run", "said after the vote, the party would ...".
     * Without such a sign the phrase stays (its noun may be the clause's subject).
     */
    private int afterLeadingAdverbial(DocumentIndex ix, int t, int end) {
        if (t >= end || !ix.token(t).pos().equals("IN") || NOT_ADVERBIAL_PREPOSITIONS.contains(ix.word(t))) return t;
        for (int k = t + 1; k < end && k - t <= 7; k++) {
            if (ix.firstChar(k) == ',') return k + 1 < end && startsClause(ix, k + 1) ? k + 1 : t;
            if (ix.isPunct(k)) return t;
            if (Words.SUBJECT_PRONOUNS.contains(ix.word(k)) && Words.isFinite(ix, k + 1)) return k;
        }
        return t;
    }

    /**
     * A bare clause that does not start with a usual subject word ("says too much is made of it", "said about 20
     * people have applied", "says neither the mayor nor his staff knew"): a finite verb follows within a few words,
     * with no punctuation, preposition or conjunction before it.
     */
    private static boolean opensBareClause(DocumentIndex ix, int t, int end) {
        if (t >= end || ix.isPunct(t) || QuoteMarkScanner.isQuoteMark(ix.firstChar(t))) return false;
        String pos = ix.token(t).pos();
        if (pos.equals("IN") || pos.equals("TO") || pos.equals("CC") || pos.startsWith("W") || pos.startsWith("VB")) return false;
        for (int k = t + 1; k < end && k - t <= 9; k++) {
            if (Words.isFinite(ix, k)) return true;
            String p = ix.token(k).pos();
            if ((ix.isPunct(k) && !p.equals("HYPH")) || p.equals("IN") || p.equals("TO") || p.startsWith("W") || p.startsWith("VB")) return false;
        }
        return false;
    }

    private boolean startsClause(DocumentIndex ix, int t) {
        if (ix.isPunct(t)) return false;
        String w = ix.word(t);
        if (CLAUSE_STARTERS.contains(w)) return true;
        Token tok = ix.token(t);
        if (tok.pos().equals("NNP") || tok.pos().equals("NNPS") || tok.pos().equals("CD") || tok.pos().equals("PRP")) return true;
        if (tok.pos().startsWith("NN") || tok.pos().equals("JJ") || tok.pos().equals("VBN")) {
            // "renewed talks could help": a bare noun phrase subject, if a finite verb follows before any comma
            for (int k = t + 1; k < Math.min(ix.tokenCount(), t + 9); k++) {
                if (ix.isPunct(k) || ix.token(k).pos().equals("TO")) return false;
                if (Words.isFinite(ix, k) || ix.token(k).pos().equals("VBN")) return true;
            }
        }
        return ix.mentionAt(t) != null;
    }

    /** A finite verb (or a past participle, which taggers give for many past tenses) before the next punctuation. */
    private static boolean hasFiniteVerb(DocumentIndex ix, int from, int to) {
        for (int t = from; t < to; t++) {
            if (Words.isFinite(ix, t) || ix.token(t).pos().equals("VBN")) return true;
            // a hyphen inside a name or compound ("the EB-5 program") does not end the clause
            if (ix.isPunct(t) && ix.firstChar(t) != ',' && !ix.token(t).pos().equals("HYPH")) return false;
        }
        return false;
    }


    /**
     * "urged Congress to act", "called on the mayor to resign", "asked voters on Monday to wait": the index of "to"
     * after an addressee (a particle "on" and a time expression may come between), or -1.
     */
    private static int objectThenInfinitive(DocumentIndex ix, int t, int end) {
        if (t < end && (ix.word(t).equals("on") || ix.word(t).equals("upon"))) t++;
        if (t >= end || startsClauseWord(ix, t) || NEGATIONS.contains(ix.word(t))) return -1; // "asked not to be named"
        Span obj = objectPhrase(ix, t, end);
        if (obj == null) return -1;
        int k = obj.end();
        while (k < end && isTemporal(ix, k)) k++;
        return k + 1 < end && ix.word(k).equals("to") && isBareVerb(ix, k + 1) ? k : -1;
    }

    private static boolean startsClauseWord(DocumentIndex ix, int t) {
        return ix.isPunct(t) || (CLAUSE_STARTERS.contains(ix.word(t)) && !OBJECT_DETERMINERS.contains(ix.word(t)));
    }

    /** The addressee after "told": a name, a pronoun or a short noun phrase ("reporters", "the BBC"). */
    private static Span objectPhrase(DocumentIndex ix, int t, int end) {
        if (ix.mentionAt(t) != null) return new Span(t, ix.mentionAt(t).endToken());
        int e = t;
        while (e < end && e - t < 4 && !ix.isPunct(e) && !ix.token(e).pos().equals("IN") && !ix.token(e).pos().equals("TO")
                && (!CLAUSE_STARTERS.contains(ix.word(e)) || (e == t && OBJECT_DETERMINERS.contains(ix.word(e))))) e++;
        return e > t ? new Span(t, e) : null;
    }
}
