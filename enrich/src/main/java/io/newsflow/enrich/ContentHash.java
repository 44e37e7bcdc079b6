package io.newsflow.enrich;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Hashes for telling versions apart: of raw bytes (replays) and of an article's content (revisions). */
public final class ContentHash {
    private ContentHash() {}

    /** SHA-256 of the article's meaningful content, first 128 bits as hex. */
    public static String ofArticle(String title, long publishedAtMillis, String text) {
        MessageDigest sha = sha256();
        sha.update(title.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(Long.toString(publishedAtMillis).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) 0);
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest(), 0, 16);
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
