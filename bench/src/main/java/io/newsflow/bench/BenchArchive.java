package io.newsflow.bench;

import io.newsflow.ingest.ArchiveReplay;
import io.newsflow.ingest.IngestReport;
import io.newsflow.runtime.KafkaSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** The generated archive the Kafka benches replay: N posts written one by one, never all in memory. */
public final class BenchArchive {
    private BenchArchive() {}

    /** Writes posts 0..n-1 of the generator under {@code dir/_posts}; returns the directory to replay. */
    public static Path write(CorpusGenerator generator, int n, Path dir) throws IOException {
        Path posts = Files.createDirectories(dir.resolve("_posts"));
        for (int i = 0; i < n; i++) {
            CorpusGenerator.Post p = generator.post(i);
            Files.write(posts.resolve(Path.of(p.sourcePath()).getFileName()), p.content());
        }
        return posts;
    }

    /** Publishes the archive to news.raw at full speed, as {@code ingest archive} does. */
    static IngestReport replay(KafkaSettings kafka, Path posts) {
        ArchiveReplay.Options options = ArchiveReplay.Options.defaults().withRestart(true);
        return new ArchiveReplay(kafka, Clock.systemUTC(), options, (h, p, t) -> { }).replay(List.of(posts.toString()));
    }
}
