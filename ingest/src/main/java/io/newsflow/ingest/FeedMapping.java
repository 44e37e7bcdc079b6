package io.newsflow.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Where a JSON list endpoint keeps its items and their fields, e.g. for eastmoney's list API:
 * items at {@code data.list}, fields {@code title=title,digest=digest,time=showtime,url=url,id=infoCode}.
 * RSS and Atom need no mapping.
 */
public record FeedMapping(String itemsPath, Map<String, String> fields) {
    private static final Set<String> FIELDS = Set.of("title", "digest", "time", "url", "id");

    public static FeedMapping defaults() {
        return new FeedMapping("", Map.of("title", "title", "digest", "digest", "time", "showtime", "url", "url", "id", "infoCode"));
    }

    /** Parses {@code title=title,time=showtime,…}; unnamed fields keep their defaults. */
    public static FeedMapping of(String itemsPath, String spec) {
        Map<String, String> fields = new LinkedHashMap<>(defaults().fields());
        if (spec != null && !spec.isBlank()) {
            for (String pair : spec.split(",")) {
                String[] kv = pair.split("=", 2);
                if (kv.length != 2 || !FIELDS.contains(kv[0].strip()) || kv[1].isBlank()) {
                    throw new IllegalArgumentException("'" + pair + "' is not FIELD=JSONFIELD with FIELD one of " + FIELDS);
                }
                fields.put(kv[0].strip(), kv[1].strip());
            }
        }
        return new FeedMapping(itemsPath == null ? "" : itemsPath, Map.copyOf(fields));
    }
}
