package org.newsquotes.stage;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.LongAdder;

/**
 * The time one kind of step takes, summed over every thread that runs it: wall-clock, and the running threads' own
 * CPU. On a busy machine a step's wall-clock time grows while other threads hold the cores; its CPU time does not.
 * Thread-safe.
 *
 * <pre>{@code
 * StepTime.Mark m = ingest.start();
 * ... the step ...
 * ingest.stop(m);
 * }</pre>
 */
public final class StepTime {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU_SUPPORTED = THREADS.isCurrentThreadCpuTimeSupported();

    private final LongAdder wallNanos = new LongAdder();
    private final LongAdder cpuNanos = new LongAdder();

    /** A measurement started on the calling thread. */
    public record Mark(long wallNanos, long cpuNanos) {}

    /** Starts measuring on the calling thread; {@link #stop} on the same thread. */
    public Mark start() {
        return new Mark(System.nanoTime(), threadCpuNanos());
    }

    /** Adds the time since {@code m} was started. */
    public void stop(Mark m) {
        wallNanos.add(System.nanoTime() - m.wallNanos());
        cpuNanos.add(threadCpuNanos() - m.cpuNanos());
    }

    /** Wall-clock seconds so far, summed over threads. */
    public double seconds() { return wallNanos.sum() / 1e9; }

    /** CPU seconds of the threads that ran the step so far, summed; 0 when the platform does not tell. */
    public double cpuSeconds() { return cpuNanos.sum() / 1e9; }

    private static long threadCpuNanos() {
        if (!CPU_SUPPORTED) return 0;
        long n = THREADS.getCurrentThreadCpuTime();
        return n < 0 ? 0 : n;
    }
}
