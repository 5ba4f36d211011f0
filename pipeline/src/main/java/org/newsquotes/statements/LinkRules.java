package org.newsquotes.statements;

/**
 * Whether two quotes report one statement: an ordered list of rules over the best-aligned passage of a segment of
 * each ({@link PassageAligner}); the first rule that applies decides and names itself. Thresholds count normalised
 * words ({@link QuoteWords}); <em>content words</em> are those not in {@code models/function-words.txt}
 * ({@link FunctionWords}), so a stock phrase ("at the end of the day", "it is going to be a") never links two
 * people's quotes however many words it has.
 * <ol>
 *   <li><b>too-short</b>: a segment under {@value #MIN_WORDS} words links nothing. "Victory" or "too soft" in two
 *       articles says nothing about whether the same statement is reported.</li>
 *   <li><b>fragment-inside</b>: a fragment of {@value #FRAGMENT_WORDS} or 5 words with {@value #SHORT_CONTENT} content
 *       words found verbatim in a direct quote reported within a week ({@code fragmentInside}, decided by
 *       {@link StatementLinker}), under a different or unknown speaker: the quote stage often names the wrong speaker
 *       for a fragment, and the link surfaces the conflict ("museum of broken promises" inside "The harbour will become
 *       a museum of broken promises").</li>
 *   <li><b>short-same-speaker</b>: a segment under {@value #SHORT_WORDS} words links only when it appears verbatim in
 *       the other, holds at least {@value #SHORT_CONTENT} content words, and both quotes name the same speaker
 *       (corpus-wide entity): "bomb the dam" as a fragment of the minister's full sentence; without a shared
 *       speaker a short phrase is as likely a common expression.</li>
 *   <li><b>verbatim</b>: the shorter segment appears word for word in the other and holds at least
 *       {@value #MIN_CONTENT} content words, or {@value #SHORT_CONTENT} under one speaker, as a short phrase of one
 *       speaker needs (the same quote, a fragment inside its full quote, one sentence of a
 *       longer report: "I do. It was the right call." inside the speaker's longer answer). Under two different speakers it must also be at least half the longer segment: the same
 *       words misattributed link (and surface as a conflict), one speaker quoting another's line inside a longer
 *       remark does not.</li>
 *   <li><b>altered</b>: at least {@value #MIN_PASSAGE} words match, {@value #PASSAGE_CONTENT} of them content
 *       words, covering at least 80% of the shorter segment, with at least 80% of the aligned words the same: "at
 *       last 340 people were evacuated" and "at least 340 people were evacuated".</li>
 *   <li><b>shared-passage</b>: two reports, not attributed to two different speakers, that each hold words the
 *       other lacks but share a nearly verbatim passage
 *       (90% of aligned words the same) of at least {@value #SHARED_PASSAGE} words ({@value #PASSAGE_CONTENT}
 *       content words) covering half the shorter segment, or of at least {@value #LONG_PASSAGE} words:
 *       "The tunnel is safe. Trains will run again on the northern line on Monday morning." and "Trains
 *       will run again on the northern line on Monday morning. We thank the engineers."</li>
 *   <li>otherwise <b>different</b>: two things said, two statements.</li>
 * </ol>
 * When either quote is an <b>indirect</b> report ({@link #decideIndirect}), the writer chose the words, so only the
 * verbatim and altered rules apply (and shared-passage, under one speaker: a writer's sentence around the speaker's
 * own eight words), to segments of at least {@value #SHORT_WORDS} words (shorter ones only as
 * <b>indirect-clause</b>, one clause of the same speaker's quote with at most one word changed), and only when both name the
 * same speaker (the same entity, or the same speaker words when neither has one: "Port officials said the storm
 * sank at least 14 boats" and "Port officials said the storm sank at last 14 boats"), or when at least
 * {@value #LONG_PASSAGE} words are the same (copied text).
 */
