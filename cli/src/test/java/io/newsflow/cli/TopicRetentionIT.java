package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.broker.EmbeddedBroker;
import io.newsflow.runtime.KafkaSettings;
import io.newsflow.runtime.TopicAdmin;
import io.newsflow.schema.TopicDefinition;
import io.newsflow.schema.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ForwardingAdmin;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.ListTopicsResult;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replayed history carries publication times as record timestamps. A topic with time retention
 * deletes such records as soon as the broker's retention check runs (the control topic shows it
 * happening); Newsflow's topics keep them, and an existing topic with time retention is repaired.
 */
class TopicRetentionIT {
    private static final Instant LAST_YEAR = Instant.parse("2021-01-04T02:00:00Z");

    @TempDir
    Path work;

    @Test
    void recordsStampedWithOldPublicationTimesSurviveTheRetentionCheck() throws Exception {
        Map<String, String> fastRetention = Map.of("log.retention.check.interval.ms", "200", "log.initial.task.delay.ms", "0");
        try (EmbeddedBroker broker = EmbeddedBroker.start(work.resolve("broker"), 0, fastRetention)) {
            KafkaSettings kafka = KafkaSettings.of(broker.bootstrapServers());
            try (Admin admin = TopicAdmin.open(kafka)) {
                admin.createTopics(List.of(new NewTopic("control.week", 1, (short) 1)
                        .configs(Map.of("retention.ms", Long.toString(Duration.ofDays(7).toMillis()))))).all().get();
                TopicAdmin.ensureTopics(admin, List.of(Topics.RAW_TOPIC), 1);
                try (KafkaProducer<byte[], byte[]> producer = producer(broker.bootstrapServers())) {
                    for (int i = 0; i < 20; i++) {
                        long at = LAST_YEAR.plusSeconds(60L * i).toEpochMilli();
                        byte[] value = ("post " + i).getBytes(StandardCharsets.UTF_8);
                        producer.send(new ProducerRecord<>("control.week", 0, at, null, value));
                        producer.send(new ProducerRecord<>(Topics.RAW, 0, at, null, value));
                        producer.flush();
                    }
                }
                TopicPartition control = new TopicPartition("control.week", 0);
                TopicPartition raw = new TopicPartition(Topics.RAW, 0);
                await().atMost(Duration.ofSeconds(60)).until(() -> earliest(admin, control) > 0);

                assertThat(earliest(admin, raw)).as("first offset still on news.raw").isZero();
                assertThat(latest(admin, raw)).isEqualTo(20);
            }
        }
    }

