package org.newsquotes.spark;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;

/**
 * The job's logging: Spark, Hadoop and CoreNLP at WARN, the job's own progress ({@code org.newsquotes}) at INFO, from
 * {@value #RESOURCE} in the job's jar. A cluster's default Spark configuration logs every task, block and shuffle at
 * INFO (thousands of lines for a hundred documents), which buries the job's own lines.
 *
 * <p>Applied on the driver before the Spark context starts and again once it has started, and on each executor when
 * its stages are built, unless the user chose a configuration with {@code -Dlog4j2.configurationFile} (then nothing changes); to
 * the logging context of Spark's class loader as well as the job's (they differ under {@code spark-submit}).
 */
final class JobLogging {
    /** The configuration shipped in the job's jar. */
    static final String RESOURCE = "newsquotes-log4j2.properties";

    private JobLogging() {}

    /**
     * Applies {@value #RESOURCE} unless the user named a configuration; true when it did. Idempotent, and applies it
     * again where something replaced it: Spark 4's {@code SparkContext} re-initialises logging with its own defaults
     * when it starts, so the driver calls this again once the context is up.
     */
    static synchronized boolean configure() {
        if (System.getProperty("log4j2.configurationFile") != null || System.getProperty("log4j.configurationFile") != null) {
            return false;
        }
        URL url = JobLogging.class.getClassLoader().getResource(RESOURCE);
        if (url == null) return false;
        URI uri;
        try {
            uri = url.toURI();
        } catch (URISyntaxException e) {
            return false;
        }
        // log4j keeps one logging context per class loader. Under spark-submit (and on executors) the job's classes
        // come from a child loader of Spark's: configuring only the context this class sees would leave Spark's own
        // loggers at INFO. So both: Spark's context, and this class's when it is another one.
        java.util.Set<LoggerContext> done = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (ClassLoader loader : new ClassLoader[] {org.apache.spark.SparkContext.class.getClassLoader(),
                JobLogging.class.getClassLoader()}) {
            LoggerContext context = (LoggerContext) LogManager.getContext(loader, false);
            if (done.add(context) && !uri.equals(context.getConfigLocation())) context.setConfigLocation(uri);
        }
        return true;
    }
}
