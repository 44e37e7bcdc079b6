package io.newsflow.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.bench.BenchArchive;
import io.newsflow.bench.CoreBench;
import io.newsflow.bench.CorpusGenerator;
import io.newsflow.bench.LatencyBench;
import io.newsflow.bench.PipelineBench;
import io.newsflow.bench.TopologyBench;
import io.newsflow.schema.RecordJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure Newsflow on this machine with data generated from the sample posts (each variant its own id, "
                + "time and figures, the real mix of short digests and long HTML bodies), and print a table.",
                "core: single-thread throughput of the whole enrichment against Jsoup.parse(body).text() on the same posts, "
                        + "in alternating rounds (Jsoup repeated to at least 0.5 s a round); core_ratio = enrichment / Jsoup "
                        + "(median of the rounds).",
                "topology: on an embedded broker, a Streams exactly_once_v2 pass-through, the enrich app twice (the first run "
                        + "compiles the enrichment) and the pass-through again over the same pre-filled news.raw, each timed from "
                        + "RUNNING to its last commit; topology_ratio = second enrich run / mean of the two pass-throughs.",
                "pipeline: on a fresh embedded broker with enrich and sink running, the archive replayed at full speed until sink "
                        + "has committed everything (what `run` does); pipeline_ratio = articles/s / pass-through records/s.",
                "latency: then new posts one at a time at --live-rate for --live-seconds, each timed from when it was due to be "
                        + "sent to its committed search document (p50/p95/p99).",
                "memory: the peak heap sampled during pipeline and latency, and the heap left after a collection "
                        + "(broker, services and bench share the JVM; run with -Xmx to bound it)."},
        footer = {"", "Examples:", "  ./newsflow bench --articles 20000 --json bench.json",
                "  ./newsflow bench --modes core --rounds 9",
                "  ./newsflow bench --jmh        # the JMH benchmarks of the hot path, for profiling%n"})
final class BenchCommand implements Callable<Integer> {
    enum Mode { core, topology, pipeline }

    @Option(names = "--articles", paramLabel = "N", defaultValue = "100000",
            description = "Articles to generate (default: ${DEFAULT-VALUE}); core measures on the first min(N, 5000) of them.")
    int articles;

    @Option(names = "--modes", paramLabel = "MODE[,MODE...]", split = ",", defaultValue = "core,topology,pipeline",
            description = "What to measure: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; pipeline includes latency and memory).")
    List<Mode> modes;

    @Option(names = "--rounds", paramLabel = "R", defaultValue = "5", description = "Measured rounds of core (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--live-rate", paramLabel = "N", defaultValue = "50", description = "Posts per second in the latency run (default: ${DEFAULT-VALUE}).")
    double liveRate;

