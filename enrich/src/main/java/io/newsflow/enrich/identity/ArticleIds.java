package io.newsflow.enrich.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Article identity. Eastmoney articles are named by their digits (17 until about 2018, 18 later)
 * whichever form they arrive in: a file name, an {@code NW} infoCode, or an article link. Posts
 * from other sites get an id derived from their canonical URL, else from title and time.
 */
public final class ArticleIds {
    /** {@code …-202112082206928461.md}, {@code …-NW202205252390829633.md}, rewritten copies {@code …@b5202fad.md}. */
    private static final Pattern FILE_NAME_ID =
            Pattern.compile("(?:^|[-_])(?:NW)?(\\d{17,18})(?:@[0-9A-Za-z]+)?\\.(?:md|markdown)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern INFO_CODE = Pattern.compile("[?&]infocode=NW(\\d{17,18})(?:$|[&#])", Pattern.CASE_INSENSITIVE);
    private static final Pattern EASTMONEY_ARTICLE_PATH =
            Pattern.compile("^/(?:a/|news/[0-9A-Za-z]+,)(\\d{17,18})\\.html$");

    private ArticleIds() {}

    private static final Pattern SCHEME = Pattern.compile("^(?i)(https?:)?//");

    /** The eastmoney id in a file name, if it carries one. */
    public static Optional<String> fromFileName(String fileName) {
        Matcher m = FILE_NAME_ID.matcher(fileName);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * The eastmoney id a URL names: article pages on any eastmoney news host, and the share and
     * detail pages with an {@code NW} infoCode (also on the mirror's proxy host).
     */
    public static Optional<String> fromUrl(String url) {
        if (url == null || url.isEmpty()) {
            return Optional.empty();
        }
        Matcher info = INFO_CODE.matcher(url);
        if (info.find()) {
            return Optional.of(info.group(1));
        }
        String withoutScheme = SCHEME.matcher(url).replaceFirst("");
        int slash = withoutScheme.indexOf('/');
        if (slash <= 0) {
            return Optional.empty();
        }
        String host = withoutScheme.substring(0, slash).toLowerCase(java.util.Locale.ROOT);
        if (!host.endsWith("eastmoney.com")) {
            return Optional.empty();
        }
        String path = withoutScheme.substring(slash);
        int query = indexOfAny(path, '?', '#');
        path = query < 0 ? path : path.substring(0, query);
        Matcher m = EASTMONEY_ARTICLE_PATH.matcher(path);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static int indexOfAny(String s, char a, char b) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == a || s.charAt(i) == b) {
                return i;
            }
        }
        return -1;
    }

    /** True for ids that are eastmoney digits (the only ones with a canonical eastmoney URL). */
    public static boolean isEastmoneyId(String id) {
        return id != null && id.length() >= 17 && id.length() <= 18 && id.chars().allMatch(Character::isDigit);
    }

    /** The canonical article URL of an eastmoney id. */
    public static String canonicalUrl(String eastmoneyId) {
        return "https://finance.eastmoney.com/a/" + eastmoneyId + ".html";
    }

    /** A stable id for a post from another site: {@code u} + hash of its canonical URL. */
    public static String fromCanonicalUrl(String canonicalUrl) {
        return "u" + hash16(canonicalUrl);
    }

    /** A stable id for a post with no URL at all: {@code t} + hash of title and publication time. */
    public static String fromTitleAndTime(String title, long publishedAtMillis) {
        return "t" + hash16(title + "\u0000" + publishedAtMillis);
    }

    private static String hash16(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }
}
