package io.newsflow.enrich.topology;

import io.newsflow.enrich.Enricher;
import io.newsflow.runtime.KafkaSettings;
import io.newsflow.runtime.StreamsProperties;
import io.newsflow.runtime.StreamsService;
import java.nio.file.Path;

/** Starts the enrich stage as a Streams service against a cluster. */
public final class EnrichService {
    private EnrichService() {}

    public static StreamsService start(KafkaSettings kafka, Path stateDir, EnrichCounters counters) {
        return start(kafka, stateDir, new Enricher(), counters);
    }

    /** With this enricher (its limits and name dictionary). */
    public static StreamsService start(KafkaSettings kafka, Path stateDir, Enricher enricher, EnrichCounters counters) {
        return start(kafka, stateDir, enricher, counters, EnrichTopology.APPLICATION_ID);
    }

    /** Under another application id (its own consumer group and state): the benchmark runs the stage beside the real one. */
    public static StreamsService start(KafkaSettings kafka, Path stateDir, Enricher enricher, EnrichCounters counters,
                                       String applicationId) {
        return new StreamsService("enrich", EnrichTopology.build(enricher, counters),
                StreamsProperties.forService(applicationId, "enrich", kafka, stateDir)).start();
    }
}
