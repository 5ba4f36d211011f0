package org.newsquotes.runner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.newsquotes.config.ModelFiles;
import org.newsquotes.output.AtomicFiles;
import org.newsquotes.output.DocumentJson;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.stage.DocumentFailure;

/**
 * The per-file phase-1 cache under {@code OUT/.cache/}: what ingest and the per-document stages made of one source
 * file (its documents, or their failures), so an unchanged file is never annotated twice.
 *
 * <p>The key of an entry is a hash of the file's relative path (it is the document id), the file's bytes, and the
 * run fingerprint: code version, every stage's fingerprint (configuration and model versions), the editable model
 * files' hashes, ingest's configuration and the document limits. Anything that could change phase 1's output for
 * that file changes the key; an entry is never updated, only written once under its key. Failures are cached too:
 * a known-bad file is not retried until it (or the configuration) changes.
 *
 * <p>Entries are written with {@link AtomicFiles}, so a run killed at any moment leaves each entry complete or
 * absent. An entry that cannot be read back (a different format version, a damaged disk) counts as a miss.
 *
 * <p>Layout of an entry: a first line {@value #MAGIC}, then per outcome a one-line JSON header
 * ({@code {"status":"ok","tokens":T,"sentences":S,"slim_bytes":M,"bytes":N}} or
 * {@code {"status":"failed","doc_id":..,"path":..,"stage":..,"error":..,"bytes":N}}, status {@code skipped} for a
 * document left unannotated on purpose) followed by M bytes of the slim
 * document (no tokens, no sentences: what phase 2 needs, see {@link FileResult#slim}) and N bytes of the full one,
 * both as {@link DocumentJson} (for a failure: the ingested document, or nothing when ingest itself failed). Reusing
 * {@link DocumentJson} means the cache round-trips exactly what the JSON output holds; the slim copy lets a cache hit
 * skip parsing every token in phase 1 (the full document is parsed once, when its output is written).
 */
final class DocumentCache {
    /** The cache directory's name inside the output directory (hidden: not an output table). */
    static final String DIR = ".cache";
    static final String MAGIC = "newsquotes-cache 3";
    private static final String SUFFIX = ".entry";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final String runFingerprint;

    DocumentCache(Path outDir, String runFingerprint) {
        this.dir = outDir.resolve(DIR);
        this.runFingerprint = runFingerprint;
    }

    Path directory() { return dir; }

    /** The entry key of a source file with these bytes under this run's configuration. */
    String key(String relativePath, byte[] content) {
        String material = runFingerprint + "\n" + relativePath + "\n" + ModelFiles.sha256(content);
        return ModelFiles.sha256(material.getBytes(StandardCharsets.UTF_8)).substring(0, 40);
    }

    Path entryPath(String key) {
        return dir.resolve(key.substring(0, 2)).resolve(key + SUFFIX);
    }

    /** One outcome read back: full or slim, with the token and sentence counts of the full document. */
    record Cached(DocumentOutcome outcome, Integer tokens, Integer sentences) {}

    /** The cached full outcomes of {@code key}, or null when there is no readable entry. */
    List<DocumentOutcome> read(String key) {
        List<Cached> entries = read(key, false);
        return entries == null ? null : entries.stream().map(Cached::outcome).toList();
    }

    /** The cached outcomes of {@code key} with slim documents, or null when there is no readable entry. */
    List<Cached> readSlim(String key) {
        return read(key, true);
    }

    private List<Cached> read(String key, boolean slim) {
        byte[] data;
        try {
            data = Files.readAllBytes(entryPath(key));
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            return null;
        }
        try {
            return parse(data, slim);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Stores the outcomes of one file under {@code key}, atomically. */
    void write(String key, List<DocumentOutcome> outcomes) throws IOException {
        byte[] data = serialize(outcomes);
        AtomicFiles.write(entryPath(key), out -> out.write(data));
    }

    /** Deletes every entry whose key is not in {@code keep}; returns how many were deleted. */
    int prune(Set<String> keep) throws IOException {
        if (!Files.isDirectory(dir)) return 0;
        int deleted = 0;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String name = p.getFileName().toString();
                if (name.endsWith(SUFFIX) && !keep.contains(name.substring(0, name.length() - SUFFIX.length()))) {
                    Files.deleteIfExists(p);
                    deleted++;
                }
            }
        }
        return deleted;
    }

