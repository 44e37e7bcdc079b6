package io.newsflow.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The largest heap in use while a measurement runs, sampled every 50 ms on a daemon thread, and
 * the heap still in use after a collection at the end (what the run keeps, not what it churns).
 */
final class HeapSampler implements AutoCloseable {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread thread;
    private volatile boolean stop;
    private volatile long peak;

    HeapSampler() {
        thread = new Thread(() -> {
            while (!stop) {
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    long peakBytes() {
        return peak;
    }

    /** Heap in use right after a full collection. */
    long liveBytes() {
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    @Override
    public void close() throws InterruptedException {
        stop = true;
        thread.join();
    }
}
