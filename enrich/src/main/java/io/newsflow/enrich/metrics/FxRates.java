package io.newsflow.enrich.metrics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Exchange rates, which are written without a unit: {@code 人民币兑美元中间价报6.6607，调升441个基点}
 * is 6.6607 CNY per USD and a move of 0.0441 CNY per USD. In a sentence that names a currency pair,
 * a number with decimals after 报, 至, 触及 … becomes a quantity in the pair's unit, and basis points
 * become moves in it. The unit is the renminbi per the other currency whichever way the pair is
 * written (人民币兑美元 and 美元兑人民币 are both quoted as yuan per dollar); other pairs are the second
 * currency per the first (美元兑日元 130 is JPY/USD).
 */
final class FxRates {
    private static final Map<String, String> CODES = Map.ofEntries(Map.entry("人民币", "CNY"), Map.entry("美元", "USD"),
            Map.entry("欧元", "EUR"), Map.entry("日元", "JPY"), Map.entry("英镑", "GBP"), Map.entry("港元", "HKD"),
            Map.entry("港币", "HKD"), Map.entry("澳元", "AUD"), Map.entry("加元", "CAD"), Map.entry("瑞郎", "CHF"),
            Map.entry("韩元", "KRW"), Map.entry("新加坡元", "SGD"));
    private static final String CURRENCY = "(人民币|美元|欧元|日元|英镑|港元|港币|澳元|加元|瑞郎|韩元|新加坡元)";
    private static final Pattern PAIR = Pattern.compile(CURRENCY + "(?:兑|对)" + CURRENCY);
    /** A rate after the verb that quotes it; more rates may follow in a list (分别最高触及6.3515、6.3512). */
    private static final Pattern RATE = Pattern.compile("(?:报|至|为|触及|收于|收报|跌破|升破|突破|站上|失守)\\s*(\\d{1,4}\\.\\d{2,5})(?![\\d.%％])"
            + "((?:、\\d{1,4}\\.\\d{2,5}(?![\\d.%％]))*)");
    private static final Pattern LISTED = Pattern.compile("\\d{1,4}\\.\\d{2,5}");
    /** The renminbi's central parity or its onshore or offshore rate, named without the dollar: 人民币中间价报6.3907. */
    private static final Pattern RENMINBI_QUOTE = Pattern.compile("(?:在岸|离岸)?人民币(?:中间价|即期汇率|汇率)");
    /** A move of a quote right before its points: 上调50点, 调降30点. */
    private static final Pattern MOVED_BEFORE = Pattern.compile("(?:上调|下调|调升|调降|调高|调低)$");

    private FxRates() {}

    /**
     * Whether a sentence can quote a rate at all: it writes a pair's 兑 or 对 (人民币兑美元, 对美元) or names the
     * renminbi's quote alone (人民币中间价); a cheap test before the pair is looked for.
     */
    static boolean mayQuote(String sentence) {
        return sentence.indexOf('兑') >= 0 || sentence.contains("人民币对") || sentence.contains("对美元") || sentence.contains("对人民币")
                || sentence.contains("人民币") && RENMINBI_QUOTE.matcher(sentence).find();
    }

    /** {@code found} plus the sentence's exchange rates, in order, with basis points in the pair's unit; {@code found} when it names no pair. */
    static List<Quantity> withRates(String sentence, List<Quantity> found) {
        Matcher pair = PAIR.matcher(sentence);
        String unit;
        int pairEnd;
        if (pair.find() && !pair.group(1).equals(pair.group(2))) {
            String first = CODES.get(pair.group(1));
            String second = CODES.get(pair.group(2));
            unit = first.equals("CNY") ? "CNY/" + second : second.equals("CNY") ? "CNY/" + first : second + "/" + first;
            pairEnd = pair.end();
        } else {
            Matcher parity = RENMINBI_QUOTE.matcher(sentence);
            if (!parity.find()) {
                return found;
            }
            unit = "CNY/USD"; // 人民币中间价报6.3907: the central parity and the onshore rate are quoted against the dollar
            pairEnd = parity.end();
        }
        List<Quantity> out = new ArrayList<>(found.size() + 2);
        for (Quantity q : found) {
            boolean basisPoints = q.start() > pairEnd && "pct_point".equals(q.unit()) && sentence.startsWith("个基点", q.end() - 3);
            // 上调50点: pips of the quote, a ten-thousandth of a yuan each (not index points)
            boolean pips = q.start() > pairEnd && "points".equals(q.unit()) && MOVED_BEFORE.matcher(sentence).region(Math.max(0, q.start() - 3), q.start()).find();
            out.add(basisPoints ? new Quantity(q.start(), q.end(), q.value(), q.valueMax(), unit, q.qualifier(), false)
                    : pips ? new Quantity(q.start(), q.end(), q.value().movePointLeft(4), q.valueMax() == null ? null : q.valueMax().movePointLeft(4),
                            unit, q.qualifier(), false)
                    : q);
        }
        Matcher rate = RATE.matcher(sentence).region(pairEnd, sentence.length());
        while (rate.find()) {
            addIfFree(out, rate.start(1), rate.end(1), sentence, unit);
            Matcher more = LISTED.matcher(sentence).region(rate.start(2), rate.end(2));
            while (more.find()) {
                addIfFree(out, more.start(), more.end(), sentence, unit);
            }
        }
        out.sort(Comparator.comparingInt(Quantity::start));
        return out;
    }

    private static void addIfFree(List<Quantity> out, int start, int end, String sentence, String unit) {
        QuantityScanner.addUnlessOverlapping(out, new Quantity(start, end, new BigDecimal(sentence.substring(start, end)), null, unit, null, false));
    }
}