    @Test
    void aCompactedTopicDoesNotCloseSegmentsByPublicationTimeSoTheCleanerLeavesAReplaysRevisions() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start(work.resolve("broker"), 0, Map.of())) {
            KafkaSettings kafka = KafkaSettings.of(broker.bootstrapServers());
            try (Admin admin = TopicAdmin.open(kafka)) {
                // The control topic rolls a segment per year of publication time, as compacted topics used to.
                admin.createTopics(List.of(new NewTopic("control.compacted", 1, (short) 1).configs(Map.of(
                        "cleanup.policy", "compact", "segment.ms", Long.toString(Duration.ofDays(365).toMillis()))))).all().get();
                TopicAdmin.ensureTopics(admin, List.of(Topics.ENRICHED_TOPIC), 1);
                try (KafkaProducer<byte[], byte[]> producer = producer(broker.bootstrapServers())) {
                    // Three revisions each of ten articles, published over three years in publication order.
                    for (int i = 0; i < 30; i++) {
                        long at = LAST_YEAR.plus(Duration.ofDays(40L * i)).toEpochMilli();
                        byte[] key = ("article-" + i % 10).getBytes(StandardCharsets.UTF_8);
                        byte[] value = ("revision " + (i / 10 + 1)).getBytes(StandardCharsets.UTF_8);
                        producer.send(new ProducerRecord<>("control.compacted", 0, at, key, value));
                        producer.send(new ProducerRecord<>(Topics.ENRICHED, 0, at, key, value));
                        producer.flush();
                    }
                }
                // Only closed segments are compacted: the control topic has closed some, news.enriched none.
                Path logs = work.resolve("broker").resolve("kafka-logs");
                assertThat(segments(logs.resolve("control.compacted-0"))).as("segments of the control topic").isGreaterThan(1);
                assertThat(segments(logs.resolve(Topics.ENRICHED + "-0"))).as("segments of news.enriched").isEqualTo(1);
                assertThat(count(broker.bootstrapServers(), Topics.ENRICHED)).as("records on news.enriched").isEqualTo(30);
            }
        }
    }

    private static long segments(Path partitionDir) throws java.io.IOException {
        try (var files = java.nio.file.Files.list(partitionDir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".log")).count();
        }
    }

    /** The records a partition 0 holds now (offsets stay when compaction removes records; the count does not). */
    private static int count(String bootstrap, String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            int records = 0;
            while (consumer.position(partition) < end) {
                records += consumer.poll(Duration.ofMillis(500)).count();
            }
            return records;
        }
    }

    @Test
    void aCompactedTopicAnEarlierVersionMadeStopsRollingByPublicationTime() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start(work.resolve("broker"), 0, Map.of())) {
            KafkaSettings kafka = KafkaSettings.of(broker.bootstrapServers());
            try (Admin admin = TopicAdmin.open(kafka)) {
                String yearSpan = Long.toString(Duration.ofDays(365).toMillis());
                admin.createTopics(List.of(new NewTopic(Topics.ENRICHED, 6, (short) 1).configs(Map.of(
                        "cleanup.policy", "compact", "retention.ms", TopicDefinition.NO_TIME_RETENTION, "segment.ms", yearSpan))))
                        .all().get();
                admin.createTopics(List.of(new NewTopic(Topics.SEARCH, 6, (short) 1).configs(Map.of(
                        "cleanup.policy", "compact", "segment.ms", "86400000")))).all().get();

                TopicAdmin.ensureTopics(admin, List.of(Topics.ENRICHED_TOPIC, Topics.SEARCH_TOPIC), 1);

                awaitConfig(admin, Topics.ENRICHED, config -> assertThat(config.get("segment.ms").value())
                        .as("the one-year span an earlier version set").isEqualTo(Topics.ENRICHED_TOPIC.configs().get("segment.ms")));
                assertThat(configOf(admin, Topics.SEARCH).get("segment.ms").value()).as("an operator's own span").isEqualTo("86400000");
            }
        }
    }

    @Test
    void anExistingTopicWithTimeRetentionIsSwitchedToTheSizeBound() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start(work.resolve("broker"), 0, Map.of())) {
            KafkaSettings kafka = KafkaSettings.of(broker.bootstrapServers());
            try (Admin admin = TopicAdmin.open(kafka)) {
                admin.createTopics(List.of(new NewTopic(Topics.DLQ, 3, (short) 1)
                        .configs(Map.of("retention.ms", Long.toString(Duration.ofDays(30).toMillis()))))).all().get();

                List<String> created = TopicAdmin.ensureTopics(admin, Topics.ALL, 1);

                assertThat(created).doesNotContain(Topics.DLQ).contains(Topics.RAW);
                awaitConfig(admin, Topics.DLQ, config -> {
                    assertThat(config.get("retention.ms").value()).isEqualTo(TopicDefinition.NO_TIME_RETENTION);
                    assertThat(config.get("retention.bytes").value()).as("bounded by size instead")
                            .isEqualTo(Topics.DLQ_TOPIC.configs().get("retention.bytes"));
                });
            }
        }
    }

    @Test
    void aTopicMadeWithoutTheNewerSettingsGetsThemAndKeepsAnOperatorsOwn() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start(work.resolve("broker"), 0, Map.of())) {
            KafkaSettings kafka = KafkaSettings.of(broker.bootstrapServers());
            try (Admin admin = TopicAdmin.open(kafka)) {
                // What an older version created: time retention already off, no segment settings,
                // and a segment size an operator chose for this topic.
                admin.createTopics(List.of(new NewTopic(Topics.RAW, 1, (short) 1)
                        .configs(Map.of("retention.ms", TopicDefinition.NO_TIME_RETENTION, "segment.bytes", "33554432"))))
                        .all().get();

                TopicAdmin.ensureTopics(admin, List.of(Topics.RAW_TOPIC), 1);

                Map<String, String> wanted = Topics.RAW_TOPIC.configs();
                awaitConfig(admin, Topics.RAW, config -> {
                    assertThat(config.get("segment.ms").value()).as("segments span a year of publication time")
                            .isEqualTo(wanted.get("segment.ms"));
                    assertThat(config.get("retention.bytes").value()).isEqualTo(wanted.get("retention.bytes"));
                    assertThat(config.get("max.message.bytes").value()).isEqualTo(wanted.get("max.message.bytes"));
                    assertThat(config.get("segment.bytes").value()).as("the operator's value stays").isEqualTo("33554432");
                    assertThat(config.get("retention.ms").value()).isEqualTo(TopicDefinition.NO_TIME_RETENTION);
                });
            }
        }
    }

    @Test
    void aTopicAnotherInstanceCreatedAMomentAgoIsReconciledToo() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start(work.resolve("broker"), 0, Map.of())) {
            KafkaSettings kafka = KafkaSettings.of(broker.bootstrapServers());
            try (Admin admin = TopicAdmin.open(kafka)) {
                // The listing this instance saw, taken before another instance (an older version)
                // created news.raw: the topic is missing from it, and creating it fails as existing.
                ListTopicsResult before = admin.listTopics();
                assertThat(before.names().get()).doesNotContain(Topics.RAW);
                admin.createTopics(List.of(new NewTopic(Topics.RAW, 1, (short) 1)
                        .configs(Map.of("retention.ms", Long.toString(Duration.ofDays(7).toMillis()))))).all().get();
                Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
                try (Admin stale = new ForwardingAdmin(config) {
                    @Override
                    public ListTopicsResult listTopics(ListTopicsOptions options) {
                        return before;
                    }
                }) {
                    List<String> created = TopicAdmin.ensureTopics(stale, List.of(Topics.RAW_TOPIC), 1);

                    assertThat(created).isEmpty();
                }
                awaitConfig(admin, Topics.RAW, raw -> {
                    assertThat(raw.get("retention.ms").value()).isEqualTo(TopicDefinition.NO_TIME_RETENTION);
                    assertThat(raw.get("segment.ms").value()).isEqualTo(Topics.RAW_TOPIC.configs().get("segment.ms"));
                });
            }
        }
    }

    /**
     * Waits (up to 30 s) for a topic's configs to pass the assertions: a broker answers describeConfigs
     * from its copy of the cluster metadata, which takes a moment to show a change the controller
     * has just accepted.
     */
    private static void awaitConfig(Admin admin, String topic, java.util.function.Consumer<Config> assertions) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertions.accept(configOf(admin, topic)));
    }

    private static Config configOf(Admin admin, String topic) throws Exception {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        return admin.describeConfigs(List.of(resource)).all().get().get(resource);
    }

    private static long earliest(Admin admin, TopicPartition partition) throws Exception {
        return admin.listOffsets(Map.of(partition, OffsetSpec.earliest())).partitionResult(partition).get().offset();
    }

    private static long latest(Admin admin, TopicPartition partition) throws Exception {
        return admin.listOffsets(Map.of(partition, OffsetSpec.latest())).partitionResult(partition).get().offset();
    }

    private static KafkaProducer<byte[], byte[]> producer(String bootstrap) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        return new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
    }
}
