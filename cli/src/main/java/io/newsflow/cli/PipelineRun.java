package io.newsflow.cli;

import io.newsflow.enrich.topology.EnrichCounters;
import io.newsflow.enrich.Enricher;
import io.newsflow.sink.alerts.AlertSettings;
import io.newsflow.enrich.topology.EnrichService;
import io.newsflow.enrich.topology.EnrichTopology;
import io.newsflow.ingest.ArchiveReplay;
import io.newsflow.ingest.IngestReport;
import io.newsflow.runtime.KafkaSettings;
import io.newsflow.runtime.StreamsService;
import io.newsflow.runtime.TopicAdmin;
import io.newsflow.runtime.TopicOffsets;
import io.newsflow.schema.DeadLetterHeaders;
import io.newsflow.schema.EnrichedArticle;
import io.newsflow.schema.NewsflowSerdes;
import io.newsflow.schema.Topics;
import io.newsflow.sink.SinkService;
import io.newsflow.sink.SinkTopology;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.function.Consumer;
import java.util.Map;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.HashSet;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;

/**
 * The whole pipeline in one process: ingest the given paths, run enrich and sink until everything
 * ingested has been committed downstream, then count what arrived. Used by {@code newsflow run}
 * and by the end-to-end tests.
 */
public final class PipelineRun {
    private final KafkaSettings kafka;
    private final Path stateDir;
    private final Duration timeout;
    private final PrintStream progress;
    private final Enricher enricher;
    private final AlertSettings alerts;

    public PipelineRun(KafkaSettings kafka, Path stateDir, Duration timeout, PrintStream progress) {
        this(kafka, stateDir, timeout, progress, new Enricher(), AlertSettings.none());
    }

    public PipelineRun(KafkaSettings kafka, Path stateDir, Duration timeout, PrintStream progress, Enricher enricher,
                       AlertSettings alerts) {
        this.enricher = enricher;
        this.alerts = alerts;
        this.kafka = kafka;
        this.stateDir = stateDir;
        this.timeout = timeout;
        this.progress = progress;
    }

    private Consumer<List<StreamsService>> observer = services -> { };

    /** Tells {@code observer} about the Streams apps once both have started (the metrics and health endpoint registers them). */
    void observedBy(Consumer<List<StreamsService>> observer) {
        this.observer = observer;
    }

    /**
     * Runs enrich and sink while a {@link io.newsflow.ingest.DirectoryWatch} follows {@code dir}, until Ctrl-C:
     * the live mode of {@code run --watch}.
     */
    public void watch(Path dir, Path stateFile) throws InterruptedException {
        TopicAdmin.ensureTopics(kafka);
        try (Stages stages = startStages(new EnrichCounters())) {
            follow(dir, stateFile, stages);
        }
    }

    /** The enrich and sink apps of one run, closed sink first. */
    private record Stages(StreamsService enrich, StreamsService sink) implements AutoCloseable {
        boolean failed() {
            return enrich.failure() != null || sink.failure() != null;
        }

        /** Throws, naming the stage, if either app has stopped with an error. */
        void requireRunning() {
            for (StreamsService service : List.of(enrich, sink)) {
                if (service.failure() != null) {
                    throw new UserException("the " + service.name() + " stage stopped: " + service.failure().getMessage());
                }
            }
        }

        @Override
        public void close() {
            try (enrich) {
                sink.close();
            }
        }
    }

    /** Starts enrich, then sink (closing enrich if sink cannot start), and tells the observer. */
    private Stages startStages(EnrichCounters counters) {
        StreamsService enrich = EnrichService.start(kafka, stateDir.resolve("enrich"), enricher, counters);
        StreamsService sink;
        try {
            sink = SinkService.start(kafka, stateDir.resolve("sink"), alerts);
        } catch (RuntimeException e) {
            enrich.close();
            throw e;
        }
        Stages stages = new Stages(enrich, sink);
        try {
            observer.accept(List.of(enrich, sink));
        } catch (RuntimeException e) {
            stages.close();
            throw e;
        }
        return stages;
    }

    /** Follows {@code dir} with the running enrich and sink until Ctrl-C or until one of them fails. */
    private void follow(Path dir, Path stateFile, Stages stages) throws InterruptedException {
        java.util.concurrent.atomic.AtomicBoolean stop = CtrlC.stopFlag();
        try (io.newsflow.ingest.DirectoryWatch watch = new io.newsflow.ingest.DirectoryWatch(kafka, dir, stateFile, Clock.systemUTC(),
                new io.newsflow.ingest.DirectoryWatch.Options(java.time.Duration.ofSeconds(2), java.time.Duration.ofSeconds(2)))) {
            progress.printf("Following %s live (enrich and sink running); Ctrl-C to stop.%n", dir);
            watch.run(() -> stop.get() || stages.failed(),
                    scan -> progress.printf("%s published %d posts from %s%n", java.time.LocalTime.now().withNano(0), scan.published(), dir));
        } catch (InterruptedException e) {
            if (!stop.get()) {
                throw e;
            }
        }
        stages.requireRunning();
    }

    public RunSummary run(List<Path> paths, boolean embedded) throws InterruptedException {
        return run(paths, embedded, summary -> { }, null, null);
    }

