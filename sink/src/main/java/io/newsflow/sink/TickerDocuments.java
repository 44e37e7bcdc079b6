package io.newsflow.sink;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.schema.EnrichedArticle;
import io.newsflow.schema.Metric;
import io.newsflow.schema.RecordJson;
import io.newsflow.schema.Ticker;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;

/**
 * The compact form of an article for one of its tickers, keyed by the ticker's symbol (news.by-ticker):
 * id, revision, title, url, published_at, the ticker, and the figures about that security.
 */
public final class TickerDocuments {
    private TickerDocuments() {}

    public static List<KeyValue<String, String>> of(EnrichedArticle article) {
        List<KeyValue<String, String>> out = new ArrayList<>(article.getTickers().size());
        for (Ticker t : article.getTickers()) {
            ObjectNode doc = RecordJson.MAPPER.createObjectNode();
            doc.put("symbol", t.getSymbol());
            doc.put("name", t.getName());
            doc.put("id", article.getId());
            doc.put("revision", article.getRevision());
            doc.put("title", article.getTitle());
            doc.put("url", article.getCanonicalUrl());
            doc.put("published_at", article.getPublishedAt().toString());
            ArrayNode evidence = doc.putArray("evidence");
            t.getEvidence().forEach(evidence::add);
            doc.put("mentions", t.getMentions());
            ArrayNode metrics = doc.putArray("metrics");
            for (Metric m : article.getMetrics()) {
                if (t.getSymbol().equals(m.getSubjectSymbol())) {
                    ObjectNode f = metrics.addObject();
                    f.put("key", m.getKey()).put("value", m.getValue()).put("unit", m.getUnit()).put("period", m.getPeriod())
                            .put("text", m.getText());
                    if (m.getValueMax() != null) {
                        f.put("value_max", m.getValueMax());
                    }
                }
            }
            try {
                out.add(KeyValue.pair(t.getSymbol(), RecordJson.MAPPER.writeValueAsString(doc)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a ticker document must always serialize", e);
            }
        }
        return out;
    }
}