    static byte[] serialize(List<DocumentOutcome> outcomes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write((MAGIC + "\n").getBytes(StandardCharsets.UTF_8));
        for (DocumentOutcome o : outcomes) {
            ObjectNode header = JSON.createObjectNode();
            byte[] body;
            if (o.isOk()) {
                AnnotatedDocument d = o.annotated();
                byte[] slim = DocumentJson.toBytes(FileResult.slim(o).annotated());
                byte[] full = DocumentJson.toBytes(d);
                header.put("status", "ok");
                header.put("tokens", d.tokens().size());
                header.put("sentences", d.sentences().size());
                header.put("slim_bytes", slim.length);
                body = new byte[slim.length + full.length];
                System.arraycopy(slim, 0, body, 0, slim.length);
                System.arraycopy(full, 0, body, slim.length, full.length);
                header.put("bytes", full.length);
                writeLine(out, JSON.writeValueAsString(header));
                out.write(body);
                continue;
            } else {
                DocumentFailure f = o.failure();
                header.put("status", f.skipped() ? "skipped" : "failed");
                header.put("doc_id", f.docId());
                header.put("path", o.path());
                header.put("stage", f.stage());
                header.put("error", f.error());
                body = o.source() == null ? new byte[0] : DocumentJson.toBytes(AnnotatedDocument.of(o.source()));
            }
            header.put("bytes", body.length);
            writeLine(out, JSON.writeValueAsString(header));
            out.write(body);
        }
        return out.toByteArray();
    }

    static List<DocumentOutcome> parse(byte[] data) throws IOException {
        return parse(data, false).stream().map(Cached::outcome).toList();
    }

    static List<Cached> parse(byte[] data, boolean slim) throws IOException {
        int pos = 0;
        int nl = indexOf(data, pos);
        if (!MAGIC.equals(new String(data, 0, nl, StandardCharsets.UTF_8))) throw new IOException("not a cache entry");
        pos = nl + 1;
        List<Cached> out = new ArrayList<>();
        while (pos < data.length) {
            nl = indexOf(data, pos);
            JsonNode h = JSON.readTree(new String(data, pos, nl - pos, StandardCharsets.UTF_8));
            pos = nl + 1;
            boolean ok = h.get("status").asText().equals("ok");
            int m = ok ? h.get("slim_bytes").asInt() : 0;
            int n = h.get("bytes").asInt();
            if (m < 0 || n < 0 || pos + m + n > data.length) throw new IOException("truncated cache entry");
            byte[] body = ok && slim ? Arrays.copyOfRange(data, pos, pos + m) : Arrays.copyOfRange(data, pos + m, pos + m + n);
            pos += m + n;
            if (ok) {
                out.add(new Cached(DocumentOutcome.ok(DocumentJson.fromBytes(body)), h.get("tokens").asInt(),
                        h.get("sentences").asInt()));
            } else {
                String id = h.get("doc_id").asText();
                DocumentFailure f = h.get("status").asText().equals("skipped")
                        ? DocumentFailure.skipped(id, h.get("stage").asText(), h.get("error").asText())
                        : new DocumentFailure(id, h.get("stage").asText(), h.get("error").asText());
                out.add(new Cached(DocumentOutcome.failed(f.docId(), h.get("path").asText(), n == 0 ? null
                        : DocumentJson.fromBytes(body).document(), f), null, null));
            }
        }
        return out;
    }

    private static int indexOf(byte[] data, int from) throws IOException {
        for (int i = from; i < data.length; i++) if (data[i] == '\n') return i;
        throw new IOException("truncated cache entry");
    }

    private static void writeLine(OutputStream out, String line) throws IOException {
        out.write(line.getBytes(StandardCharsets.UTF_8));
        out.write('\n');
    }
}
