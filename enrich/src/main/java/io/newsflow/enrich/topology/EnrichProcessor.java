package io.newsflow.enrich.topology;

import io.newsflow.enrich.ContentHash;
import io.newsflow.enrich.Enricher;
import io.newsflow.enrich.EnrichmentOutcome;
import io.newsflow.enrich.PostInput;
import io.newsflow.runtime.RejectedRecordException;
import io.newsflow.schema.ArticleState;
import io.newsflow.schema.EnrichedArticle;
import io.newsflow.schema.RawArticle;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Runs the enricher on each raw post and folds versions per key: an exact replay of raw bytes or
 * an unchanged article is a duplicate (no output), a changed article is the next revision. A post
 * the enricher rejects is thrown as a {@link RejectedRecordException}, which the Streams exception
 * handler turns into a dead letter.
 */
final class EnrichProcessor implements Processor<String, RawArticle, String, EnrichedArticle> {
    /** How many raw-version hashes to remember per key: enough for the rewrites seen in the archive. */
    static final int REMEMBERED_RAW_VERSIONS = 16;

    private final Enricher enricher;
    private final EnrichCounters counters;
    private ProcessorContext<String, EnrichedArticle> context;
    private KeyValueStore<String, ArticleState> store;

    EnrichProcessor(Enricher enricher, EnrichCounters counters) {
        this.enricher = enricher;
        this.counters = counters;
    }

    @Override
    public void init(ProcessorContext<String, EnrichedArticle> context) {
        this.context = context;
        this.store = context.getStateStore(EnrichTopology.STATE_STORE);
    }

    @Override
    public void process(Record<String, RawArticle> record) {
        counters.countProcessed();
        RawArticle raw = record.value();
        byte[] bytes = bytes(raw.getContent());
        String stateKey = record.key() != null ? record.key() : "path:" + raw.getSourcePath();
        String rawHash = ContentHash.ofBytes(bytes);
        ArticleState state = store.get(stateKey);
        if (state != null && state.getRawHashes().contains(rawHash)) {
            counters.countDuplicate();
            return;
        }
        List<String> hashes = remember(state, rawHash);
        EnrichedArticle previous = state == null ? null : state.getArticle();
        EnrichmentOutcome outcome = enricher.enrich(new PostInput(raw.getSourcePath(), bytes));
        if (outcome instanceof EnrichmentOutcome.Rejected rejected) {
            store.put(stateKey, new ArticleState(hashes, previous));
            throw new RejectedRecordException(rejected.reason().name(), rejected.message(), raw.getSourcePath());
        }
        EnrichedArticle article = ((EnrichmentOutcome.Article) outcome).article();
        if (previous != null && previous.getContentHash().equals(article.getContentHash())) {
            store.put(stateKey, new ArticleState(hashes, previous));
            counters.countDuplicate();
            return;
        }
        if (previous != null) {
            article.setRevision(previous.getRevision() + 1);
        }
        store.put(stateKey, new ArticleState(hashes, article));
        context.forward(new Record<>(article.getId(), article, article.getPublishedAt().toEpochMilli(), record.headers()));
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
