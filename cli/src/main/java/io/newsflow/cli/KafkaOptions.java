package io.newsflow.cli;

import io.newsflow.runtime.KafkaSettings;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import picocli.CommandLine.Option;

/** The options every command that talks to Kafka shares: where the cluster is and how to log in. */
public final class KafkaOptions {
    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT[,...]",
            description = "Kafka cluster to use. Without it, Newsflow uses the broker that `newsflow broker` runs on "
                    + "--data-dir, or starts its own embedded broker there (commands that need one).")
    String bootstrapServers;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Newsflow configuration file (YAML): option values by long name, per-command sections, Kafka client "
                    + "settings under `kafka:`. Flags and NEWSFLOW_* variables win over it; see `newsflow config --help`.")
    Path config;

    @Option(names = "--command-config", paramLabel = "FILE",
            description = "Kafka client properties file (security.protocol, sasl.*, ssl.*, ...), passed to every client unchanged.")
    Path commandConfig;

    @Option(names = {"-X", "--property"}, paramLabel = "KEY=VALUE",
            description = "A Kafka client property; repeatable; wins over --command-config.")
    Map<String, String> properties = new LinkedHashMap<>();

    @Option(names = "--replication-factor", paramLabel = "N", defaultValue = "1",
            description = "Replication factor for topics Newsflow creates and for Streams internal topics (default: ${DEFAULT-VALUE}; use 3 on a production cluster).")
    int replicationFactor;

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = ".newsflow",
            description = "Local data: the embedded broker's logs, Streams state, checkpoints (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    /** Kafka client settings, lowest precedence first: the config file's kafka section, --command-config, -X. */
    Map<String, String> clientProperties() {
        Map<String, String> merged = new LinkedHashMap<>(NewsflowConfig.current().kafkaSettings());
        merged.putAll(fileProperties());
        merged.putAll(properties);
        return merged;
    }

    /** The --command-config file's settings (none without it). */
    Map<String, String> fileProperties() {
        Map<String, String> out = new LinkedHashMap<>();
        if (commandConfig != null) {
            Properties file = new Properties();
            try (Reader reader = Files.newBufferedReader(commandConfig)) {
                file.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read --command-config " + commandConfig + ": " + e.getMessage(), e);
            }
            file.stringPropertyNames().forEach(k -> out.put(k, file.getProperty(k)));
        }
        return out;
    }

    KafkaSettings settings(String bootstrap) {
        return new KafkaSettings(bootstrap, clientProperties(), replicationFactor);
    }
}
