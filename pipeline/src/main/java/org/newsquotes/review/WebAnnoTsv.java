package org.newsquotes.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.Quote;
import org.newsquotes.record.ReviewStatus;
import org.newsquotes.record.Sentence;
import org.newsquotes.record.Span;
import org.newsquotes.record.Token;

/**
 * Quotes and speakers in WebAnno TSV 3.3, the format INCEpTION and WebAnno import and export, so a team can move
 * work between the two tools. One span layer and one relation layer (set them up once in the INCEpTION project,
 * docs/inception.md):
 * <ul>
 *   <li>{@value #SPAN_LAYER}: features {@code entity} (corpus-wide id of the speaker), {@code kind} (direct,
 *       fragment, indirect, other), {@code quoteId}, {@code role} ({@code quote} or {@code speaker}), {@code speaker}
 *       (the speaker's name) and {@code status} (the review status). A quote is one annotation with role quote; the
 *       words naming its speaker are one with role speaker.</li>
 *   <li>{@value #RELATION_LAYER} over it, feature {@code label} ({@code said-by}): from a quote (governor) to its
 *       speaker's words (dependent).</li>
 * </ul>
 * Format as WebAnno's TSV 3 writer has it: header, then one block per sentence ({@code #Text=} line, then one row per
 * token: {@code sentence-token}, {@code begin-end} character offsets in the document text, the token, then one
 * column per feature); every annotation carries its id ({@code value[id]}); several on one token are joined by
 * {@code |}; {@code _} is no annotation, {@code *} an annotation with an empty feature; a relation sits on the first
 * token of its dependent, its column naming the governor's first token and {@code [governorId_dependentId]}. A
 * span whose edge falls inside a token is widened to the token.
 */
public final class WebAnnoTsv {
    public static final String SPAN_LAYER = "webanno.custom.Quotation";
    public static final String RELATION_LAYER = "webanno.custom.SaidBy";
    /** The span layer's features, in column order. */
    static final List<String> FEATURES = List.of("entity", "kind", "quoteId", "role", "speaker", "status");
    static final String HEADER = "#FORMAT=WebAnno TSV 3.3\n"
            + "#T_SP=" + SPAN_LAYER + "|" + String.join("|", FEATURES) + "\n"
            + "#T_RL=" + RELATION_LAYER + "|label|BT_" + SPAN_LAYER + "\n\n\n";
    static final String SAID_BY = "said-by";

    private WebAnnoTsv() {}

    /** One annotation of the span layer. */
    record Annotation(int id, Span span, Map<String, String> features) {}

    /** One said-by relation: the quote's annotation id (governor) and the speaker's (dependent). */
    record Relation(int quoteId, int speakerId) {}

    /**
     * The document as TSV: every quote (rejected ones only when {@code includeRejected}) with its features, and its
     * speaker's words ({@link BratExporter#speakerSpan}) with a said-by relation. Empty when the document has no
     * tokens.
     */
    public static String write(AnnotatedDocument d, boolean includeRejected) {
        if (d.tokens().isEmpty()) return "";
        List<Annotation> anns = new ArrayList<>();
        List<Relation> rels = new ArrayList<>();
        Map<Span, Annotation> speakers = new LinkedHashMap<>();
        List<Quote> quotes = new ArrayList<>(d.quotes());
        quotes.sort(Comparator.comparingInt(Quote::start).thenComparingInt(Quote::end));
        for (Quote q : quotes) {
            if (q.reviewStatus() == ReviewStatus.REJECTED && !includeRejected) continue;
            Span qs = widen(d, q.span());
            if (qs == null) continue;
            Map<String, String> f = new LinkedHashMap<>();
            f.put("entity", q.attribution().speakerEntityId());
            f.put("kind", q.kind().label());
            f.put("quoteId", q.id());
            f.put("role", "quote");
            f.put("speaker", q.attribution().speaker());
            f.put("status", q.reviewStatus().label());
            Annotation qa = new Annotation(anns.size() + 1, qs, f);
            anns.add(qa);
            Optional<Span> speaker = BratExporter.speakerSpan(d, q).map(s -> widen(d, s));
            if (speaker.isPresent() && speaker.get() != null && q.attribution().speaker() != null) {
                Annotation sa = speakers.get(speaker.get());
                if (sa == null) {
                    Map<String, String> sf = new LinkedHashMap<>();
                    sf.put("entity", q.attribution().speakerEntityId());
                    sf.put("role", "speaker");
                    sf.put("speaker", q.attribution().speaker());
                    sa = new Annotation(anns.size() + 1, speaker.get(), sf);
                    anns.add(sa);
                    speakers.put(speaker.get(), sa);
                }
                rels.add(new Relation(qa.id(), sa.id()));
            }
        }
        return render(d, anns, rels);
    }

