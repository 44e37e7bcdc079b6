package io.newsflow.enrich;

import java.util.Objects;

/** A post as the enricher receives it: where it came from and its raw bytes. */
public record PostInput(String sourcePath, byte[] content) {
    public PostInput {
        Objects.requireNonNull(sourcePath, "sourcePath");
        Objects.requireNonNull(content, "content");
    }

    /** The last path segment, e.g. {@code 2021-12-08-202112082206928461.md}. */
    public String fileName() {
        return fileNameOf(sourcePath);
    }

    /** The last segment of a source path (either separator). */
    public static String fileNameOf(String sourcePath) {
        int slash = Math.max(sourcePath.lastIndexOf('/'), sourcePath.lastIndexOf('\\'));
        return sourcePath.substring(slash + 1);
    }
}
