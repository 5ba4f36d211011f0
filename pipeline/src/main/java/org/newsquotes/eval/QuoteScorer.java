package org.newsquotes.eval;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsquotes.config.ModelFiles;
import org.newsquotes.entities.EntityKnowledge;
import org.newsquotes.record.MentionKind;
import org.newsquotes.record.QuoteKind;
import org.newsquotes.record.Span;

/**
 * Scores our quotes against a gold set.
 *
 * <p>Matching rules (also in the README):
 * <ol>
 *   <li>Documents match by name: gold file name == our {@code doc_id}.</li>
 *   <li>Gold quotes are placed in OUR document text (from {@code json/}, else the gold file) by their text, not by
 *       offsets, because cleaning shifts offsets: curly/straight marks and spaces are normalised, and among several
 *       occurrences the one nearest the gold offset (brat) or the first after the previous gold quote (FORMAT.md) wins.</li>
 *   <li>A gold quote is found when one of our quotes of the same kind group overlaps it by at least one character;
 *       one of our quotes is right when it overlaps a gold quote of its group. Groups: {@code direct+fragment}
 *       (any quoted words, the detection figure), {@code direct}, {@code fragment}, {@code indirect}. Kind
 *       {@code other} is never scored. Our indirect quotes inside a brat Content that mixes quoted and paraphrased
 *       words are neither right nor wrong (left out of precision).</li>
 *   <li>Speaker accuracy is over found gold quotes that have a gold speaker, using our most-overlapping quote (of
 *       two that overlap it equally, the shorter: for the inner report of "A thinks B, C said" the report of B, not
 *       C's report that holds it): the
 *       speaker is right when our evidence mention overlaps the gold speaker mention (placed in our text near the
 *       quote) and is not only a possessive inside it ({@link #owner}), or our resolved speaker name (or mention) equals one of the gold speaker's names (FORMAT.md:
 *       the gold entity's canonical name and variants; brat: the Source text, or a name standing in it as whole words,
 *       not as a possessive, or the Source naming the person by our name's surname, a generational suffix aside, or by
 *       that surname's possessive alone, see {@link #sameSurname}) after
 *       case, accent and quote-mark normalisation.</li>
 * </ol>
 */
public final class QuoteScorer {
    static final Map<String, Set<QuoteKind>> GROUPS = new LinkedHashMap<>();

    static {
        GROUPS.put("direct+fragment", EnumSet.of(QuoteKind.DIRECT, QuoteKind.FRAGMENT));
        GROUPS.put("direct", EnumSet.of(QuoteKind.DIRECT));
        GROUPS.put("fragment", EnumSet.of(QuoteKind.FRAGMENT));
        GROUPS.put("indirect", EnumSet.of(QuoteKind.INDIRECT));
    }

    /** Groups whose misses and false alarms go to the report (the per-kind rows would repeat them). */
    private static final Set<String> REPORTED = Set.of("direct+fragment", "indirect");

    private QuoteScorer() {}

    /**
     * A gold quote placed in our text.
     *
     * @param span    where its words are in our text
     * @param mention where its speaker mention is in our text, or null when it could not be placed
     */
    public record Placed(GoldQuote gold, Span span, Span mention) {}

    /**
     * Places gold quotes (kind {@code other} left out) in our text by their words, nearest their gold offsets; a
     * quote whose words are not in our text is reported through {@code notFound} and left out.
     */
    public static List<Placed> place(List<GoldQuote> golds, TextLocator loc, java.util.function.Consumer<String> notFound) {
        List<Placed> placed = new ArrayList<>();
        int lastStart = 0;
        for (GoldQuote g : golds) {
            if (g.kind() == QuoteKind.OTHER) continue;
            int hint = g.sourceSpan() != null ? g.sourceSpan().start() : -lastStart - 1;
            Span s = loc.locate(g.text(), hint);
            if (s == null) {
                notFound.accept("GOLD NOT IN TEXT [" + g.kind().label() + "] " + g.id() + " \"" + shorten(g.text()) + "\"");
                continue;
            }
            lastStart = s.start();
            Span m = null;
            if (g.speakerMention() != null) {
                int mh = g.speakerMentionSpan() != null ? g.speakerMentionSpan().start() : s.start();
                m = loc.locate(g.speakerMention(), mh);
                if (m != null && g.speakerMentionSpan() == null && Math.abs(m.start() - s.start()) > 1500) m = null;
            }
            placed.add(new Placed(g, s, m));
        }
        return placed;
    }

