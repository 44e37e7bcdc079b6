package io.newsflow.sink;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.newsflow.runtime.ops.PipelineMeters;
import io.newsflow.schema.NewsflowSerdes;
import io.newsflow.schema.Topics;
import io.newsflow.sink.alerts.AlertProcessor;
import io.newsflow.sink.alerts.AlertSettings;
import io.newsflow.sink.alerts.BurstAlerts;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;

/**
 * The sink Streams topology: news.enriched → one JSON search document per revision → news.search
 * (compacted, keyed by article id, so the topic holds the latest document of each article), and
 * each revision once per ticker it mentions → news.by-ticker (keyed by symbol), and the alerts of
 * the rules → news.alerts (watchlist, thresholds and keywords once per rule, article and ticker,
 * bursts once per window).
 */
public final class SinkTopology {
    /** Application id of the sink service. */
    public static final String APPLICATION_ID = "newsflow-sink";
    static final String SOURCE = "enriched-source";
    static final String TO_DOCUMENT = "search-document";
    static final String SINK = "search-sink";
    static final String TO_TICKERS = "ticker-documents";
    static final String ALERTS = "alerts";
    static final String ALERTS_SINK = "alerts-sink";
    static final String TICKER_SINK = "by-ticker-sink";

    private SinkTopology() {}

    public static Topology build() {
        return build(AlertSettings.none());
    }

    /** With alert rules: news.enriched → news.alerts as well. */
    public static Topology build(AlertSettings alerts) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(AlertProcessor.SENT_STORE),
                NewsflowSerdes.key(), Serdes.Long()));
        Counter processed = PipelineMeters.processed("sink");
        Counter searchWritten = PipelineMeters.sinkWritten("search");
        Counter tickerWritten = PipelineMeters.sinkWritten("by-ticker");
        Counter alertsWritten = PipelineMeters.sinkWritten("alert");
        Timer documentTime = PipelineMeters.processingTime("sink");
        var enriched = builder.stream(Topics.ENRICHED, Consumed.with(NewsflowSerdes.key(), NewsflowSerdes.enrichedArticle()).withName(SOURCE))
                .peek((id, article) -> processed.increment(), Named.as("count-enriched"));
        enriched.mapValues(article -> documentTime.record(() -> SearchDocuments.json(article)), Named.as(TO_DOCUMENT))
                .peek((id, doc) -> searchWritten.increment(), Named.as("count-search"))
                .to(Topics.SEARCH, Produced.with(NewsflowSerdes.key(), NewsflowSerdes.json()).withName(SINK));
        enriched.flatMap((id, article) -> TickerDocuments.of(article), Named.as(TO_TICKERS))
                .peek((symbol, doc) -> tickerWritten.increment(), Named.as("count-by-ticker"))
                .to(Topics.BY_TICKER, Produced.with(NewsflowSerdes.key(), NewsflowSerdes.json()).withName(TICKER_SINK));
        KStream<String, String> raised = enriched.process(() -> new AlertProcessor(alerts), Named.as(ALERTS), AlertProcessor.SENT_STORE);
        int merged = 0;
        for (KStream<String, String> burst : BurstAlerts.add(enriched, alerts)) {
            raised = raised.merge(burst, Named.as("alerts-merge-" + merged++));
        }
        raised.peek((key, alert) -> alertsWritten.increment(), Named.as("count-alerts"))
                .to(Topics.ALERTS, Produced.with(NewsflowSerdes.key(), NewsflowSerdes.json()).withName(ALERTS_SINK));
        return builder.build();
    }
}
