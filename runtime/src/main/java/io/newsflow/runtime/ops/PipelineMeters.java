package io.newsflow.runtime.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;

/**
 * The pipeline's own meters, recorded in Micrometer's global registry so that code Kafka
 * instantiates by class name (exception handlers) can count too. They count work done by this
 * process since it started, retries after an aborted transaction included; the committed topics,
 * not these counters, are the exact record (see the README's Accounting).
 */
public final class PipelineMeters {
    public static final String INGESTED = "newsflow.ingested";
    public static final String PROCESSED = "newsflow.processed";
    public static final String ENRICHED = "newsflow.enriched";
    public static final String DUPLICATES = "newsflow.duplicates";
    public static final String DEAD_LETTERS = "newsflow.dead.letters";
    public static final String SINK_WRITTEN = "newsflow.sink.written";
    public static final String PROCESSING_TIME = "newsflow.processing.time";

    private PipelineMeters() {}

    /** Posts published to news.raw by an ingest source ({@code archive}, {@code watch}, {@code feed}). */
    public static Counter ingested(String source) {
        return Counter.builder(INGESTED).description("posts published to news.raw").tag("source", source)
                .register(Metrics.globalRegistry);
    }

    /** A record a stage took from its input topic. */
    public static Counter processed(String stage) {
        return Counter.builder(PROCESSED).description("input records a stage handled").tag("stage", stage).register(Metrics.globalRegistry);
    }

    /** A revision written to news.enriched, {@code kind} {@code new} (first revision) or {@code update}. */
    public static Counter enriched(String kind) {
        return Counter.builder(ENRICHED).description("revisions written to news.enriched").tag("kind", kind).register(Metrics.globalRegistry);
    }

    /** A post that added nothing to an article already seen. */
    public static Counter duplicates() {
        return Counter.builder(DUPLICATES).description("posts folded into an article already seen").register(Metrics.globalRegistry);
    }

    public static void deadLetter(String stage, String reason) {
        Counter.builder(DEAD_LETTERS).description("records sent to news.dlq").tag("stage", stage).tag("reason", reason)
                .register(Metrics.globalRegistry).increment();
    }

    /** A record the sink wrote, by output ({@code search}, {@code by-ticker}, {@code alert}). */
    public static Counter sinkWritten(String output) {
        return Counter.builder(SINK_WRITTEN).description("records the sink wrote").tag("output", output).register(Metrics.globalRegistry);
    }

    /** Time a stage spends on one input record, as a histogram (Prometheus buckets). */
    public static Timer processingTime(String stage) {
        return Timer.builder(PROCESSING_TIME).description("time to process one input record").tag("stage", stage)
                .publishPercentileHistogram().register(Metrics.globalRegistry);
    }
}
