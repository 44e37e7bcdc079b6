package io.newsflow.bench;

import io.newsflow.broker.EmbeddedBroker;
import io.newsflow.enrich.topology.EnrichCounters;
import io.newsflow.enrich.topology.EnrichService;
import io.newsflow.enrich.Enricher;
import io.newsflow.ingest.IngestReport;
import io.newsflow.runtime.KafkaSettings;
import io.newsflow.runtime.StreamsProperties;
import io.newsflow.runtime.StreamsService;
import io.newsflow.runtime.TopicAdmin;
import io.newsflow.runtime.TopicOffsets;
import io.newsflow.schema.TopicDefinition;
import io.newsflow.schema.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The topology measurement: over the same pre-filled news.raw on an embedded broker, a Streams
 * exactly_once_v2 pass-through (read, write, no work) and the enrich app, each timed from RUNNING
 * until its group has committed past the last record. The enrich app runs twice, as two groups:
 * the first run pays for compiling the enrichment (on two cores the JIT compiler takes about as
 * much CPU as the stream thread then), the second is the steady state. {@code topology_ratio} is
 * the warm enrich run over the pass-through.
 */
public final class TopologyBench {
    static final String PASS_THROUGH_ID = "newsflow-bench-pass-through";
    static final String PASS_THROUGH_TOPIC = "bench.pass-through";

    /** Application id prefix of the enrich runs: each run is its own group reading news.raw from the start. */
    static final String ENRICH_RUN_ID = "newsflow-bench-enrich";

    /**
     * @param coldEnrichPerSecond the enrich app's first run in this JVM, compilation included
     * @param enrichPerSecond     its second run, over the same records as a new group
     */
    public record Result(long records, double ingestPerSecond, double passThroughPerSecond, double coldEnrichPerSecond,
                         double enrichPerSecond) {
        public double ratio() {
            return enrichPerSecond / passThroughPerSecond;
        }
    }

    private TopologyBench() {}

    /** @param threads stream threads of every Streams app measured (the pass-through and enrich alike) */
    public static Result run(Path archive, Path work, int threads) throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start(work.resolve("broker"), 0, Map.of())) {
            KafkaSettings kafka = KafkaSettings.of(broker.bootstrapServers());
            KafkaSettings streams = withThreads(kafka, threads);
            try (Admin admin = TopicAdmin.open(kafka)) {
                TopicAdmin.ensureTopics(admin, Topics.ALL, 1);
                TopicAdmin.ensureTopics(admin, List.of(new TopicDefinition(PASS_THROUGH_TOPIC, 6, false, OptionalLong.empty(), "copy of news.raw")), 1);
                long t0 = System.nanoTime();
                IngestReport ingest = BenchArchive.replay(kafka, archive);
                double ingestRate = ingest.published() / ((System.nanoTime() - t0) / 1e9);
                Map<TopicPartition, Long> end = ingest.rawEndOffsets();
                TopicOffsets offsets = new TopicOffsets(admin, kafka);

                // The pass-through runs before and after the enrich app (each as a new group, from the start of
                // the topic) and the two rates are averaged: neither side gets all the cold caches.
                double before = passThrough(streams, offsets, work.resolve("pass-through-1"), PASS_THROUGH_ID + "-1", end, ingest.published());
                double cold = enrich(streams, offsets, work.resolve("enrich-1"), ENRICH_RUN_ID + "-1", end, ingest.published());
                double warm = enrich(streams, offsets, work.resolve("enrich-2"), ENRICH_RUN_ID + "-2", end, ingest.published());
                double after = passThrough(streams, offsets, work.resolve("pass-through-2"), PASS_THROUGH_ID + "-2", end, ingest.published());
                double passRate = (before + after) / 2;
                return new Result(ingest.published(), ingestRate, passRate, cold, warm);
            }
        }
    }

    /** Settings for Streams apps: these plus num.stream.threads (the producer and admin clients would warn about it). */
    static KafkaSettings withThreads(KafkaSettings kafka, int threads) {
        return kafka.with(Map.of(StreamsConfig.NUM_STREAM_THREADS_CONFIG, Integer.toString(threads)));
    }

    /** The enrich topology exactly as the service runs it, under its own group id. */
    private static double enrich(KafkaSettings kafka, TopicOffsets offsets, Path stateDir, String applicationId,
                                 Map<TopicPartition, Long> end, long records) {
        try (StreamsService enrich = EnrichService.start(kafka, stateDir, new Enricher(), new EnrichCounters(), applicationId)) {
            return timed(enrich, offsets, applicationId, end, records);
        }
    }

    private static double passThrough(KafkaSettings kafka, TopicOffsets offsets, Path stateDir, String applicationId,
                                      Map<TopicPartition, Long> end, long records) {
        try (StreamsService pass = new StreamsService("pass-through", passThrough(),
                StreamsProperties.forService(applicationId, "bench", kafka, stateDir))) {
            return timed(pass.start(), offsets, applicationId, end, records);
        }
    }

    /** Records per second from RUNNING until the group's committed offsets reach the end. */
    private static double timed(StreamsService app, TopicOffsets offsets, String groupId, Map<TopicPartition, Long> end, long records) {
        BenchWait.running(app);
        long t0 = System.nanoTime();
        BenchWait.until(app.name() + " to commit past " + records + " records", Duration.ofMinutes(30), Duration.ofMillis(25),
                () -> offsets.caughtUp(groupId, Topics.RAW, end));
        return records / ((System.nanoTime() - t0) / 1e9);
    }

    /** Read news.raw, write it unchanged: the ceiling any exactly-once Streams app on this broker runs under. */
    static Topology passThrough() {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(Topics.RAW, Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("bench-read-raw"))
                .to(PASS_THROUGH_TOPIC, Produced.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("bench-write-copy"));
        return builder.build();
    }
}
