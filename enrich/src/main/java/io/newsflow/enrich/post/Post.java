package io.newsflow.enrich.post;

/** A post split into its front matter block (without the {@code ---} lines) and its body. */
public record Post(String frontMatter, String body) {}
