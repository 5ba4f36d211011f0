package org.newsquotes.runner;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A progress line on stderr: files done of total, documents and documents per second, documents taken from the
 * cache, failures and ETA (from the file rate so far). Redrawn in place
 * on a terminal, printed as a plain line every few seconds otherwise (logs, CI). Thread-safe.
 */
final class Progress {
    private static final long REDRAW_NANOS = 200_000_000L;
    private static final long LOG_NANOS = 10_000_000_000L;

    private final PrintStream err;
    private final boolean enabled;
    private final boolean terminal;
    private final int total;
    private final long startNanos = System.nanoTime();
    private final AtomicInteger files = new AtomicInteger();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger cached = new AtomicInteger();
    private long lastDraw;

    Progress(PrintStream err, boolean enabled, int total) {
        this.err = err;
        this.enabled = enabled;
        this.terminal = System.console() != null;
        this.total = total;
    }

    void fileDone(int documents, int failures, boolean fromCache) {
        files.incrementAndGet();
        documentsDone(documents, failures, fromCache);
    }

    /** Documents of a file still being read (the pages of a web archive, a batch at a time). */
    void documentsDone(int documents, int failures, boolean fromCache) {
        done.addAndGet(documents);
        failed.addAndGet(failures);
        if (fromCache) cached.addAndGet(documents);
        draw(false);
    }

    synchronized void draw(boolean last) {
        if (!enabled) return;
        long now = System.nanoTime();
        if (!last && now - lastDraw < (terminal ? REDRAW_NANOS : LOG_NANOS)) return;
        lastDraw = now;
        err.print((terminal ? "\r" : "") + line(now) + (terminal && !last ? "" : "\n"));
        err.flush();
    }

    /**
     * A one-off message on its own line (such as "loading the models"), never in the middle of a drawn progress
     * line; shown only when progress is.
     */
    synchronized void note(String message) {
        if (!enabled) return;
        err.print((terminal ? "\r" : "") + message + (terminal ? " ".repeat(Math.max(0, 60 - message.length())) : "") + "\n");
        err.flush();
        lastDraw = 0; // redraw the progress line at the next file
    }

    String line(long now) {
        double secs = Math.max(1e-9, (now - startNanos) / 1e9);
        int f = files.get();
        double fileRate = f / secs;
        String eta = fileRate > 0 ? formatSeconds(Math.max(0, (total - Math.min(f, total)) / fileRate)) : "?";
        int width = 24;
        int filled = total == 0 ? width : (int) Math.min(width, (long) width * Math.min(f, total) / total);
        return String.format(java.util.Locale.ROOT, "[%s%s] %d/%d files | %d docs (%d cached) | %.1f docs/s | %d failed | ETA %s   ",
                "#".repeat(filled), ".".repeat(width - filled), f, total, done.get(), cached.get(), done.get() / secs,
                failed.get(), eta);
    }

    static String formatSeconds(double s) {
        long t = Math.round(s);
        return t >= 3600 ? String.format("%dh%02dm", t / 3600, (t % 3600) / 60)
                : t >= 60 ? String.format("%dm%02ds", t / 60, t % 60) : t + "s";
    }
}
