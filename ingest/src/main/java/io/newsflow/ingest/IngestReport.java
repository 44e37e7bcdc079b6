package io.newsflow.ingest;

import io.newsflow.schema.Topics;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;

/**
 * What one ingest run did with every file it saw:
 * {@code seen = published + skipped + failed + resumed + outsideWindow}.
 *
 * @param skipped       entries that are not posts
 * @param resumed       posts an earlier run of the same replay had already published
 * @param outsideWindow posts outside {@code --from}/{@code --until}
 * @param outOfOrder    posts published after a later one because the sort buffer was too small for them
 * @param endOffsets    for each news.raw partition written to, the offset after the last record
 *                      published; the run waits for the enricher to commit up to these
 */
public record IngestReport(long seen, long published, long skipped, long failed, long resumed, long outsideWindow,
                           long outOfOrder, Map<String, Long> failures, Map<Integer, Long> endOffsets) {

    /** {@link #endOffsets} as news.raw partitions, the form consumer-group offsets are compared with. */
    public Map<TopicPartition, Long> rawEndOffsets() {
        Map<TopicPartition, Long> out = new HashMap<>();
        endOffsets.forEach((partition, offset) -> out.put(new TopicPartition(Topics.RAW, partition), offset));
        return out;
    }
}
