package io.newsflow.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** The bundled example archive (examples/archive at the repository root). */
final class SampleArchive {
    private SampleArchive() {}

    static Path dir() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("examples/archive"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("examples/archive not found above " + Path.of("").toAbsolutePath());
        }
        return p.resolve("examples/archive");
    }
}
