package org.newsquotes.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.junit.jupiter.api.Test;

/** The job's logging configuration: Spark and CoreNLP at WARN, the job's own lines at INFO. */
class JobLoggingTest {
    @Test
    void sparkHadoopAndCoreNlpAreQuietAndTheJobSpeaks() {
        assertThat(JobLogging.configure()).isTrue();
        assertThat(LogManager.getLogger("org.apache.spark.scheduler.TaskSetManager").getLevel()).isEqualTo(Level.WARN);
        assertThat(LogManager.getLogger("org.apache.hadoop.conf.Configuration").getLevel()).isEqualTo(Level.WARN);
        assertThat(LogManager.getLogger("edu.stanford.nlp.pipeline.StanfordCoreNLP").getLevel()).isEqualTo(Level.WARN);
        assertThat(LogManager.getLogger(SparkAnnotateJob.class).getLevel()).isEqualTo(Level.INFO);
        assertThat(LogManager.getLogger(SparkAnnotateJob.class).isInfoEnabled()).isTrue();
        assertThat(LogManager.getLogger("org.apache.spark.SparkContext").isInfoEnabled()).isFalse();
        // and applying it again changes nothing
        assertThat(JobLogging.configure()).isTrue();
    }

    /**
     * Spark 4's context start puts Spark's default logging back (everything at INFO): applying the job's
     * configuration again, as the job's main does once the context is up, must quiet Spark again.
     */
    @Test
    void itAppliesAgainAfterSparkPutItsDefaultsBack() throws Exception {
        assertThat(JobLogging.configure()).isTrue();
        var sparkDefaults = org.apache.spark.SparkContext.class.getClassLoader()
                .getResource("org/apache/spark/log4j2-defaults.properties");
        assertThat(sparkDefaults).isNotNull();
        ((org.apache.logging.log4j.core.LoggerContext) LogManager.getContext(false)).setConfigLocation(sparkDefaults.toURI());
        assertThat(LogManager.getLogger("org.apache.spark.scheduler.TaskSetManager").isInfoEnabled()).isTrue();

        assertThat(JobLogging.configure()).isTrue();
        assertThat(LogManager.getLogger("org.apache.spark.scheduler.TaskSetManager").isInfoEnabled()).isFalse();
        assertThat(LogManager.getLogger(SparkAnnotateJob.class).isInfoEnabled()).isTrue();
    }
}
