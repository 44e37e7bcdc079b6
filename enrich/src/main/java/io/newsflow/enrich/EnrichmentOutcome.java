package io.newsflow.enrich;

import io.newsflow.enrich.tickers.NameEntry;
import io.newsflow.schema.EnrichedArticle;
import java.util.List;

/** What the enricher made of one post: an article, or a rejection with a reason. */
public sealed interface EnrichmentOutcome {

    /**
     * The post became an article (possibly with warnings inside it); {@code namePairs} are the
     * name/security pairs its markup shows, for the name dictionary to learn.
     */
    record Article(EnrichedArticle article, List<NameEntry> namePairs) implements EnrichmentOutcome {
        public Article(EnrichedArticle article) {
            this(article, List.of());
        }
    }

    /** The post cannot become an article; {@code message} explains it to a human. */
    record Rejected(RejectReason reason, String message) implements EnrichmentOutcome {}
}
