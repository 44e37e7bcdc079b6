package io.newsflow.enrich.body;

import io.newsflow.enrich.links.LinkKind;

/** A URL as found in the body, with the role its position gives it (before normalization). */
public record FoundLink(String url, LinkKind kind) {}
