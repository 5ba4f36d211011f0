package org.newsquotes.ingest;

import java.util.regex.Pattern;

/**
 * Decides how to read a file from its content first and its extension second, because scraped corpora often lie
 * (the sample corpus has a WordPress JSON post saved as {@code .txt}).
 *
 * <p>Rules, in order:
 * <ol>
 *   <li>Text starting with <code>{</code> or <code>[</code>: JSON Lines when the extension is {@code .jsonl}/{@code .ndjson},
 *       or when the whole text does not parse but its first line does; JSON when the whole text parses, or when the
 *       extension is {@code .json} or the start looks like JSON syntax (<code>{"</code>, <code>[{</code>) — so a
 *       truncated JSON file fails as JSON rather than being read as prose.</li>
 *   <li>A {@code .json} or {@code .jsonl} file holding a bare JSON value ({@code 42}, {@code null}, {@code "x"}): JSON,
 *       so it fails as "unsupported JSON" instead of becoming a one-token article.</li>
 *   <li>Text starting with an HTML doctype, comment or one of the usual tags ({@code <html>}, {@code <body>},
 *       {@code <p>}, {@code <div>}, ...): HTML.</li>
 *   <li>Extension {@code .html}/{@code .htm}/{@code .xhtml} with any tag in the text: HTML.</li>
 *   <li>Anything else: plain text.</li>
 * </ol>
 */
public final class FormatDetector {
    /** How a file is to be read. */
    public enum Kind { TXT, HTML, JSON, JSONL }

    private static final Pattern HTML_START = Pattern.compile(
            "(?is)^(<!doctype\\s+html|<!--|<\\?xml[^>]*>\\s*<html|<(html|head|body|article|main|section|div|p|h[1-6]"
                    + "|meta|title|link|figure|span|table|ul|header|nav)[\\s/>]).*");
    private static final Pattern ANY_TAG = Pattern.compile("<[a-zA-Z][a-zA-Z0-9]*[\\s/>]");
    private static final Pattern JSON_START = Pattern.compile("(?s)^(\\{\\s*(\"|})|\\[\\s*(\\{|]|\")).*");

    public Kind detect(String extension, String text) {
        String head = Whitespace.strip(text.length() > 4096 ? text.substring(0, 4096) : text);
        if (head.startsWith("{") || head.startsWith("[")) {
            if (extension.equals("jsonl") || extension.equals("ndjson")) return Kind.JSONL;
            if (parses(text)) return Kind.JSON;
            String firstLine = firstLine(Whitespace.strip(text));
            if (!firstLine.equals(Whitespace.strip(text)) && parses(firstLine)) return Kind.JSONL;
            if (extension.equals("json") || JSON_START.matcher(head).matches()) return Kind.JSON;
        }
        // a .json file holding a bare number, string, true/false or null is JSON (and fails as such), not a
        // one-word article
        if (extension.equals("json") && parses(text)) return Kind.JSON;
        if ((extension.equals("jsonl") || extension.equals("ndjson")) && parses(firstLine(Whitespace.strip(text)))) return Kind.JSONL;
        if (HTML_START.matcher(head).matches()) return Kind.HTML;
        if ((extension.equals("html") || extension.equals("htm") || extension.equals("xhtml"))
                && ANY_TAG.matcher(text).find()) {
            return Kind.HTML;
        }
        return Kind.TXT;
    }

    /** The kind a file extension promises, if it is one of the known ones. */
    public static java.util.Optional<Kind> expectedFor(String extension) {
        return java.util.Optional.ofNullable(switch (extension) {
            case "txt", "text" -> Kind.TXT;
            case "html", "htm", "xhtml" -> Kind.HTML;
            case "json" -> Kind.JSON;
            case "jsonl", "ndjson" -> Kind.JSONL;
            default -> null;
        });
    }

    private static boolean parses(String json) {
        try {
            JsonSupport.parse(json, "probe");
            return true;
        } catch (IngestException e) {
            return false;
        }
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }
}