    public static EvalResult score(GoldSet gold, List<OutputQuote> ours, Map<String, String> ourTexts) throws IOException {
        Map<String, List<OutputQuote>> oursByDoc = new HashMap<>();
        for (OutputQuote q : ours) oursByDoc.computeIfAbsent(q.doc(), k -> new ArrayList<>()).add(q);
        Map<String, List<GoldQuote>> goldByDoc = new LinkedHashMap<>();
        for (String d : gold.docs()) goldByDoc.put(d, new ArrayList<>());
        for (GoldQuote g : gold.quotes()) goldByDoc.computeIfAbsent(g.doc(), k -> new ArrayList<>()).add(g);

        Map<String, int[]> det = new LinkedHashMap<>();
        for (String k : GROUPS.keySet()) det.put(k, new int[4]);
        Map<String, int[]> spk = new LinkedHashMap<>();
        for (String k : List.of("direct+fragment", "indirect", "all")) spk.put(k, new int[2]);
        List<String> report = new ArrayList<>();

        for (var entry : goldByDoc.entrySet()) {
            String doc = entry.getKey();
            String original = gold.docText(doc);
            String text = ourTexts.getOrDefault(doc, original);
            List<OutputQuote> mine = oursByDoc.getOrDefault(doc, List.of());
            if (text == null) {
                report.add("== " + doc + ": no document text (neither json/ nor gold docs/); skipped");
                continue;
            }
            if (!ourTexts.containsKey(doc) && !mine.isEmpty()) {
                report.add("== " + doc + ": no json/ text, our offsets taken as offsets into the gold file");
            }
            TextLocator loc = new TextLocator(text);
            List<String> docReport = new ArrayList<>();
            List<Placed> placed = place(entry.getValue(), loc, docReport::add);
            List<Span> mixed = new ArrayList<>();
            if (original != null) {
                for (Span ms : gold.mixed().getOrDefault(doc, List.of())) {
                    Span s = loc.locate(ms.of(original), ms.start());
                    if (s != null) mixed.add(s);
                }
            }
            for (var grp : GROUPS.entrySet()) {
                int[] c = det.get(grp.getKey());
                Set<QuoteKind> kinds = grp.getValue();
                for (Placed p : placed) {
                    if (!kinds.contains(p.gold().kind())) continue;
                    c[0]++;
                    if (mine.stream().anyMatch(o -> kinds.contains(o.kind()) && o.span().overlaps(p.span()))) c[1]++;
                    else if (REPORTED.contains(grp.getKey())) {
                        docReport.add("MISS [" + grp.getKey() + "] " + p.gold().id() + " \"" + shorten(p.gold().text()) + "\""
                                + (p.gold().hasSpeaker() ? " — " + p.gold().speaker() : "") + ours(mine, p.span()));
                    }
                }
                for (OutputQuote o : mine) {
                    if (!kinds.contains(o.kind())) continue;
                    boolean right = placed.stream().anyMatch(p -> kinds.contains(p.gold().kind()) && p.span().overlaps(o.span()));
                    if (!right && o.kind() == QuoteKind.INDIRECT && mixed.stream().anyMatch(ms -> ms.overlaps(o.span()))) continue;
                    c[2]++;
                    if (right) c[3]++;
                    else if (REPORTED.contains(grp.getKey())) {
                        docReport.add("FALSE ALARM [" + grp.getKey() + "] " + o.id() + " \"" + shorten(o.text()) + "\""
                                + (o.speaker() != null ? " — " + o.speaker() : "") + golds(placed, o.span()));
                    }
                }
            }
            for (Placed p : placed) {
                if (!p.gold().hasSpeaker()) continue;
                String group = p.gold().kind() == QuoteKind.INDIRECT ? "indirect" : "direct+fragment";
                Set<QuoteKind> kinds = GROUPS.get(group);
                OutputQuote best = null;
                int bestOverlap = 0;
                for (OutputQuote o : mine) {
                    if (!kinds.contains(o.kind()) || !o.span().overlaps(p.span())) continue;
                    int ov = Math.min(o.span().end(), p.span().end()) - Math.max(o.span().start(), p.span().start());
                    // equal overlap (a report nested in another: "A thinks B, C said"): the one closer to the gold
                    // quote, with fewer characters outside it
                    if (ov > bestOverlap || (ov == bestOverlap && best != null && o.span().length() < best.span().length())) {
                        bestOverlap = ov;
                        best = o;
                    }
                }
                if (best == null) continue;
                boolean right = speakerMatches(p, text, best);
                for (String k : List.of(group, "all")) {
                    spk.get(k)[0]++;
                    if (right) spk.get(k)[1]++;
                }
                if (!right) {
                    docReport.add("WRONG SPEAKER [" + p.gold().kind().label() + "] " + p.gold().id() + " \"" + shorten(p.gold().text())
                            + "\" gold: " + p.gold().speaker() + " (" + p.gold().speakerMention() + ") ours: " + best.speaker()
                            + " (" + best.mention() + ", " + best.method() + ")");
                }
            }
            if (!docReport.isEmpty()) {
                report.add("== " + doc);
                report.addAll(docReport);
            }
        }
        List<EvalResult.DetectionRow> rows = new ArrayList<>();
        det.forEach((k, c) -> rows.add(new EvalResult.DetectionRow(k, c[0], c[1], c[2], c[3])));
        List<EvalResult.SpeakerRow> srows = new ArrayList<>();
        spk.forEach((k, c) -> srows.add(new EvalResult.SpeakerRow(k, c[0], c[1])));
        return new EvalResult(rows, srows, report);
    }

