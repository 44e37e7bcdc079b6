package io.newsflow.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A fixed list of words that answers "which is the longest one written here" by looking only at the
 * words that start with the character found there, longest first: the scanners ask it at nearly
 * every character of a sentence, and walking a whole list of units each time was measurable.
 */
public final class WordList {
    private final List<String> words;
    private final CharSet firstChars;
    private final Map<Character, String[]> byFirstChar = new HashMap<>();

    private WordList(List<String> words) {
        this.words = List.copyOf(words);
        Map<Character, List<String>> groups = new HashMap<>();
        for (String w : this.words) {
            if (w.isEmpty()) {
                throw new IllegalArgumentException("an empty word");
            }
            groups.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(w);
        }
        // Longest first, and among equals the list's order: the first match is the longest.
        groups.forEach((c, ws) -> byFirstChar.put(c, ws.stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).toArray(String[]::new)));
        this.firstChars = CharSet.firstCharsOf(this.words);
    }

    public static WordList of(List<String> words) {
        return new WordList(words);
    }

    /** The words, in the order given. */
    public List<String> words() {
        return words;
    }

    /** Where the first occurrence of any of the words starts in {@code text}, or -1: the smallest {@code text.indexOf(w)}. */
    public int firstStart(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (longestAt(text, i) != null) {
                return i;
            }
        }
        return -1;
    }

    /** Where the last occurrence of any of the words starts in {@code text}, or -1: the largest {@code text.lastIndexOf(w)}. */
    public int lastStart(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            if (longestAt(text, i) != null) {
                return i;
            }
        }
        return -1;
    }

    /** The longest word written at {@code at} in {@code text}, or null. */
    public String longestAt(String text, int at) {
        if (at < 0 || at >= text.length() || !firstChars.contains(text.charAt(at))) {
            return null;
        }
        for (String w : byFirstChar.get(text.charAt(at))) {
            if (text.startsWith(w, at)) {
                return w;
            }
        }
        return null;
    }
}
