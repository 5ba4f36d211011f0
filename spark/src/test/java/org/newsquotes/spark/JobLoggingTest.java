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
}
