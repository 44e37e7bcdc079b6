package io.newsflow.cli;

import java.util.concurrent.atomic.AtomicBoolean;

/** For commands that run until Ctrl-C (SIGTERM): a flag the loop checks, and an interrupt that wakes its sleep. */
final class CtrlC {
    private CtrlC() {}

    /** Registers the hook for the calling thread; the flag turns true when the process is asked to stop. */
    static AtomicBoolean stopFlag() {
        AtomicBoolean stop = new AtomicBoolean();
        Thread main = Thread.currentThread();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.set(true);
            main.interrupt();
        }, "newsflow-stop"));
        return stop;
    }
}
