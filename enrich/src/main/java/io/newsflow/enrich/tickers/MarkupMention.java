package io.newsflow.enrich.tickers;

/**
 * A security, board or index named by the page's markup.
 *
 * @param named    what the markup names
 * @param name     the visible name next to it ({@code 蔚来}), or null for chart widgets
 * @param evidence {@code widget} (chart widget) or {@code link} (inline link, quote href, stock span)
 */
public record MarkupMention(SecurityIds.Named named, String name, String evidence) {}
