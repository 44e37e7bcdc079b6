package io.newsflow.enrich.tickers;

import io.newsflow.enrich.CharSet;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An Aho–Corasick automaton over a fixed list of words: one pass over a text reports every
 * occurrence of every word, however many words there are (thousands of company names cost the
 * same pass as one). Immutable once built and safe to share between threads.
 */
public final class NameAutomaton {
    /** Receives one occurrence: {@code text[start, end)} equals word number {@code word}. */
    @FunctionalInterface
    public interface Occurrence {
        void found(int start, int end, int word);
    }

    private final char[][] labels;
    private final int[][] targets;
    private final int[] fail;
    /** The word that ends exactly at this state, or -1. */
    private final int[] word;
    /** The nearest state down the fail chain that ends a word, or 0 (the root ends none). */
    private final int[] outputLink;
    private final int[] wordLength;
    /**
     * The root's transitions as a table indexed by the character (0: stay at the root), for large
     * automata: most characters of a text are read at the root, where a binary search over hundreds
     * of first characters was the scan's main cost. Null for small automata (learned names).
     */
    private final int[] rootTable;
    /**
     * The root's first characters, for small automata (the metric vocabulary, learned names): a
     * text character that starts no word is turned away without the binary search. Null with a root table.
     */
    private final CharSet rootChars;

    /** Root fan-out from which the 256 KB root table pays for itself. */
    static final int ROOT_TABLE_FROM = 64;

    private NameAutomaton(char[][] labels, int[][] targets, int[] fail, int[] word, int[] outputLink, int[] wordLength) {
        this.labels = labels;
        this.targets = targets;
        this.fail = fail;
        this.word = word;
        this.outputLink = outputLink;
        this.wordLength = wordLength;
        if (labels[0].length >= ROOT_TABLE_FROM) {
            rootTable = new int[Character.MAX_VALUE + 1];
            for (int i = 0; i < labels[0].length; i++) {
                rootTable[labels[0][i]] = targets[0][i];
            }
            rootChars = null;
        } else {
            rootTable = null;
            rootChars = CharSet.of(new String(labels[0]));
        }
    }

    /** Builds the automaton; word {@code i} is reported as {@code i}. Empty words are never reported. */
    public static NameAutomaton of(List<String> words) {
        List<TreeMap<Character, Integer>> children = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        children.add(new TreeMap<>());
        ends.add(-1);
        int[] lengths = new int[words.size()];
        for (int w = 0; w < words.size(); w++) {
            String s = words.get(w);
            lengths[w] = s.length();
            if (s.isEmpty()) {
                continue;
            }
            int state = 0;
            for (int i = 0; i < s.length(); i++) {
                Integer next = children.get(state).get(s.charAt(i));
                if (next == null) {
                    next = children.size();
                    children.add(new TreeMap<>());
                    ends.add(-1);
                    children.get(state).put(s.charAt(i), next);
                }
                state = next;
            }
            if (ends.get(state) < 0) {
                ends.set(state, w); // a repeated word is reported once, under its first number
            }
        }
        int n = children.size();
        char[][] labels = new char[n][];
        int[][] targets = new int[n][];
        int[] word = new int[n];
        for (int s = 0; s < n; s++) {
            TreeMap<Character, Integer> c = children.get(s);
            labels[s] = new char[c.size()];
            targets[s] = new int[c.size()];
            int i = 0;
            for (Map.Entry<Character, Integer> e : c.entrySet()) {
                labels[s][i] = e.getKey();
                targets[s][i++] = e.getValue();
            }
            word[s] = ends.get(s);
        }
        int[] fail = new int[n];
        int[] outputLink = new int[n];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int child : targets[0]) {
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            for (int i = 0; i < labels[s].length; i++) {
                char ch = labels[s][i];
                int child = targets[s][i];
                int f = fail[s];
                while (f != 0 && step(labels, targets, f, ch) < 0) {
                    f = fail[f];
                }
                int via = step(labels, targets, f, ch);
                fail[child] = via >= 0 && via != child ? via : 0;
                outputLink[child] = word[fail[child]] >= 0 ? fail[child] : outputLink[fail[child]];
                queue.add(child);
            }
        }
        return new NameAutomaton(labels, targets, fail, word, outputLink, lengths);
    }

    /** Reports every occurrence of every word in {@code text}, overlapping ones included, by end position. */
    public void scan(CharSequence text, Occurrence out) {
        int state = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            int next = state == 0 ? rootStep(ch) : step(labels, targets, state, ch);
            while (next < 0 && state != 0) {
                state = fail[state];
                next = state == 0 ? rootStep(ch) : step(labels, targets, state, ch);
            }
            state = Math.max(next, 0);
            for (int s = state; s != 0; s = outputLink[s]) {
                int w = word[s];
                if (w >= 0) {
                    out.found(i + 1 - wordLength[w], i + 1, w);
                }
            }
        }
    }

    /** Number of states, for sizing and tests. */
    public int states() {
        return labels.length;
    }

    private int rootStep(char ch) {
        if (rootTable != null) {
            int next = rootTable[ch];
            return next == 0 ? -1 : next;
        }
        return rootChars.contains(ch) ? step(labels, targets, 0, ch) : -1;
    }

    private static int step(char[][] labels, int[][] targets, int state, char ch) {
        int i = Arrays.binarySearch(labels[state], ch);
        return i >= 0 ? targets[state][i] : -1;
    }
}
