package io.newsflow.sink;

import io.newsflow.schema.NewsflowSerdes;
import io.newsflow.schema.Topics;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The sink Streams topology: news.enriched → one JSON search document per revision → news.search
 * (compacted, keyed by article id, so the topic holds the latest document of each article), and
 * each revision once per ticker it mentions → news.by-ticker (keyed by symbol).
 */
public final class SinkTopology {
    /** Application id of the sink service. */
    public static final String APPLICATION_ID = "newsflow-sink";
    static final String SOURCE = "enriched-source";
    static final String TO_DOCUMENT = "search-document";
    static final String SINK = "search-sink";
    static final String TO_TICKERS = "ticker-documents";
    static final String TICKER_SINK = "by-ticker-sink";

    private SinkTopology() {}

    public static Topology build() {
        StreamsBuilder builder = new StreamsBuilder();
        var enriched = builder.stream(Topics.ENRICHED, Consumed.with(NewsflowSerdes.key(), NewsflowSerdes.enrichedArticle()).withName(SOURCE));
        enriched.mapValues(SearchDocuments::json, Named.as(TO_DOCUMENT))
                .to(Topics.SEARCH, Produced.with(NewsflowSerdes.key(), NewsflowSerdes.json()).withName(SINK));
        enriched.flatMap((id, article) -> TickerDocuments.of(article), Named.as(TO_TICKERS))
                .to(Topics.BY_TICKER, Produced.with(NewsflowSerdes.key(), NewsflowSerdes.json()).withName(TICKER_SINK));
        return builder.build();
    }
}
