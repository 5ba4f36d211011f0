package org.newsquotes.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.newsquotes.ingest.CorpusReader;

/**
 * Lists a corpus on any Hadoop file system in the local runner's order, with its document ids.
 *
 * <p>The rules are {@link CorpusReader#listFiles}'s: recursive, hidden directories not entered, files kept only when
 * {@link CorpusReader#isCorpusFile} says so, sorted by relative path in plain code-point order. The relative path is
 * taken from the decoded URI paths of root and file, so it equals what {@link CorpusReader#relativePath} gives for
 * the same tree on a local disk. (Hadoop's own {@code binaryFiles} is not used: its input format silently skips
 * names starting with {@code _}, which the local runner reads.)
 *
 * <p>Runs on the driver and holds one small record per file: about 200 bytes each, so 200 MB for a million files.
 * Listing an object store directory by directory is slow but is seconds against the hours of annotation.
 */
final class CorpusListing {
    private CorpusListing() {}

    static List<CorpusFile> list(String corpus, Configuration conf, CorpusReader reader) throws IOException {
        return list(corpus, conf, reader, null);
    }

    /**
     * The corpus's files, leaving out {@code output} (when it lies inside the corpus) and every directory holding our
     * own output (its {@code datapackage.json} names it), as {@link CorpusReader#listFiles(java.nio.file.Path,
     * java.nio.file.Path)} does.
     */
    static List<CorpusFile> list(String corpus, Configuration conf, CorpusReader reader, String output) throws IOException {
        Path root = new Path(corpus);
        FileSystem fs = root.getFileSystem(conf);
        FileStatus rootStatus;
        try {
            rootStatus = fs.getFileStatus(root);
        } catch (FileNotFoundException e) {
            throw new IOException("corpus directory not found: " + corpus, e);
        }
        if (!rootStatus.isDirectory()) throw new IOException("corpus directory not found: " + corpus);
        Path qualifiedRoot = rootStatus.getPath();
        String prefix = withSlash(qualifiedRoot.toUri().getPath());
        List<FileStatus> files = new ArrayList<>();
        String outPath = null;
        if (output != null) {
            Path o = new Path(output);
            outPath = withSlash(o.getFileSystem(conf).makeQualified(o).toUri().getPath());
        }
        walk(fs, qualifiedRoot, files, outPath);
        List<CorpusFile> out = new ArrayList<>();
        List<String[]> named = new ArrayList<>();
        for (FileStatus f : files) {
            String path = f.getPath().toUri().getPath();
            String rel = path.substring(prefix.length());
            if (reader.isCorpusFile(rel)) named.add(new String[] {rel, f.getPath().toString(), Long.toString(f.getLen())});
        }
        named.sort(Comparator.comparing(n -> n[0]));
        for (String[] n : named) out.add(new CorpusFile(out.size(), n[0], n[1], Long.parseLong(n[2])));
        return out;
    }

    private static void walk(FileSystem fs, Path dir, List<FileStatus> files, String outPath) throws IOException {
        for (FileStatus s : fs.listStatus(dir)) {
            String name = s.getPath().getName();
            if (s.isDirectory()) {
                boolean output = withSlash(s.getPath().toUri().getPath()).equals(outPath) || holdsOurOutput(fs, s.getPath());
                if (!name.startsWith(".") && !output) walk(fs, s.getPath(), files, outPath);
            } else if (s.isFile()) {
                files.add(s);
            }
        }
    }

    /** A directory whose {@code datapackage.json} names our output. */
    private static boolean holdsOurOutput(FileSystem fs, Path dir) throws IOException {
        Path marker = new Path(dir, CorpusReader.OUTPUT_MARKER);
        if (!fs.exists(marker)) return false;
        try (java.io.InputStream in = fs.open(marker)) {
            return CorpusReader.isOurMarker(in.readNBytes(4096));
        }
    }

    private static String withSlash(String p) {
        return p.endsWith("/") ? p : p + "/";
    }
}
