package org.newsquotes.runner;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs per-document work on a fixed number of threads with a time limit per task, so one pathological document never
 * stalls the run.
 *
 * <p>When a task runs longer than the limit (counted from when it starts, not from when it was queued), a watchdog
 * completes its future with the caller's timeout value, interrupts its thread, and adds one thread to the pool so the
 * other documents keep {@code threads} workers. CoreNLP's {@code annotate} is not interruptible in general (some
 * annotators check the interrupt flag and stop; the CRF and regex steps do not), so the abandoned thread may run on
 * until its document is done: its result is then discarded and the extra thread is retired. The cost of a
 * pathological document is therefore one core for as long as it takes, never the run; and its memory until then.
 *
 * <p>Anything a task throws, {@link Error}s such as {@link OutOfMemoryError} included, completes its future
 * exceptionally; {@link Phase1} turns running out of heap or stack into that document's failure.
 *
 * <p>Public for the Spark job, which guards its executors' documents with the same limit.
 */
public final class GuardedExecutor implements AutoCloseable {
    private final ThreadPoolExecutor pool;
    private final ScheduledExecutorService watchdog;
    private final Duration limit;
    private final AtomicInteger abandoned = new AtomicInteger();

    public GuardedExecutor(int threads, Duration limit) {
        this.limit = limit;
        this.pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                daemon("annotate-"));
        this.watchdog = Executors.newSingleThreadScheduledExecutor(daemon("watchdog-"));
    }

    /**
     * Runs {@code work} on a pool thread. The future completes with its result, or with {@code onTimeout.get()} when
     * it runs past the limit, or exceptionally with whatever it threw.
     */
    public <T> CompletableFuture<T> submit(Supplier<T> work, Supplier<T> onTimeout) {
        CompletableFuture<T> future = new CompletableFuture<>();
        pool.execute(() -> {
            Task task = new Task(Thread.currentThread());
            ScheduledFuture<?> dog = watchdog.schedule(() -> {
                synchronized (task) {
                    // the task's own result is delivered under the same lock, so exactly one side completes the
                    // future and the count never shows an abandonment that did not happen
                    if (task.ended) return;
                    task.abandoned = true;
                    abandoned.incrementAndGet(); // before the future completes: whoever sees the timeout sees the count
                    future.complete(onTimeout.get());
                    grow();
                    task.thread.interrupt();
                }
            }, limit.toNanos(), TimeUnit.NANOSECONDS);
            T result = null;
            Throwable failure = null;
            try {
                result = work.get();
            } catch (Throwable t) {
                failure = t;
            } finally {
                dog.cancel(false);
                boolean wasAbandoned;
                synchronized (task) {
                    task.ended = true;
                    wasAbandoned = task.abandoned;
                    if (!wasAbandoned) {
                        if (failure == null) future.complete(result);
                        else future.completeExceptionally(failure);
                    }
                }
                if (wasAbandoned) {
                    Thread.interrupted();
                    shrink();
                }
            }
        });
        return future;
    }

    /** Tasks abandoned so far. */
    public int abandoned() { return abandoned.get(); }

    /** Threads currently in the pool (the configured number plus abandoned tasks still running). */
    int poolSize() { return pool.getMaximumPoolSize(); }

    private synchronized void grow() {
        pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
        pool.setCorePoolSize(pool.getCorePoolSize() + 1);
    }

    private synchronized void shrink() {
        pool.setCorePoolSize(pool.getCorePoolSize() - 1);
        pool.setMaximumPoolSize(pool.getMaximumPoolSize() - 1);
    }

    @Override public void close() {
        pool.shutdownNow();
        watchdog.shutdownNow();
    }

    private static final class Task {
        final Thread thread;
        boolean ended;
        boolean abandoned;

        Task(Thread thread) { this.thread = thread; }
    }

    static ThreadFactory daemon(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
