package io.newsflow.enrich.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.enrich.Enricher;
import io.newsflow.enrich.EnrichmentOutcome;
import io.newsflow.enrich.PostInput;
import io.newsflow.enrich.SamplePosts;
import io.newsflow.schema.EnrichedArticle;
import io.newsflow.schema.Metric;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The seed article against what a careful reader gets from it (corpus/seed.gold.json): the
 * reported figures, matched by value, unit and period.
 */
class SeedGoldMetricsTest {
    /** The gold's names of the figures that have a vocabulary key, and that key. */
    private static final Map<String, String> KEYS = Map.of("营业收入", "revenue", "营业收入同比增长", "revenue_yoy",
            "毛利率", "gross_margin", "净现金", "net_cash", "研发开支", "rd_expense");

    @Test
    void figuresOfTheSeedArticleMatchTheGold() throws Exception {
        JsonNode gold;
        try (InputStream in = getClass().getResourceAsStream("/gold/seed.gold.json")) {
            gold = new ObjectMapper().readTree(in);
        }
        EnrichedArticle article = ((EnrichmentOutcome.Article) new Enricher()
                .enrich(new PostInput("seed.md", SamplePosts.bytes("seed.md")))).article();
        List<Metric> ours = new ArrayList<>(article.getMetrics());
        int found = 0;
        List<String> missed = new ArrayList<>();
        for (JsonNode g : gold.get("metrics")) {
            Metric match = ours.stream().filter(m -> Math.abs(m.getValue() - g.get("value").asDouble()) <= 1e-9 * Math.abs(m.getValue())
                    && m.getUnit().equals(g.get("unit").asText()) && Objects.equals(m.getPeriod(), g.get("period").asText())).findFirst().orElse(null);
            if (match == null) {
                missed.add(g.get("text").asText());
                continue;
            }
            found++;
            ours.remove(match);
            String key = KEYS.get(g.get("name").asText());
            if (key != null) {
                assertThat(match.getKey()).as(g.get("text").asText()).isEqualTo(key);
            }
            assertThat(match.getSubject()).isEqualTo(g.get("subject").asText());
        }
        int gold17 = gold.get("metrics").size();
        System.out.printf("seed gold: %d of %d figures found (missed %s); %d extra%n", found, gold17, missed, ours.size());
        // The two misses are readings the gold itself marks as judgement calls: 提升了13倍 as ×13, and the period of a growth to a year-end.
        assertThat(found).isGreaterThanOrEqualTo(gold17 - 2);
        assertThat(ours).as("figures the gold does not have").hasSizeLessThanOrEqualTo(2);
    }
}
