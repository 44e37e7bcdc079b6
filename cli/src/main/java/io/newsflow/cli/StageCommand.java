package io.newsflow.cli;

import io.newsflow.runtime.StreamsService;
import java.time.Duration;

/** Runs one Streams stage as a long-lived service: until SIGTERM/Ctrl-C, then a clean close that leaves the group. */
final class StageCommand {
    private StageCommand() {}

    static int runUntilStopped(StreamsService service) throws InterruptedException {
        Thread hook = new Thread(() -> service.close(Duration.ofSeconds(30)), "newsflow-" + service.name() + "-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        System.err.println(service.name() + " is running. Press Ctrl-C to stop.");
        while (!service.awaitStop(Duration.ofSeconds(1))) {
            // Keeps the main thread alive while the Streams threads work.
        }
        if (service.failure() != null) {
            throw new UserException(service.name() + " stopped: " + service.failure().getMessage());
        }
        return 0;
    }
}
