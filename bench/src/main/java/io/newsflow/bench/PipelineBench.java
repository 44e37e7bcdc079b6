package io.newsflow.bench;

import io.newsflow.broker.EmbeddedBroker;
import io.newsflow.enrich.topology.EnrichCounters;
import io.newsflow.enrich.topology.EnrichService;
import io.newsflow.enrich.topology.EnrichTopology;
import io.newsflow.ingest.IngestReport;
import io.newsflow.runtime.KafkaSettings;
import io.newsflow.runtime.StreamsService;
import io.newsflow.runtime.TopicAdmin;
import io.newsflow.runtime.TopicOffsets;
import io.newsflow.schema.Topics;
import io.newsflow.sink.SinkService;
import io.newsflow.sink.SinkTopology;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.TopicPartition;

/**
 * The pipeline measurement, what {@code newsflow run} does: with enrich and sink running on a fresh
 * embedded broker, the generated archive is replayed at full speed, and the clock stops when sink
 * has committed past everything enrich wrote. Then the live latency measurement runs on the same
 * services. The heap is sampled throughout (broker, services and bench share this JVM).
 */
public final class PipelineBench {
    /** Off-heap state (RocksDB memtables, buffers) shows in the resident set, not the heap figures. */
    public record Result(long articles, double articlesPerSecond, long peakHeapBytes, long liveHeapBytes, long peakRssBytes,
                         LatencyBench.Result latency) {}

    private PipelineBench() {}

    /** @param threads stream threads of enrich and of sink */
    public static Result run(Path archive, Path work, CorpusGenerator generator, long firstLiveIndex, double liveRate,
                             Duration liveFor, int threads) throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start(work.resolve("broker"), 0, Map.of());
             HeapSampler heap = new HeapSampler()) {
            KafkaSettings kafka = KafkaSettings.of(broker.bootstrapServers());
            try (Admin admin = TopicAdmin.open(kafka)) {
                TopicAdmin.ensureTopics(admin, Topics.ALL, 1);
                TopicOffsets offsets = new TopicOffsets(admin, kafka);
                KafkaSettings streams = TopologyBench.withThreads(kafka, threads);
                try (StreamsService enrich = EnrichService.start(streams, work.resolve("enrich"), new EnrichCounters());
                     StreamsService sink = SinkService.start(streams, work.resolve("sink"))) {
                    BenchWait.running(enrich, sink);
                    long t0 = System.nanoTime();
                    IngestReport ingest = BenchArchive.replay(kafka, archive);
                    Map<TopicPartition, Long> raw = ingest.rawEndOffsets();
                    BenchWait.until("enrich to catch up", Duration.ofMinutes(30), () -> offsets.caughtUp(EnrichTopology.APPLICATION_ID, Topics.RAW, raw)
                            && offsets.settled(Topics.ENRICHED));
                    Map<TopicPartition, Long> enriched = offsets.committedEnd(Topics.ENRICHED);
                    BenchWait.until("sink to catch up", Duration.ofMinutes(30),
                            () -> offsets.caughtUp(SinkTopology.APPLICATION_ID, Topics.ENRICHED, enriched));
                    double rate = ingest.published() / ((System.nanoTime() - t0) / 1e9);
                    LatencyBench.Result latency = LatencyBench.run(kafka, generator, firstLiveIndex, liveRate, liveFor);
                    return new Result(ingest.published(), rate, heap.peakBytes(), heap.liveBytes(), heap.peakRssBytes(), latency);
                }
            }
        }
    }
}
