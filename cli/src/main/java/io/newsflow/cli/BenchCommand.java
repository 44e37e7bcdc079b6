package io.newsflow.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.bench.CoreBench;
import io.newsflow.bench.CorpusGenerator;
import io.newsflow.schema.RecordJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure Newsflow on this machine with data generated from the sample posts (each variant its own id, "
                + "time and figures, the real mix of short digests and long HTML bodies), and print a table.",
                "core: single-thread throughput of the whole enrichment against Jsoup.parse(body).text() on the same posts, "
                        + "in alternating rounds; core_ratio = enrichment / Jsoup (median of the rounds).",
                "The topology, pipeline, latency and memory measurements of the performance issue are not built yet."},
        footer = {"", "Examples:", "  ./newsflow bench --articles 20000 --json bench.json",
                "  ./newsflow bench --jmh        # the JMH benchmarks of the hot path, for profiling%n"})
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--articles", paramLabel = "N", defaultValue = "100000",
            description = "Articles to generate (default: ${DEFAULT-VALUE}); core measures on the first min(N, 5000) of them.")
    int articles;

    @Option(names = "--rounds", paramLabel = "R", defaultValue = "5", description = "Measured rounds of core (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--samples", paramLabel = "DIR", defaultValue = "examples/archive",
            description = "The real posts the data is generated from (default: ${DEFAULT-VALUE}).")
    Path samples;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the results as JSON to FILE.")
    Path json;

    @Option(names = "--jmh", description = "Run the JMH benchmarks (io.newsflow.bench.jmh.EnrichBenchmark) instead.")
    boolean jmh;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(samples)) {
            throw new UserException("--samples: no such directory: " + samples + " (run from the repository root)");
        }
        if (articles < 1 || rounds < 1) {
            throw new UserException("--articles and --rounds must be at least 1");
        }
        if (jmh) {
            org.openjdk.jmh.Main.main(new String[] {"io.newsflow.bench.jmh.EnrichBenchmark", "-p", "samples=" + samples});
            return 0;
        }
        CorpusGenerator generator = CorpusGenerator.fromSamples(samples);
        int pool = Math.min(articles, 5_000);
        System.err.printf("Generating %,d posts from %d sample posts; core measures %d rounds over %,d of them ...%n",
                articles, generator.samples(), rounds, pool);
        List<CorpusGenerator.Post> posts = generator.posts(pool);
        CoreBench.Result core = CoreBench.run(posts, rounds);
        int cores = Runtime.getRuntime().availableProcessors();
        String java = System.getProperty("java.version");
        System.out.printf("Newsflow bench on %d cores, Java %s, heap max %d MB%n", cores, java, Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("  %-10s %-40s %12s%n", "measure", "what", "result");
        System.out.printf("  %-10s %-40s %,9.0f /s%n", "core", "Jsoup.parse(body).text(), 1 thread", core.jsoupPerSecond());
        System.out.printf("  %-10s %-40s %,9.0f /s%n", "core", "enrichment (parse … metrics), 1 thread", core.enrichPerSecond());
        System.out.printf("  %-10s %-40s %12.3f   (target >= 0.5)%n", "core_ratio", "enrichment / Jsoup, median of rounds", core.ratio());
        if (json != null) {
            ObjectNode out = RecordJson.MAPPER.createObjectNode();
            out.put("cores", cores).put("java", java).put("articles", articles).put("samples", generator.samples());
            out.putObject("core").put("posts", core.posts()).put("rounds", core.rounds()).put("jsoup_per_second", core.jsoupPerSecond())
                    .put("enrich_per_second", core.enrichPerSecond()).put("core_ratio", core.ratio())
                    .put("articles_enriched", core.articles()).put("rejected", core.rejected());
            RecordJson.MAPPER.writerWithDefaultPrettyPrinter().writeValue(json.toFile(), out);
            System.out.println("Results written to " + json);
        }
        return 0;
    }
}
