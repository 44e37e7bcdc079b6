package io.newsflow.schema;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/** The serdes of every Newsflow topic, so producers, Streams apps and tools encode alike. */
public final class NewsflowSerdes {
    private NewsflowSerdes() {}

    public static AvroSerde<RawArticle> rawArticle() {
        return new AvroSerde<>(RawArticle.getClassSchema());
    }

    public static AvroSerde<EnrichedArticle> enrichedArticle() {
        return new AvroSerde<>(EnrichedArticle.getClassSchema());
    }

    public static AvroSerde<DeadLetter> deadLetter() {
        return new AvroSerde<>(DeadLetter.getClassSchema());
    }

    public static AvroSerde<TickerName> tickerName() {
        return new AvroSerde<>(TickerName.getClassSchema());
    }

    /** The enricher's state store values. */
    public static AvroSerde<ArticleState> articleState() {
        return new AvroSerde<>(ArticleState.getClassSchema());
    }

    /** Keys are article ids (UTF-8 strings) on every topic. */
    public static Serde<String> key() {
        return Serdes.String();
    }

    /** Search documents and alerts are UTF-8 JSON text. */
    public static Serde<String> json() {
        return Serdes.String();
    }
}
