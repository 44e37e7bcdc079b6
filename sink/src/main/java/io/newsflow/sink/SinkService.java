package io.newsflow.sink;

import io.newsflow.runtime.KafkaSettings;
import io.newsflow.runtime.StreamsProperties;
import io.newsflow.runtime.StreamsService;
import io.newsflow.sink.alerts.AlertSettings;
import java.nio.file.Path;

/** Starts the sink stage as a Streams service against a cluster. */
public final class SinkService {
    private SinkService() {}

    public static StreamsService start(KafkaSettings kafka, Path stateDir) {
        return start(kafka, stateDir, AlertSettings.none());
    }

    public static StreamsService start(KafkaSettings kafka, Path stateDir, AlertSettings alerts) {
        return new StreamsService("sink", SinkTopology.build(alerts),
                StreamsProperties.forService(SinkTopology.APPLICATION_ID, "sink", kafka, stateDir)).start();
    }
}
