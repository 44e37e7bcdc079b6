package io.newsflow.schema;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * How one topic is laid out: partitions, cleanup policy and retention. The replication factor is
 * not part of the definition because it depends on the cluster, not on the topic.
 *
 * <p>Topics that are not compacted are bounded by size per partition, never by time: record
 * timestamps are publication times (event time), and Kafka's time retention compares them with
 * the clock, so a replay of last year's archive would be deleted as soon as its segments roll,
 * before the enricher reads it.
 */
public record TopicDefinition(String name, int partitions, boolean compacted, OptionalLong retentionBytes,
                              String contents) {
    /** Publication time one segment may span before it rolls. */
    static final java.time.Duration SEGMENT_SPAN = java.time.Duration.ofDays(365);

    /** What a compacted topic's segments may span in publication time: far more than any archive, so they roll by size. */
    static final java.time.Duration NO_TIME_ROLL = java.time.Duration.ofDays(100 * 365);

    /** Time retention off: see the type's comment. */
    public static final String NO_TIME_RETENTION = "-1";


    public TopicDefinition {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be >= 1 for " + name);
        }
    }

    static TopicDefinition compacted(String name, int partitions, String contents) {
        return new TopicDefinition(name, partitions, true, OptionalLong.empty(), contents);
    }

    static TopicDefinition deleting(String name, int partitions, long retentionBytesPerPartition, String contents) {
        return new TopicDefinition(name, partitions, false, OptionalLong.of(retentionBytesPerPartition), contents);
    }

    /** Topic-level configs to pass to the admin client when creating the topic. */
    public Map<String, String> configs() {
        Map<String, String> configs = new LinkedHashMap<>();
        configs.put("cleanup.policy", compacted ? "compact" : "delete");
        configs.put("retention.ms", NO_TIME_RETENTION);
        retentionBytes.ifPresent(b -> {
            configs.put("retention.bytes", Long.toString(b));
            // Kafka deletes whole closed segments only: segments of a quarter of the bound keep the
            // partition within 1.25× of it.
            configs.put("segment.bytes", Long.toString(b / 4));
        });
        // A segment also rolls when its records' timestamps span segment.ms; they are publication
        // times, so a replay of years in publication order would otherwise cut a segment per week.
        // A compacted topic rolls by size only: a segment closed by time holds records years old by
        // their timestamps, so the cleaner may compact it at once, dropping revisions that a run
        // is still counting (an article's first revision written a minute before its update).
        configs.put("segment.ms", Long.toString((compacted ? NO_TIME_ROLL : SEGMENT_SPAN).toMillis()));
        // Posts with large inline images reach a few MB; the enricher rejects more than that itself.
        configs.put("max.message.bytes", Integer.toString(8 * 1024 * 1024));
        return configs;
    }
}
