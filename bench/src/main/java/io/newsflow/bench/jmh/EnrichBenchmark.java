package io.newsflow.bench.jmh;

import io.newsflow.bench.CorpusGenerator;
import io.newsflow.enrich.Enricher;
import io.newsflow.enrich.EnrichmentOutcome;
import io.newsflow.enrich.PostInput;
import io.newsflow.enrich.metrics.MetricExtractor;
import io.newsflow.schema.EnrichedArticle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH benchmarks of the hot path, per generated post: the HTML-parse baseline, the whole
 * enrichment, and the metric extraction alone (for profiling with {@code -prof}). Run from the
 * repository root: {@code ./newsflow bench --jmh} or with the JMH main class directly.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "-Dorg.apache.avro.SERIALIZABLE_PACKAGES=io.newsflow.schema"})
public class EnrichBenchmark {
    @Param("examples/archive")
    public String samples;

    private List<CorpusGenerator.Post> posts;
    private List<EnrichedArticle> articles;
    private final Enricher enricher = new Enricher();
    private int next;

    @Setup
    public void setUp() {
        posts = CorpusGenerator.fromSamples(Path.of(samples)).posts(2_000);
        articles = new ArrayList<>();
        for (CorpusGenerator.Post p : posts) {
            if (enricher.enrich(new PostInput(p.sourcePath(), p.content())) instanceof EnrichmentOutcome.Article a) {
                articles.add(a.article());
            }
        }
    }

    private CorpusGenerator.Post nextPost() {
        next = (next + 1) % posts.size();
        return posts.get(next);
    }

    @Benchmark
    public void jsoupParseText(Blackhole bh) {
        bh.consume(Jsoup.parse(nextPost().body()).text());
    }

    @Benchmark
    public void enrich(Blackhole bh) {
        CorpusGenerator.Post p = nextPost();
        bh.consume(enricher.enrich(new PostInput(p.sourcePath(), p.content())));
    }

    @Benchmark
    public void metricsOnly(Blackhole bh) {
        next = (next + 1) % articles.size();
        EnrichedArticle a = articles.get(next);
        bh.consume(MetricExtractor.extract(a.getTitle(), a.getText(), a.getPublishedAt(), a.getTickers()));
    }
}
