package io.newsflow.enrich.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The extractor on real sentences from articles it had never been run on, annotated by annotators
 * who saw neither its code nor its output (resources/metrics/BLIND-NOTES.md), in nine sets made one
 * after another. Each sentence is scored inside its whole article as the pipeline enriches it, so
 * subjects and periods are judged with the article's tickers and earlier sentences in view. The
 * rules were then fixed where each set showed them wrong, so no set is blind any more: their first,
 * truly blind measurements are in the notes, and the floors (just below today's scores) guard
 * against regressions.
 */
class BlindMetricEvaluationTest {
    /** The first set: 101 sentences from 43 eastmoney and Sina articles. */
    @Test
    void figuresOfBlindAnnotatedArticles() throws Exception {
        AnnotatedSentences.Score score = scored("blind", "blind metrics eval");
        assertFloors(score, 101, new Floors(0.9, 0.8, 0.88, 0.9, 0.84));
    }

    /** Set C: 124 sentences from 33 other articles, annotated after the first set's fixes. */
    @Test
    void figuresOfASecondBlindSet() throws Exception {
        AnnotatedSentences.Score score = scored("blind2", "blind set 2");
        assertFloors(score, 124, new Floors(0.9, 0.9, 0.94, 0.95, 0.91));
    }

    /**
     * Set D: 60 sentences from 21 more articles, annotated after set C's fixes. Subject and period
     * fall furthest short of the 0.8 here; its floor sits below today's score, not at the bar.
     */
    @Test
    void figuresOfAThirdBlindSet() throws Exception {
        AnnotatedSentences.Score score = scored("blind3", "blind set 3");
        assertFloors(score, 60, new Floors(0.92, 0.77, 0.84, 0.92, 0.79));
    }

    /**
     * Set E: 107 sentences from 34 more articles, annotated after set D's fixes and first run before
     * any change of this round (subject-and-period 0.656); the A-share dictionary and the counterparty
     * rule were measured on it before its misses were read (0.699); its misses then led to more rules.
     */
    @Test
    void figuresOfAFourthBlindSet() throws Exception {
        AnnotatedSentences.Score score = scored("blind4", "blind set 4");
        assertFloors(score, 107, new Floors(0.94, 0.89, 0.84, 0.98, 0.83));
    }

    /**
     * Set F: 86 sentences from 31 more articles, annotated after set E's fixes; first run before any
     * change it prompted: subject 0.519, subject-and-period 0.423 — mostly companies no dictionary
     * knows. Its floors sit below today's scores, far below the 0.8.
     */
    @Test
    void figuresOfAFifthBlindSet() throws Exception {
        AnnotatedSentences.Score score = scored("blind5", "blind set 5");
        assertFloors(score, 86, new Floors(0.88, 0.84, 0.82, 0.77, 0.65));
    }

    /**
     * Set G: 27 sentences from 12 more articles, annotated after set F's fixes; first run
     * subject-and-period 0.696, then blind through one more round of rules (registered and Latin
     * company names, a flow after a balance date) that took it to 0.891.
     */
    @Test
    void figuresOfASixthBlindSet() throws Exception {
        AnnotatedSentences.Score score = scored("blind6", "blind set 6");
        assertFloors(score, 27, new Floors(0.92, 0.84, 0.97, 0.9, 0.88));
    }

    /**
     * Set H: 91 sentences from 36 more articles, annotated after set G's first run by two new
     * annotators; first run F1 0.869, subject-and-period 0.752 (the same as with the code before
     * the round's rules). Floors just below the scores after the fixes it prompted.
     */
    @Test
    void figuresOfASeventhBlindSet() throws Exception {
        AnnotatedSentences.Score score = scored("blind7", "blind set 7");
        assertFloors(score, 91, new Floors(0.9, 0.9, 0.93, 0.88, 0.84));
    }

    /**
     * Set I: 100 sentences from 35 more articles, annotated after set H's fixes by two new
     * annotators; first run F1 0.851, subject-and-period 0.593. Floors just below the scores after
     * the fixes it prompted.
     */
    @Test
    void figuresOfAnEighthBlindSet() throws Exception {
        AnnotatedSentences.Score score = scored("blind8", "blind set 8");
        assertFloors(score, 100, new Floors(0.92, 0.96, 0.82, 0.88, 0.76));
    }

    /**
     * Set J: 93 sentences from 27 more articles, annotated after set I's fixes by two new
     * annotators; first run F1 0.813, subject-and-period 0.487 — the lowest F1 of any first run.
     * Its subjects are mostly companies no dictionary holds; floors below today's scores.
     */
    @Test
    void figuresOfANinthBlindSet() throws Exception {
        AnnotatedSentences.Score score = scored("blind9", "blind set 9");
        assertFloors(score, 93, new Floors(0.85, 0.86, 0.75, 0.59, 0.43));
    }

    /** Lowest accepted F1, and shares of the figures found with the right key, period, subject, both. */
    private record Floors(double f1, double key, double period, double subject, double subjectAndPeriod) {}

    private AnnotatedSentences.Score scored(String set, String label) throws Exception {
        Path articles = Path.of(getClass().getResource("/metrics/" + set + "-articles").toURI());
        AnnotatedSentences.Score score = AnnotatedSentences.score(
                getClass().getResourceAsStream("/metrics/" + set + "-sentences.jsonl"), articles);
        System.out.println(label + ": " + score + " (" + score.misses().get(0) + ")");
        if (Boolean.getBoolean("metrics.misses")) { // -Dmetrics.misses=true lists every miss, for reading
            score.misses().stream().skip(1).forEach(miss -> System.out.println("  " + label + " | " + miss));
        }
        return score;
    }

    private static void assertFloors(AnnotatedSentences.Score score, int sentences, Floors floors) {
        assertThat(score.misses().get(0)).as("every sentence found in its article").startsWith(sentences + " sentences");
        assertThat(score.f1()).isGreaterThanOrEqualTo(floors.f1());
        assertThat(score.share(score.keys())).isGreaterThanOrEqualTo(floors.key());
        assertThat(score.share(score.periods())).isGreaterThanOrEqualTo(floors.period());
        assertThat(score.subjectsAnnotated()).as("every figure of the set says its subject").isEqualTo(score.found());
        assertThat(score.subjectShare(score.subjects())).isGreaterThanOrEqualTo(floors.subject());
        assertThat(score.subjectShare(score.subjectAndPeriod())).isGreaterThanOrEqualTo(floors.subjectAndPeriod());
    }
}
