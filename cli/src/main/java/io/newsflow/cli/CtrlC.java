package io.newsflow.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * For commands that run until Ctrl-C (SIGTERM): a flag the loop checks, an interrupt that wakes its
 * sleep, and a hook that keeps the JVM alive until the command has closed what it opened (Streams
 * apps commit and leave their groups, producers finish their transactions). Without that wait the
 * JVM halts as soon as the hooks return, in the middle of the command's cleanup.
 */
final class CtrlC {
    /** How long a stop may take before the JVM halts anyway: the Streams close bound and some slack. */
    static final Duration CLEANUP_BOUND = Duration.ofSeconds(40);

    private static final CountDownLatch FINISHED = new CountDownLatch(1);

    private CtrlC() {}

    /** Registers the hook for the calling thread; the flag turns true when the process is asked to stop. */
    static AtomicBoolean stopFlag() {
        AtomicBoolean stop = new AtomicBoolean();
        Thread main = Thread.currentThread();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.set(true);
            main.interrupt();
            try {
                FINISHED.await(CLEANUP_BOUND.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "newsflow-stop"));
        return stop;
    }

    /** The command has returned and closed everything: a pending stop may let the JVM halt now. */
    static void finished() {
        FINISHED.countDown();
    }
}
