package io.newsflow.sink.alerts;

import io.newsflow.schema.EnrichedArticle;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Raises the watchlist, threshold and keyword alerts of each fresh article, once per rule, article
 * and ticker: the keys of alerts raised are kept in a state store, so a later revision or a replay
 * of the same article raises nothing again.
 */
public final class AlertProcessor implements Processor<String, EnrichedArticle, String, String> {
    /** Keys of every alert raised. */
    public static final String SENT_STORE = "alerts-sent";

    private final AlertSettings settings;
    private ProcessorContext<String, String> context;
    private KeyValueStore<String, Long> sent;

    public AlertProcessor(AlertSettings settings) {
        this.settings = settings;
    }

    @Override
    public void init(ProcessorContext<String, String> context) {
        this.context = context;
        this.sent = context.getStateStore(SENT_STORE);
    }

    @Override
    public void process(Record<String, EnrichedArticle> record) {
        EnrichedArticle article = record.value();
        long now = settings.clock().getAsLong();
        if (!settings.fresh(article.getPublishedAt().toEpochMilli())) {
            return;
        }
        for (Alert alert : AlertEvaluator.evaluate(article, settings.rules().current())) {
            if (sent.get(alert.key()) != null) {
                continue;
            }
            sent.put(alert.key(), now);
            context.forward(new Record<>(alert.key(), alert.json(), record.timestamp()));
        }
    }
}
