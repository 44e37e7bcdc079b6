package io.newsflow.enrich;

import io.newsflow.schema.EnrichedArticle;

/** What the enricher made of one post: an article, or a rejection with a reason. */
public sealed interface EnrichmentOutcome {

    /** The post became an article (possibly with warnings inside it). */
    record Article(EnrichedArticle article) implements EnrichmentOutcome {}

    /** The post cannot become an article; {@code message} explains it to a human. */
    record Rejected(RejectReason reason, String message) implements EnrichmentOutcome {}
}