public final class LinkRules {
    public static final int MIN_WORDS = 3;
    public static final int SHORT_WORDS = 6;
    public static final int SHORT_CONTENT = 2;
    public static final int FRAGMENT_WORDS = 4;
    public static final int MIN_CONTENT = 3;
    public static final int MIN_PASSAGE = 6;
    public static final int SHARED_PASSAGE = 8;
    public static final int PASSAGE_CONTENT = 3;
    public static final int LONG_PASSAGE = 12;

    private final FunctionWords functionWords;

    public LinkRules(FunctionWords functionWords) {
        this.functionWords = functionWords;
    }

    /** Whether two quotes name the same speaker: both the same entity, at least one unknown, or two different. */
    public enum Speakers { SAME, UNKNOWN, DIFFERENT }

    /**
     * The verdict on one pair and the rule that gave it.
     *
     * @param containment true when a segment of one quote appears whole, word for word, inside the other's, linked
     *                    or not (what {@link StatementLinker} counts to find formulas)
     */
    public record Decision(boolean linked, String rule, boolean containment, int matches) {
        static final Decision DIFFERENT = new Decision(false, "different", false, 0);

        public Decision(boolean linked, String rule) { this(linked, rule, false, 0); }

        public Decision(boolean linked, String rule, boolean containment) { this(linked, rule, containment, 0); }

        Decision withMatches(int m) { return new Decision(linked, rule, containment, m); }
    }

    /** The verdict on two quotes' segments (word codes, see {@link FunctionWords#isFunction}). */
    public Decision decide(int[][] a, int[][] b, Speakers speakers) {
        return decide(a, b, speakers, false);
    }

    /**
     * As {@link #decide(int[][], int[][], Speakers)}; with {@code fragmentInside}, a short fragment found verbatim in
     * the other (a direct quote of the same week) links whoever the speakers: {@code fragment-inside}.
     */
    public Decision decide(int[][] a, int[][] b, Speakers speakers, boolean fragmentInside) {
        Decision best = Decision.DIFFERENT;
        boolean contained = false;
        for (int[] sa : a) {
            for (int[] sb : b) {
                Decision d = decideSegments(sa, sb, speakers, fragmentInside);
                if (d.linked()) return d;
                contained |= d.containment();
                if (best == Decision.DIFFERENT) best = d;
            }
        }
        return new Decision(false, best.rule(), contained);
    }

    /**
     * The verdict when either quote is an indirect report ({@code aIndirect}, {@code bIndirect} say which): with the
     * same speaker, or, whoever the speakers, when at least {@value #LONG_PASSAGE} words are the same (a writer's
     * sentence that long is copied, not written twice: an outlet's standing note, a wire story's paraphrase printed
     * again). The <b>indirect-clause</b> rule links only a short indirect report to a quote in the speaker's words,
     * never a short quote to an indirect report that mentions it ("make the valley whole" inside a report of a rival
     * mocking that line).
     */
    public Decision decideIndirect(int[][] a, int[][] b, Speakers speakers, boolean aIndirect, boolean bIndirect) {
        for (int[] sa : a) {
            for (int[] sb : b) {
                if (Math.min(sa.length, sb.length) < SHORT_WORDS) {
                    boolean shortIsIndirect = sa.length <= sb.length ? aIndirect && !bIndirect : bIndirect && !aIndirect;
                    if (speakers == Speakers.SAME && shortIsIndirect && shortClause(sa, sb)) {
                        return new Decision(true, "indirect-clause");
                    }
                    continue;
                }
                Decision d = decideSegments(sa, sb, speakers == Speakers.SAME ? speakers : Speakers.UNKNOWN, false);
                // a shared passage is the writer's paraphrase around the speaker's own words only under one speaker
                if (!d.linked() || (d.rule().equals("shared-passage") && speakers != Speakers.SAME)) continue;
                if (speakers == Speakers.SAME) return new Decision(true, "indirect-" + d.rule(), d.containment(), d.matches());
                if (d.matches() >= LONG_PASSAGE) return new Decision(true, "indirect-copied", d.containment(), d.matches());
            }
        }
        return Decision.DIFFERENT;
    }

