package io.newsflow.bench;

import io.newsflow.enrich.Enricher;
import io.newsflow.enrich.EnrichmentOutcome;
import io.newsflow.enrich.PostInput;
import io.newsflow.enrich.metrics.MetricExtractor;
import io.newsflow.schema.EnrichedArticle;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jsoup.Jsoup;

/**
 * CPU time per post of the enrichment, of metric extraction alone and of
 * {@code Jsoup.parse(body).text()}, on this thread only: what {@code bench/compare-builds.sh} runs
 * for two builds in turn. Thread CPU time leaves out what other processes and the JIT and GC
 * threads take, which on a shared two-core machine moves wall-clock rates by a third between runs.
 * Usage: {@code CpuPerPost SAMPLES_DIR POSTS PASSES}; prints one line of best and median passes.
 */
public final class CpuPerPost {
    private CpuPerPost() {}

    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: CpuPerPost SAMPLES_DIR POSTS PASSES");
            System.exit(2);
        }
        int n = Integer.parseInt(args[1]);
        int passes = Integer.parseInt(args[2]);
        List<CorpusGenerator.Post> posts = CorpusGenerator.fromSamples(Path.of(args[0])).posts(n);
        Enricher enricher = new Enricher();
        List<EnrichedArticle> articles = CoreBench.articlesOf(enricher, posts);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long sink = 0;
        List<Double> enrich = new ArrayList<>();
        List<Double> metrics = new ArrayList<>();
        List<Double> jsoup = new ArrayList<>();
        for (int pass = -3; pass < passes; pass++) { // three passes of warm-up
            long t0 = cpu.getCurrentThreadCpuTime();
            for (CorpusGenerator.Post p : posts) {
                sink += enricher.enrich(new PostInput(p.sourcePath(), p.content())) instanceof EnrichmentOutcome.Article ? 1 : 0;
            }
            long t1 = cpu.getCurrentThreadCpuTime();
            for (EnrichedArticle a : articles) {
                sink += MetricExtractor.extract(a.getTitle(), a.getText(), a.getPublishedAt(), a.getTickers()).size();
            }
            long t2 = cpu.getCurrentThreadCpuTime();
            for (CorpusGenerator.Post p : posts) {
                sink += Jsoup.parse(p.body()).text().length();
            }
            long t3 = cpu.getCurrentThreadCpuTime();
            if (pass >= 0) {
                enrich.add((t1 - t0) / 1e3 / posts.size());
                metrics.add((t2 - t1) / 1e3 / articles.size());
                jsoup.add((t3 - t2) / 1e3 / posts.size());
            }
        }
        System.out.printf("us per post, best/median of %d passes over %d posts: enrich %.1f/%.1f  metrics %.1f/%.1f  jsoup %.1f/%.1f"
                        + "  (checksum %d)%n", passes, posts.size(), best(enrich), CoreBench.median(enrich), best(metrics), CoreBench.median(metrics),
                best(jsoup), CoreBench.median(jsoup), sink % 1000);
    }

    private static double best(List<Double> values) {
        return Collections.min(values);
    }
}
