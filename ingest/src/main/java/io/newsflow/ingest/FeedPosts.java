package io.newsflow.ingest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes a feed item as a post in the mirror's own format (YAML front matter, the digest, the
 * source link), so the enricher reads feed items exactly as it reads archived posts and derives
 * the same id from the same link.
 */
public final class FeedPosts {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.ofHours(8));

    private FeedPosts() {}

    public static byte[] post(FeedItem item, String feedName, Instant fallbackTime) {
        Instant at = item.published() != null ? item.published() : fallbackTime;
        StringBuilder out = new StringBuilder(256 + item.digest().length());
        out.append("---\n")
                .append("title: ").append(quoted(item.title())).append('\n')
                .append("date: ").append(DATE.format(at)).append(" +0800\n")
                .append("categories: feed\n")
                .append("tags: ").append(quoted(feedName)).append('\n')
                .append("---\n\n");
        if (!item.digest().isEmpty()) {
            out.append(escapeMarkdown(item.digest())).append("\n\n");
        }
        if (item.url().startsWith("http://") || item.url().startsWith("https://")) {
            out.append('<').append(item.url().replace(">", "%3E").replace(" ", "%20")).append(">\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A YAML double-quoted scalar: the feed's text can hold anything. */
    static String quoted(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n', '\r', '\t' -> out.append(' ');
                default -> {
                    if (c >= 0x20) {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** The digest is plain text: keep it from being read as HTML or front matter. */
    private static String escapeMarkdown(String s) {
        String text = s.replace("<", "&lt;").replace(">", "&gt;");
        return text.startsWith("---") ? "\\" + text : text;
    }
}
