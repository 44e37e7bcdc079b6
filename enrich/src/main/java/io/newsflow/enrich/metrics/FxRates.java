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

    private FxRates() {}

    /** {@code found} plus the sentence's exchange rates, in order, with basis points in the pair's unit; {@code found} when it names no pair. */
    static List<Quantity> withRates(String sentence, List<Quantity> found) {
        Matcher pair = PAIR.matcher(sentence);
        if (!pair.find() || pair.group(1).equals(pair.group(2))) {
            return found;
        }
        String first = CODES.get(pair.group(1));
        String second = CODES.get(pair.group(2));
        String unit = first.equals("CNY") ? "CNY/" + second : second.equals("CNY") ? "CNY/" + first : second + "/" + first;
        List<Quantity> out = new ArrayList<>(found.size() + 2);
        for (Quantity q : found) {
            boolean basisPoints = q.start() > pair.end() && "pct_point".equals(q.unit()) && sentence.startsWith("个基点", q.end() - 3);
            out.add(basisPoints ? new Quantity(q.start(), q.end(), q.value(), q.valueMax(), unit, q.qualifier(), false) : q);
        }
        Matcher rate = RATE.matcher(sentence).region(pair.end(), sentence.length());
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
        if (out.stream().noneMatch(q -> q.start() < end && start < q.end())) {
            out.add(new Quantity(start, end, new BigDecimal(sentence.substring(start, end)), null, unit, null, false));
        }
    }
}
