package io.newsflow.enrich.body;

import io.newsflow.enrich.tickers.MarkupMention;
import java.util.List;

/**
 * What the body yields: clean text (one paragraph per line), the lead, the outlet named in the
 * body, every link, and the post's own source links (the autolinks the mirror appends).
 *
 * @param media          the outlet from a {@code （文章来源：…）} line, or null
 * @param trailingOutlet an outlet in brackets at the end of the lead, e.g. {@code （中国证券报）}, or null
 * @param markup         securities, boards and indices the markup names, in document order
 */
public record BodyContent(String text, String digest, String media, String trailingOutlet, List<FoundLink> links,
                          List<String> sourceLinks, List<String> warnings, List<MarkupMention> markup) {}
