package io.newsflow.sink;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.schema.EnrichedArticle;
import io.newsflow.schema.RecordJson;

/**
 * The search document of an article: flat, stable field names a search engine can index as they
 * are (see the README's field table). {@code tickers}, {@code boards} and {@code metrics} are
 * present and empty until the extractors that fill them land, so mappings never change shape.
 */
public final class SearchDocuments {
    private SearchDocuments() {}

    public static ObjectNode of(EnrichedArticle article) {
        ObjectNode doc = RecordJson.MAPPER.createObjectNode();
        doc.put("id", article.getId());
        doc.put("revision", article.getRevision());
        doc.put("canonical_url", article.getCanonicalUrl());
        doc.put("title", article.getTitle());
        doc.put("digest", article.getDigest());
        doc.put("text", article.getText());
        doc.put("media", article.getMedia());
        doc.put("category", article.getCategory());
        ArrayNode tags = doc.putArray("tags");
        article.getTags().forEach(tags::add);
        doc.put("published_at", article.getPublishedAt().toString());
        doc.putArray("tickers");
        doc.putArray("boards");
        doc.putObject("metrics");
        return doc;
    }

    public static String json(EnrichedArticle article) {
        try {
            return RecordJson.MAPPER.writeValueAsString(of(article));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a search document must always serialize", e);
        }
    }
}
