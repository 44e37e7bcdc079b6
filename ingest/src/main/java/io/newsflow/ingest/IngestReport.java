package io.newsflow.ingest;

import java.util.Map;

/**
 * What one ingest run did with every file it saw: {@code seen = published + skipped + failed}.
 *
 * @param endOffsets for each news.raw partition written to, the offset after the last record
 *                   published; the run waits for the enricher to commit up to these
 */
public record IngestReport(long seen, long published, long skipped, long failed, Map<String, Long> failures,
                           Map<Integer, Long> endOffsets) {}
