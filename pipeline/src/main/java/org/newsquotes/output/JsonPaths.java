package org.newsquotes.output;

import java.nio.file.Path;

/**
 * Where the JSON of a document lives: {@code json/<encoded doc_id>.json}, deterministic, one file per doc_id, and
 * never outside the {@code json/} directory.
 *
 * <p>The doc_id's {@code /} separators become directories (so {@code world/iran.txt} is {@code
 * json/world/iran.txt.json}, and {@code feed.jsonl#3} is {@code json/feed.jsonl#3.json}: {@code #} is kept, it is
 * legal in file names everywhere). Within each path segment, characters a file system could misread are
 * percent-encoded as {@code %XX} (all of them are ASCII): {@code %} itself, {@code \}, the Windows-reserved {@code < > : " | ? *},
 * and control characters. A segment that is {@code .} or {@code ..} is encoded ({@code %2E}, {@code %2E%2E}) and an
 * empty segment becomes {@code %2F}, so no doc_id can climb out of the directory, and because {@code %} is always
 * encoded the mapping is one-to-one and {@link #docId(String)} inverts it.
 */
public final class JsonPaths {
    private static final String RESERVED = "%\\<>:\"|?*";
    private static final String SUFFIX = ".json";

    private JsonPaths() {}

    /** The path of {@code docId}'s JSON relative to the {@code json/} directory, with {@code /} separators. */
    public static String relativePath(String docId) {
        if (docId.isEmpty()) throw new IllegalArgumentException("empty doc_id");
        StringBuilder sb = new StringBuilder(docId.length() + SUFFIX.length());
        String[] segments = docId.split("/", -1);
        for (int s = 0; s < segments.length; s++) {
            if (s > 0) sb.append('/');
            String seg = segments[s];
            if (seg.isEmpty()) {
                sb.append("%2F");
            } else if (seg.equals(".") || seg.equals("..")) {
                sb.append(seg.replace(".", "%2E"));
            } else {
                encodeSegment(seg, sb);
            }
        }
        return sb.append(SUFFIX).toString();
    }

    /** The file holding {@code docId}'s JSON under {@code jsonDir}; checked to lie inside it. */
    public static Path resolve(Path jsonDir, String docId) {
        Path base = jsonDir.toAbsolutePath().normalize();
        Path p = base;
        for (String seg : relativePath(docId).split("/")) p = p.resolve(seg);
        Path normalized = p.normalize();
        if (!normalized.startsWith(base) || normalized.equals(base)) {
            throw new IllegalArgumentException("doc_id " + docId + " maps outside " + base);
        }
        return normalized;
    }

    /** The inverse of {@link #relativePath}: the doc_id of a JSON file's path relative to {@code json/}. */
    public static String docId(String relativePath) {
        String p = relativePath.replace('\\', '/');
        if (!p.endsWith(SUFFIX)) throw new IllegalArgumentException("not a document JSON path: " + relativePath);
        p = p.substring(0, p.length() - SUFFIX.length());
        StringBuilder sb = new StringBuilder();
        String[] segments = p.split("/", -1);
        for (int s = 0; s < segments.length; s++) {
            if (s > 0) sb.append('/');
            if (!segments[s].equals("%2F")) sb.append(decodeSegment(segments[s]));
        }
        return sb.toString();
    }

    private static void encodeSegment(String seg, StringBuilder sb) {
        for (int i = 0; i < seg.length(); i++) {
            char c = seg.charAt(i);
            if (c < 0x20 || c == 0x7F || RESERVED.indexOf(c) >= 0) {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            } else {
                sb.append(c);
            }
        }
    }

    private static String decodeSegment(String seg) {
        StringBuilder sb = new StringBuilder(seg.length());
        for (int i = 0; i < seg.length(); i++) {
            char c = seg.charAt(i);
            if (c == '%' && i + 2 < seg.length()) {
                sb.append((char) Integer.parseInt(seg.substring(i + 1, i + 3), 16));
                i += 2;
            } else if (c == '%') {
                throw new IllegalArgumentException("bad escape in " + seg);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
