package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.schema.EnrichedArticle;
import io.newsflow.schema.Link;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The enricher on real posts of every format in the sample, and on each way a post can be unusable. */
class EnricherTest {
    private final Enricher enricher = new Enricher();

    private EnrichedArticle article(PostInput input) {
        EnrichmentOutcome outcome = enricher.enrich(input);
        assertThat(outcome).isInstanceOf(EnrichmentOutcome.Article.class);
        return ((EnrichmentOutcome.Article) outcome).article();
    }

    private EnrichmentOutcome.Rejected rejected(String sourcePath, String text) {
        EnrichmentOutcome outcome = enricher.enrich(new PostInput(sourcePath, text.getBytes(StandardCharsets.UTF_8)));
        assertThat(outcome).isInstanceOf(EnrichmentOutcome.Rejected.class);
        return (EnrichmentOutcome.Rejected) outcome;
    }

    @Test
    void mediaCopyMatchesWhatACarefulReaderGetsFromTheSeedArticle() {
        EnrichedArticle a = article(SamplePosts.input("seed.md"));
        // Fields from ../shared/corpus/seed.gold.json
        assertThat(a.getId()).isEqualTo("202203272324148410");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2022-03-27T14:02:05Z"));
        assertThat(a.getTitle()).isEqualTo("商汤集团首份年报：去年营收同比增三成超市场预期 “虚实融合”蓄力业绩增长动能");
        assertThat(a.getCategory()).isEqualTo("zhengquanribaowang");
        assertThat(a.getTags()).containsExactly("证券日报网新闻");
        assertThat(a.getCanonicalUrl()).isEqualTo("https://finance.eastmoney.com/a/202203272324148410.html");
        assertThat(a.getMedia()).isEqualTo("证券日报网");
        assertThat(a.getDigest()).startsWith("3月25日晚间，商汤集团发布上市以来首份年报。").endsWith("整体表现呈现稳健增长态势。");
        assertThat(a.getText()).contains("实现营业收入47亿元，同比增长36.4%")
                .doesNotContain("EM_StockImg", "K图", "返回", "文章来源", "<p", "&nbsp;");
        assertThat(a.getText().lines()).hasSizeGreaterThan(10).allMatch(line -> !line.isBlank() && line.equals(line.strip()));
        assertThat(a.getLinks()).extracting(Link::getUrl, Link::getNormalized, Link::getKind).contains(
                org.assertj.core.groups.Tuple.tuple("http://finews.zning.xyz/html_News/NewsShare.html?infoCode=NW202203272324148410",
                        "https://finance.eastmoney.com/a/202203272324148410.html", "article"),
                org.assertj.core.groups.Tuple.tuple("//finews.withounder.com/category/zhengquanribaowang.html",
                        "https://finews.withounder.com/category/zhengquanribaowang.html", "site"),
                org.assertj.core.groups.Tuple.tuple("http://quote.eastmoney.com/unify/r/116.00020",
                        "https://quote.eastmoney.com/unify/r/116.00020", "quote"));
        assertThat(a.getWarnings()).isEmpty();
    }