    /**
     * A short indirect report of {@value #FRAGMENT_WORDS} or 5 words that is the other's clause with at most one word
     * changed and {@value #MIN_CONTENT} content words kept (the same speaker decided by the caller): "Dover remains
     * open to ferries" reporting "The harbour remains open to ferries, but not to cargo."
     */
    private boolean shortClause(int[] a, int[] b) {
        int[] shorter = a.length <= b.length ? a : b;
        int[] longer = shorter == a ? b : a;
        if (shorter.length < FRAGMENT_WORDS) return false;
        PassageAligner.Alignment al = PassageAligner.align(shorter, longer);
        return al.matches() >= shorter.length - 1 && contentMatches(shorter, al) >= MIN_CONTENT;
    }

    Decision decideSegments(int[] a, int[] b, Speakers speakers, boolean fragmentInside) {
        int shorter = Math.min(a.length, b.length);
        if (shorter < MIN_WORDS) return new Decision(false, "too-short");
        PassageAligner.Alignment al = PassageAligner.align(a, b);
        return decideAligned(a, b, speakers, shorter, al, fragmentInside).withMatches(al.matches());
    }

    private Decision decideAligned(int[] a, int[] b, Speakers speakers, int shorter, PassageAligner.Alignment al,
                                   boolean fragmentInside) {
        int content = contentMatches(a, al);
        boolean containedVerbatim = al.verbatim() && al.matches() == shorter;
        if (shorter < SHORT_WORDS) {
            if (containedVerbatim && fragmentInside && shorter >= FRAGMENT_WORDS && content >= SHORT_CONTENT
                    && speakers != Speakers.SAME) {
                return new Decision(true, "fragment-inside", true);
            }
            return new Decision(containedVerbatim && speakers == Speakers.SAME && content >= SHORT_CONTENT,
                    "short-same-speaker", containedVerbatim);
        }
        if (containedVerbatim) {
            // under two different names, a passage inside a much longer quote is one speaker quoting another's
            // line ("as she put it, ..."), not the same statement misattributed
            boolean extent = speakers != Speakers.DIFFERENT || shorter >= 0.5 * Math.max(a.length, b.length);
            // one speaker's words found whole in a report of the same speaker need no more content words than a
            // short phrase of that speaker does
            int needed = speakers == Speakers.SAME ? SHORT_CONTENT : MIN_CONTENT;
            return new Decision(content >= needed && extent, "verbatim", true);
        }
        int aligned = al.matches() + al.changes().size();
        double identity = aligned == 0 ? 0 : (double) al.matches() / aligned;
        if (al.matches() >= MIN_PASSAGE && content >= PASSAGE_CONTENT && al.matches() >= 0.8 * shorter && identity >= 0.8) {
            return new Decision(true, "altered");
        }
        if (identity >= 0.9 && content >= PASSAGE_CONTENT && speakers != Speakers.DIFFERENT && (al.matches() >= LONG_PASSAGE
                || (al.matches() >= SHARED_PASSAGE && al.matches() >= 0.5 * shorter))) {
            return new Decision(true, "shared-passage");
        }
        return Decision.DIFFERENT;
    }

    /** Matched words of the passage in {@code a} that are content words. */
    private int contentMatches(int[] a, PassageAligner.Alignment al) {
        java.util.Set<Integer> changed = new java.util.HashSet<>();
        for (PassageAligner.Change c : al.changes()) if (c.aWord() >= 0) changed.add(c.aWord());
        int n = 0;
        for (int i = al.aStart(); i < al.aEnd(); i++) if (!changed.contains(i) && !functionWords.isFunction(a[i])) n++;
        return n;
    }
}
