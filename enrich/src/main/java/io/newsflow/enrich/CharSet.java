package io.newsflow.enrich;

import java.util.BitSet;
import java.util.Collection;

/**
 * A fixed set of characters with constant-time membership, for the scanners that test every
 * character of a text against a handful of markers: {@code String.indexOf(c)} over the marker
 * string costs a loop per character. Built from the word lists it gates where there are any, so
 * the gate cannot fall out of step with the lists.
 */
public final class CharSet {
    private final BitSet members = new BitSet();

    private CharSet() {}

    /** The characters of {@code chars}. */
    public static CharSet of(String chars) {
        CharSet set = new CharSet();
        chars.chars().forEach(set.members::set);
        return set;
    }

    /** The first characters of the words of each list. */
    @SafeVarargs
    public static CharSet firstCharsOf(Collection<String>... lists) {
        CharSet set = new CharSet();
        for (Collection<String> words : lists) {
            for (String w : words) {
                set.members.set(w.charAt(0));
            }
        }
        return set;
    }

    /** The last characters of the words of each list. */
    @SafeVarargs
    public static CharSet lastCharsOf(Collection<String>... lists) {
        CharSet set = new CharSet();
        for (Collection<String> words : lists) {
            for (String w : words) {
                set.members.set(w.charAt(w.length() - 1));
            }
        }
        return set;
    }

    /** This set and the characters of {@code chars}. */
    public CharSet and(String chars) {
        CharSet set = new CharSet();
        set.members.or(members);
        chars.chars().forEach(set.members::set);
        return set;
    }

    public boolean contains(char c) {
        return members.get(c);
    }
}
