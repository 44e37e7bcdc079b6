package io.newsflow.sink.alerts;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/** One alert rule, as the rules file states it. */
public sealed interface AlertRule {
    String id();

    /** Alert when the article mentions one of these tickers or boards. */
    record Watchlist(String id, Set<String> tickers, Set<String> boards) implements AlertRule {}

    /**
     * Alert when a figure with this key compares true ({@code revenue_yoy >= 0.3}); with tickers,
     * only figures about those securities.
     */
    record Threshold(String id, String metric, String op, double value, Set<String> tickers) implements AlertRule {
        public boolean holds(double v) {
            return switch (op) {
                case ">" -> v > value;
                case ">=" -> v >= value;
                case "<" -> v < value;
                case "<=" -> v <= value;
                case "==" -> v == value;
                default -> throw new IllegalStateException(op);
            };
        }
    }

    /** Alert when the title or text contains one of these words. */
    record Keyword(String id, List<String> words) implements AlertRule {}

    /** Alert when a ticker is named in at least {@code minArticles} articles within {@code window} (event time). */
    record Burst(String id, int minArticles, Duration window, Duration grace) implements AlertRule {}
}
