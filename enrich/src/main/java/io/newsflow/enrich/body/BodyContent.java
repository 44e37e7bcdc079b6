package io.newsflow.enrich.body;

import java.util.List;

/**
 * What the body yields: clean text (one paragraph per line), the lead, the outlet named in the
 * body, every link, and the post's own source links (the autolinks the mirror appends).
 */
public record BodyContent(String text, String digest, String media, List<FoundLink> links, List<String> sourceLinks,
                          List<String> warnings) {}
