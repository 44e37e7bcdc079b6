package io.newsflow.enrich.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The extractor on 101 real sentences from 43 articles it had never been run on, annotated by two
 * annotators who saw neither its code nor its output (resources/metrics/BLIND-NOTES.md). Each
 * sentence is scored inside its whole article as the pipeline enriches it, so subjects and periods
 * are judged with the article's tickers and earlier sentences in view. The rules were then fixed
 * where it showed them wrong, so the set is no longer blind: its first, truly blind measurement is
 * in the notes, and the floors (just below today's scores) guard against regressions.
 */
class BlindMetricEvaluationTest {
    @Test
    void figuresOfBlindAnnotatedArticles() throws Exception {
        Path articles = Path.of(getClass().getResource("/metrics/blind-articles").toURI());
        AnnotatedSentences.Score score = AnnotatedSentences.score(
                getClass().getResourceAsStream("/metrics/blind-sentences.jsonl"), articles);
        System.out.println("blind metrics eval: " + score + " (" + score.misses().get(0) + ")");
        assertThat(score.f1()).isGreaterThanOrEqualTo(0.9);
        assertThat(score.share(score.keys())).isGreaterThanOrEqualTo(0.8);
        assertThat(score.share(score.periods())).isGreaterThanOrEqualTo(0.88);
        assertThat(score.subjectsAnnotated()).as("every figure of the set says its subject").isEqualTo(score.found());
        assertThat(score.subjectShare(score.subjects())).isGreaterThanOrEqualTo(0.85);
        assertThat(score.subjectShare(score.subjectAndPeriod())).as("the issue asks for 0.8").isGreaterThanOrEqualTo(0.8);
    }

    /**
     * A second blind set (resources/metrics/BLIND-NOTES.md, "Set C"): 124 sentences from 33 other
     * articles, annotated after the first set's fixes by two new annotators. Its first run, before
     * any change it prompted, is in the notes; the floors sit just below today's scores.
     */
    @Test
    void figuresOfASecondBlindSet() throws Exception {
        Path articles = Path.of(getClass().getResource("/metrics/blind2-articles").toURI());
        AnnotatedSentences.Score score = AnnotatedSentences.score(
                getClass().getResourceAsStream("/metrics/blind2-sentences.jsonl"), articles);
        System.out.println("blind set 2: " + score + " (" + score.misses().get(0) + ")");
        assertThat(score.misses().get(0)).as("every sentence found in its article").startsWith("124 sentences");
        assertThat(score.f1()).isGreaterThanOrEqualTo(0.9);
        assertThat(score.share(score.keys())).isGreaterThanOrEqualTo(0.9);
        assertThat(score.share(score.periods())).isGreaterThanOrEqualTo(0.89);
        assertThat(score.subjectsAnnotated()).as("every figure of the set says its subject").isEqualTo(score.found());
        assertThat(score.subjectShare(score.subjects())).isGreaterThanOrEqualTo(0.87);
        assertThat(score.subjectShare(score.subjectAndPeriod())).as("the issue asks for 0.8").isGreaterThanOrEqualTo(0.8);
    }

    /**
     * A third blind set (BLIND-NOTES.md, "Set D"): 60 sentences from 21 more articles, annotated
     * after the second set's fixes. It is the one where subject and period fall furthest short of the
     * issue's 0.8; the floors sit just below today's scores, not at the bar.
     */
    @Test
    void figuresOfAThirdBlindSet() throws Exception {
        Path articles = Path.of(getClass().getResource("/metrics/blind3-articles").toURI());
        AnnotatedSentences.Score score = AnnotatedSentences.score(
                getClass().getResourceAsStream("/metrics/blind3-sentences.jsonl"), articles);
        System.out.println("blind set 3: " + score + " (" + score.misses().get(0) + ")");
        assertThat(score.misses().get(0)).as("every sentence found in its article").startsWith("60 sentences");
        assertThat(score.f1()).isGreaterThanOrEqualTo(0.92);
        assertThat(score.share(score.periods())).isGreaterThanOrEqualTo(0.84);
        assertThat(score.subjectsAnnotated()).as("every figure of the set says its subject").isEqualTo(score.found());
        assertThat(score.subjectShare(score.subjects())).isGreaterThanOrEqualTo(0.83);
        assertThat(score.subjectShare(score.subjectAndPeriod())).isGreaterThanOrEqualTo(0.72);
    }
}
