package io.newsflow.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.runtime.KafkaSettings;
import io.newsflow.schema.RecordJson;
import io.newsflow.schema.Topics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How far a replay got: the number of posts of its ordered sequence already handled. The
 * authoritative copy is a record on news.ingest-checkpoints written in the same transaction as
 * the posts it covers, so a replay killed at any moment resumes exactly after what it committed;
 * a copy is also written next to the data ({@code .newsflow-replay-<id>.json}) for people to read.
 */
final class ReplayCheckpoint {
    record State(long position, long published) {}

    private static final Logger LOG = LoggerFactory.getLogger(ReplayCheckpoint.class);

    private ReplayCheckpoint() {}

    /** A replay is the same replay when it reads the same sources in the same order within the same window. */
    static String replayId(List<String> sources, String order, Instant from, Instant until) {
        String identity = sources.stream().map(s -> s.equals(PostSources.STDIN) ? s : Path.of(s).toAbsolutePath().normalize().toString())
                .collect(Collectors.joining("\n")) + "|" + order + "|" + from + "|" + until;
        return shortHash(identity);
    }

    /** A short stable name for anything (a directory, a feed URL): 16 hex digits of its SHA-256. */
    static String shortHash(String s) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The last committed state of replay {@code id}, or a fresh start. */
    static State read(KafkaSettings kafka, String id) {
        java.util.Properties config = kafka.withDefaults(Map.of(
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false));
        State state = new State(0, 0);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            TopicPartition tp = new TopicPartition(Topics.INGEST_CHECKPOINTS, 0);
            consumer.assign(List.of(tp));
            consumer.seekToBeginning(List.of(tp));
            long end = consumer.endOffsets(List.of(tp)).get(tp);
            byte[] key = id.getBytes(StandardCharsets.UTF_8);
            while (consumer.position(tp) < end) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    if (r.key() != null && java.util.Arrays.equals(r.key(), key) && r.value() != null) {
                        JsonNode v = RecordJson.MAPPER.readTree(r.value());
                        state = new State(v.get("position").asLong(), v.get("published").asLong());
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read replay checkpoint " + id + ": " + e.getMessage(), e);
        }
        return state;
    }

    static ProducerRecord<byte[], byte[]> record(String id, State state, List<String> sources) {
        return new ProducerRecord<>(Topics.INGEST_CHECKPOINTS, id.getBytes(StandardCharsets.UTF_8), json(id, state, sources));
    }

    /** Best effort: a read-only archive directory just gets no copy. */
    static void mirror(Path dir, String id, State state, List<String> sources) {
        if (dir == null) {
            return;
        }
        Path file = dir.resolve(".newsflow-replay-" + id + ".json");
        try {
            StateFiles.write(file, json(id, state, sources));
        } catch (IOException | UnsupportedOperationException e) {
            LOG.debug("no checkpoint copy next to the data in {}: {}", dir, e.getMessage());
        }
    }

    private static byte[] json(String id, State state, List<String> sources) {
        ObjectNode v = RecordJson.MAPPER.createObjectNode();
        v.put("replay", id).put("position", state.position()).put("published", state.published())
                .put("updated_at", Instant.now().toString());
        sources.forEach(v.putArray("sources")::add);
        try {
            return RecordJson.MAPPER.writeValueAsBytes(v);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
