package io.newsflow.cli;

import io.newsflow.enrich.topology.EnrichTopology;
import io.newsflow.ingest.IngestReport;
import io.newsflow.runtime.KafkaSettings;
import io.newsflow.runtime.TopicAdmin;
import io.newsflow.runtime.TopicOffsets;
import io.newsflow.schema.Topics;
import io.newsflow.sink.SinkTopology;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Waits for the services of a verifier run: until enrich has committed past everything a replay
 * published and sink past everything enrich wrote; until a service has written more records.
 */
final class CatchUp {
    private CatchUp() {}

    /** Each stage gets {@code limit} to catch up; a service that stops by itself fails the wait. */
    static void await(KafkaSettings kafka, IngestReport ingest, boolean withSink, Duration limit,
                      ServiceProcess... services) throws Exception {
        try (Admin admin = TopicAdmin.open(kafka)) {
            TopicOffsets offsets = new TopicOffsets(admin, kafka);
            Map<TopicPartition, Long> raw = ingest.rawEndOffsets();
            waitFor(() -> offsets.caughtUp(EnrichTopology.APPLICATION_ID, Topics.RAW, raw)
                    && offsets.settled(Topics.ENRICHED) && offsets.settled(Topics.DLQ), limit, services);
            if (withSink) {
                Map<TopicPartition, Long> enriched = offsets.committedEnd(Topics.ENRICHED);
                waitFor(() -> offsets.caughtUp(SinkTopology.APPLICATION_ID, Topics.ENRICHED, enriched)
                        && offsets.settled(Topics.SEARCH) && offsets.settled(Topics.ALERTS), limit, services);
            }
        }
    }

    /**
     * Waits until {@code topic} holds {@code more} records beyond {@code from} (uncommitted ones
     * included: a service in the middle of a transaction), or gives up quietly after {@code limit}
     * — a service with nothing left to do writes nothing.
     */
    static void writtenBeyond(KafkaSettings kafka, String topic, long from, long more, Duration limit) {
        try (Admin admin = TopicAdmin.open(kafka)) {
            Awaitility.await().atMost(limit).pollInterval(Duration.ofMillis(100)).until(() -> written(admin, kafka, topic) >= from + more);
        } catch (ConditionTimeoutException e) {
            // idle: the caller goes ahead anyway
        }
    }

    /** Records written to all partitions of the topic so far, committed or not. */
    static long written(KafkaSettings kafka, String topic) throws Exception {
        try (Admin admin = TopicAdmin.open(kafka)) {
            return written(admin, kafka, topic);
        }
    }

    private static long written(Admin admin, KafkaSettings kafka, String topic) {
        return new TopicOffsets(admin, kafka).uncommittedEnd(topic).values().stream().mapToLong(Long::longValue).sum();
    }

    private static void waitFor(Callable<Boolean> done, Duration limit, ServiceProcess... services) throws Exception {
        Awaitility.await()
                .atMost(limit)
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
