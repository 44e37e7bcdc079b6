package io.newsflow.cli;

import io.newsflow.ingest.ArchiveReplay;
import io.newsflow.ingest.DirectoryWatch;
import io.newsflow.ingest.FeedMapping;
import io.newsflow.ingest.FeedPoller;
import io.newsflow.ingest.IngestReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true, subcommands = {IngestCommand.Archive.class, IngestCommand.Watch.class, IngestCommand.Feed.class},
        description = {"Publish posts to news.raw, keyed by article id, with the publication time as record timestamp.",
                "`ingest PATH...` is `ingest archive PATH...`."},
        footer = {"", "Examples:", "  ./newsflow ingest archive snapshot.tar.gz --speed 144",
                "  tar czf - _posts | ./newsflow ingest archive -", "  ./newsflow ingest --bootstrap-servers kafka:9092 /data/finews/_posts%n"})
final class IngestCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Directories, post files, .zip/.tar/.tar.gz archives, or - for a tar stream on stdin.")
    List<String> paths;

    @Mixin
    KafkaOptions kafka;

    @Mixin
    ReplayOptions replay;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (paths == null || paths.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Missing required parameter: what to ingest (ingest archive PATH..., ingest watch DIR, ingest feed URL...)");
        }
        return replay(paths, kafka, replay);
    }

    static int replay(List<String> paths, KafkaOptions kafka, ReplayOptions replay) throws Exception {
        ArchiveReplay.Options options = replay.toOptions();
        Inputs.requireExisting(paths.stream().filter(p -> !p.equals("-")).map(Path::of).toList());
        try (Cluster cluster = Cluster.connect(kafka, false, System.err)) {
            cluster.ensureTopics();
            ReplayProgressPrinter progress = ReplayProgressPrinter.forStderr();
            IngestReport report = new ArchiveReplay(cluster.settings(), Clock.systemUTC(), options, progress).replay(paths);
            progress.finish();
            System.out.printf("files seen %d: published %d, skipped %d (not posts), already published %d, outside --from/--until %d, "
                            + "failed %d%s%s%n", report.seen(), report.published(), report.skipped(), report.resumed(), report.outsideWindow(),
                    report.failed(), report.failures().isEmpty() ? "" : " " + report.failures(),
                    report.outOfOrder() == 0 ? "" : "; " + report.outOfOrder() + " posts out of order (raise --sort-buffer)");
            return report.failed() == 0 ? 0 : 1;
        }
    }

    @Command(name = "archive", mixinStandardHelpOptions = true,
            description = {"Replay directories and archives of posts (.zip, .tar, .tar.gz, or - for a tar stream on stdin) to news.raw: "
                    + "in publication order (default) or file order, at full speed, --rate N/s or --speed X of the original timeline, "
                    + "within --from/--until.",
                    "Progress is checkpointed in the replay's own transactions: run the same command again "
                    + "after a crash or Ctrl-C and it continues where it stopped (--restart publishes everything again)."},
            footer = {"", "Examples:", "  ./newsflow ingest archive finews-snapshot.zip --from 2022-01-01 --until 2022-02-01",
                    "  ./newsflow ingest archive _posts/ old_post/ --rate 200%n"})
    static final class Archive implements Callable<Integer> {
        @Parameters(paramLabel = "PATH", arity = "1..*", description = "Directories, post files, .zip/.tar/.tar.gz archives, or -.")
        List<String> paths;

        @Mixin
        KafkaOptions kafka;

        @Mixin
        ReplayOptions replay;

        @Override
        public Integer call() throws Exception {
            return replay(paths, kafka, replay);
        }
    }

    @Command(name = "watch", mixinStandardHelpOptions = true,
            description = {"Follow a directory that a crawler keeps writing and publish its posts to news.raw (replay=false): "
                    + "new files, and files rewritten in place with new content.",
                    "A file is read only after its size and time stayed the same for --settle (never half-written), and "
                    + "published again only when its content changed. What was published is remembered under --data-dir, "
                    + "so a restart does not republish unchanged files. Runs until Ctrl-C."},
            footer = {"", "Example:", "  ./newsflow ingest watch /data/finews/_posts --interval 5s%n"})
    static final class Watch implements Callable<Integer>, LongRunning {
        @Parameters(paramLabel = "DIR", description = "The directory to follow (searched recursively for *.md and *.markdown).")
        Path dir;

        @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "2s", converter = DurationConverter.class,
                description = "Time between scans (default: ${DEFAULT-VALUE}).")
        Duration interval;

        @Option(names = "--settle", paramLabel = "DURATION", defaultValue = "2s", converter = DurationConverter.class,
                description = "How long a file must stay unchanged before it is read (default: ${DEFAULT-VALUE}).")
        Duration settle;

        @Mixin
        KafkaOptions kafka;

        @Mixin
        OpsOptions ops;

        @Override
        public Integer call() throws Exception {
            if (!Files.isDirectory(dir)) {
                throw new UserException("not a directory: " + dir);
            }
            try (Cluster cluster = Cluster.connect(kafka, false, System.err);
                 OpsOptions.Endpoint endpoint = ops.start("ingest-watch")) {
                cluster.ensureTopics();
                AtomicBoolean stop = CtrlC.stopFlag();
                System.err.printf("Watching %s (a scan every %d ms, files settle for %d ms); Ctrl-C to stop.%n", dir,
                        interval.toMillis(), settle.toMillis());
                try (DirectoryWatch watch = new DirectoryWatch(cluster.settings(), dir, DirectoryWatch.stateFile(kafka.dataDir, dir),
                        Clock.systemUTC(), new DirectoryWatch.Options(interval, settle))) {
                    endpoint.started();
                    watch.run(stop::get, scan -> System.err.printf("%s watch: published %d, %d files still being written, %d unreadable%n",
                            java.time.LocalTime.now().withNano(0), scan.published(), scan.pending(), scan.failed()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return 0;
            }
        }
    }

    @Command(name = "feed", mixinStandardHelpOptions = true,
            description = {"Poll RSS, Atom and JSON list feeds and publish their new items to news.raw (replay=false), "
                    + "each written as a post the enricher reads like any other.",
                    "Requests are conditional (ETag, Last-Modified), time out, are retried with backoff and keep a minimum "
                    + "interval per host; redirects are followed to http(s) only. Ids already published are remembered under "
                    + "--data-dir. Runs until Ctrl-C, or polls once with --once."},
            footer = {"", "Examples:", "  ./newsflow ingest feed https://example.com/finance/rss.xml --interval 5m",
                    "  ./newsflow ingest feed https://api.example.com/news/list --json-items data.list \\",
                    "      --json-map title=title,time=showtime,url=url,id=code%n"})
    static final class Feed implements Callable<Integer>, LongRunning {
        @Parameters(paramLabel = "URL", arity = "1..*", description = "Feed URLs (http or https).")
        List<String> urls;

        @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "60s", converter = DurationConverter.class,
                description = "Time between polls (default: ${DEFAULT-VALUE}).")
        Duration interval;

        @Option(names = "--once", description = "Poll every feed once and exit.")
        boolean once;

        @Option(names = "--json-items", paramLabel = "PATH", defaultValue = "",
                description = "For JSON feeds: the dotted path of the item list (e.g. data.list); empty for a top-level list.")
        String jsonItems;

        @Option(names = "--json-map", paramLabel = "FIELD=JSONFIELD,...",
                description = "For JSON feeds: where title, digest, time, url and id are (default: title=title,digest=digest,"
                        + "time=showtime,url=url,id=infoCode).")
        String jsonMap;

        @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "10s", converter = DurationConverter.class,
                description = "Connect and response timeout of one request (default: ${DEFAULT-VALUE}).")
        Duration timeout;

        @Option(names = "--retries", paramLabel = "N", defaultValue = "3", description = "Retries after a failed request (default: ${DEFAULT-VALUE}).")
        int retries;

        @Option(names = "--per-host-interval", paramLabel = "DURATION", defaultValue = "1s", converter = DurationConverter.class,
                description = "Least time between two requests to one host (default: ${DEFAULT-VALUE}).")
        Duration perHost;

        @Mixin
        KafkaOptions kafka;

        @Mixin
        OpsOptions ops;

        @Override
        public Integer call() throws Exception {
            for (String url : urls) {
                if (!url.startsWith("http://") && !url.startsWith("https://")) {
                    throw new UserException("not an http(s) URL: " + url);
                }
            }
            FeedMapping mapping;
            try {
                mapping = FeedMapping.of(jsonItems, jsonMap);
            } catch (IllegalArgumentException e) {
                throw new UserException("--json-map: " + e.getMessage());
            }
            try (Cluster cluster = Cluster.connect(kafka, false, System.err);
                 OpsOptions.Endpoint endpoint = ops.start("ingest-feed")) {
                cluster.ensureTopics();
                AtomicBoolean stop = CtrlC.stopFlag();
                FeedPoller.Options options = new FeedPoller.Options(timeout, retries, Duration.ofSeconds(1), perHost, mapping);
                boolean failed = false;
                try (FeedPoller poller = new FeedPoller(cluster.settings(), kafka.dataDir.resolve("feeds"), Clock.systemUTC(), options)) {
                    endpoint.started();
                    do {
                        failed = false;
                        for (FeedPoller.Result r : poller.pollOnce(urls)) {
                            failed |= r.error() != null;
                            System.err.printf("%s feed %s: %s%n", java.time.LocalTime.now().withNano(0), r.url(), r.error() != null
                                    ? "failed: " + r.error() : r.status() == 304 ? "not modified"
                                    : r.newItems() + " new, " + r.knownItems() + " already published");
                        }
                        if (!once) {
                            Thread.sleep(interval.toMillis());
                        }
                    } while (!once && !stop.get());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return once && failed ? 1 : 0;
            }
        }
    }
}
