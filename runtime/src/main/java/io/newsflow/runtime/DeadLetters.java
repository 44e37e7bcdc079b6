package io.newsflow.runtime;

import io.newsflow.schema.AvroSerde;
import io.newsflow.schema.DeadLetter;
import io.newsflow.schema.DeadLetterHeaders;
import io.newsflow.schema.NewsflowSerdes;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Builds news.dlq records: the original key and bytes, the reason in the value and in headers. */
public final class DeadLetters {
    private static final AvroSerde<DeadLetter> SERDE = NewsflowSerdes.deadLetter();
    private static final int MAX_MESSAGE_CHARS = 2_000;

    private DeadLetters() {}

    /** Where a rejected record was read from; every field may be unknown (null). */
    public record Origin(String topic, Integer partition, Long offset, String sourcePath) {}

    public static ProducerRecord<byte[], byte[]> record(String dlqTopic, String stage, String reason, String message,
                                                        Origin origin, byte[] originalKey, byte[] originalValue) {
        String shortMessage = message == null ? "" : message.length() > MAX_MESSAGE_CHARS
                ? message.substring(0, MAX_MESSAGE_CHARS) + "…" : message;
        DeadLetter letter = DeadLetter.newBuilder()
                .setReason(reason)
                .setMessage(shortMessage)
                .setStage(stage)
                .setSourceTopic(origin.topic())
                .setSourcePartition(origin.partition())
                .setSourceOffset(origin.offset())
                .setSourcePath(origin.sourcePath())
                .setOriginalKey(originalKey == null ? null : ByteBuffer.wrap(originalKey))
                .setOriginalValue(originalValue == null ? null : ByteBuffer.wrap(originalValue))
                .setFailedAt(Instant.now())
                .build();
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(dlqTopic, originalKey, SERDE.encode(letter));
        header(record, DeadLetterHeaders.REASON, reason);
        header(record, DeadLetterHeaders.MESSAGE, shortMessage);
        header(record, DeadLetterHeaders.STAGE, stage);
        header(record, DeadLetterHeaders.SOURCE_TOPIC, origin.topic());
        header(record, DeadLetterHeaders.SOURCE_PARTITION, origin.partition());
        header(record, DeadLetterHeaders.SOURCE_OFFSET, origin.offset());
        return record;
    }

    private static void header(ProducerRecord<byte[], byte[]> record, String name, Object value) {
        if (value != null) {
            record.headers().add(name, value.toString().getBytes(StandardCharsets.UTF_8));
        }
    }
}
