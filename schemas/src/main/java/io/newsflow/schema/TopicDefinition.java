package io.newsflow.schema;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How one topic is laid out: partitions, cleanup policy and retention. The replication factor is
 * not part of the definition because it depends on the cluster, not on the topic.
 */
public record TopicDefinition(String name, int partitions, boolean compacted, Optional<Duration> retention,
                              String contents) {

    public TopicDefinition {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be >= 1 for " + name);
        }
    }

    static TopicDefinition compacted(String name, int partitions, String contents) {
        return new TopicDefinition(name, partitions, true, Optional.empty(), contents);
    }

    static TopicDefinition deleting(String name, int partitions, Duration retention, String contents) {
        return new TopicDefinition(name, partitions, false, Optional.of(retention), contents);
    }

    /** Topic-level configs to pass to the admin client when creating the topic. */
    public Map<String, String> configs() {
        Map<String, String> configs = new LinkedHashMap<>();
        configs.put("cleanup.policy", compacted ? "compact" : "delete");
        retention.ifPresent(r -> configs.put("retention.ms", Long.toString(r.toMillis())));
        // Posts with large inline images reach a few MB; the enricher rejects more than that itself.
        configs.put("max.message.bytes", Integer.toString(8 * 1024 * 1024));
        return configs;
    }
}
