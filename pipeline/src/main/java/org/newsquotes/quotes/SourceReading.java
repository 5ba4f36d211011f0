package org.newsquotes.quotes;

import java.util.Locale;
import org.newsquotes.record.Mention;
import org.newsquotes.record.Token;

/**
 * What every source pattern of {@link SourcePhraseFinder} reads the words around a quote with: the quote's sentence
 * on both sides ({@link Region}), speech verbs as the lexicon flags them, marks, dashes, auxiliaries and clause
 * breaks, and the subject before a verb. Works on tokens and the document text only: no parse, no coreference.
 */
abstract class SourceReading {
    /** How far a verb may be from the quote mark, in tokens. */
    static final int WINDOW = 30;

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

    /** True when {@code word} is the last word of a person the document names (a headline's "Roe:" for Ann Roe). */
    static boolean personSurname(DocumentIndex ix, String word) {
        // a one-word name equal to the word is no surname of it
        return ix.peopleNamed(word).stream().anyMatch(e -> e.name().split("\\s+").length > 1);
    }

    /**
     * "Roe said the spate of shootings demands “more listening”": when the words before the nearest verb can name no
     * speaker (no name, pronoun, role, outlet or generic source noun), that verb's subject is a thing inside the
     * content of an earlier report in the sentence, whose source is the quote's source. Null when there is none.
     */
    SourcePhrase outerReport(DocumentIndex ix, int start, int subjectEnd) {
        for (int v = subjectEnd - 1; v > start; v--) {
            if (!isVerb(ix, v) || isParticiple(ix, v)) continue;
            if (!speakerless(ix, v + 1, subjectEnd)) return null;
            int s = trimAuxiliaries(ix, start, v);
            // "Ann Roe, who has long called for tougher checks, said she was “hopeful”": a verb right after a
            // relative pronoun is the relative clause's, which describes the nearest verb's subject; no outer report
            int k = v - 1;
            while (k > start && (Words.AUXILIARIES.contains(ix.word(k)) || ix.token(k).pos().startsWith("RB"))) k--;
            if (k > start && Words.RELATIVE_SUBJECTS.contains(ix.word(k))) return null;
            return s > start ? new SourcePhrase(SourcePhrase.Position.BEFORE, start, s, v, cueText(ix, v, v + 1)) : null;
        }
        return null;
    }

