package io.newsflow.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.schema.DeadLetter;
import io.newsflow.schema.DeadLetterHeaders;
import io.newsflow.schema.NewsflowSerdes;
import io.newsflow.schema.Topics;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.Record;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeadLetterExceptionHandlerTest {
    private static final byte[] KEY = "k".getBytes(StandardCharsets.UTF_8);
    private static final byte[] VALUE = "original".getBytes(StandardCharsets.UTF_8);

    private final DeadLetterExceptionHandler handler = new DeadLetterExceptionHandler();

    /** The coordinates Streams gives a handler: record 7 of news.raw partition 2. */
    private static final ErrorHandlerContext CONTEXT = new ErrorHandlerContext() {
        @Override public String topic() { return Topics.RAW; }
        @Override public int partition() { return 2; }
        @Override public long offset() { return 7; }
        @Override public Headers headers() { return new RecordHeaders(); }
        @Override public String processorNodeId() { return "enrich"; }
        @Override public TaskId taskId() { return new TaskId(0, 2); }
        @Override public long timestamp() { return 0; }
        @Override public byte[] sourceRawKey() { return KEY; }
        @Override public byte[] sourceRawValue() { return VALUE; }
    };

    @BeforeEach
    void configure() {
        handler.configure(Map.of(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, Topics.DLQ,
                DeadLetterExceptionHandler.STAGE_CONFIG, "enrich"));
    }

    @Test
    void rejectionsResumeWithADeadLetterCarryingReasonOriginAndBytes() {
        ProcessingExceptionHandler.Response response = handler.handleError(CONTEXT, new Record<>("k", "v", 0L),
                new RejectedRecordException("NO_DATE", "no publication time", "archive/x.md"));
        assertThat(response.result()).isEqualTo(ProcessingExceptionHandler.Result.RESUME);
        assertThat(response.deadLetterQueueRecords()).hasSize(1);
        ProducerRecord<byte[], byte[]> record = response.deadLetterQueueRecords().get(0);
        assertThat(record.topic()).isEqualTo(Topics.DLQ);
        assertThat(record.key()).isEqualTo(KEY);
        assertThat(header(record, DeadLetterHeaders.REASON)).isEqualTo("NO_DATE");
        assertThat(header(record, DeadLetterHeaders.SOURCE_OFFSET)).isEqualTo("7");
        DeadLetter letter = NewsflowSerdes.deadLetter().decode(record.value());
        assertThat(letter.getReason()).isEqualTo("NO_DATE");
        assertThat(letter.getStage()).isEqualTo("enrich");
        assertThat(letter.getSourcePartition()).isEqualTo(2);
        assertThat(letter.getSourcePath()).isEqualTo("archive/x.md");
        assertThat(letter.getOriginalValue().array()).isEqualTo(VALUE);
    }

    @Test
    void unexpectedExceptionsAreDeadLetteredAsProcessingErrorsInsteadOfStoppingTheApp() {
        ProcessingExceptionHandler.Response response = handler.handleError(CONTEXT, new Record<>("k", "v", 0L),
                new IllegalStateException("bug"));
        assertThat(response.result()).isEqualTo(ProcessingExceptionHandler.Result.RESUME);
        assertThat(header(response.deadLetterQueueRecords().get(0), DeadLetterHeaders.REASON)).isEqualTo("PROCESSING_ERROR");
    }

    @Test
    void undecodableRecordsKeepTheirOriginalBytes() {
        DeserializationExceptionHandler.Response response = handler.handleError(CONTEXT,
                new ConsumerRecord<>(Topics.RAW, 2, 7, KEY, VALUE), new RuntimeException("bad header"));
        assertThat(response.result()).isEqualTo(DeserializationExceptionHandler.Result.RESUME);
        DeadLetter letter = NewsflowSerdes.deadLetter().decode(response.deadLetterQueueRecords().get(0).value());
        assertThat(letter.getReason()).isEqualTo("UNDECODABLE_RECORD");
        assertThat(letter.getOriginalValue().array()).isEqualTo(VALUE);
    }

    @Test
    void oversizedOutputIsDeadLetteredButClusterProblemsStopTheApp() {
        ProducerRecord<byte[], byte[]> out = new ProducerRecord<>(Topics.ENRICHED, KEY, VALUE);
        assertThat(handler.handleError(CONTEXT, out, new RecordTooLargeException("big")).result())
                .isEqualTo(ProductionExceptionHandler.Result.RESUME);
        assertThat(handler.handleError(CONTEXT, out, new AuthorizationException("denied")).result())
                .isEqualTo(ProductionExceptionHandler.Result.FAIL);
    }

    private static String header(ProducerRecord<byte[], byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
