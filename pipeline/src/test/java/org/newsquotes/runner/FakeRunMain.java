package org.newsquotes.runner;

import java.nio.file.Path;
import org.newsquotes.testing.FakeNlpStage;

/**
 * The {@code annotate} run with a {@link FakeNlpStage}, as a program of its own, so a test can start it in a child
 * JVM and kill it. Arguments: CORPUS OUT THREADS DELAY_MILLIS_PER_DOCUMENT.
 */
public final class FakeRunMain {
    private FakeRunMain() {}

    public static void main(String[] args) throws Exception {
        RunConfig config = RunConfig.defaults(Path.of(args[0]), Path.of(args[1]))
                .withThreads(Integer.parseInt(args[2])).withProgress(false);
        FakeNlpStage fake = new FakeNlpStage(Long.parseLong(args[3]), 0);
        RunSummary s = new LocalRunner(config, System.err, c -> Stages.build(c, (cc, m) -> fake)).run();
        System.err.println(s.oneLine());
    }
}
