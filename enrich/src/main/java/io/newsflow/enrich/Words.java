package io.newsflow.enrich;

import java.util.List;

/** Word-list lookups for the extractors: a few indexOf calls cost far less than a regex alternation. */
public final class Words {
    private Words() {}

    /** True when {@code text} contains one of {@code words}. */
    public static boolean containsAny(CharSequence text, List<String> words) {
        String s = text.toString();
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
