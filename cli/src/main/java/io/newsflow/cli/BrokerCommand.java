package io.newsflow.cli;

import io.newsflow.broker.EmbeddedBroker;
import io.newsflow.runtime.KafkaSettings;
import io.newsflow.runtime.TopicAdmin;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "broker", mixinStandardHelpOptions = true,
        description = {
                "Run the embedded single-node Kafka broker (KRaft) until interrupted, with Newsflow's topics created, "
                        + "for development and for running the stages as separate services.",
                "Other newsflow commands with the same --data-dir find it without --bootstrap-servers."},
        footer = {"", "Example:", "  ./newsflow broker --port 9092 &", "  ./newsflow enrich &", "  ./newsflow sink &",
                "  ./newsflow ingest examples/archive%n"})
final class BrokerCommand implements Callable<Integer>, LongRunning {
    @Option(names = "--port", paramLabel = "PORT", defaultValue = "9092", description = "Client port (default: ${DEFAULT-VALUE}; 0 for any free port).")
    int port;

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = ".newsflow",
            description = "Where the broker keeps its data between runs (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Override
    public Integer call() throws Exception {
        String running = Cluster.runningBroker(dataDir);
        if (running != null) {
            throw new UserException("a broker is already running on " + dataDir + " at " + running);
        }
        EmbeddedBroker broker = EmbeddedBroker.start(Cluster.brokerDir(dataDir), port, Map.of());
        Path addressFile = dataDir.resolve(Cluster.ADDRESS_FILE);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("Stopping the broker ...");
            try {
                Files.deleteIfExists(addressFile);
            } catch (Exception ignored) {
                // The address file is only a hint; a stale one is detected by connecting.
            }
            broker.close();
            stopped.countDown();
        }, "newsflow-broker-shutdown"));
        TopicAdmin.ensureTopics(KafkaSettings.of(broker.bootstrapServers()));
        Files.writeString(addressFile, broker.bootstrapServers(), StandardCharsets.UTF_8);
        System.out.println("Kafka broker ready at " + broker.bootstrapServers() + " (data in " + broker.dataDir()
                + "). Press Ctrl-C to stop.");
        stopped.await();
        return 0;
    }
}
