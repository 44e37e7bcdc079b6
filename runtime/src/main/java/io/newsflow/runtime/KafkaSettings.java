package io.newsflow.runtime;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;

/**
 * Where the cluster is and the client settings every Newsflow client passes to it unchanged
 * (security, timeouts, anything from {@code --command-config} or {@code --property}). Service
 * specific defaults are layered underneath these, so an operator's setting always wins.
 */
public record KafkaSettings(String bootstrapServers, Map<String, String> clientProperties, int replicationFactor) {

    public KafkaSettings {
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        if (bootstrapServers.isBlank()) {
            throw new IllegalArgumentException("bootstrap servers must not be empty");
        }
        if (replicationFactor < 1) {
            throw new IllegalArgumentException("replication factor must be >= 1, was " + replicationFactor);
        }
        clientProperties = Map.copyOf(clientProperties);
    }

    public static KafkaSettings of(String bootstrapServers) {
        return new KafkaSettings(bootstrapServers, Map.of(), 1);
    }

    /** The same cluster with these client settings added; they replace ones of the same name. */
    public KafkaSettings with(Map<String, String> more) {
        Map<String, String> merged = new LinkedHashMap<>(clientProperties);
        merged.putAll(more);
        return new KafkaSettings(bootstrapServers, merged, replicationFactor);
    }

    /** Service defaults, then the operator's client properties, then the bootstrap servers. */
    public Properties withDefaults(Map<String, ?> serviceDefaults) {
        Map<String, Object> merged = new LinkedHashMap<>(serviceDefaults);
        merged.putAll(clientProperties);
        merged.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        Properties props = new Properties();
        props.putAll(merged);
        return props;
    }
}
