package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.broker.EmbeddedBroker;
import io.newsflow.ingest.DirectoryWatch;
import io.newsflow.ingest.RawRecords;
import io.newsflow.runtime.KafkaSettings;
import io.newsflow.runtime.TopicAdmin;
import io.newsflow.runtime.TopicOffsets;
import io.newsflow.schema.NewsflowSerdes;
import io.newsflow.schema.RawArticle;
import io.newsflow.schema.SourceKind;
import io.newsflow.schema.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crawler's directory on a real broker: files written, half-written, rewritten in place and
 * touched, and a watch restarted on its state. The scans run on a test clock, so "settled" is
 * decided by the test, not by sleeping.
 */
class DirectoryWatchIT {
    @TempDir
    Path work;

    private Instant now = Instant.parse("2022-05-26T02:00:00Z");

    private Clock clock() {
        return new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
    }

    private static String post(String id, String text) {
        return "---\ntitle: \"快讯\"\ndate: 2022-05-26 10:00:00 +0800\n---\n" + text + "\n<http://finance.eastmoney.com/news/1345," + id + ".html>\n";
    }

    @Test
    void publishesSettledFilesOnceAndAgainOnlyWhenTheirContentChanges() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start(work.resolve("broker"), 0, Map.of())) {
            KafkaSettings kafka = KafkaSettings.of(broker.bootstrapServers());
            TopicAdmin.ensureTopics(kafka);
            Path dir = Files.createDirectories(work.resolve("crawl/_posts"));
            Path state = DirectoryWatch.stateFile(work.resolve("data"), dir);
            DirectoryWatch.Options options = new DirectoryWatch.Options(Duration.ofMillis(100), Duration.ofSeconds(2));
            Path a = dir.resolve("2022-05-26-202205262391921712.md");
            Path b = dir.resolve("2022-05-26-202205262391921713.md");
            try (DirectoryWatch watch = new DirectoryWatch(kafka, dir, state, clock(), options)) {
                Files.writeString(a, post("202205262391921712", "第一版。"));
                assertThat(watch.scanOnce().pending()).isEqualTo(1);
                tick(3);
                assertThat(watch.scanOnce().published()).isEqualTo(1);

                String full = post("202205262391921713", "完整的正文。");
                Files.writeString(b, full.substring(0, 30)); // the crawler is still writing
                watch.scanOnce();
                tick(3);
                Files.writeString(b, full.substring(30), StandardOpenOption.APPEND);
                assertThat(watch.scanOnce().published()).as("changed since the last scan: not settled").isZero();
                tick(3);
                assertThat(watch.scanOnce().published()).isEqualTo(1);

                Files.writeString(a, post("202205262391921712", "第二版，改写了。")); // rewritten in place
                Files.setLastModifiedTime(a, FileTime.from(now.plusSeconds(60)));
                watch.scanOnce();
                tick(3);
                assertThat(watch.scanOnce().published()).isEqualTo(1);

                Files.setLastModifiedTime(a, FileTime.from(now.plusSeconds(600))); // touched, same content
                Files.writeString(dir.resolve(".2022-05-26-x.md.tmp"), "half");
                watch.scanOnce();
                tick(3);
                assertThat(watch.scanOnce().published()).isZero();
            }
            try (DirectoryWatch restarted = new DirectoryWatch(kafka, dir, state, clock(), options)) {
                restarted.scanOnce();
                tick(3);
                assertThat(restarted.scanOnce().published()).as("nothing changed while it was down").isZero();
            }

            List<RawArticle> records = new ArrayList<>();
            try (Admin admin = TopicAdmin.open(kafka)) {
                TopicOffsets offsets = new TopicOffsets(admin, kafka);
                List<ConsumerRecord<byte[], byte[]>> raw = new ArrayList<>();
                offsets.readRange(Topics.RAW, Map.of(), offsets.committedEnd(Topics.RAW), raw::add);
                for (ConsumerRecord<byte[], byte[]> r : raw) {
                    assertThat(new String(r.headers().lastHeader(RawRecords.REPLAY_HEADER).value(), StandardCharsets.UTF_8)).isEqualTo("false");
                    records.add(NewsflowSerdes.rawArticle().decode(r.value()));
                }
            }
            assertThat(records).extracting(r -> new String(r.getContent().array(), StandardCharsets.UTF_8))
                    .containsExactlyInAnyOrder(post("202205262391921712", "第一版。"), full(),
                            post("202205262391921712", "第二版，改写了。"));
            assertThat(records).allSatisfy(r -> assertThat(r.getSourceKind()).isEqualTo(SourceKind.WATCH));
        }
    }

    private static String full() {
        return post("202205262391921713", "完整的正文。");
    }

    private void tick(int seconds) {
        now = now.plusSeconds(seconds);
    }
}
