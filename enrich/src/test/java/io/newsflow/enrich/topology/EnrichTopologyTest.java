package io.newsflow.enrich.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.Enricher;
import io.newsflow.enrich.SamplePosts;
import io.newsflow.runtime.KafkaSettings;
import io.newsflow.runtime.StreamsProperties;
import io.newsflow.schema.DeadLetter;
import io.newsflow.schema.DeadLetterHeaders;
import io.newsflow.schema.EnrichedArticle;
import io.newsflow.schema.NewsflowSerdes;
import io.newsflow.schema.RawArticle;
import io.newsflow.schema.SourceKind;
import io.newsflow.schema.Ticker;
import io.newsflow.schema.TickerName;
import io.newsflow.schema.Topics;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrichTopologyTest {
    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<String, RawArticle> raw;
    private TestOutputTopic<String, EnrichedArticle> enriched;
    private TestOutputTopic<byte[], byte[]> dlq;
    private final EnrichCounters counters = new EnrichCounters();

    @BeforeEach
    void start() {
        Properties props = StreamsProperties.forService(EnrichTopology.APPLICATION_ID, "enrich",
                KafkaSettings.of("unused:9092"), stateDir);
        driver = new TopologyTestDriver(EnrichTopology.build(new Enricher(), counters), props);
        raw = driver.createInputTopic(Topics.RAW, new StringSerializer(), NewsflowSerdes.rawArticle().serializer());
        enriched = driver.createOutputTopic(Topics.ENRICHED, new StringDeserializer(), NewsflowSerdes.enrichedArticle().deserializer());
        dlq = driver.createOutputTopic(Topics.DLQ, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private static RawArticle raw(String path, byte[] content) {
        return RawArticle.newBuilder().setContent(ByteBuffer.wrap(content)).setSourcePath(path)
                .setSourceKind(SourceKind.ARCHIVE).setReplay(true).setIngestedAt(Instant.EPOCH).build();
    }

    @Test
    void enrichesAPostIntoAnArticleKeyedByIdWithEventTime() {
        raw.pipeInput("202203272324148410", raw("archive/seed.md", SamplePosts.bytes("seed.md")));
        TestRecord<String, EnrichedArticle> out = enriched.readRecord();
        assertThat(out.key()).isEqualTo("202203272324148410");
        assertThat(out.value().getRevision()).isEqualTo(1);
        assertThat(out.getRecordTime()).isEqualTo(Instant.parse("2022-03-27T14:02:05Z"));
        assertThat(enriched.isEmpty()).isTrue();
        assertThat(dlq.isEmpty()).isTrue();
    }

    @Test
    void replaysAndUnchangedCopiesAreDuplicatesAndChangedVersionsAreRevisions() {
        String id = "202112082206928461";
        String v1 = "zning1994__finews___posts__2021-12-08-202112082206928461.md";
        String v2 = "zning1994__finews___posts__2021-12-08-202112082206928461@b5202fad.md";
        raw.pipeInput(id, raw("archive/" + v1, SamplePosts.bytes(v1)));
        raw.pipeInput(id, raw("archive/" + v1, SamplePosts.bytes(v1)));
        // The same content with other line endings: new raw bytes, same article.
        raw.pipeInput(id, raw("copy/" + v1, new String(SamplePosts.bytes(v1), StandardCharsets.UTF_8)
                .replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
        raw.pipeInput(id, raw("archive/" + v2, SamplePosts.bytes(v2)));

        List<EnrichedArticle> out = enriched.readValuesToList();
        assertThat(out).extracting(EnrichedArticle::getRevision).containsExactly(1, 2);
        assertThat(out.get(1).getContentHash()).isNotEqualTo(out.get(0).getContentHash());
        assertThat(counters.duplicates()).isEqualTo(2);
        assertThat(counters.processed()).isEqualTo(4);
    }

    /** The feed's one-paragraph digest post of the seed article, as the mirror writes it under _posts/. */
    private static byte[] seedDigestPost() {
        return ("---\nlayout: post\ntitle: \"商汤集团首份年报：去年营收同比增三成超市场预期 “虚实融合”蓄力业绩增长动能\"\n"
                + "date: 2022-03-27 22:02:05\ncategories: emnews\ntags: 东财滚动新闻\n---\n\n"
                + "商汤集团发布上市以来首份年报，2021年实现营业收入47亿元，同比增长36.4%。\n\n"
                + "<http://finance.eastmoney.com/a/202203272324148410.html>\n\n[返回东财滚动新闻](../emnews/)\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theFeedDigestAndTheMediaCopyOfOneArticleFoldIntoOneArticleInEitherOrder() {
        String id = "202203272324148410";
        raw.pipeInput(id, raw("archive/_posts/2022-03-27-" + id + ".md", seedDigestPost()));
        raw.pipeInput(id, raw("archive/seed.md", SamplePosts.bytes("seed.md")));
        List<EnrichedArticle> digestFirst = enriched.readValuesToList();
        assertThat(digestFirst).extracting(EnrichedArticle::getRevision).containsExactly(1, 2);
        assertThat(digestFirst.get(1).getText()).startsWith("3月25日晚间，商汤集团发布上市以来首份年报。");
        assertThat(digestFirst.get(1).getMedia()).isEqualTo("证券日报网");
        assertThat(digestFirst.get(1).getTags()).contains("证券日报网新闻", "东财滚动新闻");

        // A second application (fresh state) sees the media copy first, under a key the ingest could
        // not derive: the digest that follows adds nothing.
        stop();
        start();
        raw.pipeInput("path:archive/seed.md", raw("archive/seed.md", SamplePosts.bytes("seed.md")));
        raw.pipeInput(id, raw("archive/_posts/2022-03-27-" + id + ".md", seedDigestPost()));
        List<EnrichedArticle> fullFirst = enriched.readValuesToList();
        assertThat(fullFirst).hasSize(1);
        assertThat(fullFirst.get(0).getId()).isEqualTo(id);
        assertThat(counters.duplicates()).isEqualTo(1);
    }

    @Test
    void rejectedPostsBecomeDeadLettersWithTheOriginalBytesAndTheReason() {
        RawArticle bad = raw("archive/notes.md", "no front matter here".getBytes(StandardCharsets.UTF_8));
        raw.pipeInput("path:archive/notes.md", bad);
        // The app goes on with the next record.
        raw.pipeInput("202203272324148410", raw("archive/seed.md", SamplePosts.bytes("seed.md")));

        TestRecord<byte[], byte[]> letter = dlq.readRecord();
        assertThat(new String(letter.headers().lastHeader(DeadLetterHeaders.REASON).value(), StandardCharsets.UTF_8))
                .isEqualTo("NO_FRONT_MATTER");
        assertThat(new String(letter.headers().lastHeader(DeadLetterHeaders.STAGE).value(), StandardCharsets.UTF_8))
                .isEqualTo("enrich");
        DeadLetter value = NewsflowSerdes.deadLetter().decode(letter.value());
        assertThat(value.getReason()).isEqualTo("NO_FRONT_MATTER");
        assertThat(value.getSourceTopic()).isEqualTo(Topics.RAW);
        assertThat(value.getSourcePath()).isEqualTo("archive/notes.md");
        assertThat(NewsflowSerdes.rawArticle().decode(bytes(value.getOriginalValue())).getSourcePath()).isEqualTo("archive/notes.md");
        assertThat(dlq.isEmpty()).isTrue();
        assertThat(enriched.readValuesToList()).hasSize(1);

        // The same bad bytes again are a duplicate, not a second dead letter.
        raw.pipeInput("path:archive/notes.md", bad);
        assertThat(dlq.isEmpty()).isTrue();
    }

    @Test
    void undecodableRecordsDoNotStopTheApp() {
        // The dead letter itself is checked on a real broker (PipelineIT) and in DeadLetterExceptionHandlerTest:
        // TopologyTestDriver does not capture dead letters of the deserialization handler.
        var bytesIn = driver.createInputTopic(Topics.RAW, new StringSerializer(), new org.apache.kafka.common.serialization.ByteArraySerializer());
        bytesIn.pipeInput("k", "not avro".getBytes(StandardCharsets.UTF_8));
        raw.pipeInput("202203272324148410", raw("archive/seed.md", SamplePosts.bytes("seed.md")));
        assertThat(enriched.readValuesToList()).extracting(EnrichedArticle::getId).containsExactly("202203272324148410");
    }

    private static byte[] bytes(ByteBuffer b) {
        byte[] out = new byte[b.remaining()];
        b.duplicate().get(out);
        return out;
    }

    private static byte[] post(String body) {
        return ("---\ntitle: \"标题\"\ndate: 2022-05-26 10:00:00 +0800\n---\n" + body + "\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aNameTheMarkupPairsWithACodeIsPublishedOnceAndTagsLaterArticlesThatOnlyNameIt() {
        TestOutputTopic<String, TickerName> names = driver.createOutputTopic(Topics.TICKER_NAMES,
                new StringDeserializer(), NewsflowSerdes.tickerName().deserializer());
        raw.pipeInput("202205262391921714", raw("a/2022-05-26-202205262391921714.md", post("<p>康得新股价上涨。</p>")));
        assertThat(enriched.readValue().getTickers()).as("not in any dictionary yet").isEmpty();

        String linked = "<p><span id=\"stock_0.002450\"><a href=\"http://quote.eastmoney.com/unify/r/0.002450\" class=\"keytip\" "
                + "data-code=\"0,002450\">康得新</a></span>中标项目。</p>";
        raw.pipeInput("202205262391921712", raw("a/2022-05-26-202205262391921712.md", post(linked)));
        // The driver pipes what the app writes to news.ticker-names back into the global store, as the global thread would.
        raw.pipeInput("202205262391921713", raw("a/2022-05-26-202205262391921713.md", post(linked + "<p>又一篇。</p>")));
        List<TestRecord<String, TickerName>> published = names.readRecordsToList();
        assertThat(published).extracting(TestRecord::key).as("a known pair is not published again").containsExactly("康得新|002450.SZ");
        assertThat(published.get(0).value().getArticleId()).isEqualTo("202205262391921712");
        assertThat(counters.namesPublished()).isEqualTo(1);
        assertThat(driver.<String, TickerName>getKeyValueStore(EnrichTopology.NAMES_STORE).get("康得新|002450.SZ")).isNotNull();
        enriched.readValuesToList();

        raw.pipeInput("202205262391921715", raw("a/2022-05-26-202205262391921715.md", post("<p>康得新股价再涨，康得新回应。</p>")));
        EnrichedArticle tagged = enriched.readValue();
        assertThat(tagged.getTickers()).extracting(Ticker::getSymbol, Ticker::getName, Ticker::getEvidence, Ticker::getMentions)
                .containsExactly(org.assertj.core.api.Assertions.tuple("002450.SZ", "康得新", List.of("name"), 2));
    }
}
