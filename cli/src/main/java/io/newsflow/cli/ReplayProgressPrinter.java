package io.newsflow.cli;

import io.newsflow.ingest.ArchiveReplay;
import java.io.PrintStream;
import java.time.Instant;

/**
 * Shows a replay's progress: on a terminal a line redrawn in place (posts handled, published,
 * rate, the publication time reached); otherwise a log line every 10 seconds.
 */
final class ReplayProgressPrinter implements ArchiveReplay.Progress {
    private final PrintStream out;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private long lastPrint;
    private long total = -1;

    @Override
    public void total(long posts) {
        total = posts;
    }

    ReplayProgressPrinter(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    static ReplayProgressPrinter forStderr() {
        return new ReplayProgressPrinter(System.err, System.console() != null);
    }

    @Override
    public void handled(long handled, long published, Instant lastPublicationTime) {
        long now = System.nanoTime();
        if (now - lastPrint < (terminal ? 200_000_000L : 10_000_000_000L)) {
            return;
        }
        lastPrint = now;
        double seconds = Math.max(0.001, (now - started) / 1e9);
        double rate = handled / seconds;
        String at = lastPublicationTime == null ? "-" : lastPublicationTime.toString();
        String line;
        if (total > 0) {
            double done = Math.min(1.0, handled / (double) total);
            int width = 24;
            int filled = (int) Math.round(done * width);
            long eta = rate > 0 ? (long) ((total - handled) / rate) : -1;
            line = String.format("[%s%s] %3.0f%% %,d/%,d posts, %,d published, %,.0f posts/s, ETA %s, at %s", "#".repeat(filled),
                    ".".repeat(width - filled), done * 100, handled, total, published, rate, eta < 0 ? "?" : duration(eta), at);
        } else {
            line = String.format("replay: %,d posts handled, %,d published, %,.0f posts/s, at %s", handled, published, rate, at);
        }
        if (terminal) {
            out.print("\r" + line + "   ");
        } else {
            out.println(line);
        }
        out.flush();
    }

    private static String duration(long seconds) {
        return seconds >= 3600 ? String.format("%dh%02dm", seconds / 3600, seconds % 3600 / 60)
                : seconds >= 60 ? String.format("%dm%02ds", seconds / 60, seconds % 60) : seconds + "s";
    }

    void finish() {
        if (terminal && lastPrint != 0) {
            out.println();
        }
    }
}
