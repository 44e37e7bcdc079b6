package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.broker.EmbeddedBroker;
import io.newsflow.enrich.topology.EnrichCounters;
import io.newsflow.enrich.topology.EnrichService;
import io.newsflow.enrich.topology.EnrichTopology;
import io.newsflow.ingest.ArchiveReplay;
import io.newsflow.ingest.IngestReport;
import io.newsflow.runtime.KafkaSettings;
import io.newsflow.runtime.StreamsService;
import io.newsflow.runtime.TopicAdmin;
import io.newsflow.runtime.ops.OpsServer;
import io.newsflow.runtime.ops.Telemetry;
import io.newsflow.schema.Topics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an operator sees: enrich and sink started as services with --metrics-port, the sample
 * archive and a broken post replayed, and the counters scraped from /metrics equal to what the
 * committed topics hold (the run summary's figures); readiness follows the Streams state; SIGTERM
 * stops a service cleanly and it leaves its group.
 */
class OperationsIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path work;

    @Test
    void scrapedCountersMatchTheCommittedOutputAndSigtermLeavesTheGroup() throws Exception {
        Path posts = AbstractPipelineIT.copyArchive(work.resolve("archive"));
        Files.write(posts.resolve("2021-06-01-broken.md"), new byte[] {'-', '-', '-', '\n', (byte) 0xC3, 0x28, '\n'});
        try (EmbeddedBroker broker = EmbeddedBroker.start(work.resolve("broker"), 0, Map.of())) {
            KafkaSettings kafka = KafkaSettings.of(broker.bootstrapServers());
            TopicAdmin.ensureTopics(kafka);
            int enrichPort = EmbeddedBroker.freePort();
            int sinkPort = EmbeddedBroker.freePort();
            ServiceProcess enrich = new ServiceProcess("enrich", broker.bootstrapServers(), work.resolve("enrich-data"), work.resolve("enrich.log"),
                    List.of("--metrics-port", Integer.toString(enrichPort)));
            ServiceProcess sink = new ServiceProcess("sink", broker.bootstrapServers(), work.resolve("sink-data"), work.resolve("sink.log"),
                    List.of("--metrics-port", Integer.toString(sinkPort)));
            enrich.start();
            sink.start();
            try {
                Awaitility.await().atMost(Duration.ofMinutes(2)).ignoreExceptions()
                        .until(() -> get(enrichPort, "/health/ready").statusCode() == 200 && get(sinkPort, "/health/ready").statusCode() == 200);
                IngestReport ingest = new ArchiveReplay(kafka, Clock.systemUTC(), ArchiveReplay.Options.defaults(), (h, p, t) -> { })
                        .replay(List.of(posts.toString()));
                CatchUp.await(kafka, ingest, true, Duration.ofMinutes(3), enrich, sink);

                String enrichMetrics = get(enrichPort, "/metrics").body();
                String sinkMetrics = get(sinkPort, "/metrics").body();
                long enriched = AbstractPipelineIT.readAll(kafka, Topics.ENRICHED).size();
                long deadLetters = AbstractPipelineIT.readAll(kafka, Topics.DLQ).size();
                long search = AbstractPipelineIT.readAll(kafka, Topics.SEARCH).size();
                assertThat(enriched).isPositive();
                assertThat(deadLetters).isEqualTo(1);
                assertThat(sum(enrichMetrics, "newsflow_processed_total", "stage=\"enrich\"")).isEqualTo(ingest.published());
                assertThat(sum(enrichMetrics, "newsflow_enriched_total", "")).isEqualTo(enriched);
                assertThat(sum(enrichMetrics, "newsflow_dead_letters_total", "reason=\"NOT_UTF8\"")).isEqualTo(deadLetters);
                assertThat(sum(enrichMetrics, "newsflow_duplicates_total", ""))
                        .isEqualTo(ingest.published() - enriched - deadLetters);
                assertThat(sum(sinkMetrics, "newsflow_processed_total", "stage=\"sink\"")).isEqualTo(enriched);
                assertThat(sum(sinkMetrics, "newsflow_sink_written_total", "output=\"search\"")).isEqualTo(search);
                assertThat(enrichMetrics).contains("newsflow_processing_time_seconds_bucket", "jvm_memory_used_bytes");
                // Per-partition lag appears once the binder's periodic refresh has seen the assigned partitions.
                Pattern lag = Pattern.compile("kafka_consumer_fetch_manager_records_lag\\{[^}]*partition=\"[0-5]\"[^}]*topic=\"news.raw\"");
                Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                        .until(() -> lag.matcher(get(enrichPort, "/metrics").body()).find());

                assertThat(enrich.terminate(Duration.ofSeconds(60))).as("exit code after SIGTERM").isIn(0, 143);
                try (Admin admin = TopicAdmin.open(kafka)) {
                    var group = admin.describeConsumerGroups(List.of(EnrichTopology.APPLICATION_ID)).all().get()
                            .get(EnrichTopology.APPLICATION_ID);
                    assertThat(group.members()).as("members of the enrich group after SIGTERM").isEmpty();
                }
                assertThat(Files.readString(enrich.log())).contains("RUNNING -> PENDING_SHUTDOWN");
            } finally {
                enrich.kill();
                sink.kill();
            }
        }
    }

    @Test
    void readinessFollowsTheStreamsState() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start(work.resolve("broker"), 0, Map.of());
             Telemetry telemetry = new Telemetry("enrich");
             OpsServer ops = OpsServer.start("127.0.0.1", 0, telemetry)) {
            KafkaSettings kafka = KafkaSettings.of(broker.bootstrapServers());
            TopicAdmin.ensureTopics(kafka);
            assertThat(get(ops.port(), "/health/ready").statusCode()).as("before the app starts").isEqualTo(503);
            StreamsService enrich = EnrichService.start(kafka, work.resolve("state"), new EnrichCounters());
            ops.register(enrich);
            ops.started();
            Awaitility.await().atMost(Duration.ofMinutes(2)).until(() -> get(ops.port(), "/health/ready").statusCode() == 200);
            assertThat(get(ops.port(), "/health/ready").body()).contains("\"enrich\":\"RUNNING\"");

            enrich.close(Duration.ofSeconds(30));

            HttpResponse<String> ready = get(ops.port(), "/health/ready");
            assertThat(ready.statusCode()).isEqualTo(503);
            assertThat(ready.body()).contains("\"enrich\":\"NOT_RUNNING\"");
            assertThat(get(ops.port(), "/health/live").statusCode()).as("stopped, not failed: still live").isEqualTo(200);
        }
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The sum of a counter's samples whose labels contain {@code labelFilter}. */
    private static long sum(String exposition, String name, String labelFilter) {
        Pattern line = Pattern.compile("^" + Pattern.quote(name) + "\\{([^}]*)\\}\\s+(\\S+)$", Pattern.MULTILINE);
        Matcher m = line.matcher(exposition);
        double total = 0;
        boolean found = false;
        while (m.find()) {
            if (m.group(1).contains(labelFilter)) {
                total += Double.parseDouble(m.group(2));
                found = true;
            }
        }
        assertThat(found).as(name + "{" + labelFilter + "} in the scrape").isTrue();
        return Math.round(total);
    }

}
