package io.newsflow.sink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.runtime.KafkaSettings;
import io.newsflow.runtime.StreamsProperties;
import io.newsflow.schema.Board;
import io.newsflow.schema.EnrichedArticle;
import io.newsflow.schema.NewsflowSerdes;
import io.newsflow.schema.RecordJson;
import io.newsflow.schema.Metric;
import io.newsflow.schema.Ticker;
import io.newsflow.schema.Topics;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SinkTopologyTest {

    @Test
    void writesOneSearchDocumentPerRevisionKeyedByArticleId(@TempDir Path stateDir) throws Exception {
        try (TopologyTestDriver driver = new TopologyTestDriver(SinkTopology.build(),
                StreamsProperties.forService(SinkTopology.APPLICATION_ID, "sink", KafkaSettings.of("unused:9092"), stateDir))) {
            var in = driver.createInputTopic(Topics.ENRICHED, new StringSerializer(), NewsflowSerdes.enrichedArticle().serializer());
            var out = driver.createOutputTopic(Topics.SEARCH, new StringDeserializer(), new StringDeserializer());
            var byTicker = driver.createOutputTopic(Topics.BY_TICKER, new StringDeserializer(), new StringDeserializer());
            EnrichedArticle article = EnrichedArticle.newBuilder()
                    .setId("202203272324148410").setRevision(2).setContentHash("h")
                    .setCanonicalUrl("https://finance.eastmoney.com/a/202203272324148410.html")
                    .setTitle("商汤集团首份年报").setPublishedAt(Instant.parse("2022-03-27T14:02:05Z"))
                    .setCategory("zhengquanribaowang").setTags(List.of("证券日报网新闻")).setMedia("证券日报网")
                    .setDigest("d").setText("t").setLinks(List.of()).setSourcePath("seed.md").setWarnings(List.of())
                    .setTickers(List.of(new Ticker("00020.HK", "00020", "HK", null, "商汤-W", List.of("widget", "link"), 2),
                            new Ticker("NIO.US", "NIO", "US", "NYSE", null, List.of("text_code"), 1)))
                    .setBoards(List.of(new Board("90.BK0800", "人工智能"))).setIndices(List.of(new Board("100.HSI", null)))
                    .setMetrics(List.of(metric("revenue", 4.7e9, "CNY", "00020.HK"), metric("revenue_yoy", 0.364, "ratio", null),
                            metric("revenue", 3.3e9, "CNY", null), metric("other", 4274, "count", null))).build();
            in.pipeInput(article.getId(), article, article.getPublishedAt());

            TestRecord<String, String> record = out.readRecord();
            assertThat(record.key()).isEqualTo("202203272324148410");
            JsonNode doc = RecordJson.MAPPER.readTree(record.value());
            assertThat(doc.get("id").asText()).isEqualTo("202203272324148410");
            assertThat(doc.get("revision").asInt()).isEqualTo(2);
            assertThat(doc.get("published_at").asText()).isEqualTo("2022-03-27T14:02:05Z");
            assertThat(doc.get("media").asText()).isEqualTo("证券日报网");
            assertThat(doc.get("tags").get(0).asText()).isEqualTo("证券日报网新闻");
            assertThat(doc.get("tickers")).extracting(JsonNode::asText).containsExactly("00020.HK", "NIO.US");
            assertThat(doc.get("ticker_names")).extracting(JsonNode::asText).containsExactly("商汤-W");
            assertThat(doc.get("boards")).extracting(JsonNode::asText).containsExactly("90.BK0800");
            assertThat(doc.get("board_names")).extracting(JsonNode::asText).containsExactly("人工智能");
            assertThat(doc.get("indices")).extracting(JsonNode::asText).containsExactly("100.HSI");
            assertThat(doc.get("metrics").properties()).as("the first figure of each vocabulary key")
                    .extracting(e -> e.getKey() + "=" + e.getValue().asDouble())
                    .containsExactly("revenue=4.7E9", "revenue_yoy=0.364");
            // Field names are the documented, stable search mapping.
            assertThat(doc.fieldNames()).toIterable().containsExactly("id", "revision", "canonical_url", "title", "digest",
                    "text", "media", "category", "tags", "published_at", "tickers", "ticker_names", "boards", "board_names", "indices",
                    "metrics");
            assertThat(out.isEmpty()).isTrue();

            List<TestRecord<String, String>> perTicker = byTicker.readRecordsToList();
            assertThat(perTicker).extracting(TestRecord::key).containsExactly("00020.HK", "NIO.US");
            JsonNode sensetime = RecordJson.MAPPER.readTree(perTicker.get(0).value());
            assertThat(sensetime.get("id").asText()).isEqualTo("202203272324148410");
            assertThat(sensetime.get("name").asText()).isEqualTo("商汤-W");
            assertThat(sensetime.get("metrics")).extracting(m -> m.get("key").asText()).containsExactly("revenue");
            assertThat(RecordJson.MAPPER.readTree(perTicker.get(1).value()).get("metrics")).isEmpty();
        }
    }

    private static Metric metric(String key, double value, String unit, String symbol) {
        return Metric.newBuilder().setKey(key).setLabel("营业收入").setText("营业收入47亿元").setOffset(0).setValue(value)
                .setUnit(unit).setSubjectSymbol(symbol).build();
    }
}
