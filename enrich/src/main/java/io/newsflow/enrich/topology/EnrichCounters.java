package io.newsflow.enrich.topology;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.newsflow.runtime.ops.PipelineMeters;
import java.util.concurrent.atomic.AtomicLong;

/**
 * In-process counts of what the enricher decided that leaves no record behind (duplicates), for
 * the run summary, mirrored to the process's metrics ({@link PipelineMeters}). Output and dead
 * letters are counted from the committed topics instead.
 */
public final class EnrichCounters {
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong processed = new AtomicLong();
    private final AtomicLong namesPublished = new AtomicLong();
    private final Counter processedMeter = PipelineMeters.processed("enrich");
    private final Counter duplicatesMeter = PipelineMeters.duplicates();
    private final Counter newArticlesMeter = PipelineMeters.enriched("new");
    private final Counter updatesMeter = PipelineMeters.enriched("update");
    private final Timer processingTime = PipelineMeters.processingTime("enrich");

    Timer processingTime() {
        return processingTime;
    }

    void countEmitted(int revision) {
        (revision <= 1 ? newArticlesMeter : updatesMeter).increment();
    }

    void countNamePublished() {
        namesPublished.incrementAndGet();
    }

    /** Name/security pairs sent to news.ticker-names for every instance to learn. */
    public long namesPublished() {
        return namesPublished.get();
    }

    void countDuplicate() {
        duplicates.incrementAndGet();
        duplicatesMeter.increment();
    }

    void countProcessed() {
        processed.incrementAndGet();
        processedMeter.increment();
    }

    /** Inputs dropped because an identical version was already seen. */
    public long duplicates() {
        return duplicates.get();
    }

    /** Inputs the enricher looked at (including duplicates and rejections). */
    public long processed() {
        return processed.get();
    }
}
