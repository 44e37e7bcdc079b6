package io.newsflow.enrich.topology;

import java.util.concurrent.atomic.AtomicLong;

/**
 * In-process counts of what the enricher decided that leaves no record behind (duplicates), for
 * the run summary. Output and dead letters are counted from the committed topics instead.
 */
public final class EnrichCounters {
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong processed = new AtomicLong();
    private final AtomicLong namesPublished = new AtomicLong();

    void countNamePublished() {
        namesPublished.incrementAndGet();
    }

    /** Name/security pairs sent to news.ticker-names for every instance to learn. */
    public long namesPublished() {
        return namesPublished.get();
    }

    void countDuplicate() {
        duplicates.incrementAndGet();
    }

    void countProcessed() {
        processed.incrementAndGet();
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
