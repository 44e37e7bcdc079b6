package io.newsflow.sink.alerts;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * How the sink raises alerts.
 *
 * @param freshness     articles published longer ago than this (against the processing time) raise no alert …
 * @param alertOnReplay … unless this is set: replaying an archive must not page anyone by default
 * @param clock         the processing time, in epoch milliseconds
 */
public record AlertSettings(AlertRulesSource rules, Duration freshness, boolean alertOnReplay, LongSupplier clock) {
    public AlertSettings(AlertRulesSource rules, Duration freshness, boolean alertOnReplay) {
        this(rules, freshness, alertOnReplay, System::currentTimeMillis);
    }

    public static AlertSettings none() {
        return new AlertSettings(AlertRulesSource.of(AlertRules.none()), Duration.ofHours(24), false);
    }

    /** True when something that happened at {@code eventMillis} is recent enough to alert on (now is {@link #clock}). */
    public boolean fresh(long eventMillis) {
        return alertOnReplay || clock.getAsLong() - eventMillis <= freshness.toMillis();
    }
}
