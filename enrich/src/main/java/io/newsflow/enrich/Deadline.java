package io.newsflow.enrich;

import java.util.function.LongSupplier;

/**
 * A time budget for one post, checked between steps and while walking large trees, so that a
 * hostile post is dead-lettered instead of stalling its partition. The clock is injected to keep
 * the enricher testable without waiting.
 */
public final class Deadline {
    /** No limit, for callers that bound the work some other way. */
    public static final Deadline NONE = new Deadline(Long.MAX_VALUE, 0, System::nanoTime);

    private final long budgetNanos;
    private final long startNanos;
    private final LongSupplier nanoClock;

    private Deadline(long budgetNanos, long startNanos, LongSupplier nanoClock) {
        this.budgetNanos = budgetNanos;
        this.startNanos = startNanos;
        this.nanoClock = nanoClock;
    }

    /** A deadline {@code budgetMillis} from now on the given clock. */
    public static Deadline start(long budgetMillis, LongSupplier nanoClock) {
        return new Deadline(budgetMillis * 1_000_000L, nanoClock.getAsLong(), nanoClock);
    }

    /** Throws {@link Exceeded} once the budget is spent. */
    public void check(String step) {
        if (budgetNanos != Long.MAX_VALUE && nanoClock.getAsLong() - startNanos > budgetNanos) {
            throw new Exceeded(step, budgetNanos / 1_000_000L);
        }
    }

    /** The budget ran out; carries the step that noticed. */
    public static final class Exceeded extends RuntimeException {
        private final String step;
        private final long budgetMillis;

        Exceeded(String step, long budgetMillis) {
            super("processing took longer than " + budgetMillis + " ms (noticed while " + step + ")", null, false, false);
            this.step = step;
            this.budgetMillis = budgetMillis;
        }

        public String step() {
            return step;
        }

        public long budgetMillis() {
            return budgetMillis;
        }
    }
}
