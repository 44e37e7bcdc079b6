package io.newsflow.enrich;

/**
 * Measures how deeply a Markdown body nests block quotes and list items on one line
 * ({@code > > - 1. text}). Real posts nest one or two levels; thousands of levels are a parser
 * bomb (the Markdown renderer recurses once per level), so the enricher rejects them before parsing.
 */
final class MarkdownNesting {
    private MarkdownNesting() {}

    /** The largest number of quote and list markers that open any line. Linear in the length. */
    static int deepest(String markdown) {
        int deepest = 0;
        int i = 0;
        int n = markdown.length();
        while (i < n) {
            int depth = 0;
            boolean more = true;
            while (more && i < n) {
                while (i < n && (markdown.charAt(i) == ' ' || markdown.charAt(i) == '\t')) {
                    i++;
                }
                more = false;
                if (i < n) {
                    char c = markdown.charAt(i);
                    if (c == '>') {
                        depth++;
                        i++;
                        more = true;
                    } else if ((c == '-' || c == '*' || c == '+') && i + 1 < n && isBlank(markdown.charAt(i + 1))) {
                        depth++;
                        i += 2;
                        more = true;
                    } else if (c >= '0' && c <= '9') {
                        int j = i;
                        while (j < n && j - i < 9 && markdown.charAt(j) >= '0' && markdown.charAt(j) <= '9') {
                            j++;
                        }
                        if (j + 1 < n && (markdown.charAt(j) == '.' || markdown.charAt(j) == ')') && isBlank(markdown.charAt(j + 1))) {
                            depth++;
                            i = j + 2;
                            more = true;
                        }
                    }
                }
            }
            deepest = Math.max(deepest, depth);
            int nl = markdown.indexOf('\n', i);
            i = nl < 0 ? n : nl + 1;
        }
        return deepest;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }
}
