package io.newsflow.enrich.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Precision and recall of the extractor on 113 hand-annotated real sentences
 * (resources/metrics/EVAL-NOTES.md): a figure counts as found when value and unit match; of those,
 * how often key, period and qualifier match too. The floors guard against regressions.
 */
class MetricEvaluationTest {
    @Test
    void figuresOfAnnotatedRealSentences() throws Exception {
        AnnotatedSentences.Score score = AnnotatedSentences.score(getClass().getResourceAsStream("/metrics/eval-sentences.jsonl"));
        System.out.println("metrics eval: " + score);
        assertThat(score.f1()).isGreaterThanOrEqualTo(0.88);
        assertThat(score.share(score.keys())).isGreaterThanOrEqualTo(0.8);
        assertThat(score.share(score.periods())).isGreaterThanOrEqualTo(0.75);
    }
}
