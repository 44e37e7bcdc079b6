package io.newsflow.sink.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.runtime.KafkaSettings;
import io.newsflow.runtime.StreamsProperties;
import io.newsflow.schema.Board;
import io.newsflow.schema.EnrichedArticle;
import io.newsflow.schema.Metric;
import io.newsflow.schema.NewsflowSerdes;
import io.newsflow.schema.RecordJson;
import io.newsflow.schema.Ticker;
import io.newsflow.schema.Topics;
import io.newsflow.sink.SinkTopology;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Alert rules on the sink topology: each rule kind, freshness, de-duplication, bursts, reloading. */
class AlertTopologyTest {
    @TempDir
    Path dir;

    private static final Instant NOW = Instant.parse("2022-05-26T03:00:00Z");
    private static final String RULES = """
            watchlist:
              - id: watch
                tickers: [300750.SZ]
                boards: [90.BK0493]
            thresholds:
              - id: fast-growth
                metric: revenue_yoy
                op: ">="
                value: 0.3
              - id: loss
                metric: net_profit
                op: "<"
                value: 0
                tickers: [601600.SH]
            keywords:
              - id: trouble
                words: [停牌, 立案调查]
            burst:
              - id: burst
                min_articles: 3
                window: 1h
                grace: 10m
            """;

    private static EnrichedArticle article(String id, int revision, Instant published, String title, List<Ticker> tickers,
                                           List<Metric> metrics) {
        return EnrichedArticle.newBuilder().setId(id).setRevision(revision).setContentHash("h" + revision)
                .setCanonicalUrl("https://finance.eastmoney.com/a/" + id + ".html").setTitle(title).setPublishedAt(published)
                .setTags(List.of()).setText("正文。").setLinks(List.of()).setWarnings(List.of()).setTickers(tickers)
                .setBoards(List.of(new Board("90.BK0493", "新能源"))).setIndices(List.of()).setMetrics(metrics).build();
    }

    private static Ticker ticker(String symbol, String name) {
        return new Ticker(symbol, symbol.substring(0, symbol.indexOf('.')), symbol.substring(symbol.indexOf('.') + 1), null, name,
                List.of("name"), 1);
    }

    private static Metric metric(String key, double value, String subject, String symbol) {
        return new Metric(key, "营业收入", key + "=" + value, 0, value, null, "ratio", null, subject, symbol, "2022Q1");
    }

    private record Driver(TopologyTestDriver driver, TestInputTopic<String, EnrichedArticle> in, TestOutputTopic<String, String> out)
            implements AutoCloseable {
        List<JsonNode> alerts() throws Exception {
            List<JsonNode> out = new ArrayList<>();
            for (String v : this.out.readValuesToList()) {
                out.add(RecordJson.MAPPER.readTree(v));
            }
            return out;
        }

        void pipe(EnrichedArticle a) {
            in.pipeInput(a.getId(), a, a.getPublishedAt());
        }

        @Override
        public void close() {
            driver.close();
        }
    }

    private Driver driver(AlertSettings settings) {
        TopologyTestDriver d = new TopologyTestDriver(SinkTopology.build(settings),
                StreamsProperties.forService(SinkTopology.APPLICATION_ID, "sink", KafkaSettings.of("unused:9092"), dir.resolve("state")), NOW);
        return new Driver(d, d.createInputTopic(Topics.ENRICHED, new StringSerializer(), NewsflowSerdes.enrichedArticle().serializer()),
                d.createOutputTopic(Topics.ALERTS, new StringDeserializer(), new StringDeserializer()));
    }

    private static AlertSettings settings(boolean onReplay) {
        return new AlertSettings(AlertRulesSource.of(AlertRules.parse(RULES, "rules.yaml")), Duration.ofHours(24), onReplay,
                NOW::toEpochMilli);
    }

    @Test
    void eachRuleKindRaisesItsAlertOncePerRuleArticleAndTicker() throws Exception {
        try (Driver d = driver(settings(false))) {
            EnrichedArticle a = article("202205262391921712", 1, NOW.minusSeconds(600), "宁德时代停牌核查",
                    List.of(ticker("300750.SZ", "宁德时代"), ticker("601600.SH", "中国铝业")),
                    List.of(metric("revenue_yoy", 0.364, "宁德时代", "300750.SZ"), metric("net_profit", -3e8, "中国铝业", "601600.SH"),
                            metric("net_profit", -1e8, "别的公司", null)));
            d.pipe(a);
            List<JsonNode> alerts = d.alerts();
            assertThat(alerts).extracting(j -> j.get("rule").asText() + " " + j.get("ticker").asText())
                    .containsExactlyInAnyOrder("watch 300750.SZ", "watch 90.BK0493", "fast-growth 300750.SZ", "loss 601600.SH",
                            "trouble 300750.SZ", "trouble 601600.SH");
            JsonNode growth = alerts.stream().filter(j -> j.get("rule").asText().equals("fast-growth")).findFirst().orElseThrow();
            assertThat(growth.get("reason").asText()).isEqualTo("宁德时代 revenue_yoy = 0.364 ratio (2022Q1) >= 0.3");
            assertThat(growth.get("canonical_url").asText()).endsWith("202205262391921712.html");
            assertThat(growth.get("published_at").asText()).isEqualTo("2022-05-26T02:50:00Z");

            d.pipe(article(a.getId(), 2, a.getPublishedAt(), a.getTitle() + "（更新）", a.getTickers(), a.getMetrics()));
            d.pipe(a); // a replay of the first revision
            assertThat(d.alerts()).as("a revision or a replay raises nothing again").isEmpty();
        }
    }

