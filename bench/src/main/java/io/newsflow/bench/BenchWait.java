package io.newsflow.bench;

import io.newsflow.runtime.StreamsService;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.apache.kafka.streams.KafkaStreams;

/** Polling waits for the Kafka benches: a condition with a deadline, and a Streams app reaching RUNNING. */
final class BenchWait {
    private BenchWait() {}

    static void until(String what, Duration limit, BooleanSupplier done) {
        until(what, limit, Duration.ofMillis(100), done);
    }

    static void until(String what, Duration limit, Duration every, BooleanSupplier done) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("bench: " + what + " did not happen within " + limit);
            }
            try {
                Thread.sleep(every.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + what, e);
            }
        }
    }

    static void running(StreamsService... services) {
        for (StreamsService s : services) {
            // The app's own state, no broker round trip: polled often, so the clock starts close to RUNNING.
            until(s.name() + " to reach RUNNING", Duration.ofMinutes(2), Duration.ofMillis(5), () -> {
                if (s.failure() != null || s.state() == KafkaStreams.State.ERROR) {
                    throw new IllegalStateException("bench: " + s.name() + " failed", s.failure());
                }
                return s.state() == KafkaStreams.State.RUNNING;
            });
        }
    }
}
