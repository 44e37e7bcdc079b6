package io.newsflow.broker;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Kafka broker (KRaft, combined broker and controller, one node) running in this JVM over a
 * data directory that survives restarts. It is the same server code as a production broker, set
 * up for one node: replication factor 1 for internal topics and min.insync.replicas 1.
 */
public final class EmbeddedBroker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedBroker.class);
    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";

    private final KafkaRaftServer server;
    private final String bootstrapServers;
    private final Path dataDir;
    private volatile boolean closed;

    private EmbeddedBroker(KafkaRaftServer server, String bootstrapServers, Path dataDir) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
        this.dataDir = dataDir;
    }

    /**
     * Formats the data directory on first use, starts the broker, and returns once it answers
     * admin requests.
     *
     * @param dataDir where logs and metadata live; created if missing
     * @param port the client port, or 0 for any free port
     * @param extraConfig broker settings that override the single-node defaults (listeners, SASL, ...); values may
     *                    use {@code {client}} and {@code {controller}} for the ports the broker picked
     */
    public static EmbeddedBroker start(Path dataDir, int port, Map<String, String> extraConfig) {
        try {
            Path logDir = dataDir.resolve("kafka-logs").toAbsolutePath();
            Files.createDirectories(logDir);
            int clientPort = port == 0 ? freePort() : port;
            int controllerPort = freePort();
            Properties props = singleNodeConfig(logDir, clientPort, controllerPort);
            // Extra settings may name the ports chosen here: {client} and {controller} (to add a SASL listener, say).
            extraConfig.forEach((k, v) -> props.put(k, v.replace("{client}", Integer.toString(clientPort))
                    .replace("{controller}", Integer.toString(controllerPort))));
            KafkaConfig config = new KafkaConfig(props, false);
            if (!Files.exists(logDir.resolve("meta.properties"))) {
                format(logDir);
            }
            KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
            server.startup();
            String bootstrap = "localhost:" + clientPort;
            EmbeddedBroker broker = new EmbeddedBroker(server, bootstrap, dataDir);
            broker.awaitReady();
            LOG.info("embedded Kafka broker ready at {} (data in {})", bootstrap, dataDir);
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded broker in " + dataDir + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new BrokerStartException(describe(e, dataDir), e);
        }
    }

    private static String describe(RuntimeException e, Path dataDir) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("lock") || e.getClass().getSimpleName().contains("Lock")) {
            return "the data directory " + dataDir + " is in use by another broker (is another newsflow running?)";
        }
        return "cannot start the embedded broker in " + dataDir + ": " + message;
    }

    static Properties singleNodeConfig(Path logDir, int clientPort, int controllerPort) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", Integer.toString(NODE_ID));
        p.put("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort);
        p.put("listeners", "PLAINTEXT://localhost:" + clientPort + "," + CONTROLLER_LISTENER + "://localhost:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://localhost:" + clientPort);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        p.put("controller.listener.names", CONTROLLER_LISTENER);
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", logDir.toString());
        p.put("num.partitions", "1");
        p.put("auto.create.topics.enable", "false");
        // One node: every internal topic has a single replica.
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "5");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("min.insync.replicas", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("message.max.bytes", Integer.toString(8 * 1024 * 1024 + 1024));
        p.put("log.cleaner.dedupe.buffer.size", Integer.toString(8 * 1024 * 1024));
        return p;
    }

    private static void format(Path logDir) {
        try (PrintStream quiet = new PrintStream(OutputStream.nullOutputStream())) {
            new Formatter()
                    .setPrintStream(quiet)
                    .setNodeId(NODE_ID)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setDirectories(List.of(logDir.toString()))
                    .setMetadataLogDirectory(logDir.toString())
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                    .setControllerListenerName(CONTROLLER_LISTENER)
                    .run();
        } catch (Exception e) {
            throw new BrokerStartException("cannot format the broker data directory " + logDir + ": " + e.getMessage(), e);
        }
    }

    private void awaitReady() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(props)) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (true) {
                try {
                    if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception e) {
                    if (System.nanoTime() > deadline) {
                        close();
                        throw new BrokerStartException("the embedded broker did not become ready within 60 s", e);
                    }
                }
            }
        }
    }

    /** A port free on the loopback interface right now (for a listener or a test server). */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Client bootstrap address, e.g. {@code localhost:41234}. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Blocks until the broker stops (used by {@code newsflow broker}). */
    public void awaitShutdown() {
        server.awaitShutdown();
    }

    /** Stops the broker cleanly; the data directory stays for the next start. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.shutdown();
        server.awaitShutdown();
        LOG.info("embedded Kafka broker at {} stopped", bootstrapServers);
    }
}
