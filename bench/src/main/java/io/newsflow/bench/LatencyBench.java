package io.newsflow.bench;

import io.newsflow.enrich.PostKeys;
import io.newsflow.ingest.RawRecords;
import io.newsflow.runtime.KafkaSettings;
import io.newsflow.schema.RecordJson;
import io.newsflow.schema.SourceKind;
import io.newsflow.schema.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Live latency: new posts published one at a time at a steady rate, as a watcher or feed would,
 * each timed from the moment it was due to be sent to the moment a read_committed reader sees its
 * search document.
 */
public final class LatencyBench {
    public record Result(int sent, int received, double rate, double seconds, double p50Millis, double p95Millis, double p99Millis,
                         double maxMillis) {}

    private LatencyBench() {}

    static Result run(KafkaSettings kafka, CorpusGenerator generator, long firstIndex, double rate, Duration duration) throws Exception {
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        Properties c = kafka.withDefaults(Map.of(
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false));
        Properties p = kafka.withDefaults(Map.of(
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 0,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd"));
        int count = (int) Math.round(rate * duration.toMillis() / 1000.0);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(c, new ByteArrayDeserializer(), new ByteArrayDeserializer());
             KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.SEARCH).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            Thread sender = new Thread(() -> {
                long start = System.nanoTime();
                for (int i = 0; i < count; i++) {
                    long due = start + (long) (i * 1e9 / rate);
                    while (System.nanoTime() < due) {
                        Thread.onSpinWait();
                        if (due - System.nanoTime() > 2_000_000) {
                            try {
                                Thread.sleep(1);
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                    }
                    CorpusGenerator.Post post = generator.post(firstIndex + i);
                    PostKeys.Keys keys = PostKeys.of(post.sourcePath(), post.content());
                    // Timed from when the post was due, not when the sender got to it: a stalled sender must show.
                    sentAt.put(keys.key(), due);
                    producer.send(RawRecords.record(post.sourcePath(), post.content(), keys, SourceKind.WATCH, false, Instant.now()));
                }
                producer.flush();
            }, "latency-sender");
            long began = System.nanoTime();
            sender.start();
            long deadline = began + duration.toNanos() + Duration.ofSeconds(30).toNanos();
            while (latencies.size() < count && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(20))) {
                    long now = System.nanoTime();
                    String id = RecordJson.MAPPER.readTree(r.value()).path("id").asText();
                    Long sent = sentAt.remove(id);
                    if (sent != null) {
                        latencies.add(now - sent);
                    }
                }
            }
            sender.join();
            double seconds = (System.nanoTime() - began) / 1e9;
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            return new Result(count, sorted.size(), rate, seconds, pct(sorted, 0.50), pct(sorted, 0.95), pct(sorted, 0.99),
                    sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() - 1) / 1e6);
        }
    }

    private static double pct(List<Long> sorted, double q) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(q * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
