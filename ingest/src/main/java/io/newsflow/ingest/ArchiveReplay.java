package io.newsflow.ingest;

import io.newsflow.enrich.PostKeys;
import io.newsflow.runtime.DeadLetters;
import io.newsflow.runtime.KafkaSettings;
import io.newsflow.runtime.ops.PipelineMeters;
import io.newsflow.schema.SourceKind;
import io.newsflow.schema.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replays directories and archives of posts to news.raw: in publication order (a bounded
 * {@link SortBuffer}) or file order, paced or at full speed, within a time window, and resumable.
 * Posts are published in transactions of up to {@link Options#batchSize()} records, each carrying
 * the replay's checkpoint, so a replay killed at any point and started again publishes every post
 * exactly once. Each record: key = article id, timestamp = publication time, headers with the
 * source path and {@code replay=true}.
 */
public final class ArchiveReplay {
    /** The order posts are published in. */
    public enum Order { PUBLICATION, FILE }

    /**
     * How to replay.
     *
     * @param sortBuffer posts held to put them in publication order (memory: about this many posts)
     * @param restart    ignore the checkpoint of an earlier run and publish everything again
     */
    public record Options(Order order, Pacer pacer, Instant from, Instant until, int sortBuffer, int batchSize, boolean restart) {
        public static Options defaults() {
            return new Options(Order.PUBLICATION, Pacer.unlimited(), null, null, 10_000, 500, false);
        }

        /** These options, starting from the first post ({@code true}) or resuming a checkpoint. */
        public Options withRestart(boolean restart) {
            return new Options(order, pacer, from, until, sortBuffer, batchSize, restart);
        }

        /** These options at this pace. */
        public Options withPacer(Pacer pacer) {
            return new Options(order, pacer, from, until, sortBuffer, batchSize, restart);
        }
    }

    /** Told about progress after every post handled. */
    public interface Progress {
        void handled(long handled, long published, Instant lastPublicationTime);

        /** The number of posts the replay will handle, when the sources tell it cheaply (directories, zip files). */
        default void total(long posts) {}
    }

    /** Far in the future: posts without a publication time sort last. */
    private static final Instant UNDATED = Instant.parse("9999-12-31T00:00:00Z");
    private static final long COMMIT_INTERVAL_NANOS = 1_000_000_000L;
    private static final Logger LOG = LoggerFactory.getLogger(ArchiveReplay.class);

    private final KafkaSettings kafka;
    private final Clock clock;
    private final Options options;
    private final Progress progress;
    private final io.micrometer.core.instrument.Counter ingested = PipelineMeters.ingested("archive");

    public ArchiveReplay(KafkaSettings kafka, Clock clock, Options options, Progress progress) {
        this.kafka = kafka;
        this.clock = clock;
        this.options = options;
        this.progress = progress;
    }

    private record Item(PostEntry entry, PostKeys.Keys keys, Instant at, SourceKind kind) {}

    /** Producer settings for throughput on 5–10 KB records without giving up durability. */
    static Map<String, Object> producerDefaults() {
        return Map.of(
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd",
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024,
                ProducerConfig.LINGER_MS_CONFIG, 10,
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 8 * 1024 * 1024,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 120_000);
    }

    public IngestReport replay(List<String> sources) {
        String order = options.order().name().toLowerCase(java.util.Locale.ROOT);
        String id = ReplayCheckpoint.replayId(sources, order, options.from(), options.until());
        ReplayCheckpoint.State start = options.restart() ? new ReplayCheckpoint.State(0, 0) : ReplayCheckpoint.read(kafka, id);
        if (start.position() > 0) {
            LOG.info("replay {}: resuming after {} posts handled by an earlier run", id, start.position());
        }
        Properties config = kafka.withDefaults(producerDefaults());
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "newsflow-ingest-" + id);
        // --restart (and `run`, which always replays everything) leaves no copy: nothing will resume from it.
        Run run = new Run(id, sources, start, options.restart() ? null : mirrorDir(sources));
        List<PostStream> streams = new ArrayList<>(sources.size());
        try (Producer<byte[], byte[]> producer = new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.initTransactions(); // fences a killed earlier run of this replay and aborts what it left open
            run.producer = producer;
            SortBuffer<Item> buffer = new SortBuffer<>(options.sortBuffer());
            long total = 0;
            for (String source : sources) {
                PostStream stream = PostSources.open(source, RawRecords.MAX_RECORD_BYTES);
                streams.add(stream);
                total = stream.size() < 0 || total < 0 ? -1 : total + stream.size();
            }
            if (total >= 0) {
                progress.total(total);
            }
            for (int i = 0; i < sources.size(); i++) {
                PostStream stream = streams.get(i);
                SourceKind kind = sources.get(i).equals(PostSources.STDIN) ? SourceKind.STDIN : SourceKind.ARCHIVE;
                while (stream.hasNext()) {
                    PostEntry entry = stream.next();
                    run.seen++;
                    PostKeys.Keys keys = PostKeys.of(entry.sourcePath(), entry.content());
                    Item item = new Item(entry, keys, keys.publishedAt().orElse(UNDATED), kind);
                    if (options.order() == Order.FILE) {
                        run.handle(item);
                    } else {
                        for (Item due : buffer.offer(item.at(), item)) {
                            run.handle(due);
                        }
                    }
                }
                run.skipped += stream.skipped();
                run.seen += stream.skipped();
                closeQuietly(stream);
            }
            for (Item due : buffer.drain()) {
                run.handle(due);
            }
            run.commit();
            run.outOfOrder = buffer.outOfOrder();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the replay was interrupted; run it again to resume", e);
        } finally {
            streams.forEach(ArchiveReplay::closeQuietly);
        }
        long failed = run.failures.values().stream().mapToLong(Long::longValue).sum();
        return new IngestReport(run.seen, run.published, run.skipped, failed, run.resumed, run.outside, run.outOfOrder,
                new TreeMap<>(run.failures), new TreeMap<>(run.endOffsets));
    }

    private static void closeQuietly(PostStream stream) {
        try {
            stream.close();
        } catch (java.io.IOException e) {
            LOG.debug("closing a source: {}", e.getMessage());
        }
    }

    /** Where the human-readable checkpoint copy goes: the directory replayed, or the one holding the archive. */
    private static Path mirrorDir(List<String> sources) {
        if (sources.isEmpty() || sources.get(0).equals(PostSources.STDIN)) {
            return null;
        }
        Path first = Path.of(sources.get(0)).toAbsolutePath();
        Path dir = Files.isDirectory(first) ? first : first.getParent();
        return dir != null && Files.isWritable(dir) ? dir : null;
    }

    /** The state of one replay run. */
    private final class Run {
        final String id;
        final List<String> sources;
        final ReplayCheckpoint.State start;
        final Path mirror;
        final Map<String, Long> failures = new ConcurrentHashMap<>();
        final Map<Integer, Long> endOffsets = new ConcurrentHashMap<>();
        Producer<byte[], byte[]> producer;
        long seen;
        long skipped;
        long resumed;
        long outside;
        long outOfOrder;
        long position;
        long published;
        long inTransaction;
        long transactionStarted;
        Instant lastTime;

        Run(String id, List<String> sources, ReplayCheckpoint.State start, Path mirror) {
            this.id = id;
            this.sources = sources;
            this.start = start;
            this.mirror = mirror;
            this.published = start.published();
        }

        void handle(Item item) throws InterruptedException {
            position++;
            if (position <= start.position()) {
                resumed++;
                return;
            }
            if (options.from() != null && (item.at() == UNDATED || item.at().isBefore(options.from()))
                    || options.until() != null && (item.at() == UNDATED || !item.at().isBefore(options.until()))) {
                outside++;
                progress.handled(position, published, lastTime);
                return;
            }
            if (item.at() != UNDATED) {
                options.pacer().await(item.at());
            }
            if (inTransaction == 0) {
                producer.beginTransaction();
                transactionStarted = System.nanoTime();
            }
            send(item);
            inTransaction++;
            if (inTransaction >= options.batchSize() || System.nanoTime() - transactionStarted > COMMIT_INTERVAL_NANOS) {
                commit();
            }
            lastTime = item.at() == UNDATED ? lastTime : item.at();
            progress.handled(position, published + inTransaction, lastTime);
        }

        private void send(Item item) {
            PostEntry entry = item.entry();
            byte[] key = item.keys().key().getBytes(StandardCharsets.UTF_8);
            if (entry.tooLarge()) {
                failures.merge("TOO_LARGE", 1L, Long::sum);
                producer.send(DeadLetters.record(Topics.DLQ, "ingest", "TOO_LARGE",
                        "the post is larger than the " + RawRecords.MAX_RECORD_BYTES + " bytes a record may have",
                        new DeadLetters.Origin(null, null, null, entry.sourcePath()), key, null));
                return;
            }
            ProducerRecord<byte[], byte[]> record = RawRecords.record(entry.sourcePath(), entry.content(), item.keys(), item.kind(),
                    true, clock.instant());
            producer.send(record, (metadata, error) -> {
                if (error == null) {
                    endOffsets.merge(metadata.partition(), metadata.offset() + 1, Math::max);
                }
            });
        }

        /** Commits the open transaction with the checkpoint of everything handled so far. */
        void commit() {
            if (inTransaction == 0 && position <= start.position()) {
                return;
            }
            if (inTransaction == 0) {
                producer.beginTransaction(); // only filtered posts since the last commit: move the checkpoint anyway
            }
            long sent = inTransaction - failuresInTransaction();
            ReplayCheckpoint.State state = new ReplayCheckpoint.State(position, published + sent);
            producer.send(ReplayCheckpoint.record(id, state, sources));
            producer.commitTransaction(); // throws if any send of the transaction failed: the run stops, a rerun resumes
            published += sent;
            ingested.increment(sent);
            inTransaction = 0;
            committedFailures = failures.values().stream().mapToLong(Long::longValue).sum();
            ReplayCheckpoint.mirror(mirror, id, state, sources);
        }

        long committedFailures;

        private long failuresInTransaction() {
            return failures.values().stream().mapToLong(Long::longValue).sum() - committedFailures;
        }
    }
}
