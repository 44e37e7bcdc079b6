package io.newsflow.enrich;

import java.util.BitSet;
import java.util.Collection;
import java.util.function.ToIntFunction;

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
        return new CharSet().and(chars);
    }

    /** The first characters of the words of each list. */
    @SafeVarargs
    public static CharSet firstCharsOf(Collection<String>... lists) {
        return charOfEach(w -> w.charAt(0), lists);
    }

    /** The last characters of the words of each list. */
    @SafeVarargs
    public static CharSet lastCharsOf(Collection<String>... lists) {
        return charOfEach(w -> w.charAt(w.length() - 1), lists);
    }

    private static CharSet charOfEach(ToIntFunction<String> pick, Collection<String>[] lists) {
        CharSet set = new CharSet();
        for (Collection<String> words : lists) {
            words.forEach(w -> set.members.set(pick.applyAsInt(w)));
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

    /**
     * True for printable ASCII and CJK unified ideographs, most of any text here: never whitespace,
     * a space or a control character, so text scanners can take them without Unicode table lookups.
     */
    public static boolean isPlainVisible(char c) {
        return c > ' ' && c < 0x7F || c >= '\u4E00' && c <= '\u9FFF';
    }
}
