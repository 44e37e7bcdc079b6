package io.newsflow.enrich.metrics;

/**
 * Full-width digits, Latin letters and percent signs folded to their ASCII forms, one character
 * for one, so that {@code 票面利率３．１３％} and {@code Ｃ海力} read as {@code 3.13%} and {@code C海力} while
 * every offset stays the source's. Chinese punctuation (，：（）) is full-width too and is what the
 * scanners split on, so it stays as written; a full-width full stop is folded only between digits.
 */
final class WidthFold {
    private WidthFold() {}

    /** {@code text} folded, or {@code text} itself when it has nothing to fold. */
    static String fold(String text) {
        char[] out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '\uFF05' || c > '\uFF5A') {
                continue;
            }
            char folded = folded(text, i, c);
            if (folded != c) {
                if (out == null) {
                    out = text.toCharArray();
                }
                out[i] = folded;
            }
        }
        return out == null ? text : new String(out);
    }

    private static char folded(String text, int i, char c) {
        if (c >= '０' && c <= '９' || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ' || c == '％') {
            return (char) (c - 0xFEE0);
        }
        if (c == '．' && i > 0 && i + 1 < text.length() && isDigit(text.charAt(i - 1)) && isDigit(text.charAt(i + 1))) {
            return '.';
        }
        return c;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }
}
