package io.newsflow.cli;

import io.newsflow.enrich.topology.EnrichTopology;
import io.newsflow.runtime.KafkaSettings;
import io.newsflow.runtime.TopicAdmin;
import io.newsflow.runtime.TopicOffsets;
import io.newsflow.schema.Topics;
import io.newsflow.sink.SinkTopology;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;

/** Waits until enrich has committed past everything a replay published, and sink past everything enrich wrote. */
final class CatchUp {
    private CatchUp() {}

    static void await(KafkaSettings kafka, Map<Integer, Long> rawEndOffsets, boolean withSink, Duration limit,
                      ServiceProcess... services) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        try (Admin admin = TopicAdmin.open(kafka)) {
            TopicOffsets offsets = new TopicOffsets(admin, kafka);
            Map<TopicPartition, Long> raw = new HashMap<>();
            rawEndOffsets.forEach((p, o) -> raw.put(new TopicPartition(Topics.RAW, p), o));
            waitFor(() -> offsets.caughtUp(EnrichTopology.APPLICATION_ID, Topics.RAW, raw)
                    && offsets.settled(Topics.ENRICHED) && offsets.settled(Topics.DLQ), deadline, services);
            if (withSink) {
                Map<TopicPartition, Long> enriched = offsets.committedEnd(Topics.ENRICHED);
                waitFor(() -> offsets.caughtUp(SinkTopology.APPLICATION_ID, Topics.ENRICHED, enriched)
                        && offsets.settled(Topics.SEARCH) && offsets.settled(Topics.ALERTS), deadline, services);
            }
        }
    }

    private static void waitFor(Callable<Boolean> done, long deadline, ServiceProcess... services) throws Exception {
        Awaitility.await()
                .atMost(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    for (ServiceProcess s : services) {
                        if (s.exitedByItself()) {
                            throw new AssertionError(s.stage() + " stopped by itself; see " + s.log());
                        }
                    }
                    return done.call();
                });
    }
}
