package io.newsflow.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Checks of the paths users name on the command line, so a typo fails before Kafka is touched. */
final class Inputs {
    private Inputs() {}

    static void requireExisting(List<Path> paths) {
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new UserException("no such file or directory: " + p);
            }
        }
    }
}
