package io.newsflow.cli;

import io.newsflow.schema.RecordJson;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "tail", mixinStandardHelpOptions = true,
        description = {
                "Print a topic's committed records as JSON, one per line: topic, partition, offset, timestamp, key, "
                        + "headers and the value (Avro values decoded to their JSON form).",
                "By default it prints what is there and exits once caught up; --timeout keeps waiting for new records, "
                        + "--follow waits forever."},
        footer = {"", "Examples:", "  ./newsflow tail news.search --from-beginning",
                "  ./newsflow tail news.dlq --from-beginning --max-records 5%n"})
final class TailCommand implements Callable<Integer> {
    @Parameters(paramLabel = "TOPIC", description = "news.raw, news.enriched, news.search, news.alerts, news.dlq (or any topic).")
    String topic;

    @Option(names = "--from-beginning", description = "Start at the oldest record instead of the end.")
    boolean fromBeginning;

    @Option(names = "--max-records", paramLabel = "N", description = "Exit after printing N records.")
    Long maxRecords;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "After catching up, keep waiting for new records until none arrived for DURATION.")
    Duration timeout;

    @Option(names = "--follow", description = "Keep printing new records until interrupted.")
    boolean follow;

    @Mixin
    KafkaOptions kafka;

    @Override
    public Integer call() {
        try (Cluster cluster = Cluster.connect(kafka, true, System.err)) {
            Properties props = cluster.settings().withDefaults(Map.of(
                    ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                    ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                    ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 * 1024 * 1024,
                    ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000));
            try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
                    new ByteArrayDeserializer())) {
                List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));
                if (infos == null || infos.isEmpty()) {
                    throw new UserException("topic '" + topic + "' does not exist on " + cluster.settings().bootstrapServers());
                }
                List<TopicPartition> partitions = infos.stream().map(i -> new TopicPartition(topic, i.partition())).toList();
                consumer.assign(partitions);
                if (fromBeginning) {
                    consumer.seekToBeginning(partitions);
                } else {
                    consumer.seekToEnd(partitions);
                }
                return print(consumer, partitions);
            }
        }
    }

    private int print(KafkaConsumer<byte[], byte[]> consumer, List<TopicPartition> partitions) {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        RecordPrinter printer = new RecordPrinter(topic);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        long printed = 0;
        long lastRecordAt = System.nanoTime();
        while (true) {
            for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                try {
                    out.println(RecordJson.MAPPER.writeValueAsString(printer.toJson(r)));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                lastRecordAt = System.nanoTime();
                if (maxRecords != null && ++printed >= maxRecords) {
                    out.flush();
                    return 0;
                }
            }
            out.flush();
            if (follow) {
                continue;
            }
            boolean caughtUp = partitions.stream().allMatch(tp -> consumer.position(tp) >= end.get(tp));
            if (caughtUp && (timeout == null || System.nanoTime() - lastRecordAt > timeout.toNanos())) {
                return 0;
            }
        }
    }
}
