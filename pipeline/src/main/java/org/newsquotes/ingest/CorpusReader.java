package org.newsquotes.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.newsquotes.record.Document;
import org.newsquotes.record.SourceFormat;
import org.newsquotes.stage.DocumentFailure;

/**
 * Ingest's entry point: lists the files of a corpus directory and reads each into documents.
 *
 * <p>{@link #listFiles} walks the corpus recursively and returns regular files sorted by their relative path with
 * {@code /} separators (plain code-point order, independent of file system and locale, so runs are reproducible).
 * Hidden files and directories (name starting with {@code .}) and {@link IngestConfig#ignoredFileNames()} are
 * skipped; symbolic links to files are read, links to directories are not followed (no cycles), and a link that
 * leads to no readable file (a loop, a dangling link) is listed so that it becomes an error row.
 *
 * <p>{@link #read} never throws for bad input: an unreadable, empty, binary, oversized or malformed file, or a
 * document with no article text, becomes a {@link DocumentFailure} of stage {@value #STAGE} whose message names the
 * file and the problem. Thread-safe: one instance serves all worker threads.
 */
public final class CorpusReader {
    /** The stage name in failure rows. */
    public static final String STAGE = "ingest";

    private final IngestConfig config;
    private final TextDecoder decoder = new TextDecoder();
    private final FormatDetector detector = new FormatDetector();
    private final Map<FormatDetector.Kind, FormatReader> readers;
    private final DocumentAssembler assembler;
    private final JsonPostMapper recordMapper;

    public CorpusReader(IngestConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        HtmlBlockExtractor html = new HtmlBlockExtractor(config.embedClasses(), config.htmlDropSelectors());
        this.readers = Map.of(
                FormatDetector.Kind.TXT, new PlainTextReader(),
                FormatDetector.Kind.HTML, new HtmlReader(html),
                FormatDetector.Kind.JSON, new WordPressJsonReader(html),
                FormatDetector.Kind.JSONL, new JsonLinesReader(html));
        this.recordMapper = new JsonPostMapper(html);
        this.assembler = new DocumentAssembler(new ChromeRemover(config.chromeMarkers(), config.minCharsBeforeTrailer()));
    }

    public IngestConfig config() { return config; }

    /** Every document file under {@code root}, in stable order (see class doc). */
    public List<Path> listFiles(Path root) throws IOException {
        return listFiles(root, null);
    }

    /**
     * Every document file under {@code root}, in stable order, leaving out {@code outputDir} (when it lies inside the
     * corpus) and every directory that holds our own output (a {@value #OUTPUT_MARKER} naming
     * {@value #OUTPUT_PACKAGE_NAME}): a run whose {@code --out} is under its corpus must not read its own tables back
     * as articles.
     */
    public List<Path> listFiles(Path root, Path outputDir) throws IOException {
        if (!Files.isDirectory(root)) throw new IOException("corpus directory not found: " + root);
        Path out = outputDir == null ? null : outputDir.toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (dir.equals(root)) return FileVisitResult.CONTINUE;
                boolean ours = (out != null && dir.toAbsolutePath().normalize().equals(out)) || isOutputDirectory(dir);
                return isHidden(dir) || ours ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                boolean regular = attrs.isRegularFile() || attrs.isSymbolicLink() && Files.isRegularFile(file);
                // a link that leads nowhere readable (a loop, a dangling target) is listed too, so reading it gives
                // an error row naming it instead of the file vanishing without a word; links to directories are not
                // followed (no cycles)
                boolean broken = attrs.isSymbolicLink() && !regular && !Files.isDirectory(file);
                if ((regular || broken) && isCorpusFile(relativePath(root, file))) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                // an unreadable entry still gets listed, so reading it produces a failure row instead of vanishing
                if (!isHidden(file)) files.add(file);
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(Comparator.comparing(f -> relativePath(root, f)));
        return files;
    }

    /** The data package descriptor every output directory of ours holds. */
    public static final String OUTPUT_MARKER = "datapackage.json";
    /** The {@code name} our data package descriptor carries ({@code output.DataPackage#NAME}). */
    static final String OUTPUT_PACKAGE_NAME = "newsquotes-output";

