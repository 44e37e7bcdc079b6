package io.newsflow.cli;

import io.newsflow.schema.RecordJson;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {
                "Run the whole pipeline (ingest → enrich → sink) over directories of posts and exit when everything "
                        + "ingested has been committed to news.enriched, news.search and news.dlq.",
                "Without --bootstrap-servers it starts a real single-node Kafka broker in --data-dir (data is kept "
                        + "between runs; running the same posts again adds nothing but duplicates).",
                "With --watch DIR it then keeps running: posts a crawler writes into DIR flow through the pipeline live "
                        + "(see `ingest watch`) until Ctrl-C."},
        footer = {"", "Examples:", "  ./newsflow run examples/archive --summary summary.json",
                "  ./newsflow run --watch /data/finews/_posts%n"})
final class RunCommand implements Callable<Integer>, LongRunning {
    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Directories (searched recursively), post files, or .zip/.tar/.tar.gz archives of posts.")
    List<Path> paths = List.of();

    @Option(names = "--watch", paramLabel = "DIR", description = "After the PATHs, follow DIR live until Ctrl-C (new and rewritten posts).")
    Path watchDir;

    @Override
    public boolean runsUntilStopped() {
        return watchDir != null;
    }

    @Option(names = "--summary", paramLabel = "FILE", description = "Also write the summary as JSON to FILE.")
    Path summaryFile;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "10m", converter = DurationConverter.class,
            description = "Give up if the pipeline has not caught up within this time (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Mixin
    KafkaOptions kafka;

    @Mixin
    NameOptions names;

    @Mixin
    AlertOptions alerts;

    @Mixin
    OpsOptions ops;

    @Spec
    CommandSpec spec;

    /** Prints the replay's summary (and writes it to --summary), before any live following starts. */
    private void report(RunSummary summary) {
        System.out.print(summary.toText());
        if (summaryFile != null) {
            try {
                RecordJson.MAPPER.writerWithDefaultPrettyPrinter().writeValue(summaryFile.toFile(), summary.toJson());
            } catch (java.io.IOException e) {
                throw new UserException("cannot write the summary to " + summaryFile + ": " + e.getMessage());
            }
            System.out.println("Summary written to " + summaryFile);
        }
    }

    @Override
    public Integer call() throws Exception {
        if (paths.isEmpty() && watchDir == null) {
            throw new ParameterException(spec.commandLine(),
                    "Missing required parameter: the posts to run over (PATH...) and/or a directory to follow (--watch DIR)");
        }
        Inputs.requireExisting(paths);
        if (watchDir != null && !java.nio.file.Files.isDirectory(watchDir)) {
            throw new UserException("--watch: not a directory: " + watchDir);
        }
        try (Cluster cluster = Cluster.connect(kafka, true, System.err);
             OpsOptions.Endpoint endpoint = ops.start("run")) {
            PipelineRun pipeline = new PipelineRun(cluster.settings(), kafka.dataDir.resolve("streams"), timeout, System.err, names.enricher(),
                    alerts.settings());
            pipeline.observedBy(apps -> {
                endpoint.register(apps);
                endpoint.started();
            });
            Path stateFile = watchDir == null ? null : io.newsflow.ingest.DirectoryWatch.stateFile(kafka.dataDir, watchDir);
            if (paths.isEmpty()) {
                pipeline.watch(watchDir, stateFile);
                return 0;
            }
            RunSummary summary = pipeline.run(paths, cluster.embedded(), this::report, watchDir, stateFile);
            return summary.unaccounted() == 0 ? 0 : 3;
        }
    }
}
