package io.newsflow.cli;

import io.newsflow.runtime.KafkaSettings;
import io.newsflow.runtime.StreamsService;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Runs one Streams stage as a long-lived service: connect, make sure the topics exist, run until
 * SIGTERM/Ctrl-C, then close cleanly and leave the group.
 */
final class StageCommand {
    /** How long a stopping service may take to commit and leave its group before the JVM exits anyway. */
    static final Duration SHUTDOWN_BOUND = Duration.ofSeconds(30);

    private StageCommand() {}

    /**
     * @param stage   the stage's name, also its state directory under {@code <data-dir>/streams}
     * @param starter starts the service against the cluster with the given state directory
     */
    static int run(KafkaOptions kafka, StreamsOptions streams, OpsOptions ops, String stage,
                   BiFunction<KafkaSettings, Path, StreamsService> starter) throws InterruptedException {
        try (Cluster cluster = Cluster.connect(kafka, false, System.err);
             OpsOptions.Endpoint endpoint = ops.start(stage)) {
            cluster.ensureTopics();
            StreamsService service = starter.apply(streams.apply(cluster.settings(), kafka.properties), kafka.dataDir.resolve("streams").resolve(stage));
            endpoint.register(List.of(service));
            endpoint.started();
            // SIGTERM/Ctrl-C: finish in-flight work, commit, leave the group, within the bound.
            Thread hook = new Thread(() -> service.close(SHUTDOWN_BOUND), "newsflow-" + stage + "-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            System.err.println(stage + " is running. Press Ctrl-C to stop.");
            while (!service.awaitStop(Duration.ofSeconds(1))) {
                // The Streams threads do the work; this thread only waits for the end.
            }
            if (service.failure() != null) {
                throw new UserException(stage + " stopped: " + service.failure().getMessage());
            }
            return 0;
        }
    }
}
