package io.newsflow.schema;

import java.util.List;

/**
 * The topics Newsflow reads and writes, as code: the single place that names them and says how
 * they are configured, so services, tests and the topic creator agree.
 */
public final class Topics {
    private Topics() {}

    /** Raw posts from every ingest source, keyed by article id. */
    public static final String RAW = "news.raw";
    /** Enriched articles, compacted: the latest revision per article id. */
    public static final String ENRICHED = "news.enriched";
    /** JSON search documents, compacted, keyed by article id. */
    public static final String SEARCH = "news.search";
    /** Each article once per ticker it mentions, keyed by symbol: follow one security in order. */
    public static final String BY_TICKER = "news.by-ticker";
    /** Alerts raised by sink rules. */
    public static final String ALERTS = "news.alerts";
    /** Dead letters from every stage: the original bytes plus the reason. */
    public static final String DLQ = "news.dlq";
    /** How far each archive replay got, compacted, keyed by replay id; written in the replay's transactions. */
    public static final String INGEST_CHECKPOINTS = "news.ingest-checkpoints";
    /** Name → security pairs learned from markup, compacted, keyed {@code <name>|<symbol>}; read by every enricher. */
    public static final String TICKER_NAMES = "news.ticker-names";

    private static final long MIB = 1024L * 1024;

    /** Raw posts: 1 GiB per partition (about a million compressed posts in all) so a stopped enricher can catch up; not an archive. */
    public static final TopicDefinition RAW_TOPIC =
            TopicDefinition.deleting(RAW, 6, 1024 * MIB, "RawArticle (Avro single-object)");
    public static final TopicDefinition ENRICHED_TOPIC =
            TopicDefinition.compacted(ENRICHED, 6, "EnrichedArticle (Avro single-object)");
    public static final TopicDefinition SEARCH_TOPIC =
            TopicDefinition.compacted(SEARCH, 6, "search document (JSON)");
    /** Per-ticker history, 1 GiB per partition; keyed by symbol, so one security's articles stay in order on one partition. */
    public static final TopicDefinition BY_TICKER_TOPIC =
            TopicDefinition.deleting(BY_TICKER, 6, 1024 * MIB, "per-ticker article (JSON)");
    public static final TopicDefinition ALERTS_TOPIC =
            TopicDefinition.deleting(ALERTS, 3, 256 * MIB, "alert (JSON)");
    /** Dead letters, 256 MiB per partition: kept until someone looks at them, whatever their (publication) timestamps. */
    public static final TopicDefinition DLQ_TOPIC =
            TopicDefinition.deleting(DLQ, 3, 256 * MIB, "DeadLetter (Avro single-object)");

    /** One partition: a small dictionary that every enricher reads whole (a global table). */
    public static final TopicDefinition TICKER_NAMES_TOPIC =
            TopicDefinition.compacted(TICKER_NAMES, 1, "TickerName (Avro single-object)");

    public static final TopicDefinition INGEST_CHECKPOINTS_TOPIC =
            TopicDefinition.compacted(INGEST_CHECKPOINTS, 1, "replay checkpoint (JSON)");

    /** Every topic the pipeline needs, in pipeline order. */
    public static final List<TopicDefinition> ALL =
            List.of(RAW_TOPIC, ENRICHED_TOPIC, SEARCH_TOPIC, BY_TICKER_TOPIC, ALERTS_TOPIC, DLQ_TOPIC, TICKER_NAMES_TOPIC,
                    INGEST_CHECKPOINTS_TOPIC);

    /** The definition of a topic by name, or an exception naming the known topics. */
    public static TopicDefinition byName(String name) {
        return ALL.stream()
                .filter(t -> t.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown topic '" + name + "'; known topics: "
                        + ALL.stream().map(TopicDefinition::name).toList()));
    }
}
