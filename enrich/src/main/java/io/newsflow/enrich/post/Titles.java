package io.newsflow.enrich.post;

import io.newsflow.enrich.InvisibleCharacters;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Turns a front matter title into plain text: entities decoded, tags dropped, whitespace (U+3000
 * included) folded. Ingest and enricher both derive ids from it, so both must clean it this way.
 */
public final class Titles {
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private Titles() {}

    /** The plain-text title; empty for a missing one. */
    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String t = raw.indexOf('&') >= 0 ? Parser.unescapeEntities(raw, false) : raw;
        if (t.indexOf('<') >= 0) {
            t = TAG.matcher(t).replaceAll("");
        }
        return WHITESPACE.matcher(InvisibleCharacters.strip(t).replace('\u3000', ' ').strip()).replaceAll(" ");
    }
}
