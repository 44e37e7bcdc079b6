package io.newsflow.sink;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.schema.Board;
import io.newsflow.schema.EnrichedArticle;
import io.newsflow.schema.Metric;
import io.newsflow.schema.RecordJson;
import io.newsflow.schema.Ticker;
import java.util.List;
import java.util.function.Function;

/**
 * The search document of an article: flat, stable field names a search engine can index as they
 * are (see the README's field table). Securities are flat keyword arrays ({@code tickers} of
 * symbols, {@code ticker_names}) so a filter is one term query; {@code metrics} maps each
 * vocabulary key to the article's first figure of that key ({@code metrics.revenue_yoy}), numbers in
 * base units; figures without a vocabulary key stay in news.enriched only.
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
        putCodesAndNames(doc, "tickers", "ticker_names", article.getTickers(), Ticker::getSymbol, Ticker::getName);
        putCodesAndNames(doc, "boards", "board_names", article.getBoards(), Board::getCode, Board::getName);
        ArrayNode indices = doc.putArray("indices");
        article.getIndices().forEach(i -> indices.add(i.getCode()));
        ObjectNode metrics = doc.putObject("metrics");
        for (Metric m : article.getMetrics()) {
            if (!metrics.has(m.getKey()) && !m.getKey().equals("other") && !m.getKey().startsWith("other_")) {
                metrics.put(m.getKey(), m.getValue()); // the first figure of each key: the one the article leads with
            }
        }
        return doc;
    }

    /** Two flat keyword arrays: every item's code, and the names of those that have one. */
    private static <T> void putCodesAndNames(ObjectNode doc, String codesField, String namesField, List<T> items,
                                             Function<T, String> code, Function<T, String> name) {
        ArrayNode codes = doc.putArray(codesField);
        ArrayNode names = doc.putArray(namesField);
        for (T item : items) {
            codes.add(code.apply(item));
            if (name.apply(item) != null) {
                names.add(name.apply(item));
            }
        }
    }

    public static String json(EnrichedArticle article) {
        try {
            return RecordJson.MAPPER.writeValueAsString(of(article));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a search document must always serialize", e);
        }
    }
}
