package io.newsflow.enrich.topology;

import io.newsflow.enrich.tickers.LearnedNames;
import io.newsflow.enrich.tickers.NameEntry;
import io.newsflow.enrich.tickers.NameForms;
import io.newsflow.enrich.tickers.SecurityIds;
import io.newsflow.schema.TickerName;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps this instance's copy of {@code news.ticker-names} (the global store, filled from every
 * partition) and its {@link LearnedNames} in step. Kafka Streams also runs it over the topic when
 * it restores the store, so a restarted instance knows every name learned before.
 */
final class LearnedNamesUpdater implements Processor<String, TickerName, Void, Void> {
    private static final Set<String> EXCHANGES = Set.of("SH", "SZ", "BJ", "NQ", "HK", "US");

    private final LearnedNames learned;
    private KeyValueStore<String, TickerName> store;

    LearnedNamesUpdater(LearnedNames learned) {
        this.learned = learned;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        store = context.getStateStore(EnrichTopology.NAMES_STORE);
    }

    @Override
    public void process(Record<String, TickerName> record) {
        TickerName pair = record.value();
        if (record.key() == null) {
            return;
        }
        if (pair == null) {
            store.delete(record.key()); // an operator's tombstone: forget a wrong pair
            learned.remove(record.key());
            return;
        }
        store.put(record.key(), pair);
        entry(pair).ifPresent(learned::add);
    }

    /** The dictionary entry of a topic record; empty for a record some other writer got wrong. */
    static Optional<NameEntry> entry(TickerName pair) {
        String name = NameForms.normalize(pair.getName());
        if (name.isEmpty() || !EXCHANGES.contains(pair.getExchange()) || pair.getCode().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new NameEntry(name,
                new SecurityIds.Security(pair.getCode(), pair.getExchange(), pair.getVenue()), pair.getArticleId()));
    }
}
