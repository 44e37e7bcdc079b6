package io.newsflow.cli;

import io.newsflow.schema.TopicDefinition;
import io.newsflow.schema.Topics;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "topics", mixinStandardHelpOptions = true,
        description = "Create Newsflow's topics where they are missing (existing topics are left alone) and list them "
                + "with their partitions, cleanup policy and contents.",
        footer = {"", "Example:", "  ./newsflow topics --bootstrap-servers kafka-1:9092 --replication-factor 3%n"})
final class TopicsCommand implements Callable<Integer> {
    @Mixin
    KafkaOptions kafka;

    @Override
    public Integer call() throws Exception {
        try (Cluster cluster = Cluster.connect(kafka, true, System.err)) {
            List<String> created = cluster.ensureTopics();
            System.out.printf("%-24s %10s  %-8s %-11s %s%n", "TOPIC", "PARTITIONS", "CLEANUP", "RETENTION", "CONTENTS");
            for (TopicDefinition t : Topics.ALL) {
                System.out.printf("%-24s %10d  %-8s %-11s %s%s%n", t.name(), t.partitions(), t.compacted() ? "compact" : "delete",
                        t.retentionBytes().isPresent() ? t.retentionBytes().getAsLong() / (1024 * 1024) + " MiB/p" : "-", t.contents(),
                        created.contains(t.name()) ? "  (created)" : "");
            }
            return 0;
        }
    }
}
