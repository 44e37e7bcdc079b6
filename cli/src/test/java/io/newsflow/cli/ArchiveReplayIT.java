package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.broker.EmbeddedBroker;
import io.newsflow.enrich.SamplePosts;
import io.newsflow.ingest.ArchiveReplay;
import io.newsflow.ingest.IngestReport;
import io.newsflow.ingest.Pacer;
import io.newsflow.ingest.RawRecords;
import io.newsflow.runtime.KafkaSettings;
import io.newsflow.runtime.TopicAdmin;
import io.newsflow.runtime.TopicOffsets;
import io.newsflow.schema.NewsflowSerdes;
import io.newsflow.schema.RawArticle;
import io.newsflow.schema.Topics;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Archive replay on a real broker: a tar.gz and a zip of the sample posts, packed in shuffled
 * order with a non-post file, come out complete and in publication order; a replay that dies
 * mid-way and is started again publishes every post exactly once.
 */
class ArchiveReplayIT {
    @TempDir
    static Path dir;
    static EmbeddedBroker broker;
    static KafkaSettings kafka;
    static List<Path> posts;

    @BeforeAll
    static void start() throws Exception {
        broker = EmbeddedBroker.start(dir.resolve("broker"), 0, Map.of());
        kafka = KafkaSettings.of(broker.bootstrapServers());
        TopicAdmin.ensureTopics(kafka);
        try (var files = Files.list(SamplePosts.dir())) {
            posts = new ArrayList<>(files.filter(p -> p.toString().endsWith(".md")).toList());
        }
        Collections.shuffle(posts, new Random(7)); // archive order is not publication order
    }

    @AfterAll
    static void stop() {
        broker.close();
    }

    @Test
    void aTarGzAndAZipReplayCompletelyInPublicationOrder() throws Exception {
        Path tgz = dir.resolve("snapshot.tar.gz");
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(Files.newOutputStream(tgz)))) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (Path p : posts) {
                add(tar, "site/_posts/" + p.getFileName(), Files.readAllBytes(p));
            }
            add(tar, "site/_config.yml", "title: x\n".getBytes(StandardCharsets.UTF_8));
        }
        Path zip = dir.resolve("snapshot.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Path p : posts) {
                out.putNextEntry(new ZipEntry("old_post/" + p.getFileName()));
                out.write(Files.readAllBytes(p));
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry("README.txt"));
            out.write("x".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        for (Path archive : List.of(tgz, zip)) {
            Map<TopicPartition, Long> before = end();
            IngestReport report = new ArchiveReplay(kafka, Clock.systemUTC(), ArchiveReplay.Options.defaults(), (h, p, t) -> { })
                    .replay(List.of(archive.toString()));
            assertThat(report.published()).as(archive.toString()).isEqualTo(posts.size());
            assertThat(report.skipped()).isEqualTo(1);
            assertThat(report.seen()).isEqualTo(posts.size() + 1);
            assertThat(report.outOfOrder()).isZero();
            settled(report);
            List<ConsumerRecord<byte[], byte[]>> records = read(before);
            assertThat(records).hasSize(posts.size());
            Map<Integer, Long> lastTimestamp = new HashMap<>();
            for (ConsumerRecord<byte[], byte[]> r : records) {
                RawArticle raw = NewsflowSerdes.rawArticle().decode(r.value());
                if (raw.getPublishedAt() != null) {
                    assertThat(r.timestamp()).as(raw.getSourcePath()).isEqualTo(raw.getPublishedAt().toEpochMilli());
                }
                assertThat(new String(r.headers().lastHeader(RawRecords.REPLAY_HEADER).value(), StandardCharsets.UTF_8)).isEqualTo("true");
                long previous = lastTimestamp.getOrDefault(r.partition(), Long.MIN_VALUE);
                assertThat(r.timestamp()).as("publication order within partition %d", r.partition()).isGreaterThanOrEqualTo(previous);
                lastTimestamp.put(r.partition(), r.timestamp());
            }
        }
    }

    @Test
    void aReplayThatDiesAndIsStartedAgainPublishesEveryPostOnce() throws Exception {
        Path tree = Files.createDirectories(dir.resolve("crash/_posts"));
        for (Path p : posts) {
            Files.copy(p, tree.resolve(p.getFileName()));
        }
        ArchiveReplay.Options small = new ArchiveReplay.Options(ArchiveReplay.Order.PUBLICATION, Pacer.unlimited(), null, null, 1000, 10, false);
        Map<TopicPartition, Long> before = end();
        assertThatThrownBy(() -> new ArchiveReplay(kafka, Clock.systemUTC(), small, (handled, published, at) -> {
            if (handled == 45) {
                throw new IllegalStateException("killed");
            }
        }).replay(List.of(tree.toString()))).hasMessage("killed");

        IngestReport second = new ArchiveReplay(kafka, Clock.systemUTC(), small, (h, p, t) -> { }).replay(List.of(tree.toString()));
        assertThat(second.resumed()).as("posts the first run committed").isEqualTo(40);
        assertThat(second.published()).as("published by both runs together").isEqualTo(posts.size());
        settled(second);
        Map<String, Integer> copies = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> r : read(before)) {
            copies.merge(NewsflowSerdes.rawArticle().decode(r.value()).getSourcePath(), 1, Integer::sum);
        }
        assertThat(copies).hasSize(posts.size());
        assertThat(copies.values()).containsOnly(1);
        assertThat(Files.list(tree).filter(p -> p.getFileName().toString().startsWith(".newsflow-replay-")).count())
                .as("a readable checkpoint next to the data").isEqualTo(1);

        IngestReport third = new ArchiveReplay(kafka, Clock.systemUTC(), small, (h, p, t) -> { }).replay(List.of(tree.toString()));
        assertThat(third.resumed()).isEqualTo(posts.size());
        assertThat(third.published()).as("nothing new: the count is the replay's total").isEqualTo(posts.size());
        assertThat(read(before)).hasSize(posts.size());
    }

    /** Commit markers reach the partitions shortly after the commit returns: wait until the report's records are readable. */
    private static void settled(IngestReport report) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> {
            Map<TopicPartition, Long> end = end();
            return report.endOffsets().entrySet().stream()
                    .allMatch(e -> end.getOrDefault(new TopicPartition(Topics.RAW, e.getKey()), 0L) >= e.getValue());
        });
    }

    private static void add(TarArchiveOutputStream tar, String name, byte[] content) throws Exception {
        TarArchiveEntry e = new TarArchiveEntry(name);
        e.setSize(content.length);
        tar.putArchiveEntry(e);
        tar.write(content);
        tar.closeArchiveEntry();
    }

    private static Map<TopicPartition, Long> end() {
        try (Admin admin = TopicAdmin.open(kafka)) {
            return new TopicOffsets(admin, kafka).committedEnd(Topics.RAW);
        }
    }

    private static List<ConsumerRecord<byte[], byte[]>> read(Map<TopicPartition, Long> from) {
        try (Admin admin = TopicAdmin.open(kafka)) {
            TopicOffsets offsets = new TopicOffsets(admin, kafka);
            List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
            offsets.readRange(Topics.RAW, from, offsets.committedEnd(Topics.RAW), out::add);
            return out;
        }
    }
}
