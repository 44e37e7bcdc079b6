package io.newsflow.ingest;

import java.time.Instant;

/**
 * One item of a feed, whatever its format.
 *
 * @param id        the feed's own id for it (guid, Atom id, infoCode), or its link
 * @param published null when the feed gives no time
 */
public record FeedItem(String id, String title, String digest, Instant published, String url) {}
