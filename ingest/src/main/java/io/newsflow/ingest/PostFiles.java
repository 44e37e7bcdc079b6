package io.newsflow.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Finds the posts under the paths a user names: files ending in {@code .md} or {@code .markdown},
 * searched recursively, in path order. Everything else is counted as skipped, except dot files,
 * which are ignored.
 */
public final class PostFiles {
    private PostFiles() {}

    /** A post file and the name it is published under (relative to the root it was found in). */
    public record PostFile(Path path, String sourcePath) {}

    public record Listing(List<PostFile> posts, long skipped) {}

    public static boolean isPost(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown");
    }

    /** Dot files (editor swap files, Newsflow's own replay checkpoints) are neither posts nor counted. */
    static boolean isHidden(Path file) {
        return file.getFileName().toString().startsWith(".");
    }

    public static Listing list(List<Path> roots) {
        List<PostFile> posts = new ArrayList<>();
        long skipped = 0;
        for (Path root : roots) {
            if (!Files.exists(root)) {
                throw new UncheckedIOException(new NoSuchFileException(root.toString(), null, "no such file or directory"));
            }
            if (Files.isRegularFile(root)) {
                if (isPost(root)) {
                    posts.add(new PostFile(root, root.getFileName().toString()));
                } else {
                    skipped++;
                }
                continue;
            }
            Path base = root.toAbsolutePath().normalize();
            Path label = base.getFileName() == null ? Path.of("") : base.getFileName();
            try (Stream<Path> walk = Files.walk(base)) {
                for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile).filter(f -> !isHidden(f)).sorted()::iterator) {
                    if (isPost(file)) {
                        posts.add(new PostFile(file, label.resolve(base.relativize(file)).toString()));
                    } else {
                        skipped++;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + root + ": " + e.getMessage(), e);
            }
        }
        return new Listing(posts, skipped);
    }
}
