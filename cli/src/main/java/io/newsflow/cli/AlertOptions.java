package io.newsflow.cli;

import io.newsflow.sink.alerts.AlertRulesSource;
import io.newsflow.sink.alerts.AlertSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/** The alerting options of the commands that run the sink. */
final class AlertOptions {
    @Option(names = "--rules", paramLabel = "FILE",
            description = "Alert rules (YAML: watchlist, thresholds, keywords, burst; see examples/alert-rules.yaml). "
                    + "Reloaded when the file changes, except burst windows.")
    Path rules;

    @Option(names = "--alert-freshness", paramLabel = "DURATION", defaultValue = "24h", converter = DurationConverter.class,
            description = "Articles published longer ago than this raise no alerts (default: ${DEFAULT-VALUE}).")
    Duration freshness;

    @Option(names = "--alert-on-replay", description = "Raise alerts for old articles too (replaying an archive).")
    boolean onReplay;

    AlertSettings settings() {
        if (rules == null) {
            return AlertSettings.none();
        }
        if (!Files.isRegularFile(rules)) {
            throw new UserException("--rules: no such file: " + rules);
        }
        try {
            return new AlertSettings(AlertRulesSource.watching(rules, System::currentTimeMillis), freshness, onReplay);
        } catch (IllegalArgumentException e) {
            throw new UserException("--rules: " + e.getMessage());
        }
    }
}
