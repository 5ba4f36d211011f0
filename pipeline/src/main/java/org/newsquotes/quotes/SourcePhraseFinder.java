package org.newsquotes.quotes;

import java.util.Locale;
import java.util.Set;
import org.newsquotes.record.LocalEntity;
import org.newsquotes.record.Mention;
import org.newsquotes.record.Token;

/**
 * Finds the phrase naming a direct quote's speaker, by looking at the words around the quote marks within the
 * quote's own sentence (our own sentence bounds: sentence-final punctuation, another quote or the paragraph end,
 * so that a CoreNLP sentence break after {@code ?”} does not hide "the minister said").
 *
 * <p>Preference, most reliable first: a colon label at the paragraph start, a speech verb right after the quote
 * (inverted or normal order), a speech verb before the quote, "according to". Works on tokens and the document text
 * only: no parse, no coreference.
 */
public final class SourcePhraseFinder {
    /** Words that may stand between a source and its verb ("has also said", "was quoted as saying"). */
    static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "was", "were", "is", "are", "be", "been",
            "also", "later", "then", "further", "would", "will", "could", "once", "again", "previously", "quoted", "as",
            "reportedly", "repeatedly", "publicly", "recently", "earlier", "simply", "not", "did", "does", "do", "just",
            "flatly", "firmly", "never", "since", "now", "even", "already", "still", "too", "often", "sometimes", "always",
            "usually");
    /** Words that start a new clause: a speech verb after them belongs to another subject. */
    static final Set<String> CLAUSE_WORDS = Set.of("but", "and", "or", "after", "before", "when", "while", "because",
            "as", "that", "if", "since", "although", "though", "until", "so");
    /** Prepositions before a gerund whose subject is the main clause's ("by calling", "after saying"). */
    static final Set<String> GERUND_PREPOSITIONS = Set.of("by", "after", "before", "while", "without", "for", "upon", "in", "on");
    /** How far a verb may be from the quote mark, in tokens. */
    static final int WINDOW = 30;

    private final QuoteLexicon lexicon;

    public SourcePhraseFinder(QuoteLexicon lexicon) { this.lexicon = lexicon; }

    /** The source phrase of a marked quote, or null when none is near. */
    public SourcePhrase find(DocumentIndex ix, QuoteCandidate q) {
        SourcePhrase transcript = transcriptLabel(ix, q);
        if (transcript != null) return transcript;
        SourcePhrase label = colonLabel(ix, q);
        // a label with a finite verb is a sentence ("Senator Roe scolded him:"): a speech verb at the quote comes first
        boolean sentenceLabel = label != null && hasFinite(ix, label.firstToken(), label.endToken());
        if (label != null && !sentenceLabel) return label;
        SourcePhrase after = after(ix, q);
        if (after != null) return after;
        if (label != null) return label;
        SourcePhrase asPutIt = asPutIt(ix, q);
        if (asPutIt != null) return asPutIt;
        SourcePhrase before = before(ix, q);
        if (before != null) return before;
        SourcePhrase according = accordingTo(ix, q);
        return according != null ? according : labelledClaim(ix, q);
    }

    /**
     * "Roe: Budget plan is ‘dead on arrival’" — a headline-style claim labelled with its speaker's name and a colon,
     * the quote later in the same sentence. Only a person or organisation name counts as a label ("Update:", "Watch:"
     * and datelines do not), and only when no cue nearer the quote was found.
     */
    SourcePhrase labelledClaim(DocumentIndex ix, QuoteCandidate q) {
        int para = ix.paragraphOf(q.markStart());
        int first = ix.firstTokenAtOrAfter(ix.paragraphStart(para));
        int b = ix.lastTokenBefore(q.markStart());
        if (b <= first) return null;
        int colon = -1;
        for (int t = first; t <= b && t - first <= 5; t++) {
            if (ix.firstChar(t) == ':') { colon = t; break; }
            if (ix.isPunct(t) || Words.isFinite(ix, t) || lexicon.isSpeechVerb(ix.word(t))) return null;
        }
        if (colon <= first) return null;
        Mention m = ix.mentionAt(colon - 1);
        boolean named = m != null && (m.ner().equals("PERSON") || m.ner().equals("ORGANIZATION"));
        if (!named && !(ix.token(colon - 1).pos().equals("NNP") && personSurname(ix, ix.word(colon - 1)))) return null;
        for (int t = colon + 1; t <= b; t++) {
            String w = tokenText(ix, t);
            if (w.equals(".") || w.equals("!") || w.equals("?") || w.equals(":")) return null;
        }
        return new SourcePhrase(SourcePhrase.Position.COLON_LABEL, first, colon, colon, ":");
    }

    /** "…,” as the memo put it" / "As Roe put it, the plan is “…”": the words between "as" and the cue are the source. */
    SourcePhrase asPutIt(DocumentIndex ix, QuoteCandidate q) {
        Region r = Region.around(ix, q);
        SourcePhrase after = asPutItIn(ix, r.afterStart(), r.afterEnd(), SourcePhrase.Position.AFTER_NORMAL);
        return after != null ? after : asPutItIn(ix, r.beforeStart(), r.beforeEnd(), SourcePhrase.Position.BEFORE);
    }

    /**
     * The quote's sentence on both sides of it, within its paragraph: tokens [beforeStart, beforeEnd) before the
     * opening mark and [afterStart, afterEnd) after the closing mark (each empty at a paragraph edge).
     */
    record Region(int beforeStart, int beforeEnd, int afterStart, int afterEnd) {
        static Region around(DocumentIndex ix, QuoteCandidate q) {
            int para = ix.paragraphOf(q.markStart());
            int b = ix.lastTokenBefore(q.markStart());
            int start = b >= 0 && ix.token(b).start() >= ix.paragraphStart(para) ? regionStart(ix, b) : b + 1;
            int a = ix.firstTokenAtOrAfter(q.markEnd());
            int end = a < ix.tokenCount() && ix.token(a).start() < ix.paragraphEnd(ix.paragraphOf(Math.max(q.markStart(), q.markEnd() - 1)))
                    ? regionEnd(ix, a) : a;
            return new Region(start, b + 1, a, end);
        }
    }

    private SourcePhrase asPutItIn(DocumentIndex ix, int from, int to, SourcePhrase.Position position) {
        for (int t = from; t < to; t++) {
            if (!ix.word(t).equalsIgnoreCase("as")) continue;
            // the source may carry an apposition ("As Ann Roe, a tax lawyer at the institute, recently put it")
            for (int c = t + 2; c + 1 < to && c - t <= 25; c++) {
                String w = tokenText(ix, c - 1);
                if (w.equals(";") || w.equals(":") || isMarkToken(w) || (Words.isFinite(ix, c - 1) && c - 1 > t + 1)) break;
                if (lexicon.isCue(CueCategory.AS_CUE, ix.word(c) + " " + ix.word(c + 1))) {
                    return new SourcePhrase(position, t + 1, trimAuxiliaries(ix, t + 1, c), c, cueText(ix, c, c + 2));
                }
            }
        }
        return null;
    }

    /**
     * The source of a paragraph that repeats the opening mark of a quote begun earlier: a transcript label or a
     * speech verb right after its closing mark; null (the quote continues its speaker) otherwise.
     */
    public SourcePhrase continuationSource(DocumentIndex ix, QuoteCandidate q) {
        SourcePhrase transcript = transcriptLabel(ix, q);
        return transcript != null ? transcript : after(ix, q);
    }

    /** A quoted transcript line that opens with the speaker's name in capitals: “SMITH: We will ...”. */
    SourcePhrase transcriptLabel(DocumentIndex ix, QuoteCandidate q) {
        String text = ix.text();
        int s = q.content().start();
        int colon = text.indexOf(':', s);
        if (colon < 0 || colon - s < 2 || colon - s > 30 || colon >= q.content().end()) return null;
        String label = text.substring(s, colon);
        if (!label.matches("[A-Z][A-Z.'\\- ]*[A-Z.]")) return null;
        int first = ix.firstTokenAtOrAfter(s);
        int end = ix.firstTokenAtOrAfter(colon);
        return end > first ? new SourcePhrase(SourcePhrase.Position.COLON_LABEL, first, end, end, ":") : null;
    }

    /** True when {@code word} is the last word of a person the document names (a headline's "Roe:" for Ann Roe). */
    static boolean personSurname(DocumentIndex ix, String word) {
        for (LocalEntity e : ix.document().entities()) {
            String[] words = e.name().split("\\s+");
            if ("PERSON".equals(e.type()) && words.length > 1 && words[words.length - 1].equalsIgnoreCase(word)) return true;
        }
        return false;
    }

    /** "Hugh Hill: “…”" — a short label without a verb, then a colon, at the start of the paragraph. */
    SourcePhrase colonLabel(DocumentIndex ix, QuoteCandidate q) {
        int p = ix.paragraphOf(q.markStart());
        String before = ix.text().substring(ix.paragraphStart(p), q.markStart()).strip();
        if (!before.endsWith(":") || before.length() < 2) return null;
        int first = ix.firstTokenAtOrAfter(ix.paragraphStart(p));
        int colon = ix.lastTokenBefore(q.markStart());
        while (colon > first && ix.firstChar(colon) != ':') colon--;
        if (colon - first < 1 || colon - first > 14) return null;
        for (int t = first; t < colon; t++) {
            if (lexicon.isSpeechVerb(ix.word(t))) return null;
        }
        return new SourcePhrase(SourcePhrase.Position.COLON_LABEL, first, colon, colon, ":");
    }

    /** Region after the closing mark: speech verb first (inverted) or a source then its verb (normal). */
    SourcePhrase after(DocumentIndex ix, QuoteCandidate q) {
        int a = ix.firstTokenAtOrAfter(q.markEnd());
        if (a >= ix.tokenCount() || ix.token(a).start() >= ix.paragraphEnd(ix.paragraphOf(Math.max(q.markStart(), q.markEnd() - 1)))) {
            return null;
        }
        int end = regionEnd(ix, a);
        String content = ix.text().substring(q.content().start(), q.content().end()).strip();
        char last = content.isEmpty() ? ' ' : content.charAt(content.length() - 1);
        // “… it is over.” followed by a capital starts a new sentence; after “…?” or “…!” a report may still follow
        boolean closedSentence = last == '.' || last == '…';
        boolean asked = last == '?' || last == '!';
        int first = a;
        while (a < end && ix.isPunct(a) && !isOpenMark(ix, a) && !isDash(ix, a)) a++;
        if (a >= end || isOpenMark(ix, a)) return null;
        if (isDash(ix, a) && a + 1 < end) {
            // “…” — Jane Roe (a byline after a quote: reader comments, posts, epigraphs); a lower-case word after
            // the dash continues the writer's sentence instead ("“…” — a charge he denied")
            if (!Character.isUpperCase(ix.firstChar(a + 1))) return null;
            int s = a + 1;
            int e = s;
            while (e < end && e - s < 8 && !isClauseBreak(ix, e)) e++;
            return e > s ? new SourcePhrase(SourcePhrase.Position.AFTER_INVERTED, s, e, a, tokenText(ix, a)) : null;
        }
        boolean lowerStart = Character.isLowerCase(ix.firstChar(a));
        if (closedSentence && a == first && !lowerStart) return null;
        if (asked && !lowerStart && !isVerb(ix, a) && !(a + 1 < end && isVerb(ix, a + 1)) && !(a + 2 < end && isVerb(ix, a + 2))) return null;
        // "“…” suggests that …": a verb that opens a "that" clause is the quote's own predicate, not an inverted cue
        if (isVerb(ix, a) && a + 1 < end && ix.word(a + 1).equals("that")) return null;
        if (isVerb(ix, a) && !isParticiple(ix, a)) {
            int s = a + 1;
            int e = s;
            while (e < end && e - s < 14 && !isClauseBreak(ix, e)) e++;
            return new SourcePhrase(SourcePhrase.Position.AFTER_INVERTED, s, e, a, cueText(ix, a, a + 1));
        }
        for (int v = a + 1; v < end && v - a <= WINDOW; v++) {
            if (isOpenMark(ix, v)) break;
            if (isVerb(ix, v) && !(isParticiple(ix, v) && ix.firstChar(v - 1) == ',')) {
                // "“…,” an aide who asked not to be named said": a verb inside a relative clause describes the source
                int r = trimAuxiliaries(ix, a, v) - 1;
                if (r > a && (ix.word(r).equals("who") || ix.word(r).equals("that")) && laterVerbInSentence(ix, v + 1, end)) continue;
                int s = trimAuxiliaries(ix, a, v);
                // "“…” a Jane Roe tweet about it": a name after an indefinite article modifies the word after it, a noun
                boolean nameModifier = (ix.word(a).equalsIgnoreCase("a") || ix.word(a).equalsIgnoreCase("an"))
                        && ix.mentionAt(a + 1) != null && ix.mentionAt(a + 1).endToken() == s;
                if (nameModifier) return null;
                if (s > a && subjectOnly(ix, a, s)) return new SourcePhrase(SourcePhrase.Position.AFTER_NORMAL, a, s, v, cueText(ix, v, v + 1));
                return sentenceFinalReport(ix, q, a, s, v);
            }
        }
        return null;
    }

    /**
     * "“You broke it” to save money, she said.": a quote that opens its sentence, words of the writer's, then a short
     * subject and its verb closing the sentence after a comma. The subject must be a pronoun or a name; null otherwise.
     */
    private SourcePhrase sentenceFinalReport(DocumentIndex ix, QuoteCandidate q, int a, int s, int v) {
        int b = ix.lastTokenBefore(q.markStart());
        boolean opensSentence = b < 0 || ix.token(b).start() < ix.paragraphStart(ix.paragraphOf(q.markStart()))
                || tokenText(ix, b).equals(".") || tokenText(ix, b).equals("?") || tokenText(ix, b).equals("!");
        if (!opensSentence || v + 1 >= ix.tokenCount()) return null;
        String next = tokenText(ix, v + 1);
        if (!(next.equals(".") || next.equals(","))) return null;
        int c = s - 1;
        while (c > a && ix.firstChar(c) != ',') c--;
        if (c <= a || s - (c + 1) < 1 || s - (c + 1) > 4) return null;
        for (int t = c + 1; t < s; t++) {
            if (ix.mentionAt(t) != null || Words.SUBJECT_PRONOUNS.contains(ix.word(t).toLowerCase(Locale.ROOT))) {
                return new SourcePhrase(SourcePhrase.Position.AFTER_NORMAL, c + 1, s, v, cueText(ix, v, v + 1));
            }
        }
        return null;
    }

    /** Region before the opening mark: the last speech verb and the words before it. */
    SourcePhrase before(DocumentIndex ix, QuoteCandidate q) {
        int b = ix.lastTokenBefore(q.markStart());
        int para = ix.paragraphOf(q.markStart());
        int start = b >= 0 && ix.token(b).start() >= ix.paragraphStart(para) ? regionStart(ix, b) : b + 1;
        if (start > b) {
            // the quote opens its paragraph: "Hugh Hill said:" may close the paragraph before
            int p = ix.paragraphOf(q.markStart());
            if (p == 0 || !ix.text().substring(ix.paragraphStart(p - 1), ix.paragraphEnd(p - 1)).endsWith(":")) return null;
            b = ix.lastTokenBefore(ix.paragraphEnd(p - 1));
            start = regionStart(ix, b - 1);
        }
        for (int v = b; v >= start && b - v <= WINDOW; v--) {
            // "the leaflets accusing her of …": a participle right after a common noun modifies it and reports nothing
            // (after a name it is that person's report: "a clip of Roe saying “…”")
            if (isVerb(ix, v) && isParticiple(ix, v) && v > start && commonNoun(ix, v - 1)) continue;
            if (isVerb(ix, v)) {
                int participle = participleAfterComma(ix, start, v);
                int conjoined = trimAuxiliaries(ix, start, v) - 1;
                // "She then turns to him and says: “…”": a verb conjoined to the main clause shares its subject
                // (only when the region opens the sentence: after an earlier quote of the sentence its subject is out of sight)
                boolean opensSentence = start == 0 || !isMarkToken(tokenText(ix, start - 1));
                if (participle < 0 && opensSentence && conjoined > start
                        && (ix.word(conjoined).equals("and") || ix.word(conjoined).equals("but"))) {
                    participle = conjoined + 1;
                }
                if (participle >= 0) {
                    // "…, she said, referencing “…”": a report verb before the participle names its speaker
                    for (int r = participle - 2; r > start; r--) {
                        if (isVerb(ix, r) && !isParticiple(ix, r) && ix.firstChar(r + 1) == ',') {
                            int s = trimAuxiliaries(ix, start, r);
                            if (s > start) return new SourcePhrase(SourcePhrase.Position.BEFORE, start, s, r, cueText(ix, v, v + 1));
                        }
                    }
                    // ", adding: “…”" / ", going on to say “…”" continues the main clause's speaker: its subject
                    // opens the sentence, after an introductory phrase ("During the speech, Roe attacked him, saying")
                    int s = mainClauseStart(ix, start, participle - 1);
                    int e = s;
                    while (e < participle - 1 && !isClauseBreak(ix, e) && !Words.isFinite(ix, e) && !isVerb(ix, e)) e++;
                    // a subject is a phrase before the main verb, or a name or pronoun set off by a comma
                    // ("Roe, a doctor, said"); not any words before a comma ("Feeds on old grudges, and calls")
                    boolean beforeVerb = e < participle - 1 && (Words.isFinite(ix, e) || isVerb(ix, e));
                    if (!beforeVerb && !namesSomeone(ix, s, e)) return null;
                    e = trimAuxiliaries(ix, s, e);
                    return e > s ? new SourcePhrase(SourcePhrase.Position.BEFORE, s, e, v, cueText(ix, v, v + 1)) : null;
                }
                int s = trimAuxiliaries(ix, start, v);
                SourcePhrase outer = outerReport(ix, start, s);
                return outer != null ? outer : new SourcePhrase(SourcePhrase.Position.BEFORE, start, s, v, cueText(ix, v, v + 1));
            }
        }
        return null;
    }

    /**
     * "Roe said the spate of shootings demands “more listening”": when the words before the nearest verb can name no
     * speaker (no name, pronoun, role, outlet or generic source noun), that verb's subject is a thing inside the
     * content of an earlier report in the sentence, whose source is the quote's source. Null when there is none.
     */
    private SourcePhrase outerReport(DocumentIndex ix, int start, int subjectEnd) {
        for (int v = subjectEnd - 1; v > start; v--) {
            if (!isVerb(ix, v) || isParticiple(ix, v)) continue;
            if (!speakerless(ix, v + 1, subjectEnd)) return null;
            int s = trimAuxiliaries(ix, start, v);
            return s > start ? new SourcePhrase(SourcePhrase.Position.BEFORE, start, s, v, cueText(ix, v, v + 1)) : null;
        }
        return null;
    }

    /** True when no word in [from, to) could name a speaker: no mention, pronoun, role, outlet or generic noun. */
    private boolean speakerless(DocumentIndex ix, int from, int to) {
        if (to <= from) return false;
        for (int t = from; t < to; t++) {
            String w = ix.word(t).toLowerCase(Locale.ROOT);
            if (ix.mentionAt(t) != null || Words.PRONOUNS.contains(w) || lexicon.isSourceNoun(w)
                    || ix.token(t).pos().startsWith("NNP")) return false;
        }
        return true;
    }

    /**
     * The participle that opens a clause after a comma and carries speech verb {@code v}: {@code v} itself
     * (", adding") or a participle shortly before a "to" verb (", going on to say"); -1 when there is none.
     */
    private int participleAfterComma(DocumentIndex ix, int start, int v) {
        // ", saying" and "by calling" / "after saying": the participle's subject is the main clause's
        if (isParticiple(ix, v)) return v > start && (ix.firstChar(v - 1) == ',' || GERUND_PREPOSITIONS.contains(ix.word(v - 1))) ? v : -1;
        if (v - 1 <= start || !ix.word(v - 1).equals("to")) return -1;
        for (int p = v - 2; p > start && v - p <= 4; p--) {
            if (isParticiple(ix, p) && ix.firstChar(p - 1) == ',') return p;
            if (isClauseBreak(ix, p)) break;
        }
        return -1;
    }

    /**
     * First token of the main clause in [start, limit): after an introductory phrase that opens with a preposition
     * or adverb and ends with a comma ("During the speech, …", "Meanwhile, …"); else {@code start}.
     */
    static int mainClauseStart(DocumentIndex ix, int start, int limit) {
        int s = start;
        // several introductory phrases may follow each other ("Once, when my mother asked, I said")
        for (int round = 0; round < 3; round++) {
            int next = afterIntroduction(ix, s, limit);
            if (next == s) break;
            s = next;
        }
        return s;
    }

    private static int afterIntroduction(DocumentIndex ix, int start, int limit) {
        String pos = ix.token(start).pos();
        if (!(pos.equals("IN") || pos.startsWith("RB") || pos.equals("WRB"))) return start;
        for (int t = start + 1; t < limit && t - start <= 20; t++) {
            if (ix.firstChar(t) == ',') return t + 1 < limit ? t + 1 : start;
            if (isMarkToken(tokenText(ix, t))) return start;
            // a finite verb ends an adverbial phrase, but belongs to a subordinate clause ("when she asked,")
            if (Words.isFinite(ix, t) && !(pos.equals("WRB") || pos.equals("IN"))) return start;
        }
        return start;
    }

    /** "according to X" in the quote's sentence, before or after it. */
    SourcePhrase accordingTo(DocumentIndex ix, QuoteCandidate q) {
        Region r = Region.around(ix, q);
        SourcePhrase s = accordingToIn(ix, r.afterStart(), r.afterEnd());
        return s != null ? s : accordingToIn(ix, r.beforeStart(), r.beforeEnd());
    }

    SourcePhrase accordingToIn(DocumentIndex ix, int from, int to) {
        for (int t = from; t + 1 < to; t++) {
            if (lexicon.isCue(CueCategory.ACCORDING_TO, ix.word(t) + " " + ix.word(t + 1))) {
                int s = t + 2;
                int e = s;
                while (e < to && e - s < 12 && !isClauseBreak(ix, e)) e++;
                if (e > s) return new SourcePhrase(SourcePhrase.Position.ACCORDING_TO, s, e, t, cueText(ix, t, t + 2));
            }
        }
        return null;
    }

    /** Tokens from {@code a} up to the first sentence end, quote mark or paragraph end (exclusive), bounded. */
    static int regionEnd(DocumentIndex ix, int a) {
        if (a >= ix.tokenCount()) return a;
        int p = ix.paragraphOf(ix.token(a).start());
        int pEnd = ix.paragraphEnd(p);
        int t = a;
        while (t < ix.tokenCount() && t - a < WINDOW + 20 && ix.token(t).start() < pEnd) {
            String w = tokenText(ix, t);
            if (w.equals(".") || w.equals("!") || w.equals("?")) break;
            if (t > a && isMarkToken(w)) break;
            t++;
        }
        return t;
    }

    /** First token of the region ending at {@code b} (inclusive): after the previous sentence end, quote mark or paragraph start. */
    static int regionStart(DocumentIndex ix, int b) {
        if (b < 0) return 0;
        int p = ix.paragraphOf(ix.token(b).start());
        int pStart = ix.paragraphStart(p);
        int t = b;
        while (t >= 0 && b - t < WINDOW + 20 && ix.token(t).start() >= pStart) {
            String w = tokenText(ix, t);
            if (w.equals(".") || w.equals("!") || w.equals("?")) break;
            if (isMarkToken(w)) break;
            t--;
        }
        return t + 1;
    }

    static String tokenText(DocumentIndex ix, int t) {
        Token tok = ix.token(t);
        return ix.text().substring(tok.start(), tok.end());
    }

    private static boolean isOpenMark(DocumentIndex ix, int t) {
        return isMarkToken(tokenText(ix, t));
    }

    /** A token made of quote marks only: {@code "}, {@code “}, {@code ''}, {@code ``} ... */
    static boolean isMarkToken(String w) {
        if (w.isEmpty() || w.length() > 2) return false;
        for (int i = 0; i < w.length(); i++) {
            if (!QuoteMarkScanner.isQuoteMark(w.charAt(i)) && w.charAt(i) != '`') return false;
        }
        return true;
    }

    boolean isVerb(DocumentIndex ix, int t) {
        if (t < 0 || t >= ix.tokenCount()) return false;
        Token tok = ix.token(t);
        if (!tok.ner().equals("O") && !tok.ner().isEmpty()) return false;
        return readAsVerb(ix, t, lexicon.verb(ix.word(t), tok.lemma()));
    }

    /** A verb of stance flagged {@code parc} ("endorsed", "railed against") read as a verb, as {@link #isVerb} reads. */
    boolean isParcVerb(DocumentIndex ix, int t) {
        return readAsVerb(ix, t, lexicon.parcVerb(ix.word(t), ix.token(t).lemma()));
    }

    /** Whether the word at {@code t}, whose lexicon entry is {@code entry}, is read as a verb in its context. */
    private static boolean readAsVerb(DocumentIndex ix, int t, QuoteLexicon.SpeechVerb entry) {
        String pos = ix.token(t).pos();
        // a tagger's noun reading ("the report", "his claims") is not a cue; an untagged word is trusted to the lexicon
        if (pos.startsWith("NN") || pos.equals("JJ") || pos.equals("IN") || pos.equals("DT")) return false;
        if (entry == null) return false;
        // "the reports" / "a claim": a determiner right before makes it a noun even when the tagger was silent
        String prev = ix.word(t - 1);
        return !(prev.equals("the") || prev.equals("a") || prev.equals("an") || prev.equals("his") || prev.equals("her")
                || prev.equals("their") || prev.equals("its"));
    }

    /** True when [from, to) holds a speaker-typed name or a subject pronoun. */
    private boolean namesSomeone(DocumentIndex ix, int from, int to) {
        for (int t = from; t < to; t++) {
            Mention m = ix.mentionAt(t);
            if (m != null && lexicon.isCue(CueCategory.SPEAKER_TYPE, m.ner())) return true;
            if (Words.SUBJECT_PRONOUNS.contains(ix.word(t).toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    private static boolean commonNoun(DocumentIndex ix, int t) {
        String pos = ix.token(t).pos();
        return pos.equals("NN") || pos.equals("NNS");
    }

    /** A speech verb among [from, to) before the sentence ends. */
    private boolean laterVerbInSentence(DocumentIndex ix, int from, int to) {
        for (int t = from; t < to; t++) {
            String w = tokenText(ix, t);
            if (w.equals(".") || w.equals("?") || w.equals("!") || isOpenMark(ix, t)) return false;
            if (isVerb(ix, t)) return true;
        }
        return false;
    }

    /** "…,” Hugh Hill, who ran it, said": only a subject (with appositions) stands between quote and verb. */
    static boolean subjectOnly(DocumentIndex ix, int from, int to) {
        boolean inRelative = false;
        boolean afterComma = false;
        for (int t = from; t < to; t++) {
            String w = ix.word(t);
            if (ix.firstChar(t) == ',') {
                afterComma = true;
                inRelative = t + 1 < to && (ix.word(t + 1).equals("who") || ix.word(t + 1).equals("which") || ix.word(t + 1).equals("whose"));
                continue;
            }
            if (inRelative) continue;
            // a restrictive relative clause after the head noun ("an aide who asked not to be named")
            if (t > from && (w.equals("who") || w.equals("whose"))) {
                inRelative = true;
                continue;
            }
            // "and"/"or" inside an apposition join its roles (", a fellow at X and a former envoy,"); a clause would bring a finite verb
            boolean joinsRoles = afterComma && (w.equals("and") || w.equals("or"));
            if ((CLAUSE_WORDS.contains(w) && !joinsRoles) || (Words.isFinite(ix, t) && !AUXILIARIES.contains(w))) return false;
        }
        return true;
    }

    private static boolean hasFinite(DocumentIndex ix, int from, int to) {
        for (int t = from; t < to; t++) if (Words.isFinite(ix, t)) return true;
        return false;
    }


    private static boolean isDash(DocumentIndex ix, int t) {
        return Words.isDash(tokenText(ix, t));
    }


    static boolean isParticiple(DocumentIndex ix, int t) {
        return ix.word(t).endsWith("ing");
    }

    /** Punctuation that ends a source phrase: , ; : . ! ? quote marks and dashes. */
    static boolean isClauseBreak(DocumentIndex ix, int t) {
        String w = tokenText(ix, t);
        return (w.length() == 1 && ",;:.!?—–()\"“”‘’'".indexOf(w.charAt(0)) >= 0) || isMarkToken(w) || w.equals("--");
    }

    /** End of the source words before verb {@code v}: drops auxiliaries and adverbs standing before the verb. */
    static int trimAuxiliaries(DocumentIndex ix, int from, int v) {
        int s = v;
        while (s > from && (AUXILIARIES.contains(ix.word(s - 1)) || ix.word(s - 1).endsWith("ly"))) s--;
        return s;
    }

    static String cueText(DocumentIndex ix, int first, int end) {
        return ix.text().substring(ix.token(first).start(), ix.token(end - 1).end());
    }
}
