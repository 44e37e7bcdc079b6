package io.newsflow.ingest;

import java.time.Instant;
import java.util.function.LongSupplier;

/**
 * How fast a replay publishes: as fast as the cluster takes it, at a fixed rate, or along the
 * original timeline sped up ({@code --speed 144} replays a day of news in 10 minutes).
 */
public abstract class Pacer {
    /** Waits until the post published at {@code at} is due. */
    public abstract void await(Instant at) throws InterruptedException;

    public static Pacer unlimited() {
        return new Pacer() {
            @Override
            public void await(Instant at) {}
        };
    }

    /** At most {@code perSecond} posts a second. */
    public static Pacer rate(double perSecond, LongSupplier nanos) {
        if (!(perSecond > 0)) {
            throw new IllegalArgumentException("--rate must be positive");
        }
        long interval = (long) (1e9 / perSecond);
        return new Pacer() {
            private long next = Long.MIN_VALUE;

            @Override
            public void await(Instant at) throws InterruptedException {
                long now = nanos.getAsLong();
                if (next == Long.MIN_VALUE) {
                    next = now;
                }
                sleepUntil(next, nanos);
                next += interval;
            }
        };
    }

    /** The original timeline, {@code speed} times faster: gaps between publication times shrink by that factor. */
    public static Pacer speed(double speed, LongSupplier nanos) {
        if (!(speed > 0)) {
            throw new IllegalArgumentException("--speed must be positive");
        }
        return new Pacer() {
            private Instant first;
            private long startNanos;

            @Override
            public void await(Instant at) throws InterruptedException {
                if (first == null) {
                    first = at;
                    startNanos = nanos.getAsLong();
                    return;
                }
                long offset = (long) ((at.toEpochMilli() - first.toEpochMilli()) * 1e6 / speed);
                sleepUntil(startNanos + Math.max(0, offset), nanos);
            }
        };
    }

    private static void sleepUntil(long deadline, LongSupplier nanos) throws InterruptedException {
        long wait = deadline - nanos.getAsLong();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }
}
