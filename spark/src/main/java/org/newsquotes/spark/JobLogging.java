package org.newsquotes.spark;

import java.net.URISyntaxException;
import java.net.URL;
import org.apache.logging.log4j.core.config.Configurator;

/**
 * The job's logging: Spark, Hadoop and CoreNLP at WARN, the job's own progress ({@code org.newsquotes}) at INFO, from
 * {@value #RESOURCE} in the job's jar. A cluster's default Spark configuration logs every task, block and shuffle at
 * INFO (thousands of lines for a hundred documents), which buries the job's own lines.
 *
 * <p>Applied once per JVM, on the driver before the Spark context starts and on each executor when its stages are
 * built, unless the user chose a configuration with {@code -Dlog4j2.configurationFile} (then nothing changes).
 */
final class JobLogging {
    /** The configuration shipped in the job's jar. */
    static final String RESOURCE = "newsquotes-log4j2.properties";
    private static volatile boolean applied;

    private JobLogging() {}

    /** Applies {@value #RESOURCE} unless the user named a configuration; true when it did. Idempotent. */
    static synchronized boolean configure() {
        if (applied) return true;
        if (System.getProperty("log4j2.configurationFile") != null || System.getProperty("log4j.configurationFile") != null) {
            return false;
        }
        URL url = JobLogging.class.getClassLoader().getResource(RESOURCE);
        if (url == null) return false;
        try {
            Configurator.reconfigure(url.toURI());
        } catch (URISyntaxException e) {
            return false;
        }
        applied = true;
        return true;
    }
}
