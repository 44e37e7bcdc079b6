package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.broker.EmbeddedBroker;
import io.newsflow.ingest.ArchiveReplay;
import io.newsflow.ingest.IngestReport;
import io.newsflow.ingest.Pacer;
import io.newsflow.runtime.KafkaSettings;
import io.newsflow.runtime.TopicAdmin;
import io.newsflow.schema.Topics;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broker is stopped and started again on its data directory twice while an archive replay is
 * publishing and enrich and sink (separate JVMs) are processing. Nobody restarts anything else:
 * the replay's producer and both Streams apps must ride out the outages by themselves, and the
 * outputs must be exact ({@link DeliveryVerdict}).
 */
class BrokerBounceIT {
    private static final int BOUNCES = 2;
    /** What a Kafka client logs when the broker is gone. */
    private static final String UNREACHABLE = "could not be established";

    @TempDir
    Path work;

    @Test
    void stoppingAndStartingTheBrokerMidReplayLosesAndDoublesNothing() throws Exception {
        VerifierCorpus corpus = VerifierCorpus.write(work.resolve("corpus/_posts"), 8_000, 200, 160, 40);
        int port = EmbeddedBroker.freePort();
        Path brokerDir = work.resolve("broker");
        EmbeddedBroker broker = EmbeddedBroker.start(brokerDir, port, CrashRecoveryIT.NO_COMPACTION);
        KafkaSettings kafka = KafkaSettings.of(broker.bootstrapServers());
        TopicAdmin.ensureTopics(kafka);
        ServiceProcess enrich = new ServiceProcess("enrich", broker.bootstrapServers(), work.resolve("enrich-data"),
                work.resolve("enrich.log"), List.of());
        ServiceProcess sink = new ServiceProcess("sink", broker.bootstrapServers(), work.resolve("sink-data"), work.resolve("sink.log"),
                ServiceProcess.ALERTING);
        enrich.start();
        sink.start();
        try {
            ArchiveReplay.Options paced = new ArchiveReplay.Options(ArchiveReplay.Order.PUBLICATION, Pacer.rate(250, System::nanoTime),
                    null, null, 10_000, 500, false);
            CompletableFuture<IngestReport> replay = CompletableFuture.supplyAsync(() ->
                    new ArchiveReplay(kafka, Clock.systemUTC(), paced, (h, p, t) -> { }).replay(List.of(corpus.dir().toString())));
            for (int i = 0; i < BOUNCES; i++) {
                // Stop the broker once the replay is well under way, and start it again once the
                // services have noticed it is gone.
                CatchUp.writtenBeyond(kafka, Topics.RAW, 0, (i + 1) * 2_500L, Duration.ofMinutes(1));
                long lost = enrich.logCount(UNREACHABLE);
                broker.close();
                Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                        .until(() -> enrich.logCount(UNREACHABLE) > lost);
                broker = EmbeddedBroker.start(brokerDir, port, CrashRecoveryIT.NO_COMPACTION);
            }
            assertThat(replay).as("the replay was still publishing through the bounces").isNotDone();
            IngestReport ingest = replay.get();
            CatchUp.await(kafka, ingest, true, Duration.ofMinutes(5), enrich, sink);
            DeliveryVerdict.read("broker stopped and started " + BOUNCES + "× mid-replay", corpus, ingest.published(), kafka).check();
        } finally {
            enrich.kill();
            sink.kill();
            broker.close();
        }
    }

}
