package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.newsflow.broker.EmbeddedBroker;
import io.newsflow.enrich.Enricher;
import io.newsflow.enrich.EnrichmentOutcome;
import io.newsflow.enrich.PostInput;
import io.newsflow.ingest.FeedMapping;
import io.newsflow.ingest.FeedPoller;
import io.newsflow.ingest.RawRecords;
import io.newsflow.runtime.KafkaSettings;
import io.newsflow.runtime.TopicAdmin;
import io.newsflow.runtime.TopicOffsets;
import io.newsflow.schema.EnrichedArticle;
import io.newsflow.schema.NewsflowSerdes;
import io.newsflow.schema.RawArticle;
import io.newsflow.schema.SourceKind;
import io.newsflow.schema.Topics;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds from a local HTTP server on a real broker: RSS with an ETag (a 304 on the second poll), an
 * eastmoney-style JSON list, a feed that fails once with a 500, one that is too slow once, and a
 * redirect to file:// that is refused.
 */
class FeedPollerIT {
    @TempDir
    Path work;

    private static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>快讯</title>
            <item><title>央行开展1000亿元逆回购</title><link>https://finance.eastmoney.com/a/202205262391921801.html</link>
            <description>&lt;p&gt;央行今日开展1000亿元7天期逆回购操作。&lt;/p&gt;</description>
            <pubDate>Thu, 26 May 2022 01:30:00 GMT</pubDate><guid>202205262391921801</guid></item>
            <item><title>两市成交额突破万亿</title><link>https://example.com/news/2</link>
            <description>沪深两市成交额突破1万亿元。</description><pubDate>Thu, 26 May 2022 02:00:00 GMT</pubDate></item>
            </channel></rss>""";
    private static final String JSON = """
            {"data":{"list":[
             {"title":"宁德时代发布公告","digest":"宁德时代营收同比增长36.4%。","showtime":"2022-05-26 10:15:00","url":"http://finance.eastmoney.com/a/202205262391921901.html","infoCode":"202205262391921901"},
             {"title":"港股收评","digest":"恒指跌0.5%。","showtime":"2022-05-26 16:10:00","url":"http://finance.eastmoney.com/a/202205262391921902.html","infoCode":"202205262391921902"}]}}""";

    @Test
    void pollsRssAndJsonConditionallyAndSurvivesErrorsSlownessAndBadRedirects() throws Exception {
        AtomicInteger flakyCalls = new AtomicInteger();
        AtomicInteger slowCalls = new AtomicInteger();
        AtomicInteger rssNotModified = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/rss", ex -> {
            if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                rssNotModified.incrementAndGet();
                ex.sendResponseHeaders(304, -1);
                ex.close();
                return;
            }
            ex.getResponseHeaders().add("ETag", "\"v1\"");
            send(ex, 200, RSS);
        });
        server.createContext("/json", ex -> send(ex, 200, JSON));
        server.createContext("/flaky", ex -> send(ex, flakyCalls.getAndIncrement() == 0 ? 500 : 200,
                flakyCalls.get() == 1 ? "oops" : RSS.replace("202205262391921801", "202205262391921811").replace("example.com/news/2", "example.com/news/12")));
        java.util.concurrent.CountDownLatch releaseSlow = new java.util.concurrent.CountDownLatch(1);
        server.createContext("/slow", ex -> {
            if (slowCalls.getAndIncrement() == 0) {
                try {
                    releaseSlow.await(); // no answer until the test is done with the poll: the client must time out
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            send(ex, 200, RSS.replace("202205262391921801", "202205262391921821").replace("example.com/news/2", "example.com/news/22"));
        });
        server.createContext("/redirect", ex -> {
            ex.getResponseHeaders().add("Location", "file:///etc/passwd");
            ex.sendResponseHeaders(302, -1);
            ex.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        try (EmbeddedBroker broker = EmbeddedBroker.start(work.resolve("broker"), 0, Map.of())) {
            KafkaSettings kafka = KafkaSettings.of(broker.bootstrapServers());
            TopicAdmin.ensureTopics(kafka);
            FeedPoller.Options options = new FeedPoller.Options(Duration.ofMillis(700), 2, Duration.ofMillis(50), Duration.ZERO,
                    FeedMapping.of("data.list", null));
            List<String> feeds = List.of(base + "/rss", base + "/json", base + "/flaky", base + "/slow", base + "/redirect");
            try (FeedPoller poller = new FeedPoller(kafka, work.resolve("feeds"), Clock.systemUTC(), options)) {
                List<FeedPoller.Result> first = poller.pollOnce(feeds);
                releaseSlow.countDown();
                assertThat(first).extracting(FeedPoller.Result::status, FeedPoller.Result::newItems)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(200, 2), org.assertj.core.groups.Tuple.tuple(200, 2),
                                org.assertj.core.groups.Tuple.tuple(200, 2), org.assertj.core.groups.Tuple.tuple(200, 2),
                                org.assertj.core.groups.Tuple.tuple(0, 0));
                assertThat(first.get(4).error()).contains("refusing file URL");
                assertThat(flakyCalls.get()).as("the 500 was retried").isEqualTo(2);
                assertThat(slowCalls.get()).as("the slow response timed out and was retried").isEqualTo(2);

                List<FeedPoller.Result> second = poller.pollOnce(feeds.subList(0, 2));
                assertThat(second.get(0).status()).as("ETag → 304").isEqualTo(304);
                assertThat(rssNotModified.get()).isEqualTo(1);
                assertThat(second.get(1).newItems()).isZero();
                assertThat(second.get(1).knownItems()).isEqualTo(2);
            }
            try (FeedPoller restarted = new FeedPoller(kafka, work.resolve("feeds"), Clock.systemUTC(), options)) {
                assertThat(restarted.pollOnce(List.of(base + "/json")).get(0).newItems()).as("ids remembered across restarts").isZero();
            }
            List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
            try (Admin admin = TopicAdmin.open(kafka)) {
                TopicOffsets offsets = new TopicOffsets(admin, kafka);
                offsets.readRange(Topics.RAW, Map.of(), offsets.committedEnd(Topics.RAW), records::add);
            }
            assertThat(records).hasSize(8);
            List<String> keys = new ArrayList<>();
            Enricher enricher = new Enricher();
            for (ConsumerRecord<byte[], byte[]> r : records) {
                RawArticle raw = NewsflowSerdes.rawArticle().decode(r.value());
                assertThat(raw.getSourceKind()).isEqualTo(SourceKind.FEED);
                assertThat(new String(r.headers().lastHeader(RawRecords.REPLAY_HEADER).value(), StandardCharsets.UTF_8)).isEqualTo("false");
                keys.add(new String(r.key(), StandardCharsets.UTF_8));
                EnrichmentOutcome outcome = enricher.enrich(new PostInput(raw.getSourcePath(), raw.getContent().array()));
                assertThat(outcome).as(raw.getSourcePath()).isInstanceOf(EnrichmentOutcome.Article.class);
                EnrichedArticle a = ((EnrichmentOutcome.Article) outcome).article();
                assertThat(a.getPublishedAt().toEpochMilli()).isEqualTo(r.timestamp());
                if (a.getId().equals("202205262391921901")) {
                    assertThat(a.getTitle()).isEqualTo("宁德时代发布公告");
                    assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2022-05-26T02:15:00Z"));
                    assertThat(a.getTickers()).extracting(t -> t.getSymbol()).contains("300750.SZ");
                }
            }
            assertThat(keys).contains("202205262391921801", "202205262391921901", "202205262391921902");
        } finally {
            releaseSlow.countDown();
            server.stop(0);
        }
    }

    private static void send(HttpExchange ex, int status, String body) throws java.io.IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }
}
