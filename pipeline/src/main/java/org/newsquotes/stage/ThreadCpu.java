package org.newsquotes.stage;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * CPU time of the calling thread, for per-stage figures that mean the same on a busy machine: wall-clock time of a
 * stage grows when other threads hold the cores, its CPU time does not.
 */
public final class ThreadCpu {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean SUPPORTED = THREADS.isCurrentThreadCpuTimeSupported();

    private ThreadCpu() {}

    /** Nanoseconds of CPU the calling thread has used, or 0 when the platform does not tell. */
    public static long nanos() {
        if (!SUPPORTED) return 0;
        long n = THREADS.getCurrentThreadCpuTime();
        return n < 0 ? 0 : n;
    }
}
