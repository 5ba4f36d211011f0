package org.newsquotes.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Makes a source's publication date safe for {@link org.newsquotes.record.Document#date()}, which promises ISO-8601
 * (later stages anchor relative dates like "last Tuesday" on it).
 *
 * <p>ISO dates and timestamps (with or without zone, fractional seconds, a space instead of {@code T}) are kept as
 * written, apart from that space; RFC 1123 dates ({@code Tue, 9 Jul 2025 10:00:00 GMT}, RSS feeds) and Unix epoch
 * seconds or milliseconds are converted to an ISO timestamp in UTC. Anything else yields empty, and the caller
 * records a warning instead of passing on a date nobody can parse.
 */
final class DateNormalizer {
    private static final Pattern ISO = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern EPOCH = Pattern.compile("\\d{9,13}");

    private DateNormalizer() { }

    static Optional<String> normalize(String raw) {
        if (raw == null || raw.isBlank()) return Optional.empty();
        String s = raw.strip();
        if (ISO.matcher(s).matches()) {
            String iso = s.replace(' ', 'T');
            return valid(iso) ? Optional.of(iso) : Optional.empty();
        }
        if (EPOCH.matcher(s).matches()) {
            long n = Long.parseLong(s);
            Instant t = s.length() >= 12 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
            return Optional.of(DateTimeFormatter.ISO_INSTANT.format(t));
        }
        try {
            OffsetDateTime t = OffsetDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME);
            return Optional.of(DateTimeFormatter.ISO_INSTANT.format(t.toInstant()));
        } catch (DateTimeParseException notRfc) {
            return Optional.empty();
        }
    }

    private static boolean valid(String iso) {
        try {
            if (iso.length() == 10) {
                LocalDate.parse(iso);
            } else if (iso.endsWith("Z") || iso.matches(".*[+-]\\d{2}:?\\d{2}$")) {
                OffsetDateTime.parse(iso.matches(".*[+-]\\d{4}$")
                        ? iso.substring(0, iso.length() - 2) + ":" + iso.substring(iso.length() - 2) : iso);
            } else {
                LocalDateTime.parse(iso);
            }
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
