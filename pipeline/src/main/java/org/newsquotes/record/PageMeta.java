package org.newsquotes.record;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a web page says about itself beyond title, date and URL, with where each value came from.
 *
 * @param outlet       the site's name ("The Harbour Times"), or null
 * @param authors      the byline's people, in order; empty when none is given
 * @param language     the page's declared language as written ({@code en}, {@code en-GB}), or null
 * @param canonicalUrl the page's {@code <link rel=canonical>}, or null
 * @param sources      field name -> where its value came from ({@code json-ld}, {@code opengraph}, {@code meta},
 *                     {@code html}, {@code metadata-file})
 * @param extra        the corpus metadata file's other columns for this document (snake_case name -> value),
 *                     written to documents.csv as {@code meta_<name>}; empty when none
 */
public record PageMeta(String outlet, List<String> authors, String language, String canonicalUrl,
                       Map<String, String> sources, Map<String, String> extra) implements Serializable {
    /** A page (or any other source) that says nothing more. */
    public static final PageMeta EMPTY = new PageMeta(null, List.of(), null, null, Map.of());

    /** What a page says, with no extra fields. */
    public PageMeta(String outlet, List<String> authors, String language, String canonicalUrl, Map<String, String> sources) {
        this(outlet, authors, language, canonicalUrl, sources, Map.of());
    }

    public PageMeta {
        extra = extra == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(extra));
        outlet = blankToNull(outlet);
        authors = authors == null ? List.of() : List.copyOf(authors);
        language = blankToNull(language);
        canonicalUrl = blankToNull(canonicalUrl);
        sources = sources == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(sources));
        for (String a : authors) Objects.requireNonNull(a, "author");
    }

    public boolean isEmpty() {
        return outlet == null && authors.isEmpty() && language == null && canonicalUrl == null && extra.isEmpty();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
