package io.newsflow.schema;

/**
 * Header names on every news.dlq record. They repeat the facts of the {@link DeadLetter} value
 * so that tools which only look at headers (Connect, kcat) can filter by reason.
 */
public final class DeadLetterHeaders {
    private DeadLetterHeaders() {}

    public static final String REASON = "newsflow.reason";
    public static final String MESSAGE = "newsflow.message";
    public static final String STAGE = "newsflow.stage";
    public static final String SOURCE_TOPIC = "newsflow.source.topic";
    public static final String SOURCE_PARTITION = "newsflow.source.partition";
    public static final String SOURCE_OFFSET = "newsflow.source.offset";
}
