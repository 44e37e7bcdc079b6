package io.newsflow.runtime;

import io.newsflow.runtime.ops.PipelineMeters;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where a Streams app gives up on a record: a record that cannot be read, processed
 * or written becomes a dead letter (original bytes, reason code, stage, source offset) and the
 * app goes on. Streams sends the dead letter in the same transaction as the task's other output,
 * so under exactly_once_v2 each bad record is dead-lettered exactly once.
 *
 * <p>Configured through the Streams properties: {@link StreamsConfig#ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG}
 * names the topic and {@link #STAGE_CONFIG} the stage written into each dead letter.
 */
public class DeadLetterExceptionHandler
        implements ProcessingExceptionHandler, DeserializationExceptionHandler, ProductionExceptionHandler {
    /** Streams property naming the stage (enrich, sink) that dead letters are attributed to. */
    public static final String STAGE_CONFIG = "newsflow.stage";
    /** Reason for a record whose bytes are not a valid record of the topic's schema. */
    public static final String UNDECODABLE_RECORD = "UNDECODABLE_RECORD";
    /** Reason for an unexpected exception in a processor: a bug, reported with its message. */
    public static final String PROCESSING_ERROR = "PROCESSING_ERROR";
    /** Reason for output the broker refused because it is too large. */
    public static final String OUTPUT_TOO_LARGE = "OUTPUT_TOO_LARGE";
    /** Reason for output that could not be serialized. */
    public static final String UNSERIALIZABLE_OUTPUT = "UNSERIALIZABLE_OUTPUT";

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterExceptionHandler.class);

    private String dlqTopic;
    private String stage;

    @Override
    public void configure(Map<String, ?> configs) {
        dlqTopic = Objects.toString(configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG), null);
        if (dlqTopic == null || dlqTopic.isBlank()) {
            throw new IllegalStateException(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG + " must be set");
        }
        stage = Objects.toString(configs.get(STAGE_CONFIG), "unknown");
    }

    @Override
    public ProcessingExceptionHandler.Response handleError(ErrorHandlerContext context, Record<?, ?> record,
                                                           Exception exception) {
        String reason = PROCESSING_ERROR;
        String sourcePath = null;
        String message = exception.getClass().getSimpleName() + ": " + exception.getMessage();
        if (exception instanceof RejectedRecordException rejected) {
            reason = rejected.reason();
            sourcePath = rejected.sourcePath();
            message = rejected.getMessage();
        }
        return ProcessingExceptionHandler.Response.resume(List.of(
                deadLetter(context, reason, message, sourcePath, context.sourceRawKey(), context.sourceRawValue(), exception)));
    }

    @Override
    public DeserializationExceptionHandler.Response handleError(ErrorHandlerContext context,
                                                                ConsumerRecord<byte[], byte[]> record,
                                                                Exception exception) {
        return DeserializationExceptionHandler.Response.resume(List.of(deadLetter(context, UNDECODABLE_RECORD,
                String.valueOf(exception.getMessage()), null, record.key(), record.value(), exception)));
    }

    @Override
    public ProductionExceptionHandler.Response handleError(ErrorHandlerContext context,
                                                           ProducerRecord<byte[], byte[]> record, Exception exception) {
        if (exception instanceof RecordTooLargeException) {
            return ProductionExceptionHandler.Response.resume(List.of(deadLetter(context, OUTPUT_TOO_LARGE,
                    exception.getMessage(), null, context.sourceRawKey(), context.sourceRawValue(), exception)));
        }
        // Anything else (authorization, a missing topic) is not the record's fault: stop loudly.
        return ProductionExceptionHandler.Response.fail();
    }

    @Override
    @SuppressWarnings("rawtypes")
    public ProductionExceptionHandler.Response handleSerializationError(ErrorHandlerContext context,
                                                                        ProducerRecord record, Exception exception,
                                                                        SerializationExceptionOrigin origin) {
        return ProductionExceptionHandler.Response.resume(List.of(deadLetter(context, UNSERIALIZABLE_OUTPUT,
                origin + ": " + exception.getMessage(), null, context.sourceRawKey(), context.sourceRawValue(), exception)));
    }

    private ProducerRecord<byte[], byte[]> deadLetter(ErrorHandlerContext context, String reason, String message,
                                                      String sourcePath, byte[] key, byte[] value, Exception cause) {
        String where = context.topic() + "-" + context.partition() + "@" + context.offset()
                + (sourcePath == null ? "" : " (" + sourcePath + ")");
        PipelineMeters.deadLetter(stage, reason);
        if (PROCESSING_ERROR.equals(reason)) {
            // Not the record's fault but ours: keep the stack trace.
            LOG.error("{}: dead letter {} for {}: {}", stage, reason, where, message, cause);
        } else {
            LOG.warn("{}: dead letter {} for {}: {}", stage, reason, where, message);
        }
        return DeadLetters.record(dlqTopic, stage, reason, message,
                new DeadLetters.Origin(context.topic(), context.partition(), context.offset(), sourcePath), key, value);
    }
}