    private static boolean speakerMatches(Placed p, String text, OutputQuote o) {
        return speakerMatches(p, text, o.speaker(), o.mention(), o.mentionSpan(), o.speakerEntityId());
    }

    /**
     * True when our speaker of a quote counts as the gold one (the matching rules in the class comment): our evidence
     * {@code mentionSpan} overlaps the placed gold mention (unless it is only the {@link #owner} in it), our entity
     * id is the gold speaker's, or our resolved {@code speaker} name (or {@code mention} words) is one of the gold
     * speaker's names. {@code text} is the document text the spans point into.
     */
    public static boolean speakerMatches(Placed p, String text, String speaker, String mention, Span mentionSpan, String entityId) {
        if (p.mention() != null && mentionSpan != null && p.mention().overlaps(mentionSpan)
                && !owner(text, p.mention(), mentionSpan)) return true;
        GoldQuote g = p.gold();
        if (entityId != null && entityId.equals(g.speaker())) return true;
        for (String ours : new String[] {speaker, mention}) {
            if (ours == null) continue;
            String n = name(ours);
            if (n.isEmpty()) continue;
            for (String gn : g.speakerNames()) {
                String gname = name(gn);
                if (gname.equals(n)) return true;
                // brat sources carry titles and descriptions: "Republican nominee Donald Trump"
                if (g.speakerMentionSpan() != null && ours == speaker && Character.isUpperCase(ours.strip().charAt(0))
                        && (" " + gname + " ").contains(" " + n + " ") && !(" " + gname + " ").contains(" " + n + " 's")) return true;
                if (g.speakerMentionSpan() != null && ours == speaker && sameSurname(gn, ours)) return true;
            }
        }
        return false;
    }

