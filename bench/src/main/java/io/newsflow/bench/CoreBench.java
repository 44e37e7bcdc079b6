package io.newsflow.bench;

import io.newsflow.enrich.Enricher;
import io.newsflow.enrich.EnrichmentOutcome;
import io.newsflow.enrich.PostInput;
import io.newsflow.enrich.metrics.MetricExtractor;
import io.newsflow.schema.EnrichedArticle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jsoup.Jsoup;

/**
 * The core measurement: single-thread throughput of the whole enrichment function against
 * {@code Jsoup.parse(body).text()} on the same posts, measured side by side in rounds that
 * alternate the two, so load on a shared machine hits both alike; the faster measurements repeat
 * whole passes for at least half a second per round. {@code core_ratio} is the
 * median of the rounds' enrichment rate over their Jsoup rate. Metric extraction alone (on the
 * enriched articles' title, text and tickers) is timed in the same rounds: {@code metrics_ratio}
 * is its rate over Jsoup's, the cost issue 5 asks to keep small.
 */
public final class CoreBench {
    /**
     * @param jsoupPerSecond  posts per second of {@code Jsoup.parse(body).text()}, median of rounds
     * @param enrichPerSecond posts per second of the enrichment, median of rounds
     * @param ratio           median of the rounds' ratios
     */
    public record Result(int posts, int rounds, double jsoupPerSecond, double enrichPerSecond, double ratio, long articles,
                         long rejected, double metricsPerSecond, double metricsRatio) {}

    /** Shortest timed stretch of the Jsoup and metrics measurements in a round. */
    private static final long MIN_ROUND_NANOS = 500_000_000L;

    private CoreBench() {}

    public static Result run(List<CorpusGenerator.Post> posts, int rounds) {
        Enricher enricher = new Enricher();
        // Warm-up: one pass of each, not measured; the enrichment's pass keeps the articles for the metric timing.
        long sink = 0;
        for (CorpusGenerator.Post p : posts) {
            sink += Jsoup.parse(p.body()).text().length();
        }
        List<EnrichedArticle> enriched = articlesOf(enricher, posts);
        List<Double> metricRatios = new ArrayList<>();
        List<Double> metricRates = new ArrayList<>();
        List<Double> jsoupRates = new ArrayList<>();
        List<Double> enrichRates = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        long articles = 0;
        long rejected = 0;
        for (int r = 0; r < rounds; r++) {
            // Jsoup gets whole passes until it has run as long as the enrichment will (at least 0.5 s): a pass of
            // a few thousand posts takes tens of milliseconds, short enough for one collection to skew a round.
            long t0 = System.nanoTime();
            long jsoupPosts = 0;
            do {
                for (CorpusGenerator.Post p : posts) {
                    sink += Jsoup.parse(p.body()).text().length();
                }
                jsoupPosts += posts.size();
            } while (System.nanoTime() - t0 < MIN_ROUND_NANOS);
            long t1 = System.nanoTime();
            articles = 0;
            rejected = 0;
            for (CorpusGenerator.Post p : posts) {
                if (enricher.enrich(new PostInput(p.sourcePath(), p.content())) instanceof EnrichmentOutcome.Article) {
                    articles++;
                } else {
                    rejected++;
                }
            }
            long t2 = System.nanoTime();
            long metricArticles = 0;
            do {
                for (EnrichedArticle a : enriched) {
                    sink += MetricExtractor.extract(a.getTitle(), a.getText(), a.getPublishedAt(), a.getTickers()).size();
                }
                metricArticles += enriched.size();
            } while (System.nanoTime() - t2 < MIN_ROUND_NANOS);
            long t3 = System.nanoTime();
            double metrics = metricArticles / ((t3 - t2) / 1e9);
            double jsoup = jsoupPosts / ((t1 - t0) / 1e9);
            metricRates.add(metrics);
            metricRatios.add(metrics / jsoup);
            double enrich = posts.size() / ((t2 - t1) / 1e9);
            jsoupRates.add(jsoup);
            enrichRates.add(enrich);
            ratios.add(enrich / jsoup);
        }
        if (sink == 42) {
            System.out.print(""); // keeps the work from being optimized away
        }
        return new Result(posts.size(), rounds, median(jsoupRates), median(enrichRates), median(ratios), articles, rejected,
                median(metricRates), median(metricRatios));
    }

    /** The articles the enrichment makes of {@code posts} (rejected posts leave none). */
    static List<EnrichedArticle> articlesOf(Enricher enricher, List<CorpusGenerator.Post> posts) {
        List<EnrichedArticle> articles = new ArrayList<>();
        for (CorpusGenerator.Post p : posts) {
            if (enricher.enrich(new PostInput(p.sourcePath(), p.content())) instanceof EnrichmentOutcome.Article a) {
                articles.add(a.article());
            }
        }
        return articles;
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
