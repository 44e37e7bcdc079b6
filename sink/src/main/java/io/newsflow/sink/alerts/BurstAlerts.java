package io.newsflow.sink.alerts;

import io.newsflow.schema.EnrichedArticle;
import io.newsflow.schema.NewsflowSerdes;
import io.newsflow.schema.Ticker;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.state.WindowStore;

/**
 * Burst rules as windowed counts in event time: the first revision of each article counts once
 * for each of its tickers in a tumbling window of the rule's size, with the rule's grace for late
 * articles; the alert goes out when a ticker's count reaches {@code min_articles} in a window
 * (exactly then, so once per window). Replays rebuild the same windows, so they reproduce history.
 */
public final class BurstAlerts {
    private BurstAlerts() {}

    static String readable(java.time.Duration d) {
        long minutes = d.toMinutes();
        if (minutes % 1440 == 0) {
            return minutes / 1440 + (minutes == 1440 ? " day" : " days");
        }
        if (minutes % 60 == 0) {
            return minutes / 60 + (minutes == 60 ? " hour" : " hours");
        }
        return minutes + " minutes";
    }

    /** Adds one windowed count per burst rule; returns their alerts keyed like the others. */
    public static List<KStream<String, String>> add(KStream<String, EnrichedArticle> enriched, AlertSettings settings) {
        List<KStream<String, String>> out = new ArrayList<>();
        for (AlertRule.Burst rule : settings.rules().current().of(AlertRule.Burst.class)) {
            String name = "burst-" + rule.id();
            out.add(enriched
                    .filter((id, a) -> a.getRevision() == 1, Named.as(name + "-first-revisions"))
                    .flatMap((id, a) -> {
                        List<KeyValue<String, String>> perTicker = new ArrayList<>();
                        for (Ticker t : a.getTickers()) {
                            perTicker.add(KeyValue.pair(t.getSymbol(), a.getTitle()));
                        }
                        return perTicker;
                    }, Named.as(name + "-by-ticker"))
                    .groupByKey(Grouped.with(name + "-group", NewsflowSerdes.key(), Serdes.String()))
                    .windowedBy(TimeWindows.ofSizeAndGrace(rule.window(), rule.grace()))
                    .count(Named.as(name + "-count"), Materialized.<String, Long, WindowStore<Bytes, byte[]>>as(name + "-counts")
                            .withCachingDisabled())
                    .toStream(Named.as(name + "-counts-stream"))
                    .filter((window, count) -> count == rule.minArticles()
                            && settings.fresh(window.window().end()), Named.as(name + "-reached"))
                    .map((window, count) -> {
                        Alert alert = new Alert(rule.id(), "burst", "window-" + Instant.ofEpochMilli(window.window().start()),
                                window.key(), window.key() + " named in " + count + " articles within " + readable(rule.window())
                                + " from " + Instant.ofEpochMilli(window.window().start()), null, null, null,
                                Instant.ofEpochMilli(window.window().start()));
                        return KeyValue.pair(alert.key(), alert.json());
                    }, Named.as(name + "-alert")));
        }
        return out;
    }
}
