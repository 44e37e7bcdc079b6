package io.newsflow.enrich.revision;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.ContentHash;
import io.newsflow.schema.EnrichedArticle;
import io.newsflow.schema.Link;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleMergeTest {
    private static final String FULL = "第一段，公司营收增长。" + "公司去年实现营业收入47亿元，同比增长36.4%。".repeat(3)
            + "\n第二段，利润也增长。" + "毛利率69.7%，净现金为214.5亿元。".repeat(3)
            + "\n第三段，分析师看好后市。" + "多家机构上调了目标价。".repeat(3)
            + "\n第四段，风险提示。";

    private static EnrichedArticle article(String text, String media, List<Link> links, String... warnings) {
        EnrichedArticle a = EnrichedArticle.newBuilder()
                .setId("202112082206928461").setRevision(1).setContentHash("")
                .setCanonicalUrl("https://finance.eastmoney.com/a/202112082206928461.html")
                .setTitle("标题").setPublishedAt(Instant.parse("2021-12-08T02:00:00Z"))
                .setCategory("emnews").setTags(new ArrayList<>(List.of("东财滚动新闻")))
                .setMedia(media).setDigest(text.split("\n")[0]).setText(text)
                .setLinks(new ArrayList<>(links)).setSourcePath("a.md")
                .setWarnings(new ArrayList<>(List.of(warnings))).build();
        a.setContentHash(ContentHash.ofArticle(a));
        return a;
    }

    private static Link quote(String code) {
        return new Link("http://quote.eastmoney.com/unify/r/" + code, "https://quote.eastmoney.com/unify/r/" + code, "quote");
    }

    @Test
    void aDigestAfterItsFullTextAddsNothing() {
        EnrichedArticle full = article(FULL, "证券日报网", List.of());
        assertThat(ArticleMerge.merge(full, article("第一段，公司营收增长。", null, List.of())))
                .isInstanceOf(ArticleMerge.Result.Duplicate.class);
        // The feed's digest is often worded differently from the text: still only a lead of it.
        assertThat(ArticleMerge.merge(full, article("公司营收和利润双双增长，分析师看好。", null, List.of())))
                .isInstanceOf(ArticleMerge.Result.Duplicate.class);
    }

    @Test
    void theFullTextAfterItsDigestIsTheNextRevisionAndKeepsTheDigestsStockLinks() {
        EnrichedArticle digest = article("第一段，公司营收增长。", null, List.of(quote("1.600519")));
        EnrichedArticle full = article(FULL, "证券日报网", List.of());

        EnrichedArticle merged = ((ArticleMerge.Result.Revision) ArticleMerge.merge(digest, full)).article();

        assertThat(merged.getRevision()).isEqualTo(2);
        assertThat(merged.getText()).isEqualTo(FULL);
        assertThat(merged.getMedia()).isEqualTo("证券日报网");
        assertThat(merged.getLinks()).extracting(Link::getNormalized).containsExactly("https://quote.eastmoney.com/unify/r/1.600519");
        assertThat(merged.getContentHash()).isEqualTo(ContentHash.ofArticle(merged)).isNotEqualTo(digest.getContentHash());
    }

    @Test
    void aPoorerCopyIsADuplicateAndARicherOneKeepsWhatTheEarlierHad() {
        EnrichedArticle withLinks = article(FULL, null, List.of(quote("1.600519"), quote("0.000001")));
        // The media copy strips the stock links: it adds nothing.
        assertThat(ArticleMerge.merge(withLinks, article(FULL, null, List.of()))).isInstanceOf(ArticleMerge.Result.Duplicate.class);
        // It names the outlet, which the earlier version lacked: a revision that still has both links.
        EnrichedArticle merged = ((ArticleMerge.Result.Revision) ArticleMerge.merge(withLinks, article(FULL, "中国证券报", List.of())))
                .article();
        assertThat(merged.getMedia()).isEqualTo("中国证券报");
        assertThat(merged.getLinks()).hasSize(2);
    }

    @Test
    void aRewrittenTextWinsAndWhitespaceOrFullWidthChangesDoNot() {
        EnrichedArticle first = article(FULL, null, List.of());
        String rewritten = FULL.replace("风险提示", "风险提示：业绩可能不及预期");
        EnrichedArticle merged = ((ArticleMerge.Result.Revision) ArticleMerge.merge(first, article(rewritten, null, List.of())))
                .article();
        assertThat(merged.getText()).isEqualTo(rewritten);

        String reformatted = FULL.replace("第一段，", "第一段，　 ").replace("第四段", "第四段 ");
        assertThat(ArticleMerge.merge(first, article(reformatted, null, List.of()))).isInstanceOf(ArticleMerge.Result.Duplicate.class);
    }

    @Test
    void aRealDateLineReplacesADateGuessedFromTheFileName() {
        EnrichedArticle guessed = article(FULL, null, List.of(), "DATE_FROM_FILE_NAME");
        guessed.setPublishedAt(Instant.parse("2021-12-07T16:00:00Z"));
        guessed.setContentHash(ContentHash.ofArticle(guessed));
        EnrichedArticle dated = article(FULL, null, List.of());

        EnrichedArticle merged = ((ArticleMerge.Result.Revision) ArticleMerge.merge(guessed, dated)).article();

        assertThat(merged.getPublishedAt()).isEqualTo(Instant.parse("2021-12-08T02:00:00Z"));
        assertThat(merged.getWarnings()).doesNotContain("DATE_FROM_FILE_NAME");
        // The other way round the first, real date stays.
        assertThat(ArticleMerge.merge(dated, guessed)).isInstanceOf(ArticleMerge.Result.Duplicate.class);
    }

    @Test
    void aRealDateLineReplacesADateReadFromThePageHeaderToo() {
        EnrichedArticle guessed = article(FULL, null, List.of(), "UNREADABLE_DATE", "DATE_FROM_BODY");
        guessed.setPublishedAt(Instant.parse("2021-12-07T16:00:00Z"));
        guessed.setContentHash(ContentHash.ofArticle(guessed));
        EnrichedArticle dated = article(FULL, null, List.of());

        EnrichedArticle merged = ((ArticleMerge.Result.Revision) ArticleMerge.merge(guessed, dated)).article();

        assertThat(merged.getPublishedAt()).isEqualTo(Instant.parse("2021-12-08T02:00:00Z"));
        assertThat(merged.getWarnings()).doesNotContain("DATE_FROM_BODY", "UNREADABLE_DATE");
    }
}
