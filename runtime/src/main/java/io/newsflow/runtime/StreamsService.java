package io.newsflow.runtime;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running Kafka Streams app with the lifecycle Newsflow wants: a fatal error stops the client
 * (no crash loop of replaced threads), and closing leaves the consumer group so a restart does
 * not wait out the session timeout.
 */
public final class StreamsService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StreamsService.class);

    private final String name;
    private final KafkaStreams streams;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile Throwable failure;

    public StreamsService(String name, Topology topology, Properties properties) {
        this.name = name;
        this.streams = new KafkaStreams(topology, properties);
        streams.setUncaughtExceptionHandler(e -> {
            failure = e;
            LOG.error("{}: stopping after a fatal error: {}", name, e.toString(), e);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
        streams.setStateListener((next, previous) -> {
            LOG.info("{}: {} -> {}", name, previous, next);
            if (next == KafkaStreams.State.NOT_RUNNING || next == KafkaStreams.State.ERROR) {
                stopped.countDown();
            }
        });
    }

    public StreamsService start() {
        streams.start();
        return this;
    }

    public KafkaStreams streams() {
        return streams;
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    /** The error that stopped the app, or null while it runs or after a clean stop. */
    public Throwable failure() {
        return failure;
    }

    /** Blocks until the app has stopped, or the timeout passes; true if it stopped. */
    public boolean awaitStop(Duration timeout) throws InterruptedException {
        return stopped.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops processing, commits, and leaves the group within the given time. */
    public void close(Duration timeout) {
        boolean clean = streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(timeout));
        if (!clean) {
            LOG.warn("{}: did not close within {}", name, timeout);
        }
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(30));
    }

    public String name() {
        return name;
    }
}
