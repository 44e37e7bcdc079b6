package io.newsflow.sink.alerts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rules in force, reloaded when the rules file changes: the file's time is looked at, at most
 * every {@value #CHECK_MILLIS} ms, by whoever asks for the rules. A file that no longer parses
 * keeps the previous rules in force and is reported once, so an editing mistake never stops alerting.
 */
public final class AlertRulesSource {
    static final long CHECK_MILLIS = 2_000;
    private static final Logger LOG = LoggerFactory.getLogger(AlertRulesSource.class);

    private final Path file;
    private final LongSupplier clock;
    private volatile AlertRules rules;
    private long lastCheck;
    private long lastModified;

    private AlertRulesSource(Path file, AlertRules rules, LongSupplier clock) {
        this.file = file;
        this.rules = rules;
        this.clock = clock;
    }

    /** Fixed rules (tests, or no rules file). */
    public static AlertRulesSource of(AlertRules rules) {
        return new AlertRulesSource(null, rules, System::currentTimeMillis);
    }

    /** The rules of {@code file}, failing now if they do not parse, and followed from then on. */
    public static AlertRulesSource watching(Path file, LongSupplier clock) {
        AlertRulesSource source = new AlertRulesSource(file, AlertRules.read(file), clock);
        source.lastModified = source.modified();
        source.lastCheck = clock.getAsLong();
        return source;
    }

    public synchronized AlertRules current() {
        if (file != null && clock.getAsLong() - lastCheck >= CHECK_MILLIS) {
            lastCheck = clock.getAsLong();
            long modified = modified();
            if (modified != lastModified) {
                lastModified = modified;
                try {
                    rules = AlertRules.read(file);
                    LOG.info("alert rules reloaded from {}: {} rules", file, rules.rules().size());
                } catch (IllegalArgumentException e) {
                    LOG.warn("alert rules in {} not reloaded, the previous ones stay in force: {}", file, e.getMessage());
                }
            }
        }
        return rules;
    }

    private long modified() {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return -1;
        }
    }
}