    @Option(names = "--live-seconds", paramLabel = "S", defaultValue = "30", description = "Length of the latency run (default: ${DEFAULT-VALUE}).")
    int liveSeconds;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "Stream threads of every Streams app measured: the pass-through, enrich and sink (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--samples", paramLabel = "DIR", defaultValue = "examples/archive",
            description = "The real posts the data is generated from (default: ${DEFAULT-VALUE}).")
    Path samples;

    @Option(names = "--work-dir", paramLabel = "DIR",
            description = "Where the generated archive and the embedded brokers go (default: a temporary directory, deleted afterwards).")
    Path workDir;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the results as JSON to FILE.")
    Path json;

    @Option(names = "--jmh", description = "Run the JMH benchmarks (io.newsflow.bench.jmh.EnrichBenchmark) instead.")
    boolean jmh;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(samples)) {
            throw new UserException("--samples: no such directory: " + samples + " (run from the repository root)");
        }
        if (articles < 1 || rounds < 1 || liveRate <= 0 || liveSeconds < 1 || threads < 1) {
            throw new UserException("--articles, --rounds, --live-seconds and --threads must be at least 1, --live-rate above 0");
        }
        if (jmh) {
            org.openjdk.jmh.Main.main(new String[] {"io.newsflow.bench.jmh.EnrichBenchmark", "-p", "samples=" + samples});
            return 0;
        }
        CorpusGenerator generator = CorpusGenerator.fromSamples(samples);
        int cores = Runtime.getRuntime().availableProcessors();
        String java = System.getProperty("java.version");
        ObjectNode out = RecordJson.MAPPER.createObjectNode();
        out.put("cores", cores).put("threads", threads).put("java", java).put("heap_max_mb", Runtime.getRuntime().maxMemory() >> 20)
                .put("articles", articles).put("samples", generator.samples());
        List<String[]> rows = new ArrayList<>();

        if (modes.contains(Mode.core)) {
            int pool = Math.min(articles, 5_000);
            System.err.printf("core: %d rounds over %,d generated posts ...%n", rounds, pool);
            CoreBench.Result core = CoreBench.run(generator.posts(pool), rounds);
            rows.add(row("core", "Jsoup.parse(body).text(), 1 thread", String.format("%,.0f /s", core.jsoupPerSecond()), ""));
            rows.add(row("core", "enrichment (parse … metrics), 1 thread", String.format("%,.0f /s", core.enrichPerSecond()), ""));
            rows.add(row("core_ratio", "enrichment / Jsoup, median of rounds", String.format("%.3f", core.ratio()), ">= 0.5"));
            rows.add(row("core", "metric extraction alone, 1 thread", String.format("%,.0f /s", core.metricsPerSecond()), ""));
            rows.add(row("metrics_ratio", "metric extraction / Jsoup (issue 5's cost)", String.format("%.3f", core.metricsRatio()),
                    ">> 1"));
            out.putObject("core").put("posts", core.posts()).put("rounds", core.rounds()).put("jsoup_per_second", core.jsoupPerSecond())
                    .put("enrich_per_second", core.enrichPerSecond()).put("core_ratio", core.ratio())
                    .put("articles_enriched", core.articles()).put("rejected", core.rejected())
                    .put("metrics_per_second", core.metricsPerSecond()).put("metrics_ratio", core.metricsRatio());
        }
        if (modes.contains(Mode.topology) || modes.contains(Mode.pipeline)) {
            Path work = workDir != null ? Files.createDirectories(workDir) : Files.createTempDirectory("newsflow-bench");
            try {
                System.err.printf("writing %,d generated posts under %s ...%n", articles, work);
                Path archive = BenchArchive.write(generator, articles, work.resolve("archive"));
                // The pass-through is the pipeline's yardstick too, so it runs whenever pipeline does.
                double passThrough;
                {
                    System.err.println("topology: pass-through and enrich over the same news.raw ...");
                    TopologyBench.Result t = TopologyBench.run(archive, work.resolve("topology"), threads);
                    passThrough = t.passThroughPerSecond();
                    if (modes.contains(Mode.topology)) {
                        rows.add(row("ingest", "archive replay to news.raw (transactions)", String.format("%,.0f /s", t.ingestPerSecond()), ""));
                        rows.add(row("topology", "Streams EOS pass-through, 6 partitions", String.format("%,.0f /s", t.passThroughPerSecond()), ""));
                        rows.add(row("topology", "enrich app, first run (JIT compiling)", String.format("%,.0f /s", t.coldEnrichPerSecond()), ""));
                        rows.add(row("topology", "enrich app (exactly_once_v2), second run", String.format("%,.0f /s", t.enrichPerSecond()), ""));
                        rows.add(row("topology_ratio", "enrich / pass-through", String.format("%.3f", t.ratio()), ">= 0.7"));
                    }
                    out.putObject("topology").put("records", t.records()).put("ingest_per_second", t.ingestPerSecond())
                            .put("pass_through_per_second", t.passThroughPerSecond())
                            .put("enrich_first_run_per_second", t.coldEnrichPerSecond()).put("enrich_per_second", t.enrichPerSecond())
                            .put("topology_ratio", t.ratio());
                }
                if (modes.contains(Mode.pipeline)) {
                    System.err.printf("pipeline: ingest → enrich → sink over %,d posts, then %.0f posts/s live for %d s ...%n",
                            articles, liveRate, liveSeconds);
                    PipelineBench.Result p = PipelineBench.run(archive, work.resolve("pipeline"), generator, articles, liveRate,
                            Duration.ofSeconds(liveSeconds), threads);
                    double ratio = p.articlesPerSecond() / passThrough;
                    LatencyBench.Result l = p.latency();
                    rows.add(row("pipeline", "run: ingest → enrich → sink, committed", String.format("%,.0f /s", p.articlesPerSecond()), ""));
                    rows.add(row("pipeline_ratio", "pipeline / pass-through", String.format("%.3f", ratio), ">= 0.35"));
                    rows.add(row("latency", String.format("p50 / p95 / p99 at %.0f/s for %d s", l.rate(), liveSeconds),
                            String.format("%.0f / %.0f / %.0f ms", l.p50Millis(), l.p95Millis(), l.p99Millis()), "p99 <= 500 ms"));
                    rows.add(row("latency", "search documents received / posts sent", l.received() + " / " + l.sent(), ""));
                    rows.add(row("memory", "peak heap used (broker + services + bench)", (p.peakHeapBytes() >> 20) + " MB", "flat in N"));
                    rows.add(row("memory", "heap after a collection at the end", (p.liveHeapBytes() >> 20) + " MB", ""));
                    rows.add(row("memory", "peak resident set of the process", (p.peakRssBytes() >> 20) + " MB", ""));
                    out.putObject("pipeline").put("articles", p.articles()).put("articles_per_second", p.articlesPerSecond())
                            .put("pipeline_ratio", ratio);
                    out.putObject("latency").put("rate", l.rate()).put("seconds", liveSeconds).put("sent", l.sent())
                            .put("received", l.received()).put("p50_ms", l.p50Millis()).put("p95_ms", l.p95Millis())
                            .put("p99_ms", l.p99Millis()).put("max_ms", l.maxMillis());
                    out.putObject("memory").put("peak_heap_mb", p.peakHeapBytes() >> 20).put("heap_after_gc_mb", p.liveHeapBytes() >> 20)
                            .put("peak_rss_mb", p.peakRssBytes() >> 20);
                }
            } finally {
                if (workDir == null) {
                    deleteTree(work);
                }
            }
        }
        System.out.printf("Newsflow bench: %,d articles, %d cores, Java %s, heap max %d MB, %d stream thread%s per app%n", articles,
                cores, java, Runtime.getRuntime().maxMemory() >> 20, threads, threads == 1 ? "" : "s");
        System.out.printf("  %-15s %-45s %20s   %s%n", "measure", "what", "result", "target");
        for (String[] r : rows) {
            System.out.printf("  %-15s %-45s %20s   %s%n", (Object[]) r);
        }
        if (json != null) {
            RecordJson.MAPPER.writerWithDefaultPrettyPrinter().writeValue(json.toFile(), out);
            System.out.println("Results written to " + json);
        }
        return 0;
    }

    private static String[] row(String measure, String what, String result, String target) {
        return new String[] {measure, what, result, target};
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
