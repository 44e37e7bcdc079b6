package io.newsflow.cli;


import io.newsflow.sink.SinkService;
import io.newsflow.runtime.TopicAdmin;
import io.newsflow.schema.Topics;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "sink", mixinStandardHelpOptions = true,
        description = {"Run the sink stage (Kafka Streams, exactly-once): news.enriched → JSON search documents in news.search.",
                "Start more instances with the same settings to share the partitions."})
final class SinkCommand implements Callable<Integer> {
    @Mixin
    KafkaOptions kafka;

    @Override
    public Integer call() throws Exception {
        try (Cluster cluster = Cluster.connect(kafka, false, System.err)) {
            try (Admin admin = TopicAdmin.open(cluster.settings())) {
                TopicAdmin.ensureTopics(admin, Topics.ALL, kafka.replicationFactor);
            }
            return StageCommand.runUntilStopped(SinkService.start(cluster.settings(),
                    kafka.dataDir.resolve("streams").resolve("sink")));
        }
    }
}
