package io.newsflow.runtime;

import io.newsflow.schema.Topics;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The Streams configuration every Newsflow Streams service runs with: exactly-once, explicit
 * internal names, dead letters through {@link DeadLetterExceptionHandler}, batching suited to
 * 5–10 KB records. Operator settings from {@link KafkaSettings} override these defaults.
 */
public final class StreamsProperties {
    private StreamsProperties() {}

    public static Properties forService(String applicationId, String stage, KafkaSettings kafka, Path stateDir) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        defaults.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        defaults.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        defaults.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, kafka.replicationFactor());
        defaults.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toAbsolutePath().toString());
        defaults.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, Topics.DLQ);
        defaults.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterExceptionHandler.class.getName());
        defaults.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterExceptionHandler.class.getName());
        defaults.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterExceptionHandler.class.getName());
        // The global store (learned names) gets the same handler; without this Kafka warns at every start.
        defaults.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
        defaults.put(DeadLetterExceptionHandler.STAGE_CONFIG, stage);
        defaults.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "zstd");
        defaults.put(StreamsConfig.producerPrefix(ProducerConfig.BATCH_SIZE_CONFIG), 256 * 1024);
        defaults.put(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), 5);
        defaults.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), 8 * 1024 * 1024);
        defaults.put(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG), 8 * 1024 * 1024);
        return kafka.withDefaults(defaults);
    }
}