    @Test
    void aKeywordInTheTextConcernsTheSecuritiesOfItsParagraph() throws Exception {
        try (Driver d = driver(settings(false))) {
            EnrichedArticle brief = EnrichedArticle.newBuilder(article("202408312391921712", 1, NOW.minusSeconds(60), "财经早餐",
                    List.of(ticker("INTC.US", "英特尔"), ticker("601600.SH", "中国铝业")), List.of()))
                    .setBoards(List.of()).setText("英特尔涨9.49%。\n中国铝业公告，公司股票停牌。").build();
            d.pipe(brief);
            assertThat(d.alerts()).extracting(j -> j.get("rule").asText() + " " + j.get("ticker").asText())
                    .containsExactly("trouble 601600.SH");
        }
    }

    @Test
    void oldArticlesRaiseNothingUnlessAlertingOnReplay() throws Exception {
        EnrichedArticle old = article("202112082206928461", 1, NOW.minus(Duration.ofDays(3)), "停牌", List.of(ticker("300750.SZ", "宁德时代")),
                List.of());
        try (Driver d = driver(settings(false))) {
            d.pipe(old);
            assertThat(d.alerts()).isEmpty();
        }
        try (Driver d = driver(settings(true))) {
            d.pipe(old);
            assertThat(d.alerts()).extracting(j -> j.get("rule").asText()).contains("watch", "trouble");
        }
    }

    @Test
    void aBurstIsATickerInEnoughArticlesWithinAWindowOfEventTime() throws Exception {
        try (Driver d = driver(settings(true))) {
            Instant base = Instant.parse("2021-12-08T01:00:00Z");
            for (int i = 0; i < 4; i++) {
                d.pipe(article("2021120822069284" + (10 + i), 1, base.plusSeconds(600L * i), "消息" + i, List.of(ticker("NIO.US", "蔚来")), List.of()));
            }
            d.pipe(article("202112082206928410", 2, base.plusSeconds(700), "消息0更新", List.of(ticker("NIO.US", "蔚来")), List.of()));
            List<JsonNode> bursts = d.alerts().stream().filter(j -> j.get("kind").asText().equals("burst")).toList();
            assertThat(bursts).hasSize(1);
            assertThat(bursts.get(0).get("ticker").asText()).isEqualTo("NIO.US");
            assertThat(bursts.get(0).get("reason").asText()).startsWith("NIO.US named in 3 articles within 1 hour from 2021-12-08T01:00:00Z");
        }
    }

    @Test
    void rulesAreReloadedWhenTheFileChangesAndABrokenFileKeepsTheOldOnes() throws Exception {
        Path file = dir.resolve("rules.yaml");
        Files.writeString(file, "keywords:\n  - id: k1\n    words: [停牌]\n");
        long[] clock = {0};
        AlertRulesSource source = AlertRulesSource.watching(file, () -> clock[0]);
        assertThat(source.current().rules()).extracting(AlertRule::id).containsExactly("k1");
        Files.writeString(file, "keywords:\n  - id: k2\n    words: [退市]\n");
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        assertThat(source.current().rules()).as("not looked at again yet").extracting(AlertRule::id).containsExactly("k1");
        clock[0] += AlertRulesSource.CHECK_MILLIS;
        assertThat(source.current().rules()).extracting(AlertRule::id).containsExactly("k2");
        Files.writeString(file, "keywords: [oops");
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 10_000));
        clock[0] += AlertRulesSource.CHECK_MILLIS;
        assertThat(source.current().rules()).extracting(AlertRule::id).containsExactly("k2");
    }

    @Test
    void badRulesFailWithThePathOfTheValue() {
        assertThatThrownBy(() -> AlertRules.parse("thresholds:\n  - id: t\n    metric: eps\n    op: '=>'\n    value: 1\n", "r.yaml"))
                .hasMessage("r.yaml: thresholds[0].op: '=>' is not one of " + java.util.Set.of(">", ">=", "<", "<=", "=="));
        assertThatThrownBy(() -> AlertRules.parse("alerts: []\n", "r.yaml")).hasMessageStartingWith("r.yaml: unknown section 'alerts'");
        assertThatThrownBy(() -> AlertRules.parse("burst:\n  - id: b\n    min_articles: 3\n    window: soon\n", "r.yaml"))
                .hasMessage("r.yaml: burst[0].window: a duration such as 30m, 1h or 1d is needed");
        assertThatThrownBy(() -> AlertRules.parse("keywords:\n  - id: a\n    words: [x]\n  - id: a\n    words: [y]\n", "r.yaml"))
                .hasMessage("r.yaml: keywords[1]: the id 'a' is used twice");
    }
}
