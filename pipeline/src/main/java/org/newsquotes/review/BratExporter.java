package org.newsquotes.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.LocalEntity;
import org.newsquotes.record.Mention;
import org.newsquotes.record.Quote;
import org.newsquotes.record.ReviewStatus;
import org.newsquotes.record.Span;

/**
 * Exports quotes and their speakers as brat standoff, loadable by brat and INCEpTION: per document a {@code .txt}
 * (the document text, UTF-8) and a {@code .ann}, plus one {@code annotation.conf} for the folder.
 *
 * <p>Schema: entity types {@code Quote} and {@code Speaker}; relation {@code Attribution Arg1:Quote, Arg2:Speaker};
 * attributes {@code Kind} (direct/fragment/indirect/other) and {@code ReviewStatus} on quotes; an
 * {@code AnnotatorNotes} line per quote with the resolved speaker name, entity id, method and confidence (the
 * speaker may be known without a mention span, e.g. after a typed correction).
 *
 * <p><b>Offsets</b>: brat (Python) counts Unicode code points, Java strings count UTF-16 units, so an emoji before
 * a quote shifts Java offsets by one per emoji. Offsets here are converted to code points; readers converting
 * back use {@link String#offsetByCodePoints}. A quote that spans a line break is written as a discontinuous
 * annotation ({@code start end;start end}), one fragment per line, since brat annotations cannot cross newlines;
 * its text field is the fragments joined by single spaces, as brat writes it.
 */
public final class BratExporter {
    /** The {@code annotation.conf} written beside the documents. */
    public static final String ANNOTATION_CONF = String.join("\n",
            "# newsquotes: quotes and who said them",
            "[entities]",
            "Quote",
            "Speaker",
            "",
            "[relations]",
            "Attribution\tArg1:Quote, Arg2:Speaker",
            "<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>",
            "",
            "[events]",
            "",
            "[attributes]",
            "Kind\tArg:Quote, Value:direct|fragment|indirect|other",
            "ReviewStatus\tArg:Quote, Value:unreviewed|accepted|corrected|rejected|added",
            "");

    private BratExporter() {}

