package io.newsflow.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.Counter;
import io.newsflow.enrich.PostKeys;
import io.newsflow.runtime.KafkaSettings;
import io.newsflow.runtime.ops.PipelineMeters;
import io.newsflow.schema.RecordJson;
import io.newsflow.schema.SourceKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows a directory that a crawler keeps writing. Each scan looks at every post file's size and
 * modification time; a file is read only once they have stayed the same for the settle time (a
 * file being written is never read half-way), and published only when its content differs from
 * what was last published for that path (rewrites in place with new content go out again, a
 * touch does not). What was published is kept in a state file, so a restarted watch does not
 * republish unchanged files. Records are {@code replay=false}, source kind WATCH.
 */
public final class DirectoryWatch implements AutoCloseable {
    /**
     * @param interval time between scans
     * @param settle   how long a file's size and time must stay unchanged before it is read
     */
    public record Options(Duration interval, Duration settle) {}

    /** What one scan did. */
    public record Scan(int published, int pending, int failed) {}

    /** A file's size and time as last seen, since when, and whether its content was checked at that size and time. */
    private record Seen(long size, long modified, Instant since, boolean checked) {}

    private static final Logger LOG = LoggerFactory.getLogger(DirectoryWatch.class);

    private final Counter published = PipelineMeters.ingested("watch");
    private final Path dir;
    private final Path stateFile;
    private final Clock clock;
    private final Options options;
    private final Producer<byte[], byte[]> producer;
    private final Map<String, Seen> seen = new HashMap<>();
    private final Map<String, String> publishedHash = new TreeMap<>();

    public DirectoryWatch(KafkaSettings kafka, Path dir, Path stateFile, Clock clock, Options options) {
        this.dir = dir.toAbsolutePath().normalize();
        this.stateFile = stateFile;
        this.clock = clock;
        this.options = options;
        this.producer = new KafkaProducer<>(kafka.withDefaults(ArchiveReplay.producerDefaults()), new ByteArraySerializer(),
                new ByteArraySerializer());
        load();
    }

    /** The state file for watching {@code dir}, under the data directory. */
    public static Path stateFile(Path dataDir, Path dir) {
        return dataDir.resolve("watch").resolve(ReplayCheckpoint.shortHash(dir.toAbsolutePath().normalize().toString()) + ".json");
    }

    /** Scans until {@code stop} says so, telling {@code report} about every scan that published or failed something. */
    public void run(java.util.function.BooleanSupplier stop, java.util.function.Consumer<Scan> report) throws InterruptedException {
        while (!stop.getAsBoolean()) {
            Scan scan = scanOnce();
            if (scan.published() > 0 || scan.failed() > 0) {
                report.accept(scan);
            }
            Thread.sleep(options.interval().toMillis());
        }
    }

    /** One scan: publishes the settled files whose content changed, then records them. */
    public Scan scanOnce() {
        Instant now = clock.instant();
        int published = 0;
        int pending = 0;
        int failed = 0;
        Set<String> present = new java.util.HashSet<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Iterator<Path> it = walk.iterator(); it.hasNext(); ) {
                Path file = it.next();
                if (!Files.isRegularFile(file) || !PostFiles.isPost(file) || isTemporary(file)) {
                    continue;
                }
                String rel = dir.getFileName() + "/" + dir.relativize(file).toString().replace('\\', '/');
                present.add(rel);
                BasicFileAttributes attrs;
                try {
                    attrs = Files.readAttributes(file, BasicFileAttributes.class);
                } catch (IOException e) {
                    continue; // deleted between listing and reading
                }
                Seen before = seen.get(rel);
                long modified = attrs.lastModifiedTime().toMillis();
                if (before == null || before.size() != attrs.size() || before.modified() != modified) {
                    seen.put(rel, new Seen(attrs.size(), modified, now, false)); // new or still being written: look again later
                    pending++;
                    continue;
                }
                if (before.checked()) {
                    continue; // unchanged since its content was last compared
                }
                if (!isSettled(before, now)) {
                    pending++;
                    continue;
                }
                try {
                    byte[] content = Files.readAllBytes(file);
                    String hash = sha256(content);
                    seen.put(rel, new Seen(before.size(), before.modified(), before.since(), true));
                    if (hash.equals(publishedHash.get(rel))) {
                        continue;
                    }
                    publish(rel, content, now);
                    publishedHash.put(rel, hash);
                    published++;
                } catch (IOException e) {
                    failed++;
                    LOG.warn("watch: cannot read {}: {}", file, e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot scan " + dir + ": " + e.getMessage(), e);
        }
        seen.keySet().retainAll(present);
        if (published > 0) {
            producer.flush(); // acknowledged before the state says so: a crash here republishes, never loses
            save();
        }
        return new Scan(published, pending, failed);
    }

    private boolean isSettled(Seen s, Instant now) {
        return Duration.between(s.since(), now).compareTo(options.settle()) >= 0;
    }

    private static boolean isTemporary(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") || name.endsWith("~") || name.endsWith(".tmp") || name.endsWith(".part");
    }

    private void publish(String sourcePath, byte[] content, Instant now) {
        ProducerRecord<byte[], byte[]> record = RawRecords.record(sourcePath, content, PostKeys.of(sourcePath, content),
                SourceKind.WATCH, false, now);
        producer.send(record, (m, error) -> {
            if (error != null) {
                LOG.warn("watch: could not publish {}: {}", sourcePath, error.getMessage());
            } else {
                published.increment();
            }
        });
    }

    private void load() {
        if (!Files.exists(stateFile)) {
            return;
        }
        try {
            RecordJson.MAPPER.readTree(stateFile.toFile()).get("published").fields()
                    .forEachRemaining(e -> publishedHash.put(e.getKey(), e.getValue().asText()));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("the watch state " + stateFile + " is unreadable (" + e.getMessage()
                    + "); delete it to publish every file again", e);
        }
    }

    private void save() {
        try {
            ObjectNode root = RecordJson.MAPPER.createObjectNode().put("dir", dir.toString());
            ObjectNode map = root.putObject("published");
            publishedHash.forEach(map::put);
            StateFiles.write(stateFile, RecordJson.MAPPER.writeValueAsBytes(root));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the watch state " + stateFile + ": " + e.getMessage(), e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
