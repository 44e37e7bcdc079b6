package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.broker.EmbeddedBroker;
import io.newsflow.runtime.KafkaSettings;
import io.newsflow.runtime.TopicAdmin;
import io.newsflow.runtime.TopicOffsets;
import io.newsflow.schema.EnrichedArticle;
import io.newsflow.schema.NewsflowSerdes;
import io.newsflow.schema.RecordJson;
import io.newsflow.schema.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsflow run PATH --watch DIR} as a user runs it (its own JVM): the replay's summary
 * comes first, then the same enrich and sink follow the directory — a post written there is
 * enriched — and neither stage is stopped and started again between the two phases; SIGTERM
 * closes both before the process ends.
 */
class RunWatchIT {
    private static final String LIVE_TITLE = "测试电子2026年前三季度营业收入47亿元";

    @TempDir
    Path work;

    @Test
    void replaysThenFollowsTheDirectoryWithTheSameServices() throws Exception {
        Path archive = AbstractPipelineIT.copyArchive(work.resolve("archive"));
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        Path summaryFile = work.resolve("summary.json");
        try (EmbeddedBroker broker = EmbeddedBroker.start(work.resolve("broker"), 0, Map.of())) {
            ServiceProcess run = new ServiceProcess("run", broker.bootstrapServers(), work.resolve("run-data"), work.resolve("run.log"),
                    List.of(archive.toString(), "--watch", inbox.toString(), "--summary", summaryFile.toString()));
            run.start();
            try {
                Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                        .until(() -> Files.exists(summaryFile) && run.logCount("Following ") > 0);
                JsonNode summary = RecordJson.MAPPER.readTree(summaryFile.toFile());
                long replayed = summary.path("enriched").asLong();
                assertThat(replayed).isPositive();

                Files.writeString(inbox.resolve("2026-11-27-live.md"), "---\ntitle: \"" + LIVE_TITLE + "\"\n"
                        + "date: 2026-11-27 10:00:00 +0800\ncategories: emnews\ntags: 东财滚动新闻\n---\n\n"
                        + "> 测试电子公告，公司前三季度营业收入47亿元，同比增长36.4%。\n", StandardCharsets.UTF_8);

                KafkaSettings kafka = KafkaSettings.of(broker.bootstrapServers());
                try (Admin admin = TopicAdmin.open(kafka)) {
                    TopicOffsets offsets = new TopicOffsets(admin, kafka);
                    Awaitility.await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                            .until(() -> enrichedTitles(offsets).contains(LIVE_TITLE));
                    assertThat(enrichedTitles(offsets)).hasSize((int) replayed + 1);
                }
                // One KafkaStreams per stage for both phases: created once, never shut down before the stop.
                assertThat(run.logCount("enrich: CREATED -> REBALANCING")).isEqualTo(1);
                assertThat(run.logCount("sink: CREATED -> REBALANCING")).isEqualTo(1);
                assertThat(run.logCount("-> PENDING_SHUTDOWN")).isZero();
            } finally {
                assertThat(run.terminate(Duration.ofSeconds(60))).isIn(0, 143);
            }
            // SIGTERM lets both stages finish closing (commit, leave the group) before the JVM halts.
            assertThat(run.logCount("enrich: PENDING_SHUTDOWN -> NOT_RUNNING")).isEqualTo(1);
            assertThat(run.logCount("sink: PENDING_SHUTDOWN -> NOT_RUNNING")).isEqualTo(1);
        }
    }

    private static List<String> enrichedTitles(TopicOffsets offsets) {
        List<String> titles = new ArrayList<>();
        var serde = NewsflowSerdes.enrichedArticle();
        offsets.readRange(Topics.ENRICHED, Map.of(), offsets.committedEnd(Topics.ENRICHED), r -> {
            EnrichedArticle a = serde.decode(r.value());
            titles.add(a.getTitle());
        });
        return titles;
    }
}
