package io.newsflow.sink.alerts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.schema.RecordJson;
import java.time.Instant;

/**
 * One alert: a rule matched an article (for a ticker, when the rule is about one).
 *
 * @param ticker   the symbol or board the alert is about, or null
 * @param reason   a sentence for a human: what matched and why
 * @param evidence the source span that matched
 */
public record Alert(String rule, String kind, String articleId, String ticker, String reason, String evidence, String title,
                    String url, Instant publishedAt) {
    /** One alert per rule, article and ticker: also the record key on news.alerts. */
    public String key() {
        return rule + "|" + articleId + "|" + (ticker == null ? "" : ticker);
    }

    public String json() {
        ObjectNode doc = RecordJson.MAPPER.createObjectNode();
        doc.put("rule", rule).put("kind", kind).put("article_id", articleId).put("ticker", ticker).put("reason", reason)
                .put("evidence", evidence).put("title", title).put("canonical_url", url)
                .put("published_at", publishedAt == null ? null : publishedAt.toString());
        try {
            return RecordJson.MAPPER.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
