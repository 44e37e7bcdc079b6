package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.newsflow.enrich.Enricher;
import io.newsflow.enrich.EnrichmentOutcome;
import io.newsflow.enrich.PostInput;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FeedParserTest {
    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsRssAtomAndJsonItemsWithTheirTimes() throws Exception {
        assertThat(FeedParser.parse(utf8("<rss><channel><item><title>标题</title><link>https://a.com/1</link>"
                + "<description>&lt;b&gt;摘要&lt;/b&gt;</description><pubDate>Thu, 26 May 2022 01:30:00 GMT</pubDate></item></channel></rss>"),
                FeedMapping.defaults()))
                .extracting(FeedItem::id, FeedItem::title, FeedItem::digest, FeedItem::published)
                .containsExactly(tuple("https://a.com/1", "标题", "摘要", Instant.parse("2022-05-26T01:30:00Z")));
        assertThat(FeedParser.parse(utf8("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>tag:x,1</id><title>T</title>"
                + "<link rel=\"alternate\" href=\"https://a.com/2\"/><summary>S</summary><updated>2022-05-26T09:00:00+08:00</updated></entry></feed>"),
                FeedMapping.defaults()))
                .extracting(FeedItem::id, FeedItem::url, FeedItem::published)
                .containsExactly(tuple("tag:x,1", "https://a.com/2", Instant.parse("2022-05-26T01:00:00Z")));
        assertThat(FeedParser.parse(utf8("{\"data\":{\"list\":[{\"title\":\"T\",\"digest\":\"D\",\"showtime\":\"2022-05-26 10:15:00\","
                + "\"url\":\"http://finance.eastmoney.com/a/202205262391921901.html\",\"infoCode\":\"202205262391921901\"},"
                + "{\"title\":\"E\",\"showtime\":1653531300,\"url\":\"https://a.com/3\"}]}}"), FeedMapping.of("data.list", null)))
                .extracting(FeedItem::id, FeedItem::published)
                .containsExactly(tuple("202205262391921901", Instant.parse("2022-05-26T02:15:00Z")),
                        tuple("https://a.com/3", Instant.ofEpochSecond(1653531300)));
    }

    @Test
    void externalEntitiesAreNotResolved() throws Exception {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rss><channel><item><title>&x;</title><link>https://a.com/1</link></item></channel></rss>";
        assertThat(FeedParser.parse(utf8(xxe), FeedMapping.defaults()).get(0).title()).doesNotContain("root:");
    }

    @Test
    void aFeedItemBecomesAPostTheEnricherReads() {
        FeedItem item = new FeedItem("1", "标题里有\"引号\"和: 冒号", "<script>alert(1)</script>营收增长10%。",
                Instant.parse("2022-05-26T01:30:00Z"), "http://finance.eastmoney.com/a/202205262391921901.html");
        byte[] post = FeedPosts.post(item, "example.com", Instant.EPOCH);
        EnrichmentOutcome outcome = new Enricher().enrich(new PostInput("feed/example.com/1", post));
        assertThat(outcome).isInstanceOf(EnrichmentOutcome.Article.class);
        var a = ((EnrichmentOutcome.Article) outcome).article();
        assertThat(a.getId()).isEqualTo("202205262391921901");
        assertThat(a.getTitle()).isEqualTo("标题里有\"引号\"和: 冒号");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2022-05-26T01:30:00Z"));
        assertThat(a.getText()).doesNotContain("<script").contains("营收增长10%");
    }

    @Test
    void aBadJsonMappingSaysWhy() {
        assertThatThrownBy(() -> FeedMapping.of("", "headline=title")).hasMessageContaining("'headline=title' is not FIELD=JSONFIELD");
    }
}
