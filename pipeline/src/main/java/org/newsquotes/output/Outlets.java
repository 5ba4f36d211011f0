package org.newsquotes.output;

import com.google.common.net.InternetDomainName;
import java.net.URI;
import java.util.Locale;

/**
 * The outlet of a document from its URL: the registered domain under the public suffix list (Guava's
 * {@link InternetDomainName}), so every section and subdomain of one outlet counts once.
 *
 * <p>Example: {@code https://www.bbc.co.uk/news/world-123} → {@code bbc.co.uk}; {@code https://edition.cnn.com/x} →
 * {@code cnn.com}; a bare IP address or a host Guava cannot place is kept as it is, without {@code www.}.
 */
public final class Outlets {
    private Outlets() {}

    /** The outlet of a document: the site name its page gives, else its URL's registered domain, else null. */
    public static String of(org.newsquotes.record.Document d) {
        return d.meta().outlet() != null ? d.meta().outlet() : ofUrl(d.url());
    }

    /** The outlet of {@code url}, or null when there is no URL or no host in it. */
    public static String ofUrl(String url) {
        if (url == null || url.isBlank()) return null;
        String host;
        try {
            host = URI.create(url.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (host == null || host.isBlank()) return null;
        host = host.toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) host = host.substring(0, host.length() - 1);
        try {
            InternetDomainName name = InternetDomainName.from(host);
            if (name.isUnderPublicSuffix()) return name.topPrivateDomain().toString();
        } catch (IllegalArgumentException | IllegalStateException e) {
            // an IP address or a name outside the public suffix list: keep the host
        }
        return host.startsWith("www.") ? host.substring(4) : host;
    }
}