    /**
     * Writes every document with at least one quote (rejected quotes only when {@code includeRejected}).
     *
     * @return the file base names written, in document order
     */
    public static List<String> export(List<AnnotatedDocument> docs, Path dir, boolean includeRejected) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("annotation.conf"), ANNOTATION_CONF, StandardCharsets.UTF_8);
            List<String> names = new ArrayList<>();
            Set<String> used = new HashSet<>();
            for (AnnotatedDocument d : docs) {
                String base = uniqueName(d.docId(), used);
                Files.writeString(dir.resolve(base + ".txt"), d.text(), StandardCharsets.UTF_8);
                Files.writeString(dir.resolve(base + ".ann"), ann(d, includeRejected), StandardCharsets.UTF_8);
                names.add(base);
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write brat export to " + dir, e);
        }
    }

    /** A file-system-safe, unique base name for a doc id ({@code a/b.txt#3} becomes {@code a_b.txt_3}). */
    static String uniqueName(String docId, Set<String> used) {
        String base = docId.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^\\.+", "_");
        if (base.endsWith(".txt")) base = base.substring(0, base.length() - 4);
        if (base.isEmpty()) base = "doc";
        String name = base;
        for (int i = 2; !used.add(name.toLowerCase()); i++) name = base + "_" + i;
        return name;
    }

    /** The {@code .ann} content of one document. */
    static String ann(AnnotatedDocument d, boolean includeRejected) {
        String text = d.text();
        StringBuilder out = new StringBuilder();
        Map<Span, String> speakerIds = new LinkedHashMap<>();
        int t = 0, a = 0, r = 0, n = 0;
        List<Quote> quotes = new ArrayList<>(d.quotes());
        quotes.sort(Comparator.comparingInt(Quote::start).thenComparingInt(Quote::end));
        for (Quote q : quotes) {
            if (q.reviewStatus() == ReviewStatus.REJECTED && !includeRejected) continue;
            if (q.text().isBlank()) continue;
            String qid = "T" + (++t);
            out.append(qid).append("\tQuote ").append(fragments(text, q.start(), q.end())).append('\t')
                    .append(fragmentText(text, q.start(), q.end())).append('\n');
            out.append('A').append(++a).append("\tKind ").append(qid).append(' ').append(q.kind().label()).append('\n');
            out.append('A').append(++a).append("\tReviewStatus ").append(qid).append(' ').append(q.reviewStatus().label()).append('\n');
            Optional<Span> speakerSpan = speakerSpan(d, q);
            if (speakerSpan.isPresent()) {
                Span s = speakerSpan.get();
                String sid = speakerIds.get(s);
                if (sid == null) {
                    sid = "T" + (++t);
                    speakerIds.put(s, sid);
                    out.append(sid).append("\tSpeaker ").append(fragments(text, s.start(), s.end())).append('\t')
                            .append(fragmentText(text, s.start(), s.end())).append('\n');
                }
                out.append('R').append(++r).append("\tAttribution Arg1:").append(qid).append(" Arg2:").append(sid).append('\n');
            }
            var at = q.attribution();
            String note = "speaker=" + (at.speaker() == null ? "" : at.speaker())
                    + (at.speakerEntityId() == null ? "" : "; entity_id=" + at.speakerEntityId())
                    + (at.cue() == null ? "" : "; cue=" + at.cue())
                    + "; method=" + at.method() + "; confidence=" + at.confidence();
            out.append('#').append(++n).append("\tAnnotatorNotes ").append(qid).append('\t')
                    .append(note.replaceAll("[\\t\\r\\n]+", " ")).append('\n');
        }
        return out.toString();
    }

    /**
     * The mention that names the quote's speaker: the attribution's evidence mention, or, for a speaker without one
     * (a correction), the mention of the speaker's document entity (by local id, else corpus-wide id) nearest before
     * the quote (else nearest after), or for a typed name that is no entity, the name's words ({@link #typedName}).
     */
    static Optional<Span> speakerSpan(AnnotatedDocument d, Quote q) {
        if (q.attribution().mentionSpan() != null) return Optional.of(q.attribution().mentionSpan());
        String local = q.attribution().speakerLocalId();
        String global = q.attribution().speakerEntityId();
        Optional<LocalEntity> ent = d.entities().stream().filter(e -> e.id().equals(local)
                || local == null && global != null && global.equals(e.entityId())).findFirst();
        if (ent.isEmpty()) return typedName(d, q);
        Set<String> ids = new HashSet<>(ent.get().mentionIds());
        Mention best = null;
        for (Mention m : d.mentions()) {
            if (!ids.contains(m.id()) || m.span().overlaps(q.span())) continue;
            boolean before = m.end() <= q.start();
            boolean bestBefore = best != null && best.end() <= q.start();
            if (best == null || (before && !bestBefore) || (before == bestBefore
                    && Math.abs(m.start() - q.start()) < Math.abs(best.start() - q.start()))) best = m;
        }
        return Optional.ofNullable(best).map(Mention::span);
    }

    /**
     * For a speaker an annotator typed, who is no entity of the document: the occurrence of the typed name in the
     * text nearest before the quote (else nearest after), compared case-insensitively and never inside the quote.
     */
    static Optional<Span> typedName(AnnotatedDocument d, Quote q) {
        String name = q.attribution().speaker();
        if (name == null || name.isBlank()) return Optional.empty();
        String text = d.text().toLowerCase(java.util.Locale.ROOT);
        String n = name.strip().toLowerCase(java.util.Locale.ROOT);
        if (text.length() != d.text().length()) return Optional.empty(); // lower-casing changed offsets: no safe span
        Span best = null;
        for (int i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + 1)) {
            Span s = new Span(i, i + n.length());
            if (s.overlaps(q.span())) continue;
            boolean before = s.end() <= q.start();
            boolean bestBefore = best != null && best.end() <= q.start();
            if (best == null || (before && !bestBefore) || (before == bestBefore
                    && Math.abs(s.start() - q.start()) < Math.abs(best.start() - q.start()))) best = s;
        }
        return Optional.ofNullable(best);
    }

    /** {@code start end[;start end...]} in code points, one fragment per line of the span, blank lines dropped. */
    static String fragments(String text, int start, int end) {
        StringBuilder f = new StringBuilder();
        for (int[] seg : segments(text, start, end)) {
            if (f.length() > 0) f.append(';');
            f.append(text.codePointCount(0, seg[0])).append(' ').append(text.codePointCount(0, seg[1]));
        }
        return f.toString();
    }

    static String fragmentText(String text, int start, int end) {
        StringBuilder f = new StringBuilder();
        for (int[] seg : segments(text, start, end)) {
            if (f.length() > 0) f.append(' ');
            f.append(text, seg[0], seg[1]);
        }
        return f.toString();
    }

    /** Java-char segments of {@code [start,end)} split at line breaks, trimmed of surrounding whitespace. */
    static List<int[]> segments(String text, int start, int end) {
        List<int[]> out = new ArrayList<>();
        int s = start;
        for (int i = start; i <= end; i++) {
            if (i == end || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                int a = s, b = i;
                while (a < b && Character.isWhitespace(text.charAt(a))) a++;
                while (b > a && Character.isWhitespace(text.charAt(b - 1))) b--;
                if (a < b) out.add(new int[] {a, b});
                s = i + 1;
            }
        }
        return out;
    }
}
