package io.newsflow.cli;

import io.newsflow.sink.SinkService;
import io.newsflow.sink.alerts.AlertSettings;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "sink", mixinStandardHelpOptions = true,
        description = {"Run the sink stage (Kafka Streams, exactly-once): news.enriched → JSON search documents in news.search, "
                + "per-ticker articles in news.by-ticker, and with --rules alerts in news.alerts.",
                "Start more instances with the same settings to share the partitions."},
        footer = {"", "Example:", "  ./newsflow sink --rules examples/alert-rules.yaml%n"})
final class SinkCommand implements Callable<Integer>, LongRunning {
    @Mixin
    KafkaOptions kafka;

    @Mixin
    AlertOptions alerts;

    @Mixin
    StreamsOptions streams;

    @Mixin
    OpsOptions ops;

    @Override
    public Integer call() throws Exception {
        AlertSettings settings = alerts.settings();
        return StageCommand.run(kafka, streams, ops, "sink", (cluster, stateDir) -> SinkService.start(cluster, stateDir, settings));
    }
}
