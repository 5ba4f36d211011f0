package org.newsquotes.spark;

import java.util.Iterator;
import org.apache.spark.TaskContext;

/**
 * A switch to check the job's retry behaviour: with the Spark local property {@value #PROPERTY} set to {@code true}
 * ({@code sc.setLocalProperty}), the first attempt of every phase-1 task dies after passing on its first record, as a task on a
 * lost executor would, and Spark re-runs it. Off unless set; the integration test uses it to prove that retried
 * tasks add no duplicate rows.
 */
final class FaultInjection {
    static final String PROPERTY = "newsquotes.chaos.failFirstAttempt";

    private FaultInjection() {}

    static boolean firstAttemptShouldFail() {
        TaskContext task = TaskContext.get();
        return task != null && task.attemptNumber() == 0 && "true".equals(task.getLocalProperty(PROPERTY));
    }

    /** Passes on the first record, then fails as the task is asked for more. */
    static <T> Iterator<T> dieAfterFirst(Iterator<T> records) {
        return new Iterator<>() {
            private int given;

            @Override public boolean hasNext() {
                if (given > 0) throw new InjectedFailure();
                return records.hasNext();
            }

            @Override public T next() {
                if (given > 0) throw new InjectedFailure();
                given++;
                return records.next();
            }
        };
    }

    /** The injected failure. */
    static final class InjectedFailure extends RuntimeException {
        InjectedFailure() {
            super("injected failure of a first task attempt, after its first record");
        }
    }
}
