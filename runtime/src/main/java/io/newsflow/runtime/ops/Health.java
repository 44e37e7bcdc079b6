package io.newsflow.runtime.ops;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Liveness and readiness from the states of a process's Streams apps. Live unless an app is in
 * ERROR or on its way there (restarting the process is the cure); ready only when every app is
 * RUNNING (REBALANCING, restoring or starting is not ready: it is not processing).
 */
public record Health(boolean live, boolean ready, Map<String, String> states) {
    private static final Set<KafkaStreams.State> DEAD = Set.of(KafkaStreams.State.ERROR, KafkaStreams.State.PENDING_ERROR);

    public static Health of(Map<String, KafkaStreams.State> apps) {
        boolean live = apps.values().stream().noneMatch(DEAD::contains);
        // A process without Streams apps (an ingest watcher, a feed poller) is ready as long as it runs.
        boolean ready = apps.values().stream().allMatch(s -> s == KafkaStreams.State.RUNNING);
        Map<String, String> states = new TreeMap<>();
        apps.forEach((name, state) -> states.put(name, state.name()));
        return new Health(live, ready, states);
    }

    /** A small JSON body: {@code {"live":true,"ready":false,"apps":{"enrich":"REBALANCING"}}}. */
    public String json() {
        StringBuilder out = new StringBuilder("{\"live\":").append(live).append(",\"ready\":").append(ready).append(",\"apps\":{");
        String sep = "";
        for (var e : states.entrySet()) {
            out.append(sep).append('"').append(e.getKey()).append("\":\"").append(e.getValue()).append('"');
            sep = ",";
        }
        return out.append("}}").toString();
    }
}
