package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.broker.EmbeddedBroker;
import io.newsflow.ingest.ArchiveReplay;
import io.newsflow.ingest.IngestReport;
import io.newsflow.ingest.Pacer;
import io.newsflow.runtime.KafkaSettings;
import io.newsflow.runtime.TopicAdmin;
import io.newsflow.schema.EnrichedArticle;
import io.newsflow.schema.NewsflowSerdes;
import io.newsflow.schema.Topics;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two enricher instances share the work (same application id, separate JVMs); one is killed with
 * SIGKILL mid-run and not restarted. The survivor takes over its partitions, and what ends up on
 * news.enriched is the same, record for record, as what a single instance writes for the same
 * input on a fresh broker.
 */
class EnricherFailoverIT {
    @TempDir
    Path work;

    @Test
    void theSurvivorTakesOverAndTheResultEqualsASingleInstanceRun() throws Exception {
        VerifierCorpus corpus = VerifierCorpus.write(work.resolve("corpus/_posts"), 4_000, 100, 80, 20);

        Map<String, String> single = enrichedRecords(corpus, "single", false);
        Map<String, String> failover = enrichedRecords(corpus, "failover", true);

        long differing = single.entrySet().stream().filter(e -> !e.getValue().equals(failover.get(e.getKey()))).count();
        DeliveryVerdict.record(String.format("%s [two enrichers, one killed with SIGKILL mid-run]: %d in, %d revisions from one instance, "
                + "%d from the pair, %d differ", single.size() == corpus.revisions() && failover.equals(single) ? "SAME-AS-SINGLE-INSTANCE"
                : "DIFFERS-FROM-SINGLE-INSTANCE", corpus.posts(), single.size(), failover.size(), differing));
        assertThat(single).hasSize(corpus.revisions());
        assertThat(failover.keySet()).isEqualTo(single.keySet());
        assertThat(failover).isEqualTo(single);
    }

    /** Every record on news.enriched as id#revision → the whole record, after a run with one or two enrichers. */
    private Map<String, String> enrichedRecords(VerifierCorpus corpus, String name, boolean twoInstancesOneKilled) throws Exception {
        Path dir = work.resolve(name);
        try (EmbeddedBroker broker = EmbeddedBroker.start(dir.resolve("broker"), 0, CrashRecoveryIT.NO_COMPACTION)) {
            KafkaSettings kafka = KafkaSettings.of(broker.bootstrapServers());
            TopicAdmin.ensureTopics(kafka);
            ServiceProcess first = new ServiceProcess("enrich", broker.bootstrapServers(), dir.resolve("enrich-1"), dir.resolve("enrich-1.log"),
                    ServiceProcess.FAST_FAILOVER);
            ServiceProcess second = new ServiceProcess("enrich", broker.bootstrapServers(), dir.resolve("enrich-2"), dir.resolve("enrich-2.log"),
                    ServiceProcess.FAST_FAILOVER);
            first.start();
            if (twoInstancesOneKilled) {
                second.start();
            }
            try {
                Pacer pacer = twoInstancesOneKilled ? Pacer.rate(200, System::nanoTime) : Pacer.unlimited();
                ArchiveReplay.Options options = new ArchiveReplay.Options(ArchiveReplay.Order.PUBLICATION, pacer, null, null, 10_000, 500, false);
                CompletableFuture<IngestReport> replay = CompletableFuture.supplyAsync(() ->
                        new ArchiveReplay(kafka, Clock.systemUTC(), options, (h, p, t) -> { }).replay(List.of(corpus.dir().toString())));
                if (twoInstancesOneKilled) {
                    // Both must be working when one dies, or there is nothing to take over.
                    assertThat(first.awaitRunning(Duration.ofMinutes(2)) && second.awaitRunning(Duration.ofMinutes(2))).isTrue();
                    CatchUp.writtenBeyond(kafka, Topics.ENRICHED, 0, 500, Duration.ofMinutes(1));
                    assertThat(replay).as("posts still arriving when the instance dies").isNotDone();
                    second.kill();
                }
                IngestReport ingest = replay.get();
                CatchUp.await(kafka, ingest, false, Duration.ofMinutes(4), first);
                assertThat(ingest.published()).isEqualTo(corpus.posts());
            } finally {
                first.kill();
                second.kill();
            }
            Map<String, String> records = new TreeMap<>();
            for (ConsumerRecord<byte[], byte[]> r : AbstractPipelineIT.readAll(kafka, Topics.ENRICHED)) {
                EnrichedArticle a = NewsflowSerdes.enrichedArticle().decode(r.value());
                String previous = records.put(a.getId() + "#" + a.getRevision(), a.toString());
                assertThat(previous).as("%s#%d written once", a.getId(), a.getRevision()).isNull();
            }
            return records;
        }
    }

}
