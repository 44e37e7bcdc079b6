package io.newsflow.cli;

import io.newsflow.enrich.topology.EnrichCounters;
import io.newsflow.enrich.topology.EnrichService;
import io.newsflow.runtime.TopicAdmin;
import io.newsflow.schema.Topics;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = {"Run the enrich stage (Kafka Streams, exactly-once): news.raw → news.enriched, bad posts → news.dlq.",
                "Start more instances with the same settings to share the partitions."})
final class EnrichCommand implements Callable<Integer> {
    @Mixin
    KafkaOptions kafka;

    @Override
    public Integer call() throws Exception {
        try (Cluster cluster = Cluster.connect(kafka, false, System.err)) {
            try (Admin admin = TopicAdmin.open(cluster.settings())) {
                TopicAdmin.ensureTopics(admin, Topics.ALL, kafka.replicationFactor);
            }
            return StageCommand.runUntilStopped(EnrichService.start(cluster.settings(),
                    kafka.dataDir.resolve("streams").resolve("enrich"), new EnrichCounters()));
        }
    }
}
