package org.newsquotes.runner;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/** CPU time of this JVM process (all threads), for run reports that stay meaningful on a shared machine. */
final class ProcessCpu {
    private ProcessCpu() {}

    /** Seconds of CPU this process has used so far, or 0 when the platform does not tell. */
    static double seconds() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            long nanos = sun.getProcessCpuTime();
            return nanos < 0 ? 0 : nanos / 1e9;
        }
        return 0;
    }
}
