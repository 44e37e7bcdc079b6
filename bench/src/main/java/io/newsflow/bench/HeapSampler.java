package io.newsflow.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The largest heap in use and the largest resident set while a measurement runs, sampled every
 * 50 ms on a daemon thread, and the heap still in use after a collection at the end (what the run
 * keeps, not what it churns).
 */
final class HeapSampler implements AutoCloseable {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread thread;
    private volatile boolean stop;
    private volatile long peak;
    private volatile long peakRss;

    HeapSampler() {
        thread = new Thread(() -> {
            while (!stop) {
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                peakRss = Math.max(peakRss, residentBytes());
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

    /** The process's largest resident set seen: heap plus what lives off it (RocksDB, buffers, the broker's page cache use excluded). */
    long peakRssBytes() {
        return peakRss;
    }

    /** VmRSS from /proc/self/status (Linux); 0 elsewhere. */
    static long residentBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
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
