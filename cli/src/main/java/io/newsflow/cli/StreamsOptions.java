package io.newsflow.cli;

import io.newsflow.runtime.KafkaSettings;
import java.util.Map;
import org.apache.kafka.streams.StreamsConfig;
import picocli.CommandLine.Option;

/** How much of a Streams stage runs in this instance: threads, and warm standby copies of state elsewhere. */
final class StreamsOptions {
    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "Stream threads in this instance (num.stream.threads; default: ${DEFAULT-VALUE}). "
                    + "Tasks (one per input partition, 6) are spread over all threads of all instances.")
    int threads;

    @Option(names = "--standby-replicas", paramLabel = "N", defaultValue = "0",
            description = "Warm copies of each task's state kept by other instances, so a failover does not restore "
                    + "from the changelog (num.standby.replicas; default: ${DEFAULT-VALUE}).")
    int standbyReplicas;

    /**
     * The cluster settings with these added: they win over the config file's kafka section and
     * --command-config, and an explicit -X for the same key wins over them.
     */
    KafkaSettings apply(KafkaSettings settings, Map<String, String> explicit) {
        if (threads < 1) {
            throw new UserException("--threads must be at least 1, not " + threads);
        }
        if (standbyReplicas < 0) {
            throw new UserException("--standby-replicas must be 0 or more, not " + standbyReplicas);
        }
        return settings.with(Map.of(StreamsConfig.NUM_STREAM_THREADS_CONFIG, Integer.toString(threads),
                StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, Integer.toString(standbyReplicas))).with(explicit);
    }
}