    /** True when the first bytes of a {@value #OUTPUT_MARKER} name our output ({@value #OUTPUT_PACKAGE_NAME}). */
    public static boolean isOurMarker(byte[] head) {
        return new String(head, java.nio.charset.StandardCharsets.UTF_8).contains("\"" + OUTPUT_PACKAGE_NAME + "\"");
    }

    /** True for a directory holding our own output: its {@value #OUTPUT_MARKER} names {@value #OUTPUT_PACKAGE_NAME}. */
    static boolean isOutputDirectory(Path dir) {
        Path marker = dir.resolve(OUTPUT_MARKER);
        if (!Files.isRegularFile(marker)) return false;
        try (java.io.InputStream in = Files.newInputStream(marker)) {
            return isOurMarker(in.readNBytes(4096));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Reads one file. Document ids are {@link #relativePath(Path, Path)}, suffixed {@code #N} for the Nth (1-based)
     * record of a JSON array or line of a JSON Lines file.
     */
    public IngestResult read(Path root, Path file) {
        return read(relativePath(root, file), () -> Files.size(file), () -> Files.readAllBytes(file));
    }

    /**
     * Reads one file's bytes that came from elsewhere (a Hadoop file system, an archive): the same checks, ids and
     * failure rows as {@link #read(Path, Path)}.
     *
     * @param relativePath the file's path relative to the corpus root with {@code /} separators
     */
    public IngestResult read(String relativePath, byte[] bytes) {
        return read(relativePath, () -> bytes.length, () -> bytes);
    }

    /**
     * Reads one file given its relative path and how to get its size and bytes: the size is checked against
     * {@link IngestConfig#maxFileBytes()} before the bytes are fetched. This is what every other {@code read} calls,
     * so a file gives the same documents and failure rows whichever file system it comes from.
     */
    public IngestResult read(String relativePath, FileSize size, FileBytes content) {
        String rel = relativePath;
        if (WebArchive.isArchive(rel)) return readArchive(rel, content);
        try {
            long bytesOnDisk = size.get();
            if (bytesOnDisk > config.maxFileBytes()) {
                return IngestResult.failed(new DocumentFailure(rel, STAGE, "file too large: " + rel + " is "
                        + mb(bytesOnDisk) + ", over the " + mb(config.maxFileBytes()) + " limit for one input file"));
            }
            byte[] bytes = content.get();
            if (rel.toLowerCase(java.util.Locale.ROOT).endsWith(".gz")) bytes = gunzip(rel, bytes);
            DecodedText decoded = decoder.decode(rel, bytes);
            SourceFile source = new SourceFile(rel, decoded);
            FormatDetector.Kind kind = detector.detect(source.extension(), source.text());
            Extraction extraction = readers.get(kind).read(source);
            List<String> fileWarnings = new ArrayList<>(decoded.warnings());
            FormatDetector.expectedFor(source.extension())
                    .filter(expected -> expected != kind)
                    .ifPresent(expected -> fileWarnings.add(rel + ": extension ." + source.extension()
                            + " but the content is " + kind + "; read as " + kind));
            List<Document> docs = new ArrayList<>();
            List<DocumentFailure> failures = new ArrayList<>(extraction.failures());
            for (ExtractedDocument doc : extraction.documents()) {
                try {
                    docs.add(assembler.assemble(rel, doc, fileWarnings));
                } catch (IngestException e) {
                    failures.add(new DocumentFailure(doc.docId(), STAGE, e.getMessage()));
                } catch (RuntimeException e) {
                    failures.add(new DocumentFailure(doc.docId(), STAGE, "cannot build " + doc.docId() + ": "
                            + DocumentFailure.describe(e)));
                }
            }
            return new IngestResult(docs, failures);
        } catch (IngestException e) {
            return IngestResult.failed(new DocumentFailure(rel, STAGE, e.getMessage()));
        } catch (IOException e) {
            return IngestResult.failed(new DocumentFailure(rel, STAGE, "cannot read " + rel + ": "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage())));
        } catch (RuntimeException | StackOverflowError e) {
            return IngestResult.failed(new DocumentFailure(rel, STAGE, "cannot read " + rel + ": "
                    + DocumentFailure.describe(e)));
        }
    }

    /**
     * Reads one record a program handed over ({@link InputRecord}) as one record of a JSON Lines file with the same
     * fields would be read: same blocks, chrome removal and date rules, format {@code record}, path = doc_id. Never
     * throws: a record with no text, or none left after chrome removal, is a failure row naming it.
     */
    public IngestResult readRecord(InputRecord record) {
        String id = record.docId();
        try {
            if (record.text() == null || record.text().isBlank()) {
                return IngestResult.failed(new DocumentFailure(id, STAGE, id + ": the input row has no text"));
            }
            if (record.text().length() > config.maxFileBytes()) {
                return IngestResult.failed(new DocumentFailure(id, STAGE, "text too large: " + id + " has "
                        + String.format(java.util.Locale.ROOT, "%,d", record.text().length())
                        + " characters, over the " + mb(config.maxFileBytes()) + " limit for one input"));
            }
            com.fasterxml.jackson.databind.node.ObjectNode post = JsonSupport.MAPPER.createObjectNode();
            post.put("text", record.text());
            if (record.title() != null) post.put("title", record.title());
            if (record.date() != null) post.put("date", record.date());
            if (record.url() != null) post.put("url", record.url());
            ExtractedDocument doc = recordMapper.map(id, post, SourceFormat.RECORD, SourceFormat.RECORD)
                    .withNormalisedDate();
            if ((record.outlet() != null && !record.outlet().isBlank()) || !record.extra().isEmpty()) {
                var m = doc.meta();
                Map<String, String> sources = new java.util.TreeMap<>(m.sources());
                if (record.outlet() != null && !record.outlet().isBlank()) sources.put("outlet", InputRecord.SOURCE);
                doc = new ExtractedDocument(doc.docId(), doc.format(), doc.title(), doc.date(), doc.url(),
                        doc.sourceText(), doc.blocks(), doc.firstLineIsTitle(), doc.warnings(),
                        new org.newsquotes.record.PageMeta(record.outlet(), m.authors(), m.language(),
                                m.canonicalUrl(), sources, record.extra()));
            }
            return new IngestResult(List.of(assembler.assemble(id, doc, List.of())), List.of());
        } catch (IngestException e) {
            return IngestResult.failed(new DocumentFailure(id, STAGE, e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            return IngestResult.failed(new DocumentFailure(id, STAGE, "cannot read " + id + ": " + DocumentFailure.describe(e)));
        }
    }

    /**
     * Every page of a web archive whose bytes are at hand (a runner that cannot stream from the file, such as Spark
     * over HDFS): the same documents, ids and failures as streaming it with {@link WebArchive} and
     * {@link #readPage}. The per-file size limit applies to each page, not to the archive.
     */
    private IngestResult readArchive(String rel, FileBytes content) {
        List<Document> docs = new ArrayList<>();
        List<DocumentFailure> failures = new ArrayList<>();
        Map<String, Integer> skipped = new java.util.TreeMap<>();
        try (WebArchive archive = WebArchive.open(new java.io.ByteArrayInputStream(content.get()), rel, config.maxFileBytes())) {
            archive.readAll(new WebArchive.Sink() {
                @Override public void page(WebArchive.Page page) {
                    IngestResult r = readPage(rel, page);
                    docs.addAll(r.documents());
                    failures.addAll(r.failures());
                }

                @Override public void skipped(String reason) { skipped.merge(reason, 1, Integer::sum); }

                @Override public void refused(String docId, String message) {
                    failures.add(new DocumentFailure(docId, STAGE, message));
                }
            });
        } catch (IngestException e) {
            failures.add(new DocumentFailure(rel, STAGE, e.getMessage()));
        } catch (IOException e) {
            failures.add(new DocumentFailure(rel, STAGE, "cannot read " + rel + ": " + DocumentFailure.describe(e)));
        }
        return new IngestResult(docs, failures, skipped);
    }

    /**
     * Reads one page of a web archive: decoded in the charset its HTTP header (else its {@code <meta>}) declares
     * when it is not valid UTF-8, read as HTML; its URL and date default to the record's target URI and crawl date
     * (with source {@value #ARCHIVE_SOURCE}) when the page itself gives none. Never throws: problems are failure rows
     * naming the record.
     *
     * @param archivePath the archive's path relative to the corpus root: the documents' {@code path}
     */
    public IngestResult readPage(String archivePath, WebArchive.Page page) {
        String id = page.docId();
        try {
            DecodedText decoded = decoder.decode(id, page.body(), page.charset());
            Extraction extraction = readers.get(FormatDetector.Kind.HTML).read(new SourceFile(id, decoded));
            List<Document> docs = new ArrayList<>();
            List<DocumentFailure> failures = new ArrayList<>(extraction.failures());
            for (ExtractedDocument doc : extraction.documents()) {
                try {
                    docs.add(assembler.assemble(archivePath, fromArchive(doc, page), decoded.warnings()));
                } catch (IngestException e) {
                    failures.add(new DocumentFailure(id, STAGE, e.getMessage()));
                }
            }
            return new IngestResult(docs, failures);
        } catch (IngestException e) {
            return IngestResult.failed(new DocumentFailure(id, STAGE, e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            return IngestResult.failed(new DocumentFailure(id, STAGE, "cannot read " + id + ": " + DocumentFailure.describe(e)));
        }
    }

    /** Where a document's URL or date came from when the archive record gave it ({@code PageMeta#sources}). */
    public static final String ARCHIVE_SOURCE = "warc";

    /** {@code doc} with the record's target URI and crawl date where the page gives no URL or date. */
    private static ExtractedDocument fromArchive(ExtractedDocument doc, WebArchive.Page page) {
        boolean url = doc.url() == null && page.url() != null;
        boolean date = doc.date() == null && page.crawlDate() != null;
        if (!url && !date) return doc;
        var m = doc.meta();
        Map<String, String> sources = new java.util.TreeMap<>(m.sources());
        if (url) sources.put("url", ARCHIVE_SOURCE);
        if (date) sources.put("date", ARCHIVE_SOURCE);
        return new ExtractedDocument(doc.docId(), doc.format(), doc.title(), date ? page.crawlDate() : doc.date(),
                url ? page.url() : doc.url(), doc.sourceText(), doc.blocks(), doc.firstLineIsTitle(), doc.warnings(),
                new org.newsquotes.record.PageMeta(m.outlet(), m.authors(), m.language(), m.canonicalUrl(), sources,
                        m.extra()));
    }

    /**
     * The content of a gzipped file ({@code page.html.gz}, as crawlers store pages), refused when it is not gzip or
     * holds more than {@link IngestConfig#maxFileBytes()} once decompressed.
     */
    private byte[] gunzip(String rel, byte[] bytes) throws IOException {
        if (bytes.length < 2 || (bytes[0] & 0xFF) != 0x1F || (bytes[1] & 0xFF) != 0x8B) {
            throw new IngestException("not gzip: " + rel + " ends with .gz but does not start with gzip's magic bytes");
        }
        try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
            byte[] out = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, config.maxFileBytes() + 1));
            if (out.length > config.maxFileBytes()) {
                throw new IngestException("file too large: " + rel + " holds over " + mb(config.maxFileBytes())
                        + " once decompressed, the limit for one input file");
            }
            return out;
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            throw new IngestException("damaged gzip: " + rel + " (" + e.getMessage() + ")");
        }
    }

    /**
     * Whether a file at {@code relativePath} (with {@code /} separators) belongs to the corpus by the rules of
     * {@link #listFiles}: no hidden segment, not an ignored name, not an editor backup, not the corpus's own metadata
     * file at its root ({@link CorpusMetadata}). For runners that list a
     * corpus on another file system (Spark over HDFS or S3).
     */
    public boolean isCorpusFile(String relativePath) {
        String[] segments = relativePath.split("/");
        for (String seg : segments) if (seg.startsWith(".")) return false;
        String name = segments[segments.length - 1];
        if (segments.length == 1 && CorpusMetadata.FILE_NAMES.contains(name)) return false; // the corpus's metadata
        return !config.ignoredFileNames().contains(name) && !name.endsWith("~");
    }

    /** The size of a file, read before its bytes. */
    @FunctionalInterface
    public interface FileSize {
        long get() throws IOException;
    }

    /** The bytes of a file. */
    @FunctionalInterface
    public interface FileBytes {
        byte[] get() throws IOException;
    }

    /** {@code file}'s path relative to {@code root} with {@code /} separators: the document id. */
    public static String relativePath(Path root, Path file) {
        Path rel = root.relativize(file);
        List<String> parts = new ArrayList<>();
        for (Path p : rel) parts.add(p.toString());
        return String.join("/", parts);
    }

    private static boolean isHidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static String mb(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB (%,d bytes)", bytes / (1024.0 * 1024.0), bytes);
    }
}
