package io.newsflow.enrich;

/**
 * Removes characters that are invisible or reorder text — zero-width spaces and joiners, bidi
 * overrides and isolates, C0/C1 controls other than line breaks and tabs — from text that people
 * will read: they spoof titles (U+202E turns "txt.exe" around) and break search.
 */
public final class InvisibleCharacters {
    private InvisibleCharacters() {}

    public static String strip(String s) {
        int i = 0;
        int n = s.length();
        while (i < n && !invisible(s.charAt(i))) {
            i++;
        }
        if (i == n) {
            return s; // the common case: nothing to remove, no copy
        }
        StringBuilder out = new StringBuilder(n);
        out.append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (!invisible(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    static boolean invisible(char c) {
        return c < 0x20 && c != '\n' && c != '\t' && c != '\r'
                || c >= 0x7f && c <= 0x9f
                || c >= '\u200b' && c <= '\u200f'
                || c >= '\u202a' && c <= '\u202e'
                || c >= '\u2066' && c <= '\u2069'
                || c == '\u2060' || c == '\ufeff';
    }
}
