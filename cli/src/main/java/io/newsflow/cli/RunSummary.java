package io.newsflow.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.schema.RecordJson;
import java.util.Map;

/**
 * What one {@code newsflow run} did, counted from the committed output topics (plus the
 * enricher's duplicate count). {@code ingested = enriched + duplicates + dead_letters} when
 * nothing is lost; {@code unaccounted} is the difference and must be 0.
 *
 * @param enriched    records committed to news.enriched: first revisions ({@code new_articles}) plus updates
 * @param updates     the part of {@code enriched} that are later revisions of an article
 * @param deadLetters dead letters of the enrich stage (the ones that balance {@code ingested})
 * @param alerts      alerts raised in this run (news.alerts)
 * @param topTickers  the securities named by the most articles written in this run, symbol → articles
 */
public record RunSummary(long filesSeen, long skippedFiles, long ingested, long ingestFailed, long enriched,
                         long updates, long duplicates, long deadLetters, Map<String, Long> deadLetterReasons,
                         long otherDeadLetters, long searchDocuments, long alerts, Map<String, Long> topTickers, long elapsedMs,
                         String bootstrapServers, boolean embeddedBroker) {
    /** How many of the most mentioned securities the summary lists. */
    static final int TOP_TICKERS = 10;

    /** First revisions: articles this run saw for the first time. */
    public long newArticles() {
        return enriched - updates;
    }

    public long unaccounted() {
        return ingested - enriched - duplicates - deadLetters;
    }

    public ObjectNode toJson() {
        ObjectNode json = RecordJson.MAPPER.createObjectNode();
        json.put("files_seen", filesSeen);
        json.put("skipped_files", skippedFiles);
        json.put("ingested", ingested);
        json.put("ingest_failed", ingestFailed);
        json.put("enriched", enriched);
        json.put("new_articles", newArticles());
        json.put("updates", updates);
        json.put("duplicates", duplicates);
        json.put("dead_letters", deadLetters);
        ObjectNode reasons = json.putObject("dead_letter_reasons");
        deadLetterReasons.forEach(reasons::put);
        json.put("other_dead_letters", otherDeadLetters);
        json.put("search_documents", searchDocuments);
        json.put("alerts", alerts);
        ObjectNode top = json.putObject("top_tickers");
        topTickers.forEach(top::put);
        json.put("unaccounted", unaccounted());
        json.put("elapsed_ms", elapsedMs);
        json.put("bootstrap_servers", bootstrapServers);
        json.put("embedded_broker", embeddedBroker);
        return json;
    }

    public String toText() {
        StringBuilder s = new StringBuilder();
        s.append(String.format("Newsflow run finished in %.1f s%n", elapsedMs / 1000.0));
        s.append(String.format("  files seen        %7d  (%d not posts, skipped)%n", filesSeen, skippedFiles));
        s.append(String.format("  ingested          %7d%s%n", ingested, ingestFailed > 0 ? "  (" + ingestFailed + " could not be published)" : ""));
        s.append(String.format("  enriched          %7d  (%d new articles, %d updates of earlier ones)%n", enriched, newArticles(), updates));
        s.append(String.format("  duplicates        %7d%n", duplicates));
        s.append(String.format("  dead letters      %7d%s%n", deadLetters, deadLetterReasons.isEmpty() ? "" : "  " + reasons()));
        if (otherDeadLetters > 0) {
            s.append(String.format("  other dead letters%7d  (ingest or sink stage; see news.dlq)%n", otherDeadLetters));
        }
        s.append(String.format("  search documents  %7d%n", searchDocuments));
        if (alerts > 0) {
            s.append(String.format("  alerts            %7d  (news.alerts)%n", alerts));
        }
        if (!topTickers.isEmpty()) {
            StringBuilder top = new StringBuilder();
            topTickers.forEach((symbol, n) -> top.append(top.length() == 0 ? "" : ", ").append(symbol).append(' ').append(n));
            s.append("  top tickers       ").append(top).append(" (articles)\n");
        }
        s.append(unaccounted() == 0
                ? "  every ingested post is accounted for: ingested = enriched + duplicates + dead letters\n"
                : String.format("  WARNING: %d ingested posts are not accounted for%n", unaccounted()));
        return s.toString();
    }

    private String reasons() {
        StringBuilder s = new StringBuilder();
        deadLetterReasons.forEach((reason, n) -> s.append(s.length() == 0 ? "" : ", ").append(reason).append(' ').append(n));
        return s.toString();
    }
}
