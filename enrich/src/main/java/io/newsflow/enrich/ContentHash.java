package io.newsflow.enrich;

import io.newsflow.schema.EnrichedArticle;
import io.newsflow.schema.Link;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeSet;

/** Hashes for telling versions apart: of raw bytes (replays) and of an article's content (revisions). */
public final class ContentHash {
    private ContentHash() {}

    /**
     * SHA-256 of what a reader would call the article's content, first 128 bits as hex: title,
     * publication time, canonical URL, outlet, lead, text, the set of link targets and the securities,
     * boards and indices found. Not the
     * source path, tags, warnings or the mirror's navigation links (kind {@code site}): the same
     * article copied to another path or section of the mirror is the same article.
     */
    public static String ofArticle(EnrichedArticle article) {
        MessageDigest sha = sha256();
        update(sha, article.getTitle());
        update(sha, Long.toString(article.getPublishedAt().toEpochMilli()));
        update(sha, article.getCanonicalUrl());
        update(sha, article.getMedia());
        update(sha, article.getDigest());
        update(sha, article.getText());
        TreeSet<String> targets = new TreeSet<>();
        for (Link link : article.getLinks()) {
            if ("site".equals(link.getKind())) {
                continue;
            }
            targets.add(link.getNormalized() != null ? link.getNormalized() : link.getUrl());
        }
        for (String target : targets) {
            update(sha, target);
        }
        // Securities found (by symbol, with names) count as content: a version that names more is richer.
        TreeSet<String> securities = new TreeSet<>();
        article.getTickers().forEach(t -> securities.add(t.getSymbol() + "\u0000" + t.getName()));
        article.getBoards().forEach(b -> securities.add("board\u0000" + b.getCode()));
        article.getIndices().forEach(b -> securities.add("index\u0000" + b.getCode()));
        for (String security : securities) {
            update(sha, security);
        }
        return HexFormat.of().formatHex(sha.digest(), 0, 16);
    }

    private static void update(MessageDigest sha, String field) {
        if (field != null) {
            sha.update(field.getBytes(StandardCharsets.UTF_8));
        }
        // A separator that cannot occur in text, and a different one for null, so fields cannot run together.
        sha.update(field == null ? (byte) 1 : (byte) 0);
    }

    /** SHA-256 of raw bytes, first 128 bits as hex. */
    public static String ofBytes(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes), 0, 16);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }
}
