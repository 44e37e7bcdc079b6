package io.newsflow.enrich;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The bundled example archive of real posts (examples/archive at the repository root). */
public final class SamplePosts {
    private SamplePosts() {}

    public static Path dir() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("examples/archive"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("examples/archive not found above " + Path.of("").toAbsolutePath());
        }
        return p.resolve("examples/archive");
    }

    public static byte[] bytes(String fileName) {
        try {
            return Files.readAllBytes(dir().resolve(fileName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PostInput input(String fileName) {
        return new PostInput("archive/" + fileName, bytes(fileName));
    }
}