    /**
     * Our mention is a possessive inside a longer gold source, naming its owner: "His" or "Roe's" in the source
     * "His lawyer, Ann Roe," / "Roe's lawyer" is the one whose lawyer spoke, not the lawyer. A possessive that is the
     * whole gold source ("his" of "his claim that …", "Roe" of the gold source "Roe's" in "Roe's claim that …") still
     * matches.
     */
    static boolean owner(String text, Span gold, Span ours) {
        if (ours.end() >= gold.end() || ours.end() > text.length()) return false;
        // the gold source is the possessive name itself ("Donald Trump's" of "Donald Trump's claim that …"): our name
        // is all of it but the marker, and names the one the gold names
        String rest = text.substring(ours.end(), Math.min(text.length(), gold.end())).strip();
        if (rest.equals("'s") || rest.equals("’s") || rest.equals("'") || rest.equals("’")) return false;
        String words = text.substring(ours.start(), ours.end()).strip().toLowerCase(Locale.ROOT);
        if (MentionKind.POSSESSIVE_PRONOUNS.contains(words)) return true;
        String after = text.substring(ours.end(), Math.min(text.length(), ours.end() + 2));
        return after.startsWith("'s") || after.startsWith("’s") || words.endsWith("'s") || words.endsWith("’s");
    }

    /** The entity step's name knowledge, read when a surname is first compared (its generational suffixes). */
    private static final class Knowledge {
        static final EntityKnowledge NAMES = EntityKnowledge.load(ModelFiles.packaged());
    }

    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "president", "senator",
            "secretary", "governor", "mayor", "judge", "justice", "gen", "general", "prof", "professor", "sir", "lord",
            "minister", "chairman", "speaker", "leader", "chief", "former", "vice", "the");

    /**
     * A brat Source naming the person by a short form of our resolved name: "Trump" or "Mr. Trump" for "Donald Trump",
     * "Clinton, the former secretary of State," for "Hillary Clinton". The surname must stand in the Source as a
     * whole word, not as a possessive, and a given name in the Source must be ours too ("Bill Clinton" is not
     * "Hillary Clinton").
     */
    static boolean sameSurname(String goldSource, String ourName) {
        String[] ours = name(ourName).split(" ");
        // a generational suffix is no surname: "Joseph R. Biden Jr." is Mr. Biden
        int last = ours.length - 1;
        while (last > 0 && Knowledge.NAMES.isSuffix(ours[last])) last--;
        if (last < 1) return false;
        String surname = ours[last];
        String[] gold = name(goldSource).split(" ");
        for (int i = 0; i < gold.length; i++) {
            if (!gold[i].equals(surname)) continue;
            // "Roe's lawyer" is the lawyer; "Roe's" alone, the whole Source of "Roe's claim that …", is Roe
            if (i + 1 < gold.length && gold[i + 1].equals("'s")) return i + 2 == gold.length;
            if (i > 0 && !TITLES.contains(gold[i - 1].replace(".", ""))) {
                String given = gold[i - 1];
                boolean capitalisedInSource = java.util.Arrays.stream(goldSource.split("[\\s,]+"))
                        .anyMatch(w -> name(w).equals(given) && !w.isEmpty() && Character.isUpperCase(w.charAt(0)));
                if (capitalisedInSource && java.util.Arrays.stream(ours).noneMatch(given::equals)) return false;
            }
            return true;
        }
        return false;
    }

    /** Lower case, no accents, straight apostrophes, no leading article, single spaces, "'s" split off. */
    static String name(String s) {
        String n = Normalizer.normalize(TextLocator.normalise(s), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        n = n.toLowerCase(Locale.ROOT).replace("'s", " 's").replaceAll("[^\\p{L}\\p{N}' ]", " ").replaceAll("\\s+", " ").strip();
        return n.startsWith("the ") ? n.substring(4) : n;
    }

    private static String ours(List<OutputQuote> mine, Span s) {
        for (OutputQuote o : mine) if (o.span().overlaps(s)) return " (ours overlapping as " + o.kind().label() + " " + o.id() + ")";
        return "";
    }

    private static String golds(List<Placed> placed, Span s) {
        for (Placed p : placed) if (p.span().overlaps(s)) return " (gold overlapping as " + p.gold().kind().label() + " " + p.gold().id() + ")";
        return "";
    }

    static String shorten(String s) {
        String t = s.replace('\n', ' ');
        return t.length() <= 110 ? t : t.substring(0, 107) + "...";
    }
}
