package io.newsflow.enrich.tickers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The names one enricher instance has learned from the stream so far, as dictionaries it can
 * match with. Shared by the thread that reads {@code news.ticker-names} (which adds) and the
 * threads that enrich (which read). A new name is matchable at once: it goes into a small recent
 * dictionary, rebuilt on every addition, and the large one is rebuilt only every
 * {@value #RECENT_LIMIT} names, so a replay that learns thousands of names does not rebuild a
 * thousand-name automaton thousands of times.
 */
public final class LearnedNames {
    static final int RECENT_LIMIT = 64;

    private final Map<String, NameEntry> byKey = new LinkedHashMap<>();
    private final List<NameEntry> recent = new ArrayList<>();
    private NameDictionary settled = NameDictionary.empty();
    private List<NameDictionary> dictionaries = List.of();

    /** The dictionary key of a pair: {@code <name>|<symbol>}, also the record key on the topic. */
    public static String key(NameEntry entry) {
        return entry.name() + "|" + entry.security().symbol();
    }

    /** Adds a pair; false when it was known already. */
    public synchronized boolean add(NameEntry entry) {
        if (byKey.putIfAbsent(key(entry), entry) != null) {
            return false;
        }
        recent.add(entry);
        if (recent.size() > RECENT_LIMIT) {
            settled = NameDictionary.of(byKey.values(), List.of());
            recent.clear();
            dictionaries = List.of(settled);
        } else {
            dictionaries = List.of(settled, NameDictionary.of(recent, List.of()));
        }
        return true;
    }

    /** Forgets a pair (a tombstone on the topic); false when it was not known. */
    public synchronized boolean remove(String key) {
        NameEntry removed = byKey.remove(key);
        if (removed == null) {
            return false;
        }
        recent.clear();
        settled = NameDictionary.of(byKey.values(), List.of());
        dictionaries = List.of(settled);
        return true;
    }

    /** What to match with now: immutable, safe to use while more names arrive. */
    public synchronized List<NameDictionary> dictionaries() {
        return dictionaries;
    }

    public synchronized int size() {
        return byKey.size();
    }
}
