package io.newsflow.cli;

/**
 * A command that runs until it is stopped (a service). Such commands log their lifecycle at INFO
 * (state changes, rule reloads, dead letters), which one-shot commands keep quiet.
 */
interface LongRunning {
    /** Whether this invocation, as parsed, runs until stopped. */
    default boolean runsUntilStopped() {
        return true;
    }
}
