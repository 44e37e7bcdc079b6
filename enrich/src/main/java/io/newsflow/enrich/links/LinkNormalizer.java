package io.newsflow.enrich.links;

import io.newsflow.enrich.identity.ArticleIds;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalizes URLs found in posts so that equal targets compare equal: protocol-relative links get
 * {@code https:}, hosts are lowercased, default ports, fragments and tracking parameters go, every
 * eastmoney article form becomes the canonical article URL and quote links the canonical quote URL.
 * Empty and relative links have no normalized form; they are reported, not invented.
 */
public final class LinkNormalizer {
    /** Characters browsers ignore inside a scheme, which hostile links use to hide {@code javascript:}. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\s\\u0000-\\u001f]");
    private static final Pattern QUOTE_PATH = Pattern.compile("^/(?:unify/)?r/(\\d{1,3})\\.([0-9A-Za-z_]+)$");
    /** Older quote pages named by exchange prefix: {@code /sh600519.html}, {@code /concept/sz000001.html}, {@code /hk/00700.html}. */
    private static final Pattern QUOTE_PREFIX_PATH =
            Pattern.compile("^/(?:[a-z]+/)?(sh|sz|bj)(\\d{6})\\.html$|^/hk/(\\d{5})\\.html$", Pattern.CASE_INSENSITIVE);
    /** Quote pages that carry the secid in another path: boards {@code /bk/90.BK0493.html}, mobile {@code /quote/stock/1.600519.html}. */
    private static final Pattern QUOTE_SECID_PATH =
            Pattern.compile("^/(?:bk|quote/stock|quote/hk|quote/us|unify/cr)/(\\d{1,3})\\.([0-9A-Za-z_]+?)(?:\\.html)?$");
    /** Lenient split of an absolute HTTP URL, for links {@link URI} refuses (a raw {@code |}, {@code {}, {@code ^} in the query). */
    private static final Pattern LENIENT_URL =
            Pattern.compile("^(https?)://(?:[^/?#@]*@)?([^/?#:]+)(?::(\\d{1,5}))?([^?#]*)(?:\\?([^#]*))?(?:#.*)?$", Pattern.CASE_INSENSITIVE);

    private LinkNormalizer() {}

    /**
     * True for links that must never reach an output field: schemes that execute or inline a
     * payload, and strings with characters no real URL has unescaped ({@code < > "}), which
     * break out of an attribute in a page that copies the link.
     */
    public static boolean isUnsafe(String url) {
        String lower = url.strip().toLowerCase(Locale.ROOT);
        if (hasSpaceOrControl(lower)) {
            lower = INVISIBLE.matcher(lower).replaceAll("");
        }
        return lower.startsWith("javascript:") || lower.startsWith("vbscript:") || lower.startsWith("data:")
                || lower.startsWith("file:") || lower.isEmpty() || lower.startsWith("#")
                || url.indexOf('<') >= 0 || url.indexOf('>') >= 0 || url.indexOf('"') >= 0;
    }

    /** True when the text has a character {@link #INVISIBLE} removes: most links have none, and then no regex runs. */
    private static boolean hasSpaceOrControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) <= ' ') {
                return true;
            }
        }
        return false;
    }

    public static Optional<String> normalize(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String u = url.strip();
        if (u.isEmpty() || isUnsafe(u)) {
            return Optional.empty();
        }
        if (u.startsWith("//")) {
            u = "https:" + u;
        }
        String lowerScheme = u.toLowerCase(Locale.ROOT);
        if (!lowerScheme.startsWith("http://") && !lowerScheme.startsWith("https://")) {
            return Optional.empty();
        }
        Optional<String> articleId = ArticleIds.fromUrl(u);
        if (articleId.isPresent()) {
            return Optional.of(ArticleIds.canonicalUrl(articleId.get()));
        }
        String scheme;
        String host;
        String path;
        int port;
        String rawQuery;
        URI uri = parse(u.replace(" ", "%20"));
        if (uri != null && uri.getHost() != null) {
            scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            host = uri.getHost().toLowerCase(Locale.ROOT);
            path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            port = uri.getPort();
            rawQuery = uri.getRawQuery();
        } else {
            // URI refuses some real links (a raw | in the query, _ in a host name): split them leniently.
            Matcher lenient = LENIENT_URL.matcher(u.replace(" ", "%20"));
            if (!lenient.matches()) {
                return Optional.empty();
            }
            scheme = lenient.group(1).toLowerCase(Locale.ROOT);
            host = lenient.group(2).toLowerCase(Locale.ROOT);
            port = lenient.group(3) == null ? -1 : Integer.parseInt(lenient.group(3));
            path = lenient.group(4).isEmpty() ? "/" : lenient.group(4);
            rawQuery = lenient.group(5);
        }
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.equals("quote.eastmoney.com") || host.endsWith("wap.eastmoney.com")) {
            Matcher quote = QUOTE_PATH.matcher(path);
            if (quote.matches()) {
                return Optional.of(quoteUrl(quote.group(1), quote.group(2)));
            }
            Matcher secid = QUOTE_SECID_PATH.matcher(path);
            if (secid.matches()) {
                return Optional.of(quoteUrl(secid.group(1), secid.group(2)));
            }
            Matcher prefixed = QUOTE_PREFIX_PATH.matcher(path);
            if (prefixed.matches()) {
                // Eastmoney's market ids: 1 Shanghai, 0 Shenzhen and Beijing, 116 Hong Kong.
                return Optional.of(prefixed.group(3) != null ? quoteUrl("116", prefixed.group(3))
                        : quoteUrl(prefixed.group(1).equalsIgnoreCase("sh") ? "1" : "0", prefixed.group(2)));
            }
        }
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        StringBuilder out = new StringBuilder(scheme).append("://").append(host);
        if (!defaultPort) {
            out.append(':').append(port);
        }
        out.append(path);
        String query = cleanQuery(rawQuery);
        if (!query.isEmpty()) {
            out.append('?').append(query);
        }
        return Optional.of(out.toString());
    }

    private static URI parse(String url) {
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String quoteUrl(String market, String code) {
        return "https://quote.eastmoney.com/unify/r/" + market + "." + code;
    }

    private static String cleanQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        StringJoiner kept = new StringJoiner("&");
        for (String param : rawQuery.split("&")) {
            String name = param.contains("=") ? param.substring(0, param.indexOf('=')) : param;
            String lower = name.toLowerCase(Locale.ROOT);
            if (param.isEmpty() || lower.startsWith("utm_") || param.equalsIgnoreCase("from=web")) {
                continue;
            }
            kept.add(param);
        }
        return kept.toString();
    }
}