    /** {@code s} widened to whole tokens; null when no token overlaps it. */
    static Span widen(AnnotatedDocument d, Span s) {
        int start = -1;
        int end = -1;
        for (Token t : d.tokens()) {
            if (t.end() <= s.start() || t.start() >= s.end()) continue;
            if (start < 0) start = t.start();
            end = t.end();
        }
        return start < 0 ? null : new Span(start, end);
    }

    private static String render(AnnotatedDocument d, List<Annotation> anns, List<Relation> rels) {
        String text = d.text();
        Map<Integer, String> firstToken = new LinkedHashMap<>();
        for (Annotation a : anns) {
            for (Token t : d.tokens()) {
                if (t.start() >= a.span().start() && t.end() <= a.span().end()) {
                    firstToken.put(a.id(), tokenId(d, t));
                    break;
                }
            }
        }
        StringBuilder out = new StringBuilder(HEADER);
        for (Sentence s : d.sentences()) {
            List<Token> tokens = d.tokensOf(s);
            if (tokens.isEmpty()) continue;
            out.append("#Text=").append(escapeText(text.substring(tokens.get(0).start(), tokens.get(tokens.size() - 1).end())))
                    .append('\n');
            for (Token t : tokens) {
                out.append(tokenId(d, t)).append('\t').append(t.start()).append('-').append(t.end()).append('\t')
                        .append(escapeText(text.substring(t.start(), t.end()))).append('\t');
                List<Annotation> here = anns.stream().filter(a -> a.span().start() <= t.start() && t.end() <= a.span().end()).toList();
                for (String f : FEATURES) {
                    out.append(here.isEmpty() ? "_" : String.join("|", here.stream().map(a -> {
                        String v = a.features().get(f);
                        return (v == null || v.isEmpty() ? "*" : escape(v)) + "[" + a.id() + "]";
                    }).toList())).append('\t');
                }
                List<Relation> onToken = rels.stream().filter(r -> firstToken.get(r.speakerId()) != null
                        && firstToken.get(r.speakerId()).equals(tokenId(d, t))).toList();
                out.append(onToken.isEmpty() ? "_" : String.join("|", onToken.stream().map(r -> SAID_BY).toList())).append('\t');
                out.append(onToken.isEmpty() ? "_" : String.join("|", onToken.stream()
                        .map(r -> firstToken.get(r.quoteId()) + "[" + r.quoteId() + "_" + r.speakerId() + "]").toList())).append('\t');
                out.append('\n');
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String tokenId(AnnotatedDocument d, Token t) {
        Sentence s = d.sentences().get(t.sentence());
        return (t.sentence() + 1) + "-" + (t.index() - s.firstToken() + 1);
    }

    /** Feature values escape the characters TSV 3 gives a meaning to. */
    static String escape(String v) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '-' && i + 1 < v.length() && v.charAt(i + 1) == '>') {
                b.append("\\->");
                i++;
            } else if ("\\[]|_;*".indexOf(c) >= 0) {
                b.append('\\').append(c);
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c == '\n' || c == '\r') {
                b.append("\\n");
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Token and sentence text: tabs and line breaks written as escapes, so a row stays one line. */
    static String escapeText(String t) {
        return t.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n");
    }

    static String unescape(String v) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '\\' && i + 1 < v.length()) {
                char n = v.charAt(++i);
                b.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    // ---------------------------------------------------------------- reading

    /** What a TSV file holds of our layers: quote annotations with their speakers' words and names. */
    public record Parsed(List<ImportedQuote> quotes) {}

    /**
     * One quote annotation of an imported file.
     *
     * @param span         its offsets in the document text
     * @param kind         its kind feature, or null
     * @param quoteId      the quote id it was exported with, or null (a quote added in the other tool)
     * @param status       its status feature, or null
     * @param speaker      the speaker's name: the quote's speaker feature, else the speaker annotation's, else its
     *                     words; null for none
     * @param speakerSpan  the words of its said-by speaker annotation, or null
     */
    public record ImportedQuote(Span span, String kind, String quoteId, String status, String speaker, Span speakerSpan) {}

    /**
     * Reads a TSV 3 file's {@value #SPAN_LAYER} and {@value #RELATION_LAYER} annotations (other layers are skipped),
     * checking that every token's offsets hold its text in {@code docText}.
     *
     * @throws IllegalArgumentException naming the line when the file is not TSV 3, lacks our layers, or does not fit
     *                                  the document's text
     */
    public static Parsed read(String tsv, String docText) {
        String[] lines = tsv.split("\n", -1);
        if (lines.length == 0 || !lines[0].startsWith("#FORMAT=WebAnno TSV 3")) {
            throw new IllegalArgumentException("line 1: not WebAnno TSV 3 (no #FORMAT=WebAnno TSV 3 header)");
        }
        int col = 3;
        Map<String, Integer> spanCols = new LinkedHashMap<>();
        int relLabel = -1;
        int relRef = -1;
        for (String l : lines) {
            if (l.startsWith("#T_SP=") || l.startsWith("#T_CH=")) {
                String[] p = l.substring(6).split("\\|");
                boolean ours = p[0].equals(SPAN_LAYER);
                int features = Math.max(1, p.length - 1);
                for (int i = 1; i < p.length; i++) if (ours) spanCols.put(p[i], col + i - 1);
                col += l.startsWith("#T_CH=") ? 2 : features;
            } else if (l.startsWith("#T_RL=")) {
                String[] p = l.substring(6).split("\\|");
                if (p[0].equals(RELATION_LAYER)) {
                    relLabel = p.length > 2 ? col : -1;
                    relRef = col + p.length - 2;
                }
                col += p.length - 1;
            }
        }
        if (!spanCols.containsKey("role")) {
            throw new IllegalArgumentException("no " + SPAN_LAYER + " layer with a role feature in the header");
        }
        Map<String, int[]> spans = new LinkedHashMap<>();          // annotation key -> [start, end]
        Map<String, Map<String, String>> feats = new LinkedHashMap<>();
        Map<String, String> tokenOf = new LinkedHashMap<>();        // first token id of each annotation key
        List<String[]> relations = new ArrayList<>();                // governor key, dependent key
        for (int n = 0; n < lines.length; n++) {
            String l = lines[n];
            if (l.isEmpty() || l.startsWith("#")) continue;
            String[] c = l.split("\t", -1);
            if (c.length < 3 || !c[0].matches("\\d+-\\d+(\\.\\d+)?") || !c[1].matches("\\d+-\\d+")) {
                throw new IllegalArgumentException("line " + (n + 1) + ": not a token row");
            }
            int b = Integer.parseInt(c[1].substring(0, c[1].indexOf('-')));
            int e = Integer.parseInt(c[1].substring(c[1].indexOf('-') + 1));
            if (e > docText.length() || b > e || !docText.substring(b, e).equals(unescape(c[2]))) {
                throw new IllegalArgumentException("line " + (n + 1) + ": token '" + c[2] + "' at " + b + "-" + e
                        + " is not in the document's text (another version of the document?)");
            }
            for (Map.Entry<String, Integer> fc : spanCols.entrySet()) {
                if (fc.getValue() >= c.length) continue;
                String cell = c[fc.getValue()];
                if (cell.equals("_")) continue;
                List<String> parts = splitUnescaped(cell, '|');
                for (int i = 0; i < parts.size(); i++) {
                    String part = parts.get(i);
                    String key;
                    String value;
                    int open = lastUnescaped(part, '[');
                    if (open >= 0 && part.endsWith("]")) {
                        key = part.substring(open + 1, part.length() - 1);
                        value = part.substring(0, open);
                    } else {
                        key = c[0] + "#" + i;  // a single-token annotation written without an id
                        value = part;
                    }
                    int[] sp = spans.computeIfAbsent(key, k -> new int[] {b, e});
                    sp[0] = Math.min(sp[0], b);
                    sp[1] = Math.max(sp[1], e);
                    tokenOf.putIfAbsent(key, c[0]);
                    feats.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(fc.getKey(),
                            value.equals("*") ? null : unescape(value));
                }
            }
            if (relRef >= 0 && relRef < c.length && !c[relRef].equals("_")) {
                List<String> labels = relLabel >= 0 && relLabel < c.length ? splitUnescaped(c[relLabel], '|') : List.of();
                List<String> refs = splitUnescaped(c[relRef], '|');
                for (int i = 0; i < refs.size(); i++) {
                    String ref = refs.get(i);
                    int open = ref.indexOf('[');
                    String govToken = open < 0 ? ref : ref.substring(0, open);
                    String gov = govToken + "#0";
                    String dep = c[0] + "#0";
                    if (open >= 0) {
                        String[] ids = ref.substring(open + 1, ref.length() - 1).split("_");
                        if (!ids[0].equals("0")) gov = ids[0];
                        if (ids.length > 1 && !ids[1].equals("0")) dep = ids[1];
                    }
                    String label = i < labels.size() ? labels.get(i) : SAID_BY;
                    if (label.equals("_") || label.equals("*") || label.equals(SAID_BY)) relations.add(new String[] {gov, dep});
                }
            }
        }
        Map<String, String> speakerOf = new LinkedHashMap<>();
        for (String[] r : relations) {
            Map<String, String> g = feats.get(r[0]);
            Map<String, String> dfeat = feats.get(r[1]);
            if (g == null || dfeat == null) continue;
            // either direction: quote -> speaker as we write it, or speaker -> quote as a person might draw it
            if ("quote".equals(g.get("role")) && "speaker".equals(dfeat.get("role"))) speakerOf.put(r[0], r[1]);
            else if ("speaker".equals(g.get("role")) && "quote".equals(dfeat.get("role"))) speakerOf.put(r[1], r[0]);
        }
        List<ImportedQuote> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> a : feats.entrySet()) {
            Map<String, String> f = a.getValue();
            if (!"quote".equals(f.get("role"))) continue;
            int[] sp = spans.get(a.getKey());
            String spk = speakerOf.get(a.getKey());
            Span speakerSpan = spk == null ? null : new Span(spans.get(spk)[0], spans.get(spk)[1]);
            String name = f.get("speaker");
            if (name == null && spk != null) name = feats.get(spk).get("speaker");
            if (name == null && speakerSpan != null) name = speakerSpan.of(docText);
            out.add(new ImportedQuote(new Span(sp[0], sp[1]), f.get("kind"), f.get("quoteId"), f.get("status"), name, speakerSpan));
        }
        out.sort(Comparator.comparingInt((ImportedQuote q) -> q.span().start()).thenComparingInt(q -> q.span().end()));
        return new Parsed(out);
    }

    private static List<String> splitUnescaped(String s, char sep) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                cur.append(c).append(s.charAt(++i));
            } else if (c == sep) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }

    private static int lastUnescaped(String s, char ch) {
        int found = -1;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\\') {
                i++;
            } else if (s.charAt(i) == ch) {
                found = i;
            }
        }
        return found;
    }
}
