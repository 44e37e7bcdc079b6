package io.newsflow.enrich.body;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Renders the plain Markdown most feed bodies are made of — paragraphs of text without inline
 * markup, HTML blocks that open with a block tag or a comment, a {@code > digest} quote, autolink and
 * {@code [返回…](…)} link lines — to exactly the HTML that CommonMark renders for them, or declines
 * ({@code null}) for anything else. Reading those bodies with the full Markdown parser and renderer
 * cost more than parsing their HTML; a body this class declines goes through CommonMark as before.
 */
final class PlainMarkdown {
    /**
     * Tags that open an HTML block of CommonMark's kind 6 (ended by a blank line, may interrupt a
     * paragraph): a subset of the specification's list, enough for the feeds' bodies.
     */
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "center", "table", "tbody", "thead", "tfoot", "tr", "td",
            "th", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "figure", "hr", "iframe",
            "article", "header", "footer", "dl", "dt", "dd");

    private PlainMarkdown() {}

    /** The body as CommonMark would render it, or {@code null} when it uses anything beyond the plain subset. */
    static String render(String body) {
        if (body.indexOf('\r') >= 0 || body.indexOf('\t') >= 0 || body.indexOf('\0') >= 0) {
            return null; // other line ends, tab stops and NUL replacement: left to CommonMark
        }
        StringBuilder html = new StringBuilder(body.length() + body.length() / 8 + 64);
        String[] lines = body.split("\n", -1);
        int i = 0;
        while (i < lines.length) {
            String line = lines[i];
            if (blank(line)) {
                i++;
            } else if (opensComment(line)) {
                int at = line.indexOf("<!--");
                if (line.startsWith("<!-->", at) || line.startsWith("<!--->", at)) {
                    return null;
                }
                // A comment block runs to the line that closes the comment, blank lines included.
                int end = i;
                int from = at + 4;
                while (end < lines.length && lines[end].indexOf("-->", end == i ? from : 0) < 0) {
                    end++;
                }
                if (end == lines.length) {
                    return null; // a comment never closed runs to the end, where CommonMark trims blank lines
                }
                end++;
                for (int j = i; j < end; j++) {
                    html.append(lines[j]).append('\n');
                }
                i = end;
            } else if (opensHtmlBlock(line)) {
                int end = i;
                while (end < lines.length && !blank(lines[end])) {
                    end++;
                }
                for (int j = i; j < end; j++) {
                    html.append(lines[j]).append('\n');
                }
                i = end;
            } else if (quoteContent(line) != null) {
                List<String> quoted = new ArrayList<>();
                int end = i;
                for (String content; end < lines.length && (content = quoteContent(lines[end])) != null; end++) {
                    quoted.add(content);
                }
                if (end < lines.length && !blank(lines[end])) {
                    return null; // a lazy continuation line: CommonMark folds it into the quote
                }
                html.append("<blockquote>\n");
                if (!paragraph(quoted.toArray(String[]::new), 0, quoted.size(), html)) {
                    return null;
                }
                html.append("</blockquote>\n");
                i = end;
            } else {
                int end = i;
                while (end < lines.length && !blank(lines[end]) && !opensHtmlBlock(lines[end]) && !opensComment(lines[end])) {
                    end++;
                }
                if (!paragraph(lines, i, end, html)) {
                    return null;
                }
                i = end;
            }
        }
        return html.toString();
    }

    /** The text after {@code >} and one optional space on a quote line of plain text, or null. */
    private static String quoteContent(String line) {
        int at = leadingSpaces(line);
        if (at > 3 || at >= line.length() || line.charAt(at) != '>') {
            return null;
        }
        String content = line.substring(at + 1);
        content = content.startsWith(" ") ? content.substring(1) : content;
        return blank(content) ? null : content;
    }

    /** A paragraph of plain lines, autolinks and simple links; false when a line is anything else. */
    private static boolean paragraph(String[] lines, int from, int to, StringBuilder html) {
        html.append("<p>");
        for (int j = from; j < to; j++) {
            String line = lines[j];
            int start = leadingSpaces(line);
            if (start > 3 && j == from || startsABlock(line, start)) {
                return false;
            }
            int end = line.length();
            while (end > start && line.charAt(end - 1) == ' ') {
                end--;
            }
            if (j < to - 1 && line.length() - end >= 2) {
                return false; // a hard line break
            }
            String content = line.substring(start, end);
            if (!inline(content, html)) {
                return false;
            }
            if (j < to - 1) {
                html.append('\n');
            }
        }
        html.append("</p>\n");
        return true;
    }

    /**
     * One line's content: text without markup, {@code [text](destination)} links, autolinks and the
     * literal {@code <>}, in any order (the back-link lines are two links around a {@code ｜}).
     */
    private static boolean inline(String content, StringBuilder html) {
        int i = 0;
        int n = content.length();
        while (i < n) {
            char c = content.charAt(i);
            if (c == '[') {
                int close = content.indexOf("](", i);
                int end = close < 0 ? -1 : content.indexOf(')', close + 2);
                if (end < 0) {
                    return false;
                }
                String text = content.substring(i + 1, close);
                String destination = content.substring(close + 2, end);
                if (text.isEmpty() || !isPlainText(text) || destination.isEmpty() || !isPlainUrl(destination)) {
                    return false;
                }
                html.append("<a href=\"");
                escape(destination, html);
                html.append("\">");
                escape(text, html);
                html.append("</a>");
                i = end + 1;
            } else if (c == '<') {
                if (content.startsWith("<>", i)) {
                    html.append("&lt;&gt;"); // neither a link nor a tag: text
                    i += 2;
                    continue;
                }
                int end = content.indexOf('>', i);
                String url = end < 0 ? "" : content.substring(i + 1, end);
                if (!(url.startsWith("http://") || url.startsWith("https://")) || !isPlainUrl(url)) {
                    return false;
                }
                html.append("<a href=\"");
                escape(url, html);
                html.append("\">");
                escape(url, html);
                html.append("</a>");
                i = end + 1;
            } else if (isMarkup(c)) {
                return false;
            } else {
                escapeChar(c, html);
                i++;
            }
        }
        return true;
    }

    private static boolean isMarkup(char c) {
        return switch (c) {
            case '\\', '`', '*', '_', '[', ']', '!', '<', '&' -> true;
            default -> false;
        };
    }

    /** Text in which CommonMark finds no inline markup, entity or escape. */
    private static boolean isPlainText(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isMarkup(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A destination CommonMark keeps as written: ASCII URL characters with nothing to encode or unescape. */
    private static boolean isPlainUrl(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~:/?#@$'+,;=".indexOf(c) >= 0;
            if (!plain) {
                return false;
            }
        }
        return true;
    }

    /** True for a line that starts a block other than a paragraph (heading, list, quote, fence, break, setext underline). */
    private static boolean startsABlock(String line, int start) {
        if (start >= line.length()) {
            return false;
        }
        char c = line.charAt(start);
        if ("#>-*_+=~`|".indexOf(c) >= 0) {
            return true;
        }
        int k = start;
        while (k < line.length() && line.charAt(k) >= '0' && line.charAt(k) <= '9') {
            k++;
        }
        return k > start && k < line.length() && (line.charAt(k) == '.' || line.charAt(k) == ')');
    }

    /** A line that opens an HTML comment block (CommonMark's kind 2): up to three spaces, then {@code <!--}. */
    private static boolean opensComment(String line) {
        int at = leadingSpaces(line);
        return at <= 3 && line.startsWith("<!--", at);
    }

    /** A line that opens an HTML block of kind 6: up to three spaces, then {@code <tag} or {@code </tag} of a block tag. */
    private static boolean opensHtmlBlock(String line) {
        int at = leadingSpaces(line);
        if (at > 3 || at >= line.length() || line.charAt(at) != '<') {
            return false;
        }
        int nameStart = at + 1 < line.length() && line.charAt(at + 1) == '/' ? at + 2 : at + 1;
        int nameEnd = nameStart;
        while (nameEnd < line.length() && isAsciiLetterOrDigit(line.charAt(nameEnd))) {
            nameEnd++;
        }
        if (nameEnd == nameStart || !BLOCK_TAGS.contains(line.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (nameEnd == line.length()) {
            return true;
        }
        char after = line.charAt(nameEnd);
        return after == ' ' || after == '>' || line.startsWith("/>", nameEnd);
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /** CommonMark's blank line: nothing but spaces (tabs never reach here). */
    private static boolean blank(String line) {
        return leadingSpaces(line) == line.length();
    }

    private static int leadingSpaces(String line) {
        int at = 0;
        while (at < line.length() && line.charAt(at) == ' ') {
            at++;
        }
        return at;
    }

    /** What CommonMark's renderer escapes in text and attributes. */
    private static void escape(String s, StringBuilder html) {
        for (int i = 0; i < s.length(); i++) {
            escapeChar(s.charAt(i), html);
        }
    }

    private static void escapeChar(char c, StringBuilder html) {
        switch (c) {
            case '&' -> html.append("&amp;");
            case '<' -> html.append("&lt;");
            case '>' -> html.append("&gt;");
            case '"' -> html.append("&quot;");
            default -> html.append(c);
        }
    }
}
