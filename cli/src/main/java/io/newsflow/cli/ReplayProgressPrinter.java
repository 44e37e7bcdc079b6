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
        String line = String.format("replay: %,d posts handled, %,d published, %,.0f posts/s, at %s", handled, published,
                handled / seconds, lastPublicationTime == null ? "-" : lastPublicationTime.toString());
        if (terminal) {
            out.print("\r" + line + "   ");
        } else {
            out.println(line);
        }
        out.flush();
    }

    void finish() {
        if (terminal && lastPrint != 0) {
            out.println();
        }
    }
}
