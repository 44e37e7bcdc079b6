package io.newsflow.enrich;

import java.text.Normalizer;

/**
 * Unicode NFKC, as {@link Normalizer} computes it, with a shortcut for what news text is made of:
 * a character whose NFKC form is one character that can compose with nothing (ideographs, ASCII,
 * full-width forms, CJK punctuation, most of Latin-1) is mapped through a table. Any other
 * character in the text — a combining mark, Hangul jamo, a surrogate, a ligature — sends the whole
 * text to {@link Normalizer}. Same result either way; the shortcut skips the normalizer's
 * decomposition and recomposition of every character.
 */
public final class Nfkc {
    /** The NFKC form of each character that has a one-character, non-combining one; 0 for the others. */
    private static final char[] SIMPLE = simpleForms();

    private Nfkc() {}

    public static String normalize(String text) {
        char[] out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char simple = SIMPLE[c];
            if (simple == 0) {
                return Normalizer.normalize(text, Normalizer.Form.NFKC);
            }
            if (simple != c) {
                if (out == null) {
                    out = text.toCharArray();
                }
                out[i] = simple;
            }
        }
        return out == null ? text : new String(out);
    }

    private static char[] simpleForms() {
        char[] table = new char[Character.MAX_VALUE + 1];
        for (int c = 1; c <= Character.MAX_VALUE; c++) {
            if (!composesWithNothing(c)) {
                continue;
            }
            String form = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFKC);
            if (form.length() == 1 && composesWithNothing(form.charAt(0))) {
                table[c] = form.charAt(0);
            }
        }
        return table;
    }

    /**
     * False for characters that can join a neighbour in composition or reordering: combining marks
     * (every character that composes with the one before it is one, or Hangul), Hangul jamo and
     * syllables, surrogates.
     */
    private static boolean composesWithNothing(int c) {
        int type = Character.getType(c);
        boolean mark = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
        boolean hangul = c >= 0x1100 && c <= 0x11FF || c >= 0x3130 && c <= 0x318F || c >= 0xA960 && c <= 0xA97F
                || c >= 0xAC00 && c <= 0xD7FF;
        return !mark && !hangul && !Character.isSurrogate((char) c);
    }
}
