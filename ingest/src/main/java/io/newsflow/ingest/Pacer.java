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

    /** Waits a number of nanoseconds (tests record instead of sleeping). */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(long nanos) throws InterruptedException;
    }

    private static final Sleeper THREAD_SLEEP = n -> Thread.sleep(n / 1_000_000, (int) (n % 1_000_000));

    /** At most {@code perSecond} posts a second. */
    public static Pacer rate(double perSecond, LongSupplier nanos) {
        return rate(perSecond, nanos, THREAD_SLEEP);
    }

    /** The original timeline, {@code speed} times faster. */
    public static Pacer speed(double speed, LongSupplier nanos) {
        return speed(speed, nanos, THREAD_SLEEP);
    }

    static Pacer rate(double perSecond, LongSupplier nanos, Sleeper sleeper) {
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
                sleepUntil(next, nanos, sleeper);
                next += interval;
            }
        };
    }

    /** Gaps between publication times shrink by {@code speed}. */
    static Pacer speed(double speed, LongSupplier nanos, Sleeper sleeper) {
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
                sleepUntil(startNanos + Math.max(0, offset), nanos, sleeper);
            }
        };
    }

    private static void sleepUntil(long deadline, LongSupplier nanos, Sleeper sleeper) throws InterruptedException {
        long wait = deadline - nanos.getAsLong();
        if (wait > 0) {
            sleeper.sleep(wait);
        }
    }
}
