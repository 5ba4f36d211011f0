package org.newsquotes.record;

/** The input format a document was read from (detected from content, not just the extension). */
public enum SourceFormat {
    TXT("txt"), HTML("html"), WORDPRESS_JSON("wordpress-json"), JSON("json"), JSONL("jsonl"),
    /** A record a program handed over with its fields already separated (a Spark DataFrame row), not a file. */
    RECORD("record");

    private final String label;

    SourceFormat(String label) { this.label = label; }

    /** The lowercase name written to {@code documents.csv}. */
    public String label() { return label; }

    public static SourceFormat fromLabel(String label) {
        for (SourceFormat f : values()) if (f.label.equals(label)) return f;
        throw new IllegalArgumentException("unknown source format: " + label);
    }
}
