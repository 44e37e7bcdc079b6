package io.newsflow.bench;

import io.newsflow.runtime.StreamsService;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.apache.kafka.streams.KafkaStreams;

/** Polling waits for the Kafka benches: a condition with a deadline, and a Streams app reaching RUNNING. */
final class BenchWait {
    private BenchWait() {}

    static void until(String what, Duration limit, BooleanSupplier done) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("bench: " + what + " did not happen within " + limit);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + what, e);
            }
        }
    }

    static void running(StreamsService... services) {
        for (StreamsService s : services) {
            until(s.name() + " to reach RUNNING", Duration.ofMinutes(2), () -> {
                if (s.failure() != null || s.state() == KafkaStreams.State.ERROR) {
                    throw new IllegalStateException("bench: " + s.name() + " failed", s.failure());
                }
                return s.state() == KafkaStreams.State.RUNNING;
            });
        }
    }
}
