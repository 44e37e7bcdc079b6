package io.newsflow.enrich.post;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads front matter that is only {@code key: value} lines and {@code - item} lists, the shape
 * nearly every post has, without a YAML parser: the same map the strict YAML reading gives, or
 * null whenever any line is outside that shape (then the YAML parser decides). A YAML parser
 * costs more than the rest of the front matter work put together, and every post has a block.
 */
final class PlainYamlLines {
    private PlainYamlLines() {}

    /**
     * The mapping, values a {@code String} or a {@code List<String>}; null if a line is anything
     * but a plain, single- or double-quoted scalar without escapes, a sequence item, or blank.
     */
    static Map<String, Object> read(String block, int maxChars) {
        if (block.length() > maxChars) {
            return null;
        }
        Map<String, Object> map = new HashMap<>();
        String listKey = null;
        List<String> items = null;
        int itemIndent = -1;
        int pos = 0;
        int n = block.length();
        while (pos <= n) {
            int end = block.indexOf('\n', pos);
            if (end < 0) {
                end = n;
            }
            int from = pos;
            pos = end + 1;
            int indent = 0;
            while (from + indent < end && block.charAt(from + indent) == ' ') {
                indent++;
            }
            if (from + indent == end) {
                continue; // a blank line
            }
            char first = block.charAt(from + indent);
            if (first == '-' && from + indent + 1 < end && block.charAt(from + indent + 1) == ' ') {
                if (listKey == null || (itemIndent >= 0 && indent != itemIndent)) {
                    return null;
                }
                itemIndent = indent;
                String item = scalar(block, from + indent + 2, end);
                if (item == null) {
                    return null;
                }
                items.add(item);
                continue;
            }
            if (indent > 0) {
                return null; // a continuation line or nested mapping
            }
            if (listKey != null && !close(map, listKey, items)) {
                return null;
            }
            listKey = null;
            int colon = keyEnd(block, from, end);
            if (colon < 0) {
                return null;
            }
            String key = block.substring(from, colon);
            if (blankFrom(block, colon + 1, end)) {
                listKey = key;
                items = new ArrayList<>();
                itemIndent = -1;
                continue;
            }
            if (block.charAt(colon + 1) != ' ') {
                return null;
            }
            String value = scalar(block, colon + 2, end);
            if (value == null) {
                return null;
            }
            map.put(key, value);
        }
        if (listKey != null && !close(map, listKey, items)) {
            return null;
        }
        return map.isEmpty() ? null : map;
    }

    /** A key with nothing after it must be followed by items; an empty value is no string in YAML's failsafe schema. */
    private static boolean close(Map<String, Object> map, String key, List<String> items) {
        if (items.isEmpty()) {
            return false;
        }
        map.put(key, items);
        return true;
    }

    /** Where the colon after a simple key is, or -1. */
    private static int keyEnd(String s, int from, int end) {
        int i = from;
        if (i >= end || !(isLetter(s.charAt(i)) || s.charAt(i) == '_')) {
            return -1;
        }
        while (i < end && (isLetter(s.charAt(i)) || isDigit(s.charAt(i)) || s.charAt(i) == '_' || s.charAt(i) == '-')) {
            i++;
        }
        return i < end && s.charAt(i) == ':' ? i : -1;
    }

    private static boolean blankFrom(String s, int from, int end) {
        for (int i = from; i < end; i++) {
            if (s.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    /**
     * The scalar written in {@code s[from, end)} after its indicator and space, or null when it is
     * not one this reader can take as written: escapes, inner quotes, flow collections, comments,
     * anchors, tags, control or non-printable characters all go to the YAML parser.
     */
    private static String scalar(String s, int from, int end) {
        while (from < end && s.charAt(from) == ' ') {
            from++;
        }
        while (end > from && s.charAt(end - 1) == ' ') {
            end--;
        }
        if (from == end) {
            return null;
        }
        for (int i = from; i < end; i++) {
            if (!printable(s.charAt(i))) {
                return null;
            }
        }
        char first = s.charAt(from);
        char last = s.charAt(end - 1);
        if (first == '"' || first == '\'') {
            if (end - from < 2 || last != first) {
                return null;
            }
            for (int i = from + 1; i < end - 1; i++) {
                char c = s.charAt(i);
                if (c == first || c == '\\') {
                    return null;
                }
            }
            return s.substring(from + 1, end - 1);
        }
        if ("-?:,[]{}#&*!|>'\"%@`".indexOf(first) >= 0 || last == ':') {
            return null;
        }
        for (int i = from + 1; i < end; i++) {
            char c = s.charAt(i);
            if ((c == ':' && s.charAt(i + 1) == ' ') || (c == '#' && s.charAt(i - 1) == ' ')) {
                return null;
            }
        }
        return s.substring(from, end);
    }

    /** Characters YAML takes inside a scalar as themselves; tabs and line separators go to the parser. */
    private static boolean printable(char c) {
        return c >= 0x20 && c != 0x7F && !(c >= 0x80 && c <= 0x9F) && c != 0xFEFF && c != 0xFFFE && c != 0xFFFF
                && c != 0x2028 && c != 0x2029;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
