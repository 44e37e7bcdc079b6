package io.newsflow.enrich.topology;

import io.newsflow.enrich.Enricher;
import io.newsflow.enrich.tickers.LearnedNames;
import io.newsflow.schema.NewsflowSerdes;
import io.newsflow.schema.Topics;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.Stores;

/**
 * The enrich Streams topology: news.raw → enrich and fold revisions (state store
 * {@value #STATE_STORE}) → news.enriched; rejected posts go to news.dlq through the exception
 * handler. Name/security pairs seen in markup go to news.ticker-names, which every instance reads
 * back whole (global store {@value #NAMES_STORE}) to find companies later articles only name.
 * Built here once, for {@code main} and for the tests alike.
 */
public final class EnrichTopology {
    /** Application id of the enrich service (consumer group, internal topic prefix). */
    public static final String APPLICATION_ID = "newsflow-enrich";
    /** Per-article state: raw versions seen and the last revision emitted. */
    public static final String STATE_STORE = "enrich-article-state";
    /** This instance's copy of news.ticker-names. */
    public static final String NAMES_STORE = "enrich-ticker-names";
    static final String SOURCE = "raw-source";
    static final String PROCESSOR = "enrich";
    static final String SINK = "enriched-sink";
    static final String NAMES_SINK = "ticker-names-sink";
    static final String NAMES_SOURCE = "ticker-names-source";
    static final String NAMES_UPDATER = "ticker-names-updater";

    private EnrichTopology() {}

    public static Topology build(Enricher enricher, EnrichCounters counters) {
        return build(enricher, new LearnedNames(), counters);
    }

    /** With the learned-names holder given, so a test can look at what this instance learned. */
    public static Topology build(Enricher enricher, LearnedNames learned, EnrichCounters counters) {
        Topology topology = new Topology();
        topology.addSource(SOURCE, NewsflowSerdes.key().deserializer(), NewsflowSerdes.rawArticle().deserializer(), Topics.RAW);
        topology.addProcessor(PROCESSOR, () -> new EnrichProcessor(enricher, learned, counters), SOURCE);
        topology.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(STATE_STORE), NewsflowSerdes.key(), NewsflowSerdes.articleState()), PROCESSOR);
        topology.addSink(SINK, Topics.ENRICHED, NewsflowSerdes.key().serializer(),
                NewsflowSerdes.enrichedArticle().serializer(), PROCESSOR);
        topology.addSink(NAMES_SINK, Topics.TICKER_NAMES, NewsflowSerdes.key().serializer(),
                NewsflowSerdes.tickerName().serializer(), PROCESSOR);
        topology.addGlobalStore(
                Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(NAMES_STORE), NewsflowSerdes.key(), NewsflowSerdes.tickerName())
                        .withLoggingDisabled(),
                NAMES_SOURCE, NewsflowSerdes.key().deserializer(), NewsflowSerdes.tickerName().deserializer(),
                Topics.TICKER_NAMES, NAMES_UPDATER, () -> new LearnedNamesUpdater(learned));
        return topology;
    }
}
