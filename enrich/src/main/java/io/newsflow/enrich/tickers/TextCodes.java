package io.newsflow.enrich.tickers;

import io.newsflow.enrich.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds securities written as codes in plain text (already NFKC-normalized, so full-width
 * brackets and letters are ASCII): {@code 贵州茅台(600519)}, {@code 600519.SH}, {@code SH600519},
 * {@code 股票代码:600519}, {@code 00700.HK}, a bare {@code (03868)} in a Hong Kong context,
 * {@code $BABA}, {@code BABA.US}, {@code (TSLA.O)}. A bare six-digit number is never a code
 * (postal codes, dates, amounts), and codes outside the stock ranges (funds, bonds) are not tagged.
 */
public final class TextCodes {
    /** A found code: what it names, where, and the short name written right before it (or null). */
    public record Hit(SecurityIds.Security security, int start, int end, String name) {}

    private static final Pattern BRACKETED_A = Pattern.compile(
            "\\(\\s*(?:(?:股票|证券)?代码[:：]?\\s*)?(?:(SH|SZ|BJ)\\s*)?(\\d{6})(?:\\.(SH|SZ|BJ|SS))?\\s*[),，;；、]", Pattern.CASE_INSENSITIVE);
    private static final Pattern SUFFIXED_A = Pattern.compile("(?<![0-9A-Za-z.])(\\d{6})\\.(SH|SZ|BJ|SS)(?![A-Za-z])");
    private static final Pattern PREFIXED_A = Pattern.compile("(?<![0-9A-Za-z])(SH|SZ|BJ)(\\d{6})(?!\\d)");
    private static final Pattern CODE_LABEL = Pattern.compile("(?:股票|证券)代码\\s*[:：为是]?\\s*(\\d{6})(?!\\d)");
    private static final Pattern HK_SUFFIX = Pattern.compile("(?<![0-9A-Za-z.])(\\d{4,5})\\.HK(?![A-Za-z])", Pattern.CASE_INSENSITIVE);
    private static final Pattern HK_PREFIX = Pattern.compile("\\(\\s*HK\\s*[:：]?\\s*(\\d{4,5})\\s*\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HK_BARE = Pattern.compile("\\(\\s*(\\d{5})\\s*\\)");
    /** Words of an article about Hong Kong; searched with indexOf, much cheaper than a regex alternation. */
    private static final List<String> HK_CONTEXT = List.of("港股", "香港", "港交所", "联交所", "H股", "恒生", "港元", "港币");
    private static final Pattern US_DOLLAR = Pattern.compile("(?<![A-Za-z0-9])\\$([A-Z]{1,5})(?![A-Za-z0-9])");
    private static final Pattern US_SUFFIX = Pattern.compile("(?<![A-Za-z0-9.])([A-Z]{1,5})\\.US(?![A-Za-z])");
    private static final Pattern US_REUTERS = Pattern.compile("\\(\\s*([A-Z]{1,5})\\.(O|N|OQ|A|K)\\s*\\)");
    private static final Pattern US_VENUE = Pattern.compile("(?:NASDAQ|NYSE|纳斯达克|纽交所|美股)\\s*[:：]\\s*([A-Z]{1,5})(?![A-Za-z])");
    private static final List<String> NEEQ_CONTEXT = List.of("新三板", "全国股转", "挂牌公司");
    /** Characters of a short name written right before a code; the run is cut at function words. */
    private static final Pattern NAME_BEFORE = Pattern.compile("([\\p{IsHan}A-Za-z*]{2,12})\\s*$");
    /** Words that end up before a name in a run of Han characters: cut from the left. */
    private static final Pattern LEADING_WORDS = Pattern.compile(
            "^(?:其中|包括|比如|例如|公司|旗下|龙头|个股|股票|子公司|控股股东|股东|上升|下降|上调|下调|增持|减持|买入|卖出|持有|看好|推荐|"
                    + "关注|给予|维持|覆盖|收购|入股|投资|发布|公告|宣布|表示|披露|上涨|下跌|报道|消息|今日|昨日|近日|此外|同时|另外|以及|"
                    + "[如及和与或是为的了在对将由被有其该系据称])+");
    /** Words no short name contains: the name starts after the last of them. */
    private static final Pattern INNER_BOUNDARY = Pattern.compile(".*(?:公司|旗下|龙头|个股|股东|概念股)");
    /** Single-character verbs, cut only when a name of three or more characters remains. */
    private static final Pattern LEADING_VERB = Pattern.compile("^[涨跌升降]");

    private TextCodes() {}

    /** True when the text is about Hong Kong (港股, 香港, 港交所, H股, 恒生, 港元 …). */
    public static boolean aboutHongKong(String text) {
        return Words.containsAny(text, HK_CONTEXT);
    }

    /** True when "hk" occurs in any ASCII case, all the HK patterns can match (they ignore ASCII case only). */
    private static boolean containsHk(String text) {
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == 'k' || c == 'K') && (text.charAt(i - 1) == 'h' || text.charAt(i - 1) == 'H')) {
                return true;
            }
        }
        return false;
    }

    public static List<Hit> find(String text) {
        List<Hit> hits = new ArrayList<>();
        boolean neeq = Words.containsAny(text, NEEQ_CONTEXT);
        // Each pattern runs only when the characters it needs are there: most texts have no code at all,
        // and a regex pass over a long text costs more than a few indexOf calls.
        boolean hasBracket = text.indexOf('(') >= 0;
        Matcher m = BRACKETED_A.matcher(hasBracket ? text : "");
        while (m.find()) {
            String hint = exchange(m.group(3) != null ? m.group(3) : m.group(1), neeq);
            int bracket = m.start();
            int start = m.start(2);
            SecurityIds.aShare(m.group(2), hint).ifPresent(s -> hits.add(new Hit(s, start, start + 6, nameBefore(text, bracket))));
        }
        for (Matcher s = SUFFIXED_A.matcher(text.contains(".S") || text.contains(".B") ? text : ""); s.find(); ) {
            int start = s.start(1);
            SecurityIds.aShare(s.group(1), exchange(s.group(2), neeq)).ifPresent(x -> hits.add(new Hit(x, start, s.end(), null)));
        }
        for (Matcher p = PREFIXED_A.matcher(text.contains("SH") || text.contains("SZ") || text.contains("BJ") ? text : ""); p.find(); ) {
            int start = p.start(2);
            SecurityIds.aShare(p.group(2), exchange(p.group(1), neeq)).ifPresent(x -> hits.add(new Hit(x, start, p.end(), null)));
        }
        for (Matcher c = CODE_LABEL.matcher(text.contains("代码") ? text : ""); c.find(); ) {
            int start = c.start(1);
            SecurityIds.aShare(c.group(1), neeq ? "NQ" : null).ifPresent(x -> hits.add(new Hit(x, start, c.end(), null)));
        }
        boolean hk = containsHk(text);
        for (Matcher h = HK_SUFFIX.matcher(hk ? text : ""); h.find(); ) {
            hits.add(new Hit(SecurityIds.hongKong(h.group(1)), h.start(1), h.end(), nameBefore(text, bracketStart(text, h.start()))));
        }
        for (Matcher h = HK_PREFIX.matcher(hk && hasBracket ? text : ""); h.find(); ) {
            hits.add(new Hit(SecurityIds.hongKong(h.group(1)), h.start(1), h.end(), nameBefore(text, h.start())));
        }
        if (hasBracket && aboutHongKong(text)) {
            for (Matcher h = HK_BARE.matcher(text); h.find(); ) {
                hits.add(new Hit(SecurityIds.hongKong(h.group(1)), h.start(1), h.end(), nameBefore(text, h.start())));
            }
        }
        boolean[] usNeeds = {text.indexOf('$') >= 0, text.contains(".US"), hasBracket && text.indexOf('.') >= 0,
                text.contains("NASDAQ") || text.contains("NYSE") || text.contains("纳斯达克") || text.contains("纽交所") || text.contains("美股")};
        List<Pattern> usPatterns = List.of(US_DOLLAR, US_SUFFIX, US_REUTERS, US_VENUE);
        for (int i = 0; i < usPatterns.size(); i++) {
            Pattern us = usPatterns.get(i);
            for (Matcher u = us.matcher(usNeeds[i] ? text : ""); u.find(); ) {
                String venue = us == US_REUTERS ? (u.group(2).startsWith("O") ? "NASDAQ" : u.group(2).equals("N") ? "NYSE" : null) : null;
                String name = us == US_REUTERS || us == US_VENUE ? nameBefore(text, bracketStart(text, u.start())) : null;
                hits.add(new Hit(new SecurityIds.Security(u.group(1), "US", venue), u.start(1), u.end(), name));
            }
        }
        return hits;
    }

    private static String exchange(String written, boolean neeq) {
        if (written == null) {
            return neeq ? "NQ" : null;
        }
        String e = written.toUpperCase(Locale.ROOT);
        return e.equals("SS") ? "SH" : e;
    }

    private static int bracketStart(String text, int at) {
        int open = text.lastIndexOf('(', at);
        return open >= 0 && at - open <= 12 ? open : at;
    }

    /** The short name right before position {@code at} ({@code 贵州茅台} in {@code 贵州茅台(600519)}), or null. */
    static String nameBefore(String text, int at) {
        int from = Math.max(0, at - 16);
        Matcher m = NAME_BEFORE.matcher(text.substring(from, at));
        if (!m.find()) {
            return null;
        }
        String run = m.group(1);
        Matcher boundary = INNER_BOUNDARY.matcher(run);
        if (boundary.lookingAt() && run.length() - boundary.end() >= 2) {
            run = run.substring(boundary.end());
        }
        String name = LEADING_WORDS.matcher(run).replaceFirst("");
        if (name.length() >= 4 && LEADING_VERB.matcher(name).find()) {
            name = name.substring(1);
        }
        return name.length() >= 2 && name.length() <= 8 ? name : null;
    }

}