    /** True when no word in [from, to) could name a speaker: no mention, pronoun, role, outlet or generic noun. */
    boolean speakerless(DocumentIndex ix, int from, int to) {
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
    int participleAfterComma(DocumentIndex ix, int start, int v) {
        // ", saying" and "by calling" / "after saying": the participle's subject is the main clause's
        if (isParticiple(ix, v)) return v > start && (ix.firstChar(v - 1) == ',' || Words.GERUND_PREPOSITIONS.contains(ix.word(v - 1))) ? v : -1;
        if (v - 1 <= start || !ix.word(v - 1).equals("to")) return -1;
        for (int p = v - 2; p > start && v - p <= 4; p--) {
            if (isParticiple(ix, p) && ix.firstChar(p - 1) == ',') return p;
            if (isClauseBreak(ix, p)) break;
        }
        return -1;
    }

    /** Longest introductory phrase or clause read before the main clause, in tokens. */
    static final int INTRODUCTION_WINDOW = 30;

    /**
     * First token of the main clause in [start, limit): after an introductory phrase that opens with a preposition,
     * adverb or past participle and ends with a comma ("During the speech, …", "Meanwhile, …", "When told the plant
     * would close, …"); else {@code start}.
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

    static int afterIntroduction(DocumentIndex ix, int start, int limit) {
        String pos = ix.token(start).pos();
        // "Asked about the strike, she said: …": a participle opens a reduced clause before the main one
        if (!(pos.equals("IN") || pos.startsWith("RB") || pos.equals("WRB") || pos.equals("VBN"))) return start;
        for (int t = start + 1; t < limit && t - start <= INTRODUCTION_WINDOW; t++) {
            if (ix.firstChar(t) == ',') return t + 1 < limit ? t + 1 : start;
            if (isMark(ix, t)) return start;
            // a finite verb ends an adverbial phrase, but belongs to a subordinate clause ("when she asked,")
            if (Words.isFinite(ix, t) && !(pos.equals("WRB") || pos.equals("IN"))) return start;
        }
        return start;
    }

    SourcePhrase accordingToIn(DocumentIndex ix, int from, int to) {
        for (int t = from; t + 1 < to; t++) {
            int cue = lexicon.accordingToAt(ix, t);
            if (cue > 0) {
                int s = t + cue;
                int e = s;
                while (e < to && e - s < 12 && !isClauseBreak(ix, e)) e++;
                if (e > s) return new SourcePhrase(SourcePhrase.Position.ACCORDING_TO, s, e, t, cueText(ix, t, t + cue));
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
            if (t > a && isMark(ix, t)) break;
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
            // a plural possessive's apostrophe ("the residents' association") is no quote mark
            if (isMark(ix, t)) break;
            t--;
        }
        return t + 1;
    }

    static String tokenText(DocumentIndex ix, int t) {
        Token tok = ix.token(t);
        return ix.text().substring(tok.start(), tok.end());
    }

    /**
     * The token at {@code t} is a quotation mark (any family, opening or closing); a clitic that begins with an
     * apostrophe ("He's telling", "Roe's aide said", "they're") is not, nor is a plural's possessive apostrophe ("the
     * farmers' union", tagged POS).
     */
    static boolean isMark(DocumentIndex ix, int t) {
        return isMarkToken(tokenText(ix, t)) && !ix.token(t).pos().equals("POS");
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
        return readAsVerb(ix, t, lexicon.verbAt(ix, t));
    }

    /** A verb of stance flagged {@code parc} ("endorsed", "railed against") read as a verb, as {@link #isVerb} reads. */
    boolean isParcVerb(DocumentIndex ix, int t) {
        return readAsVerb(ix, t, lexicon.parcVerb(ix.word(t), ix.token(t).lemma()));
    }

    /** Whether the word at {@code t}, whose lexicon entry is {@code entry}, is read as a verb in its context. */
    static boolean readAsVerb(DocumentIndex ix, int t, QuoteLexicon.SpeechVerb entry) {
        String pos = ix.token(t).pos();
        // a tagger's noun reading ("the report", "his claims") is not a cue
        if (pos.startsWith("NN") || pos.equals("JJ") || pos.equals("IN") || pos.equals("DT")) return false;
        if (entry == null) return false;
        // "the reports" / "a claim": a determiner right before makes it a noun even when the tagger was silent
        String prev = ix.word(t - 1);
        return !(prev.equals("the") || prev.equals("a") || prev.equals("an") || prev.equals("his") || prev.equals("her")
                || prev.equals("their") || prev.equals("its"));
    }

    /** True when [from, to) holds a speaker-typed name or a subject pronoun. */
    boolean namesSomeone(DocumentIndex ix, int from, int to) {
        for (int t = from; t < to; t++) {
            Mention m = ix.mentionAt(t);
            if (m != null && lexicon.isCue(CueCategory.SPEAKER_TYPE, m.ner())) return true;
            if (Words.SUBJECT_PRONOUNS.contains(ix.word(t).toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    static boolean commonNoun(DocumentIndex ix, int t) {
        String pos = ix.token(t).pos();
        return pos.equals("NN") || pos.equals("NNS");
    }

    /** A speech verb among [from, to) before the sentence ends. */
    boolean laterVerbInSentence(DocumentIndex ix, int from, int to) {
        for (int t = from; t < to; t++) {
            String w = tokenText(ix, t);
            if (w.equals(".") || w.equals("?") || w.equals("!") || isMark(ix, t)) return false;
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
            boolean joinsRoles = (afterComma || Words.joinsRolesOfOne(ix, t)) && (w.equals("and") || w.equals("or"));
            if ((Words.CLAUSE_WORDS.contains(w) && !joinsRoles) || (Words.isFinite(ix, t) && !Words.AUXILIARIES.contains(w))) return false;
        }
        return true;
    }

    static boolean hasFinite(DocumentIndex ix, int from, int to) {
        for (int t = from; t < to; t++) if (Words.isFinite(ix, t)) return true;
        return false;
    }

    /** Longest source phrase after a dash byline ({@link #dashByline}), in tokens. */
    static final int MAX_BYLINE_TOKENS = 8;

    /**
     * The source of a dash byline ("— Jane Roe, in a post on Friday"): the words after the dash at {@code dash} up to
     * the first clause break, at most {@value #MAX_BYLINE_TOKENS} tokens and no trailing punctuation, read as the
     * source of an inverted cue (the dash); null when no capitalised word follows the dash (a lower-case word
     * continues the writer's sentence: "“…” — a charge he denied") or no word is left.
     */
    static SourcePhrase dashByline(DocumentIndex ix, int dash, int end) {
        if (dash + 1 >= end || !Character.isUpperCase(ix.firstChar(dash + 1))) return null;
        int s = dash + 1;
        int e = s;
        while (e < end && e - s < MAX_BYLINE_TOKENS && !isClauseBreak(ix, e)) e++;
        while (e > s && ix.isPunct(e - 1)) e--;
        return e > s ? new SourcePhrase(SourcePhrase.Position.AFTER_INVERTED, s, e, dash, tokenText(ix, dash)) : null;
    }

    static boolean isDash(DocumentIndex ix, int t) {
        return Words.isDash(tokenText(ix, t));
    }

    static boolean isParticiple(DocumentIndex ix, int t) {
        return ix.word(t).endsWith("ing");
    }

    /** Punctuation that ends a source phrase: , ; : . ! ? quote marks and dashes. */
    static boolean isClauseBreak(DocumentIndex ix, int t) {
        String w = tokenText(ix, t);
        if (ix.token(t).pos().equals("POS")) return false; // "the farmers' union"
        return (w.length() == 1 && ",;:.!?—–()\"“”‘’'".indexOf(w.charAt(0)) >= 0) || isMarkToken(w) || w.equals("--")
                || Words.isSpacedHyphen(ix, t);
    }

    /**
     * A past participle right after a noun, with no auxiliary, that takes "of" or "by" and is followed in its
     * sentence by a finite verb, or is followed by that verb at once: a passive that describes the noun ("a man
     * accused of fraud told the jury …", "the remarks reported by the paper drew protests", "the plastic found was
     * PET"). Taggers also give VBN for many past tenses after a subject
     * ("Trump called the plan …", "Western Journalism reported Bloomberg is …"); those have no "of"/"by" or no
     * verb after them, and stay reports.
     */
    static boolean isPassiveAfterNoun(DocumentIndex ix, int v) {
        if (v < 1 || v + 1 >= ix.tokenCount() || !ix.token(v).pos().equals("VBN")) return false;
        int sentence = ix.token(v).sentence();
        if (ix.token(v - 1).sentence() != sentence) return false;
        if (!ix.token(v - 1).pos().startsWith("NN")) return false; // NN, NNS, NNP, NNPS
        // "the most common plastic found was PET": the noun and its participle are the subject of the next verb
        if (Words.isFinite(ix, v + 1) && ix.token(v + 1).sentence() == sentence) return true;
        if (!Words.PASSIVE_PREPOSITIONS.contains(ix.word(v + 1))) return false;
        for (int t = v + 2; t < ix.tokenCount() && ix.token(t).sentence() == sentence; t++) {
            if (Words.isFinite(ix, t)) return true;
            // a comma, hyphen or currency sign ("accused of taking £80,000 in bribes") does not end the clause
            if (ix.isPunct(t) && ix.firstChar(t) != ',' && !ix.token(t).pos().equals("HYPH") && !ix.token(t).pos().equals("$")) return false;
        }
        return false;
    }

    /** End of the source words before verb {@code v}: drops auxiliaries and adverbs standing before the verb. */
    static int trimAuxiliaries(DocumentIndex ix, int from, int v) {
        int s = v;
        while (s > from && (Words.AUXILIARIES.contains(ix.word(s - 1)) || adverbInLy(ix, s - 1) || taggedAdverb(ix, s - 1)
                || contractedAuxiliary(ix, s - 1))) s--;
        return s;
    }

    /**
     * "have long argued", "officials there said", "could not say": a word the tagger calls an adverb or a modal
     * ("ca" of "can't" too, whose "n't" is an adverb) that names no one.
     */
    private static boolean taggedAdverb(DocumentIndex ix, int t) {
        String pos = ix.token(t).pos();
        return (pos.startsWith("RB") || pos.equals("MD")) && ix.mentionAt(t) == null;
    }

    /** "'s", "'ve", "'d" read as a verb ("he's said", "they've argued"), not a possessive. */
    private static boolean contractedAuxiliary(DocumentIndex ix, int t) {
        String w = ix.word(t);
        return !w.isEmpty() && (w.charAt(0) == '\'' || w.charAt(0) == '’') && Words.isFinite(ix, t);
    }

    /** "quickly", "later", not a name or noun that ends so ("Kelly", "Italy", "family"). */
    private static boolean adverbInLy(DocumentIndex ix, int t) {
        return ix.word(t).endsWith("ly") && !ix.token(t).pos().startsWith("NN") && ix.mentionAt(t) == null;
    }

    static String cueText(DocumentIndex ix, int first, int end) {
        return ix.text().substring(ix.token(first).start(), ix.token(end - 1).end());
    }

    final QuoteLexicon lexicon;

    SourceReading(QuoteLexicon lexicon) { this.lexicon = lexicon; }
}
