package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.broker.EmbeddedBroker;
import io.newsflow.enrich.Enricher;
import io.newsflow.enrich.SamplePosts;
import io.newsflow.runtime.KafkaSettings;
import io.newsflow.schema.RecordJson;
import io.newsflow.schema.Topics;
import io.newsflow.sink.alerts.AlertRulesSource;
import io.newsflow.sink.alerts.AlertSettings;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample archive through the whole pipeline with the example rules file and
 * {@code --alert-on-replay}: the alerts and per-ticker documents that arrive, and a second run of
 * the same archive that raises no alert twice.
 */
class AlertsIT {
    @TempDir
    Path work;

    @Test
    void theExampleRulesRaiseTheirAlertsOnceOverTheSampleArchive() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start(work.resolve("broker"), 0, Map.of())) {
            KafkaSettings kafka = KafkaSettings.of(broker.bootstrapServers());
            Path rules = SamplePosts.dir().getParent().resolve("alert-rules.yaml");
            AlertSettings alerts = new AlertSettings(AlertRulesSource.watching(rules, System::currentTimeMillis), Duration.ofHours(24), true);
            PipelineRun pipeline = new PipelineRun(kafka, work.resolve("streams"), Duration.ofMinutes(5),
                    new PrintStream(OutputStream.nullOutputStream()), new Enricher(), alerts);
            Path archive = AbstractPipelineIT.copyArchive(work.resolve("archive"));
            RunSummary first = pipeline.run(List.of(archive), false);
            assertThat(first.unaccounted()).isZero();

            List<JsonNode> raised = new ArrayList<>();
            for (ConsumerRecord<byte[], byte[]> r : AbstractPipelineIT.readAll(kafka, Topics.ALERTS)) {
                JsonNode alert = RecordJson.MAPPER.readTree(r.value());
                assertThat(new String(r.key(), StandardCharsets.UTF_8))
                        .isEqualTo(alert.get("rule").asText() + "|" + alert.get("article_id").asText() + "|" + alert.get("ticker").asText(""));
                raised.add(alert);
            }
            assertThat(first.alerts()).isEqualTo(raised.size());
            assertThat(raised).extracting(a -> a.get("rule").asText() + " " + a.get("ticker").asText(""))
                    .contains("watchlist 601600.SH", "watchlist NIO.US", "revenue-growth-30 00020.HK", "burst 601600.SH");
            JsonNode growth = raised.stream().filter(a -> a.get("rule").asText().equals("revenue-growth-30")
                    && a.get("article_id").asText().equals("202203272324148410")).findFirst().orElseThrow();
            assertThat(growth.get("reason").asText()).contains("revenue_yoy = 0.364");
            assertThat(growth.get("evidence").asText()).isEqualTo("同比增长36.4%");
            assertThat(raised).extracting(a -> a.get("rule").asText() + "|" + a.get("article_id").asText() + "|" + a.get("ticker").asText(""))
                    .doesNotHaveDuplicates();

            long byTicker = AbstractPipelineIT.readAll(kafka, Topics.BY_TICKER).stream()
                    .filter(r -> new String(r.key(), StandardCharsets.UTF_8).equals("601600.SH")).count();
            assertThat(byTicker).isEqualTo(3);

            RunSummary second = pipeline.run(List.of(archive), false);
            assertThat(second.alerts()).as("a replay raises no alert twice").isZero();
        }
    }
}
