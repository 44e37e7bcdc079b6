package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.broker.EmbeddedBroker;
import io.newsflow.ingest.ArchiveReplay;
import io.newsflow.ingest.IngestReport;
import io.newsflow.ingest.Pacer;
import io.newsflow.runtime.KafkaSettings;
import io.newsflow.runtime.TopicAdmin;
import io.newsflow.schema.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exactly-once verifier, after Kafka's own Streams EOS system test: 20,000 posts (articles,
 * exact duplicates, rewritten versions and poison posts) are replayed at a steady rate while the
 * enrich and sink services run as separate OS processes that are killed with SIGKILL five times
 * each, after each has got back to work (RUNNING) and written a random number of records, and
 * restarted on their data directories. A read_committed reader
 * then checks every revision once in news.enriched and news.search, every poison post once in
 * news.dlq, no alert twice, and the accounting exact ({@link DeliveryVerdict}).
 */
class CrashRecoveryIT {
    /** The broker keeps every record: compaction would hide older revisions from the verifier. */
    static final Map<String, String> NO_COMPACTION = Map.of("log.cleaner.enable", "false");
    private static final int KILLS_EACH = Integer.getInteger("newsflow.crash.kills", 5);

    @TempDir
    Path work;

    @Test
    void killingEnrichAndSinkRepeatedlyLosesAndDoublesNothing() throws Exception {
        VerifierCorpus corpus = VerifierCorpus.write(work.resolve("corpus/_posts"), 19_000, 500, 400, 100);
        try (EmbeddedBroker broker = EmbeddedBroker.start(work.resolve("broker"), 0, NO_COMPACTION)) {
            KafkaSettings kafka = KafkaSettings.of(broker.bootstrapServers());
            TopicAdmin.ensureTopics(kafka);
            ServiceProcess enrich = new ServiceProcess("enrich", broker.bootstrapServers(), work.resolve("enrich-data"),
                    work.resolve("enrich.log"), ServiceProcess.FAST_FAILOVER);
            List<String> sinkArgs = new ArrayList<>(ServiceProcess.FAST_FAILOVER);
            sinkArgs.addAll(ServiceProcess.ALERTING);
            ServiceProcess sink = new ServiceProcess("sink", broker.bootstrapServers(), work.resolve("sink-data"), work.resolve("sink.log"), sinkArgs);
            enrich.start();
            sink.start();

            AtomicInteger kills = new AtomicInteger();
            AtomicReference<Throwable> killerFailed = new AtomicReference<>();
            Thread killer = new Thread(() -> {
                Random random = new Random(42);
                try {
                    for (int i = 0; i < 2 * KILLS_EACH; i++) {
                        ServiceProcess victim = i % 2 == 0 ? enrich : sink;
                        // Let the victim get back to work, then kill it after a random number of records it
                        // writes (uncommitted ones count: the kill lands inside its transaction).
                        victim.awaitRunning(Duration.ofSeconds(60));
                        String output = victim == enrich ? Topics.ENRICHED : Topics.SEARCH;
                        CatchUp.writtenBeyond(kafka, output, CatchUp.written(kafka, output), 20 + random.nextInt(400),
                                Duration.ofSeconds(10));
                        victim.kill();
                        kills.incrementAndGet();
                        victim.start();
                    }
                } catch (Throwable e) {
                    killerFailed.set(e);
                }
            }, "killer");
            IngestReport ingest;
            String scenario;
            try {
                killer.start();
                // Paced so that the kills land while both services are busy, not after the backlog is gone.
                ArchiveReplay.Options paced = new ArchiveReplay.Options(ArchiveReplay.Order.PUBLICATION, Pacer.rate(250, System::nanoTime), null,
                        null, 10_000, 500, false);
                ingest = new ArchiveReplay(kafka, Clock.systemUTC(), paced, (h, p, t) -> { }).replay(List.of(corpus.dir().toString()));
                killer.join();
                assertThat(killerFailed.get()).as("the kill loop (a service that stopped by itself fails it)").isNull();
                assertThat(kills.get()).isEqualTo(2 * KILLS_EACH);
                scenario = String.format("kill -9 loop: enrich %d× (%d while RUNNING), sink %d× (%d while RUNNING)",
                        KILLS_EACH, enrich.killsWhileRunning(), KILLS_EACH, sink.killsWhileRunning());
                // Kills while a service is still joining prove little; they must hit it while it processes.
                assertThat(enrich.killsWhileRunning()).as("enrich kills while RUNNING").isGreaterThanOrEqualTo(KILLS_EACH - 1);
                assertThat(sink.killsWhileRunning()).as("sink kills while RUNNING").isGreaterThanOrEqualTo(KILLS_EACH - 1);
                CatchUp.await(kafka, ingest, true, Duration.ofMinutes(5), enrich, sink);
            } finally {
                killer.interrupt();
                killer.join();
                enrich.kill();
                sink.kill();
            }
            DeliveryVerdict.read(scenario, corpus, ingest.published(), kafka).check();
        }
    }
}
