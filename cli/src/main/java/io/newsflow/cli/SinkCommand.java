package io.newsflow.cli;

import io.newsflow.sink.SinkService;
import java.util.concurrent.Callable;
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
        return StageCommand.run(kafka, "sink", SinkService::start);
    }
}
