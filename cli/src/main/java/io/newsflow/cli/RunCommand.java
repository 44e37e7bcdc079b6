package io.newsflow.cli;

import io.newsflow.schema.RecordJson;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {
                "Run the whole pipeline (ingest → enrich → sink) over directories of posts and exit when everything "
                        + "ingested has been committed to news.enriched, news.search and news.dlq.",
                "Without --bootstrap-servers it starts a real single-node Kafka broker in --data-dir (data is kept "
                        + "between runs; running the same posts again adds nothing but duplicates)."},
        footer = {"", "Example:", "  ./newsflow run examples/archive --summary summary.json%n"})
final class RunCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Directories (searched recursively) or files of posts (*.md, *.markdown).")
    List<Path> paths;

    @Option(names = "--summary", paramLabel = "FILE", description = "Also write the summary as JSON to FILE.")
    Path summaryFile;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "10m", converter = DurationConverter.class,
            description = "Give up if the pipeline has not caught up within this time (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Mixin
    KafkaOptions kafka;

    @Mixin
    NameOptions names;

    @Override
    public Integer call() throws Exception {
        Inputs.requireExisting(paths);
        try (Cluster cluster = Cluster.connect(kafka, true, System.err)) {
            RunSummary summary = new PipelineRun(cluster.settings(), kafka.dataDir.resolve("streams"), timeout, System.err, names.enricher())
                    .run(paths, cluster.embedded());
            System.out.print(summary.toText());
            if (summaryFile != null) {
                RecordJson.MAPPER.writerWithDefaultPrettyPrinter().writeValue(summaryFile.toFile(), summary.toJson());
                System.out.println("Summary written to " + summaryFile);
            }
            return summary.unaccounted() == 0 ? 0 : 3;
        }
    }
}