    /**
     * Replays {@code paths} and counts what arrived; {@code report} gets the summary while enrich and
     * sink are still running, and with a {@code watchDir} the same two then follow it live until Ctrl-C
     * ({@code run PATH --watch DIR}: one start of each stage, one set of metrics).
     */
    public RunSummary run(List<Path> paths, boolean embedded, Consumer<RunSummary> report, Path watchDir, Path stateFile)
            throws InterruptedException {
        long started = System.nanoTime();
        try (Admin admin = TopicAdmin.open(kafka)) {
            TopicAdmin.ensureTopics(admin, Topics.ALL, kafka.replicationFactor());
            TopicOffsets offsets = new TopicOffsets(admin, kafka);
            Map<TopicPartition, Long> enrichedStart = offsets.committedEnd(Topics.ENRICHED);
            Map<TopicPartition, Long> searchStart = offsets.committedEnd(Topics.SEARCH);
            Map<TopicPartition, Long> alertsStart = offsets.committedEnd(Topics.ALERTS);
            Map<TopicPartition, Long> dlqStart = offsets.committedEnd(Topics.DLQ);

            EnrichCounters counters = new EnrichCounters();
            try (Stages stages = startStages(counters)) {
                progress.println("Ingesting " + paths + " ...");
                // A run replays everything it is given (the enricher folds repeats into duplicates); resuming is `ingest archive`'s.
                ArchiveReplay.Options all = ArchiveReplay.Options.defaults().withRestart(true);
                IngestReport ingest = new ArchiveReplay(kafka, Clock.systemUTC(), all, (handled, published, at) -> { })
                        .replay(paths.stream().map(Path::toString).toList());
                progress.printf("Published %d posts to %s; waiting for enrich and sink to commit ...%n",
                        ingest.published(), Topics.RAW);

                Map<TopicPartition, Long> rawTargets = ingest.rawEndOffsets();
                await("enrich", stages, () -> offsets.caughtUp(EnrichTopology.APPLICATION_ID, Topics.RAW, rawTargets));
                // The input offsets are committed; wait for the same transactions' markers on the outputs.
                await("enrich", stages, () -> offsets.settled(Topics.ENRICHED) && offsets.settled(Topics.DLQ));
                Map<TopicPartition, Long> enrichedEnd = offsets.committedEnd(Topics.ENRICHED);
                await("sink", stages, () -> offsets.caughtUp(SinkTopology.APPLICATION_ID, Topics.ENRICHED, enrichedEnd));
                await("sink", stages, () -> offsets.settled(Topics.SEARCH) && offsets.settled(Topics.DLQ)
                        && offsets.settled(Topics.ALERTS) && offsets.settled(Topics.BY_TICKER));

                AtomicLong enriched = new AtomicLong();
                AtomicLong updates = new AtomicLong();
                var articles = NewsflowSerdes.enrichedArticle();
                Map<String, Set<String>> articlesByTicker = new HashMap<>();
                offsets.readRange(Topics.ENRICHED, enrichedStart, enrichedEnd, r -> {
                    enriched.incrementAndGet();
                    EnrichedArticle a = articles.decode(r.value());
                    a.getTickers().forEach(t -> articlesByTicker.computeIfAbsent(t.getSymbol(), k -> new HashSet<>()).add(a.getId()));
                    if (a.getRevision() > 1) {
                        updates.incrementAndGet();
                    }
                });
                AtomicLong searchDocs = new AtomicLong();
                offsets.readRange(Topics.SEARCH, searchStart, offsets.committedEnd(Topics.SEARCH), r -> searchDocs.incrementAndGet());
                Map<String, Long> reasons = new TreeMap<>();
                AtomicLong enrichDeadLetters = new AtomicLong();
                AtomicLong otherDeadLetters = new AtomicLong();
                offsets.readRange(Topics.DLQ, dlqStart, offsets.committedEnd(Topics.DLQ), r -> {
                    if ("enrich".equals(header(r.headers().lastHeader(DeadLetterHeaders.STAGE)))) {
                        enrichDeadLetters.incrementAndGet();
                        reasons.merge(header(r.headers().lastHeader(DeadLetterHeaders.REASON)), 1L, Long::sum);
                    } else {
                        otherDeadLetters.incrementAndGet();
                    }
                });
                AtomicLong alertCount = new AtomicLong();
                offsets.readRange(Topics.ALERTS, alertsStart, offsets.committedEnd(Topics.ALERTS), r -> alertCount.incrementAndGet());
                RunSummary summary = new RunSummary(ingest.seen(), ingest.skipped(), ingest.published(), ingest.failed(),
                        enriched.get(), updates.get(), counters.duplicates(), enrichDeadLetters.get(), reasons,
                        otherDeadLetters.get(), searchDocs.get(), alertCount.get(), topTickers(articlesByTicker),
                        (System.nanoTime() - started) / 1_000_000, kafka.bootstrapServers(), embedded);
                report.accept(summary);
                if (watchDir != null) {
                    follow(watchDir, stateFile, stages);
                }
                return summary;
            }
        }
    }

    /** The most mentioned securities of the run, by the number of articles naming them (ties by symbol). */
    static Map<String, Long> topTickers(Map<String, Set<String>> articlesByTicker) {
        Map<String, Long> top = new LinkedHashMap<>();
        articlesByTicker.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Set<String>>>comparingInt(e -> -e.getValue().size()).thenComparing(Map.Entry::getKey))
                .limit(RunSummary.TOP_TICKERS)
                .forEach(e -> top.put(e.getKey(), (long) e.getValue().size()));
        return top;
    }

    private void await(String stage, Stages stages, BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            stages.requireRunning();
            if (System.nanoTime() > deadline) {
                throw new UserException("the " + stage + " stage did not catch up within " + timeout
                        + " (raise --timeout, or check the cluster)");
            }
            Thread.sleep(200);
        }
    }

    private static String header(Header header) {
        return header == null ? "unknown" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
