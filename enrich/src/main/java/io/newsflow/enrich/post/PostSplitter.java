package io.newsflow.enrich.post;

/**
 * Splits decoded post text into front matter and body. Line endings are normalized first (the
 * archive has CRLF and mixed endings) and blank lines before the opening {@code ---} are allowed,
 * as seen in early posts.
 */
public final class PostSplitter {
    private PostSplitter() {}

    /** Thrown when the text has no usable front matter block. */
    public static final class NoFrontMatterException extends Exception {
        private final boolean unclosed;

        NoFrontMatterException(String message, boolean unclosed) {
            super(message, null, false, false);
            this.unclosed = unclosed;
        }

        /** True when a block was opened but never closed (a broken post rather than a non-post). */
        public boolean unclosed() {
            return unclosed;
        }
    }

    public static Post split(String text, int maxFrontMatterChars) throws NoFrontMatterException {
        String normalized = normalizeLineEndings(text);
        int pos = 0;
        int length = normalized.length();
        // Skip blank lines (and a stray BOM) before the opening fence.
        while (pos < length) {
            int end = lineEnd(normalized, pos);
            if (!normalized.substring(pos, end).isBlank()) {
                break;
            }
            pos = end + 1;
        }
        if (pos >= length || !isFence(normalized, pos, lineEnd(normalized, pos))) {
            throw new NoFrontMatterException("the post does not start with a '---' front matter block", false);
        }
        int start = lineEnd(normalized, pos) + 1;
        int cursor = start;
        while (cursor <= length) {
            int end = lineEnd(normalized, cursor);
            if (cursor - start > maxFrontMatterChars) {
                throw new NoFrontMatterException("the front matter is larger than " + maxFrontMatterChars + " characters", true);
            }
            if (isFence(normalized, cursor, end)) {
                String frontMatter = normalized.substring(start, Math.max(start, cursor - 1));
                String body = end >= length ? "" : normalized.substring(end + 1);
                return new Post(frontMatter, body);
            }
            if (end >= length) {
                break;
            }
            cursor = end + 1;
        }
        throw new NoFrontMatterException("the front matter block is never closed with '---'", true);
    }

    static String normalizeLineEndings(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (t.indexOf('\r') < 0) {
            return t;
        }
        return t.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static int lineEnd(String s, int from) {
        int nl = s.indexOf('\n', from);
        return nl < 0 ? s.length() : nl;
    }

    private static boolean isFence(String s, int from, int to) {
        return s.substring(from, to).strip().equals("---");
    }
}
