package io.newsflow.cli;

import io.newsflow.enrich.Enricher;
import io.newsflow.enrich.topology.EnrichCounters;
import io.newsflow.enrich.topology.EnrichService;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = {"Run the enrich stage (Kafka Streams, exactly-once): news.raw → news.enriched, bad posts → news.dlq.",
                "Start more instances with the same settings to share the partitions."})
final class EnrichCommand implements Callable<Integer>, LongRunning {
    @Mixin
    KafkaOptions kafka;

    @Mixin
    NameOptions names;

    @Mixin
    StreamsOptions streams;

    @Mixin
    OpsOptions ops;

    @Override
    public Integer call() throws Exception {
        Enricher enricher = names.enricher();
        return StageCommand.run(kafka, streams, ops, "enrich", (settings, stateDir) -> EnrichService.start(settings, stateDir, enricher, new EnrichCounters()));
    }
}
