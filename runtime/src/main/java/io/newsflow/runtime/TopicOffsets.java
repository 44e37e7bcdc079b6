package io.newsflow.runtime;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Committed positions in topics: end offsets as a read_committed reader sees them, the offsets a
 * consumer group has committed, and reading every committed record between two positions. The run
 * command uses these to know when the pipeline has caught up and to count what it produced.
 */
public final class TopicOffsets {
    private final Admin admin;
    private final KafkaSettings kafka;

    public TopicOffsets(Admin admin, KafkaSettings kafka) {
        this.admin = admin;
        this.kafka = kafka;
    }

    /** The last stable offset of every partition of the topic (what read_committed readers can reach). */
    public Map<TopicPartition, Long> committedEnd(String topic) {
        return end(topic, IsolationLevel.READ_COMMITTED);
    }

    /**
     * True when no transaction is open on any partition of the topic (last stable offset = high
     * watermark). A group's committed input offsets can be visible before the commit markers of
     * the same transaction reach its output partitions; a reader that wants all of that output
     * waits for this too.
     */
    public boolean settled(String topic) {
        return end(topic, IsolationLevel.READ_COMMITTED).equals(end(topic, IsolationLevel.READ_UNCOMMITTED));
    }

    /** Each partition's end, records of open transactions included: what has been written so far. */
    public Map<TopicPartition, Long> uncommittedEnd(String topic) {
        return end(topic, IsolationLevel.READ_UNCOMMITTED);
    }

    private Map<TopicPartition, Long> end(String topic, IsolationLevel isolation) {
        try {
            int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS)
                    .get(topic).partitions().size();
            Map<TopicPartition, OffsetSpec> request = new HashMap<>();
            for (int p = 0; p < partitions; p++) {
                request.put(new TopicPartition(topic, p), OffsetSpec.latest());
            }
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> result = admin
                    .listOffsets(request, new ListOffsetsOptions(isolation)).all().get(30, TimeUnit.SECONDS);
            return result.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaUnavailableException("interrupted while reading offsets of " + topic, e);
        } catch (Exception e) {
            throw new KafkaUnavailableException("cannot read the offsets of " + topic + ": " + KafkaUnavailableException.reason(e), e);
        }
    }

    /** Offsets the group has committed for the topic's partitions (absent partitions: nothing committed). */
    public Map<TopicPartition, Long> groupCommitted(String groupId, String topic) {
        try {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(groupId)
                    .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
            Map<TopicPartition, Long> out = new HashMap<>();
            offsets.forEach((tp, om) -> {
                if (tp.topic().equals(topic) && om != null) {
                    out.put(tp, om.offset());
                }
            });
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaUnavailableException("interrupted while reading group offsets of " + groupId, e);
        } catch (Exception e) {
            throw new KafkaUnavailableException("cannot read the offsets of group " + groupId + ": " + KafkaUnavailableException.reason(e), e);
        }
    }

    /** True when the group has committed at least up to {@code targets} on every listed partition. */
    public boolean caughtUp(String groupId, String topic, Map<TopicPartition, Long> targets) {
        Map<TopicPartition, Long> committed = groupCommitted(groupId, topic);
        return targets.entrySet().stream()
                .allMatch(t -> t.getValue() <= 0 || committed.getOrDefault(t.getKey(), -1L) >= t.getValue());
    }

    /** Reads every committed record of the topic with from ≤ offset < to, in partition order. */
    public void readRange(String topic, Map<TopicPartition, Long> from, Map<TopicPartition, Long> to,
                          Consumer<ConsumerRecord<byte[], byte[]>> each) {
        Properties props = kafka.withDefaults(Map.of(
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 * 1024 * 1024));
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            for (Map.Entry<TopicPartition, Long> end : to.entrySet()) {
                TopicPartition tp = end.getKey();
                long start = from.getOrDefault(tp, 0L);
                if (start >= end.getValue()) {
                    continue;
                }
                consumer.assign(List.of(tp));
                consumer.seek(tp, start);
                while (consumer.position(tp) < end.getValue()) {
                    for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                        if (r.offset() < end.getValue()) {
                            each.accept(r);
                        }
                    }
                }
            }
        }
    }
}