    @Test
    void emnewsDigestWithoutOffsetIsSiteTimeAndRelativeBackLinksAreNotInvented() {
        EnrichedArticle a = article(SamplePosts.input("zning1994__finews___posts__2021-12-08-202112082206928461.md"));
        assertThat(a.getId()).isEqualTo("202112082206928461");
        // "2021-12-08 12:41:23" without offset is Asia/Shanghai, not UTC.
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2021-12-08T04:41:23Z"));
        assertThat(a.getCategory()).isEqualTo("emnews");
        assertThat(a.getText()).isEqualTo("“股王”茅台重回2000元关口！酿酒板块多股大涨，北上资金半天“扫货”A股近60亿，大行情要来？");
        assertThat(a.getDigest()).isEqualTo(a.getText());
        assertThat(a.getLinks()).extracting(Link::getUrl, Link::getNormalized, Link::getKind).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("http://finance.eastmoney.com/news/1344,202112082206928461.html",
                        "https://finance.eastmoney.com/a/202112082206928461.html", "article"),
                org.assertj.core.groups.Tuple.tuple("../emnews/", null, "site"),
                org.assertj.core.groups.Tuple.tuple("../", null, "site"));
    }

    @Test
    void oldPostWithOffsetAndProtocolRelativeBackLinks() {
        EnrichedArticle a = article(SamplePosts.input("zning1994__finews__old_post__2021-12-08-202112082206672930.md"));
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2021-12-08T02:46:18Z"));
        assertThat(a.getLinks()).extracting(Link::getNormalized).contains("https://finews.zning.me/emnews/", "https://finews.zning.me/");
    }

    @Test
    void blankLineBeforeFrontMatterAndRewrittenCopyKeepTheArticleId() {
        EnrichedArticle a = article(SamplePosts.input("zning1994__finews___posts__2021-12-08-202112082206928461@cfbae483.md"));
        assertThat(a.getId()).isEqualTo("202112082206928461");
        assertThat(a.getTitle()).isNotEmpty();
    }

    @Test
    void brokenFormat4PostIsAnArticleWithWarningsNotADeadLetter() {
        EnrichedArticle a = article(SamplePosts.input("zning1994__finews___posts__-202205262391921712.md"));
        assertThat(a.getId()).isEqualTo("202205262391921712");
        assertThat(a.getTitle()).isEmpty();
        // No date line, no date in the file name: the id's yyyyMMdd, start of that day in Shanghai.
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2022-05-25T16:00:00Z"));
        assertThat(a.getWarnings()).contains("NO_TITLE", "DATE_FROM_ID");
        assertThat(a.getDigest()).startsWith("据霍尼韦尔官网消息，5月24日").endsWith("（上海证券报）");
        // The source line is 上海<span>证券</span>报 in the markup: tags stripped before reading it.
        assertThat(a.getMedia()).isEqualTo("上海证券报");
        assertThat(a.getLinks()).anySatisfy(l -> {
            assertThat(l.getUrl()).isEmpty();
            assertThat(l.getNormalized()).isNull();
        });
    }

    @Test
    void mediaCopyWithNwFileName() {
        EnrichedArticle a = article(SamplePosts.input("zning1994__finews___posts__2022-05-25-NW202205252390829633.md"));
        assertThat(a.getId()).isEqualTo("202205252390829633");
        assertThat(a.getCategory()).isEqualTo("quanzhouwanbao");
        assertThat(a.getMedia()).isEqualTo("泉州晚报");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2022-05-25T01:10:20Z"));
    }

    @Test
    void hexoPostWithUnescapedQuotesListCategoriesAndRfc1123Date() {
        EnrichedArticle a = article(SamplePosts.input(
                "Rock-Candy-Tea__RSSHUB-PAGE__source___posts__金融__新浪财经__新浪财经－国內__\"有色一哥\"入局期货业！豪掷35亿，晋升期货公司第一大股东，刚宣布49亿加码锂矿.md"));
        assertThat(a.getTitle()).isEqualTo("\"有色一哥\"入局期货业！豪掷3.5亿，晋升期货公司第一大股东，刚宣布49亿加码锂矿");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2021-11-06T09:23:01Z"));
        assertThat(a.getCategory()).isEqualTo("金融");
        assertThat(a.getId()).matches("t[0-9a-f]{16}");
        assertThat(a.getCanonicalUrl()).isNull();
        assertThat(a.getText()).startsWith("期货业昨日传来重磅消息！");
        // Sina names the outlet in `author`; its indented HTML is HTML (not a code block), and the
        // QR-code advert and its style sheet are not text.
        assertThat(a.getMedia()).isEqualTo("新浪财经");
        assertThat(a.getText()).endsWith("责任编辑：李琳琳").doesNotContain("appendQr", "&#123;", "尽在新浪财经APP");
    }

    @Test
    void jekyllPostWithoutDateTakesTheUnpaddedFileNameDate() {
        EnrichedArticle a = article(SamplePosts.input("Halerfermatqing__mybolgfor___posts__2024-8-31-wind-DailyFinanceNews.md"));
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2024-08-30T16:00:00Z"));
        assertThat(a.getWarnings()).contains("DATE_FROM_FILE_NAME");
        assertThat(a.getTitle()).isEqualTo("陆家嘴财经早餐2024年8月31日星期六");
        // The inline base64 image is neither text nor a link; the post is keyed by title and time.
        assertThat(a.getText()).doesNotContain("base64", "iVBOR");
        assertThat(a.getLinks()).extracting(Link::getUrl).noneMatch(u -> u.startsWith("data:"));
        assertThat(a.getWarnings()).contains("UNSAFE_LINK_DROPPED");
        assertThat(a.getId()).matches("t[0-9a-f]{16}");
    }

    @Test
    void sameArticleGetsTheSameIdAndHashWhateverItsLineEndings() {
        byte[] lf = SamplePosts.bytes("seed.md");
        byte[] crlf = new String(lf, StandardCharsets.UTF_8).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        EnrichedArticle a = article(new PostInput("archive/seed.md", lf));
        EnrichedArticle b = article(new PostInput("other/seed.md", crlf));
        assertThat(b.getId()).isEqualTo(a.getId());
        assertThat(b.getContentHash()).isEqualTo(a.getContentHash());
    }

    @Test
    void everySamplePostBecomesAnArticle() throws Exception {
        try (var files = java.nio.file.Files.list(SamplePosts.dir())) {
            var posts = files.filter(p -> p.toString().endsWith(".md")).toList();
            assertThat(posts).hasSizeGreaterThan(90);
            for (var p : posts) {
                EnrichedArticle a = article(new PostInput(p.getFileName().toString(), java.nio.file.Files.readAllBytes(p)));
                assertThat(a.getId()).as(p.toString()).isNotBlank();
                assertThat(a.getTitle().isEmpty() && a.getText().isEmpty()).as(p.toString()).isFalse();
            }
        }
    }

    @Test
    void sourceLinesAndBackLinksAreRecognizedBehindInvisibleCharacters() {
        // No-break spaces, zero-width spaces and soft hyphens vanish from jsoup's paragraph text; the
        // shortcut that skips ordinary paragraphs must treat them the same way.
        String post = "---\ntitle: 测试\ndate: 2022-03-27 22:02:05 +0800\n---\n\n<p>正文第一段。</p>\n"
                + "<p>\u00a0\u200b\u00ad（文章来源：测试日报）</p>\n"
                + "<p><a href=\"../emnews/\">返回东财滚动新闻</a>\u00a0\u200b|\u00a0<a href=\"../\">返回首页</a></p>\n";
        EnrichedArticle a = article(new PostInput("archive/invisible.md", post.getBytes(StandardCharsets.UTF_8)));
        assertThat(a.getMedia()).isEqualTo("测试日报");
        assertThat(a.getText()).isEqualTo("正文第一段。");
        assertThat(a.getLinks()).extracting(Link::getKind).containsOnly("site");
    }

    @Test
    void rejectsBytesThatAreNotUtf8() {
        byte[] bytes = Arrays.copyOf("---\ntitle: \"x\"\n---\n".getBytes(StandardCharsets.UTF_8), 30);
        bytes[25] = (byte) 0xC3;
        bytes[26] = (byte) 0x28;
        EnrichmentOutcome outcome = enricher.enrich(new PostInput("2021-12-08-202112082206928461.md", bytes));
        assertThat(((EnrichmentOutcome.Rejected) outcome).reason()).isEqualTo(RejectReason.NOT_UTF8);
        assertThat(((EnrichmentOutcome.Rejected) outcome).message()).contains("byte 25 ");
        assertThat(((EnrichmentOutcome.Rejected) enricher.enrich(new PostInput("a.md",
                "---\ntitle: x\n---\nbody".getBytes(StandardCharsets.UTF_16LE)))).reason()).isEqualTo(RejectReason.NOT_UTF8);
    }

    @Test
    void acceptsAReplacementCharacterWrittenInValidUtf8() {
        EnrichmentOutcome outcome = enricher.enrich(new PostInput("2021-12-08-202112082206928461.md",
                "---\ntitle: \"x\"\n---\n乱码\uFFFD正文。".getBytes(StandardCharsets.UTF_8)));
        assertThat(((EnrichmentOutcome.Article) outcome).article().getText()).isEqualTo("乱码\uFFFD正文。");
    }

    @Test
    void rejectsPostsWithoutOrWithBrokenFrontMatter() {
        assertThat(rejected("2021-12-08-202112082206928461.md", "just text\n").reason()).isEqualTo(RejectReason.NO_FRONT_MATTER);
        assertThat(rejected("2021-12-08-202112082206928461.md", "---\ntitle: x\nno end").reason()).isEqualTo(RejectReason.BAD_FRONT_MATTER);
        assertThat(rejected("2021-12-08-202112082206928461.md", "---\n!!!\n---\ntext").reason()).isEqualTo(RejectReason.BAD_FRONT_MATTER);
    }

    @Test
    void rejectsPostsWithNothingToSayOrNoTime() {
        assertThat(rejected("2021-12-08-202112082206928461.md", "---\ntitle: \"\"\ndate: 2021-12-08 10:00:00 +0800\n---\n\n").reason())
                .isEqualTo(RejectReason.NO_TITLE_OR_TEXT);
        assertThat(rejected("notes.md", "---\ntitle: \"a title\"\ndate:  +0800\n---\ntext\n").reason()).isEqualTo(RejectReason.NO_DATE);
    }

    @Test
    void rejectsOversizedPosts() {
        Enricher small = new Enricher(Enricher.Limits.DEFAULT.withMaxPostBytes(1024));
        EnrichmentOutcome outcome = small.enrich(new PostInput("a.md", new byte[2048]));
        assertThat(((EnrichmentOutcome.Rejected) outcome).reason()).isEqualTo(RejectReason.TOO_LARGE);
    }

    @Test
    void scriptsAndUnsafeLinksNeverReachTheOutput() {
        EnrichedArticle a = article(new PostInput("2021-12-08-202112082206928461.md", ("---\ntitle: \"<b>t</b> &amp; co\"\n"
                + "date: 2021-12-08 10:00:00 +0800\n---\n<p onclick=\"alert(1)\">safe<script>alert(2)</script>"
                + "<a href=\"javascript:alert(3)\">x</a><img src=\"data:image/png;base64,AAAA\"></p>\n").getBytes(StandardCharsets.UTF_8)));
        assertThat(a.getTitle()).isEqualTo("t & co");
        assertThat(a.getText()).isEqualTo("safex");
        assertThat(a.getLinks()).extracting(Link::getUrl).noneMatch(u -> u.startsWith("javascript:") || u.startsWith("data:"));
        assertThat(a.getWarnings()).contains("UNSAFE_LINK_DROPPED");
    }
}
