package io.newsflow.cli;

import io.newsflow.broker.EmbeddedBroker;
import io.newsflow.runtime.KafkaSettings;
import io.newsflow.runtime.TopicAdmin;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The cluster a command works against, chosen in this order: {@code --bootstrap-servers}; the
 * broker that {@code newsflow broker} runs on the data directory (it leaves its address in
 * {@value #ADDRESS_FILE}); or, for commands that may, an embedded broker started on the data
 * directory for the length of the command.
 */
final class Cluster implements AutoCloseable {
    /** File in the data directory where a running {@code newsflow broker} leaves its address. */
    static final String ADDRESS_FILE = "broker.address";

    private final KafkaSettings settings;
    private final EmbeddedBroker embedded;

    private Cluster(KafkaSettings settings, EmbeddedBroker embedded) {
        this.settings = settings;
        this.embedded = embedded;
    }

    static Cluster connect(KafkaOptions options, boolean mayStartEmbedded, PrintStream progress) {
        if (options.bootstrapServers != null) {
            return new Cluster(options.settings(options.bootstrapServers), null);
        }
        String running = runningBroker(options.dataDir);
        if (running != null) {
            return new Cluster(options.settings(running), null);
        }
        if (!mayStartEmbedded) {
            throw new UserException("no Kafka cluster: pass --bootstrap-servers, or start one with `newsflow broker --data-dir "
                    + options.dataDir + "`");
        }
        progress.println("Starting the embedded Kafka broker in " + options.dataDir + " ...");
        EmbeddedBroker broker = EmbeddedBroker.start(brokerDir(options.dataDir), 0, Map.of());
        return new Cluster(options.settings(broker.bootstrapServers()), broker);
    }

    /** Where the embedded broker keeps its logs inside a data directory. */
    static Path brokerDir(Path dataDir) {
        return dataDir.resolve("broker");
    }

    /** The address a live {@code newsflow broker} left in the data directory, or null. */
    static String runningBroker(Path dataDir) {
        Path file = dataDir.resolve(ADDRESS_FILE);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            String address = Files.readString(file, StandardCharsets.UTF_8).strip();
            int colon = address.lastIndexOf(':');
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(address.substring(0, colon), Integer.parseInt(address.substring(colon + 1))), 1000);
            }
            return address;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Creates the topics Newsflow needs that are missing, and repairs the settings of those that exist. */
    List<String> ensureTopics() throws InterruptedException {
        return TopicAdmin.ensureTopics(settings);
    }

    KafkaSettings settings() {
        return settings;
    }

    boolean embedded() {
        return embedded != null;
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
