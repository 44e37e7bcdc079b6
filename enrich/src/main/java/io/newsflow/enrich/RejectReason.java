package io.newsflow.enrich;

/**
 * Why a post cannot become an article. These codes are a stable contract: they appear in
 * news.dlq records and in {@code newsflow extract} output, and dashboards filter on them.
 */
public enum RejectReason {
    /** The bytes are not valid UTF-8 (or are UTF-16, or contain NUL bytes). */
    NOT_UTF8,
    /** The post is larger than the configured maximum. */
    TOO_LARGE,
    /** The post does not start with a {@code ---} front matter block. */
    NO_FRONT_MATTER,
    /** The front matter is unclosed, too large, or cannot be read even line by line. */
    BAD_FRONT_MATTER,
    /** Neither a title nor any body text. */
    NO_TITLE_OR_TEXT,
    /** No publication time in the front matter, the file name or the article id. */
    NO_DATE,
    /** The Markdown nests quotes or lists deeper than the limit on one line (a parser bomb, not news). */
    TOO_COMPLEX,
    /** Enrichment took longer than the per-post time budget. */
    TIMED_OUT
}
