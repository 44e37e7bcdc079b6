package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class EnrichmentLimitsTest {
    private static final String FRONT_MATTER = "---\ntitle: t\ndate: 2022-01-01 10:00:00\n---\n";

    private static EnrichmentOutcome enrich(Enricher enricher, String post) {
        return enricher.enrich(new PostInput("x/2022-01-01-202201011234567890.md", post.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void markdownNestedDeeperThanTheLimitIsTooComplex() {
        EnrichmentOutcome bomb = enrich(new Enricher(), FRONT_MATTER + "> ".repeat(100_000) + "x\n");
        assertThat(((EnrichmentOutcome.Rejected) bomb).reason()).isEqualTo(RejectReason.TOO_COMPLEX);
        assertThat(((EnrichmentOutcome.Rejected) bomb).message()).contains("100000", "32");
        // Ordinary quotes and lists are fine.
        assertThat(enrich(new Enricher(), FRONT_MATTER + "> lead\n\n- a\n  - b\n1. c\n")).isInstanceOf(EnrichmentOutcome.Article.class);
    }

    @Test
    void markdownNestingCountsQuoteAndListMarkersOpeningALine() {
        assertThat(MarkdownNesting.deepest("text\n> > - 1. x\n- y")).isEqualTo(4);
        assertThat(MarkdownNesting.deepest("-1 is not a list\n2022.01 is not one either\n")).isZero();
    }

    @Test
    void htmlNestedHundredsOfThousandsDeepIsFlattenedNotFatal() {
        EnrichmentOutcome deep = enrich(new Enricher(), FRONT_MATTER + "<div>".repeat(200_000) + "深" + "</div>".repeat(200_000));
        assertThat(((EnrichmentOutcome.Article) deep).article().getText()).isEqualTo("深");
    }

    @Test
    void aPostThatOutrunsTheTimeBudgetTimesOut() {
        // A clock that jumps a second on every reading: the budget of 5 s is spent after a few steps.
        AtomicLong nanos = new AtomicLong();
        Enricher slowClock = new Enricher(Enricher.Limits.DEFAULT, () -> nanos.addAndGet(1_000_000_000L));
        EnrichmentOutcome outcome = enrich(slowClock, FRONT_MATTER + "<p>x</p>".repeat(50_000));
        assertThat(((EnrichmentOutcome.Rejected) outcome).reason()).isEqualTo(RejectReason.TIMED_OUT);
        assertThat(((EnrichmentOutcome.Rejected) outcome).message()).contains("5000 ms");
    }

    @Test
    void limitsMustBePositive() {
        assertThatThrownBy(() -> Enricher.Limits.DEFAULT.withMaxMillis(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
