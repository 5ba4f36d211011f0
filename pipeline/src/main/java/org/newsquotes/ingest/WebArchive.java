package org.newsquotes.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads a web archive ({@code .warc} or {@code .warc.gz}, the layout of Common Crawl's news crawl) one record at a
 * time with jwarc, so an archive of any size streams through in the memory of one record.
 *
 * <p>Rules, in record order:
 * <ol>
 *   <li>A record that is not a {@code response} (warcinfo, request, metadata, revisit, ...): skipped, counted as
 *       {@code not-a-response}.</li>
 *   <li>A response whose HTTP status is not 200: skipped, counted as {@code http-<status>} ({@code http-404}).</li>
 *   <li>A response that is not HTML ({@code text/html} or {@code application/xhtml+xml}; a missing content type
 *       counts as HTML, as browsers sniff it): skipped, counted as {@code not-html}.</li>
 *   <li>A body larger than the per-file limit: a failure naming the record, as an oversized file is.</li>
 *   <li>Otherwise a {@link Page}: its id is the archive's relative path, {@code #}, and the record's byte offset in
 *       the archive (the offset CDX indexes give, so {@code dd skip=} or any WARC tool finds the record); the URL is
 *       {@code WARC-Target-URI}, the crawl date {@code WARC-Date}, the charset the HTTP {@code Content-Type}'s.
 *       Transfer and content encodings (chunked, gzip, brotli) are undone by jwarc.</li>
 * </ol>
 * A record that cannot be parsed ends the archive: jwarc cannot find the next record boundary in a damaged
 * stream, so the problem is reported with its offset and the pages before it are kept.
 */
public final class WebArchive implements Closeable {
    /** One HTML page found in an archive. */
    public record Page(String docId, long offset, byte[] body, String charset, String url, String crawlDate) {}

    /** What {@link #next()} found: a page, a skipped record (with its reason), or the end. */
    public sealed interface Item permits PageItem, Skipped, Refused {}

    /** A page to read. */
    public record PageItem(Page page) implements Item {}

    /** A record that is not a page, and why ({@code not-a-response}, {@code http-404}, {@code not-html}). */
    public record Skipped(long offset, String reason) implements Item {}

    /** A page that cannot be read (too large), with the message of its failure row. */
    public record Refused(String docId, String message) implements Item {}

    private final String relativePath;
    private final long maxBodyBytes;
    private final WarcReader reader;

    private WebArchive(String relativePath, WarcReader reader, long maxBodyBytes) {
        this.relativePath = relativePath;
        this.reader = reader;
        this.maxBodyBytes = maxBodyBytes;
    }

    /** True for the names of web archives: {@code .warc} and {@code .warc.gz} (case-insensitive). */
    public static boolean isArchive(String relativePath) {
        String name = relativePath.toLowerCase(Locale.ROOT);
        return name.endsWith(".warc") || name.endsWith(".warc.gz");
    }

    /** Opens the archive at {@code file}, whose id prefix is {@code relativePath}. */
    public static WebArchive open(Path file, String relativePath, long maxBodyBytes) throws IOException {
        return new WebArchive(relativePath, new WarcReader(FileChannel.open(file, StandardOpenOption.READ)), maxBodyBytes);
    }

    /** Opens an archive given as a stream (an archive whose bytes came from another file system). */
    public static WebArchive open(InputStream in, String relativePath, long maxBodyBytes) throws IOException {
        return new WebArchive(relativePath, new WarcReader(Channels.newChannel(in)), maxBodyBytes);
    }

    /** Moves to the record at byte {@code offset} (a page's {@link Page#offset()}); needs an archive opened from a file. */
    public void seek(long offset) throws IOException {
        reader.position(offset);
    }

    /** What a reader of a whole archive does with each record, in record order. */
    public interface Sink {
        void page(Page page);

        /** A record that is no page, and why ({@link Skipped#reason()}). */
        void skipped(String reason);

        /** A page that cannot be read, with the message of its failure row. */
        void refused(String docId, String message);
    }

    /**
     * Hands every remaining record to {@code sink}.
     *
     * @throws IngestException when the archive is damaged; the records before the damage have been handed over
     */
    public void readAll(Sink sink) {
        for (Optional<Item> item = next(); item.isPresent(); item = next()) {
            if (item.get() instanceof PageItem p) sink.page(p.page());
            else if (item.get() instanceof Skipped s) sink.skipped(s.reason());
            else if (item.get() instanceof Refused r) sink.refused(r.docId(), r.message());
        }
    }

    /**
     * The next page or skipped record, or empty at the end of the archive.
     *
     * @throws IngestException when the archive is damaged (not WARC, truncated); the message names the offset
     */
    public Optional<Item> next() {
        long offset = -1;
        try {
            Optional<WarcRecord> next = reader.next();
            if (next.isEmpty()) return Optional.empty();
            WarcRecord record = next.get();
            offset = reader.position();
            return Optional.of(classify(record, offset));
        } catch (IOException | RuntimeException e) {
            throw new IngestException("damaged web archive: " + relativePath + (offset >= 0 ? " at byte " + offset
                    : " after byte " + reader.position()) + " (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); the records before it are kept");
        }
    }

    private Item classify(WarcRecord record, long offset) throws IOException {
        if (!(record instanceof WarcResponse response)) return new Skipped(offset, "not-a-response");
        HttpResponse http;
        try {
            http = response.http();
        } catch (IOException | RuntimeException e) {
            return new Skipped(offset, "not-http");
        }
        if (http.status() != 200) return new Skipped(offset, "http-" + http.status());
        boolean declared = http.headers().first("Content-Type").isPresent();
        MediaType type = declared ? http.contentType() : null;
        String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
        boolean html = base.isEmpty() || base.equals("text/html") || base.equals("application/xhtml+xml");
        if (!html) return new Skipped(offset, "not-html");
        String docId = relativePath + "#" + offset;
        MessageBody body = http.bodyDecoded();
        byte[] bytes;
        try (InputStream in = body.stream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
        }
        if (bytes.length > maxBodyBytes) {
            return new Refused(docId, "page too large: " + docId + " holds over " + maxBodyBytes
                    + " bytes, the limit for one input file");
        }
        String charset = type == null ? null : type.parameters().get("charset");
        String date = record.date() == null ? null : record.date().toString();
        return new PageItem(new Page(docId, offset, bytes, charset, response.target(), date));
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
