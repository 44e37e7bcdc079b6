package io.newsflow.enrich.tickers;

import io.newsflow.enrich.Nfkc;
import io.newsflow.enrich.links.LinkNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Reads the securities that eastmoney and Sina markup names: chart widgets
 * ({@code data-code="00020|116|5"}), inline links ({@code data-code="106,NIO"},
 * {@code em_stock_key_common} spans, {@code span id="stock_106.NIO"}), quote hrefs, and Sina's
 * {@code id="stock_sz300059"}. A mention the auto-linker put inside a longer word is dropped: in
 * {@code 上海<span>证券</span>报} the link is the newspaper 上海证券报, not the board 证券.
 */
public final class MarkupScanner {
    /** Selectors and patterns used per document, parsed once (jsoup parses a query string on every select). */
    private static final Evaluator QUOTE_MARKUP = QueryParser.parse("[data-code], [id^=stock_], [id^=bk_], a[href*=quote.eastmoney.com]");
    private static final Evaluator IMG = QueryParser.parse("img");
    private static final Pattern DIGITS_AND_DOTS = Pattern.compile("[0-9.]+");

    private static final Pattern PIPE_CODE = Pattern.compile("^(?:K\\s+)?([0-9A-Za-z_.]+)\\|(\\d{1,3})\\|");
    private static final Pattern COMMA_CODE = Pattern.compile("^(\\d{1,3}),([0-9A-Za-z_.]+)$");
    private static final Pattern SECID_ID = Pattern.compile("^(?:stock|bk)_(\\d{1,3})\\.([0-9A-Za-z_.]+)$");
    private static final Pattern SINA_ID = Pattern.compile("^stock_(sh|sz|bj|hk)([0-9]{4,6})$", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTE_URL = Pattern.compile("^https://quote\\.eastmoney\\.com/unify/r/(\\d{1,3})\\.([0-9A-Za-z_.]+)$");
    /** Words the auto-linker cuts into: newspapers and outlets ending right after the link. */
    private static final Pattern OUTLET_SUFFIX = Pattern.compile("^(?:报|时报|日报|周刊|网|之星)");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final int MAX_NAME_LENGTH = 12;

    private MarkupScanner() {}

    /** Every mention in document order; elements {@code ignored} says (the mirror's own lines) are left out. */
    public static List<MarkupMention> scan(Document doc, Predicate<Element> ignored) {
        List<MarkupMention> out = new ArrayList<>();
        for (Element e : doc.select(QUOTE_MARKUP)) {
            if (ignored.test(e)) {
                continue;
            }
            mention(e).ifPresent(m -> {
                if (!insideLongerWord(e)) {
                    out.add(m);
                }
            });
        }
        return out;
    }

    private static Optional<MarkupMention> mention(Element e) {
        String dataCode = e.attr("data-code").strip();
        if (!dataCode.isEmpty()) {
            Matcher pipe = PIPE_CODE.matcher(dataCode);
            if (pipe.find()) {
                return SecurityIds.ofSecid(pipe.group(2), pipe.group(1)).map(n -> new MarkupMention(n, null, "widget"));
            }
            Matcher comma = COMMA_CODE.matcher(dataCode);
            if (comma.matches()) {
                return SecurityIds.ofSecid(comma.group(1), comma.group(2)).map(n -> new MarkupMention(n, name(e), "link"));
            }
        }
        String id = e.id();
        Matcher secid = SECID_ID.matcher(id);
        if (secid.matches()) {
            return SecurityIds.ofSecid(secid.group(1), secid.group(2)).map(n -> new MarkupMention(n, name(e), "link"));
        }
        Matcher sina = SINA_ID.matcher(id);
        if (sina.matches()) {
            String prefix = sina.group(1).toLowerCase(Locale.ROOT);
            Optional<? extends SecurityIds.Named> named = prefix.equals("hk") ? Optional.of(SecurityIds.hongKong(sina.group(2)))
                    : SecurityIds.aShare(sina.group(2), prefix.toUpperCase(Locale.ROOT));
            return named.map(n -> new MarkupMention(n, name(e), "link"));
        }
        String href = e.normalName().equals("a") ? e.attr("href") : "";
        if (!href.isEmpty()) {
            Optional<String> normalized = LinkNormalizer.normalize(href);
            if (normalized.isPresent()) {
                Matcher quote = QUOTE_URL.matcher(normalized.get());
                if (quote.matches()) {
                    boolean widget = e.hasClass("EmImageRemark") || !e.select(IMG).isEmpty();
                    return SecurityIds.ofSecid(quote.group(1), quote.group(2))
                            .map(n -> new MarkupMention(n, widget ? null : name(e), widget ? "widget" : "link"));
                }
            }
        }
        return Optional.empty();
    }

    /** The visible name, when it looks like one (not a code, not a chart caption). */
    private static String name(Element e) {
        String text = WHITESPACE.matcher(Nfkc.normalize(e.text())).replaceAll("");
        if (text.isEmpty() || text.length() > MAX_NAME_LENGTH || DIGITS_AND_DOTS.matcher(text).matches() || text.contains("K图")) {
            return null;
        }
        return text;
    }

    /**
     * True when the text right after the markup continues it into an outlet's name (上海[证券]报) or an
     * association's (据[中国黄金]协会: the auto-linker links the listed name inside it).
     */
    private static boolean insideLongerWord(Element e) {
        Element outer = e;
        while (outer.parent() != null && outer.parent().childNodeSize() == 1) {
            outer = outer.parent();
        }
        Node next = outer.nextSibling();
        if (!(next instanceof TextNode text)) {
            return false;
        }
        Node previous = outer.previousSibling();
        boolean joinedBefore = previous instanceof TextNode before && !before.text().isEmpty()
                && Character.isIdeographic(before.text().codePointBefore(before.text().length()));
        return (joinedBefore && OUTLET_SUFFIX.matcher(text.text()).find()) || TickerNames.ASSOCIATION_AFTER.matcher(text.text()).find();
    }
}
