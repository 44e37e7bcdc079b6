package io.newsflow.enrich.topology;

import io.newsflow.enrich.Enricher;
import io.newsflow.schema.NewsflowSerdes;
import io.newsflow.schema.Topics;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;

/**
 * The enrich Streams topology: news.raw → enrich and fold revisions (state store
 * {@value #STATE_STORE}) → news.enriched; rejected posts go to news.dlq through the exception
 * handler. Built here once, for {@code main} and for the tests alike.
 */
public final class EnrichTopology {
    /** Application id of the enrich service (consumer group, internal topic prefix). */
    public static final String APPLICATION_ID = "newsflow-enrich";
    /** Per-article state: raw versions seen and the last revision emitted. */
    public static final String STATE_STORE = "enrich-article-state";
    static final String SOURCE = "raw-source";
    static final String PROCESSOR = "enrich";
    static final String SINK = "enriched-sink";

    private EnrichTopology() {}

    public static Topology build(Enricher enricher, EnrichCounters counters) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(STATE_STORE), NewsflowSerdes.key(), NewsflowSerdes.articleState()));
        builder.stream(Topics.RAW, Consumed.with(NewsflowSerdes.key(), NewsflowSerdes.rawArticle()).withName(SOURCE))
                .process(() -> new EnrichProcessor(enricher, counters), Named.as(PROCESSOR), STATE_STORE)
                .to(Topics.ENRICHED, Produced.with(NewsflowSerdes.key(), NewsflowSerdes.enrichedArticle()).withName(SINK));
        return builder.build();
    }
}
