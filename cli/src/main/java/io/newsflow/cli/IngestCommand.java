package io.newsflow.cli;

import io.newsflow.ingest.DirectoryIngest;
import io.newsflow.ingest.IngestReport;
import io.newsflow.runtime.TopicAdmin;
import io.newsflow.schema.Topics;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Publish posts from directories (searched recursively for *.md and *.markdown) to news.raw, "
                + "keyed by article id, with the publication time as record timestamp.",
        footer = {"", "Example:", "  ./newsflow ingest --bootstrap-servers kafka:9092 /data/finews/_posts%n"})
final class IngestCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Directories or post files.")
    List<Path> paths;

    @Mixin
    KafkaOptions kafka;

    @Override
    public Integer call() throws Exception {
        Inputs.requireExisting(paths);
        try (Cluster cluster = Cluster.connect(kafka, false, System.err)) {
            try (Admin admin = TopicAdmin.open(cluster.settings())) {
                TopicAdmin.ensureTopics(admin, Topics.ALL, kafka.replicationFactor);
            }
            IngestReport report = new DirectoryIngest(cluster.settings(), Clock.systemUTC()).ingest(paths);
            System.out.printf("files seen %d, published %d, skipped %d (not posts), failed %d%s%n", report.seen(),
                    report.published(), report.skipped(), report.failed(), report.failures().isEmpty() ? "" : " " + report.failures());
            return report.failed() == 0 ? 0 : 1;
        }
    }
}
