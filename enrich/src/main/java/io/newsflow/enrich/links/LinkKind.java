package io.newsflow.enrich.links;

import java.util.Locale;

/** What a link points at, for consumers that only want some of them. */
public enum LinkKind {
    /** A news article (eastmoney article and share forms, or the post's own source link). */
    ARTICLE,
    /** A quote page of a security, board or index. */
    QUOTE,
    /** An image. */
    IMAGE,
    /** Navigation on the mirror site itself (back-links). */
    SITE,
    OTHER;

    /** The lowercase name written into {@code links[].kind}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
