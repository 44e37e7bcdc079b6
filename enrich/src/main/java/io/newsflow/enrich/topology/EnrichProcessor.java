package io.newsflow.enrich.topology;

import io.newsflow.enrich.ContentHash;
import io.newsflow.enrich.Enricher;
import io.newsflow.enrich.EnrichmentOutcome;
import io.newsflow.enrich.PostInput;
import io.newsflow.enrich.revision.ArticleMerge;
import io.newsflow.enrich.tickers.LearnedNames;
import io.newsflow.enrich.tickers.NameDictionary;
import io.newsflow.enrich.tickers.NameEntry;
import io.newsflow.enrich.tickers.SecurityIds;
import io.newsflow.enrich.tickers.TickerNames;
import io.newsflow.runtime.RejectedRecordException;
import io.newsflow.schema.ArticleState;
import io.newsflow.schema.EnrichedArticle;
import io.newsflow.schema.RawArticle;
import io.newsflow.schema.TickerName;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Runs the enricher on each raw post and folds versions per article: an exact replay of raw bytes
 * (remembered under the record key) costs no parse; the enriched version is merged into the
 * article's state (under the article id) by {@link ArticleMerge}, and only a version that changes
 * the article is emitted, as the next revision. The ingest keys records by the same id, so both
 * entries are usually one. A post the enricher rejects is thrown as a
 * {@link RejectedRecordException}, which the Streams exception handler turns into a dead letter.
 */
final class EnrichProcessor implements Processor<String, RawArticle, String, SpecificRecord> {
    /** How many raw-version hashes to remember per key: enough for the rewrites seen in the archive. */
    static final int REMEMBERED_RAW_VERSIONS = 16;

    private final Enricher enricher;
    private final LearnedNames learned;
    private final EnrichCounters counters;
    private ProcessorContext<String, SpecificRecord> context;
    private KeyValueStore<String, ArticleState> store;

    EnrichProcessor(Enricher enricher, LearnedNames learned, EnrichCounters counters) {
        this.enricher = enricher;
        this.learned = learned;
        this.counters = counters;
    }

    @Override
    public void init(ProcessorContext<String, SpecificRecord> context) {
        this.context = context;
        this.store = context.getStateStore(EnrichTopology.STATE_STORE);
    }

    @Override
    public void process(Record<String, RawArticle> record) {
        long started = System.nanoTime();
        try {
            enrich(record);
        } finally {
            counters.processingTime().record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
    }

    private void enrich(Record<String, RawArticle> record) {
        counters.countProcessed();
        RawArticle raw = record.value();
        byte[] bytes = bytes(raw.getContent());
        String recordKey = record.key() != null ? record.key() : "path:" + raw.getSourcePath();
        String rawHash = ContentHash.ofBytes(bytes);
        ArticleState keyState = store.get(recordKey);
        if (keyState != null && keyState.getRawHashes().contains(rawHash)) {
            counters.countDuplicate();
            return;
        }
        List<String> hashes = remember(keyState, rawHash);
        EnrichedArticle keyArticle = keyState == null ? null : keyState.getArticle();
        List<NameDictionary> learnedNow = learned.dictionaries();
        EnrichmentOutcome outcome = enricher.enrich(new PostInput(raw.getSourcePath(), bytes), learnedNow);
        if (outcome instanceof EnrichmentOutcome.Rejected rejected) {
            store.put(recordKey, new ArticleState(hashes, keyArticle));
            throw new RejectedRecordException(rejected.reason().name(), rejected.message(), raw.getSourcePath());
        }
        EnrichmentOutcome.Article article = (EnrichmentOutcome.Article) outcome;
        EnrichedArticle incoming = article.article();
        publishNewNames(article, learnedNow, record);
        String id = incoming.getId();
        boolean sameEntry = id.equals(recordKey);
        ArticleState idState = keyState;
        List<String> idHashes = hashes;
        if (!sameEntry) {
            store.put(recordKey, new ArticleState(hashes, keyArticle));
            idState = store.get(id);
            idHashes = idState == null ? List.of() : idState.getRawHashes();
        }
        EnrichedArticle previous = idState == null ? null : idState.getArticle();
        EnrichedArticle emitted = incoming;
        if (previous != null) {
            if (!(ArticleMerge.merge(previous, incoming) instanceof ArticleMerge.Result.Revision revision)) {
                if (sameEntry) {
                    store.put(id, new ArticleState(idHashes, previous)); // remember the new raw hash
                }
                counters.countDuplicate();
                return;
            }
            emitted = revision.article();
        }
        store.put(id, new ArticleState(idHashes, emitted));
        counters.countEmitted(emitted.getRevision());
        context.forward(new Record<>(id, (SpecificRecord) emitted, emitted.getPublishedAt().toEpochMilli(), record.headers()),
                EnrichTopology.SINK);
    }

    /**
     * Sends the pairs this article's markup shows and no dictionary knows yet to news.ticker-names.
     * Until the global store catches up, a popular pair may be sent twice; the topic is compacted.
     */
    private void publishNewNames(EnrichmentOutcome.Article article, List<NameDictionary> learnedNow, Record<String, RawArticle> record) {
        if (article.namePairs().isEmpty()) {
            return;
        }
        TickerNames known = enricher.names().with(learnedNow);
        EnrichedArticle a = article.article();
        for (NameEntry pair : article.namePairs()) {
            SecurityIds.Security s = pair.security();
            if (known.knows(pair.name(), s.symbol())) {
                continue;
            }
            TickerName value = new TickerName(pair.name(), s.symbol(), s.code(), s.exchange(), s.venue(), a.getId(), a.getPublishedAt());
            context.forward(new Record<>(LearnedNames.key(pair), (SpecificRecord) value, record.timestamp()), EnrichTopology.NAMES_SINK);
            counters.countNamePublished();
        }
    }

    private static List<String> remember(ArticleState state, String rawHash) {
        List<String> hashes = new ArrayList<>(state == null ? List.of() : state.getRawHashes());
        hashes.add(rawHash);
        if (hashes.size() > REMEMBERED_RAW_VERSIONS) {
            hashes.subList(0, hashes.size() - REMEMBERED_RAW_VERSIONS).clear();
        }
        return hashes;
    }

    private static byte[] bytes(ByteBuffer buffer) {
        ByteBuffer b = buffer.duplicate();
        byte[] out = new byte[b.remaining()];
        b.get(out);
        return out;
    }
}
