package io.newsflow.enrich.metrics;

import io.newsflow.enrich.CharSet;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the numbers of Chinese financial text exactly: Arabic digits with thousands separators and
 * spaces ({@code 11,910,000}, {@code 2 052}), Chinese numerals ({@code 三千五百}, {@code 两},
 * {@code 二零二一}), and magnitudes ({@code 万}, {@code 亿}, {@code 万亿}, {@code 百亿} …). Values
 * are {@link BigDecimal}s: no binary rounding on the way from text to base units.
 */
public final class Numbers {
    private static final Map<Character, Integer> DIGITS = Map.ofEntries(
            Map.entry('零', 0), Map.entry('〇', 0), Map.entry('一', 1), Map.entry('二', 2), Map.entry('两', 2),
            Map.entry('三', 3), Map.entry('四', 4), Map.entry('五', 5), Map.entry('六', 6), Map.entry('七', 7),
            Map.entry('八', 8), Map.entry('九', 9));
    private static final Map<Character, Integer> SMALL_UNITS = Map.of('十', 10, '百', 100, '千', 1000);

    private Numbers() {}

    private static final String NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万亿";
    private static final CharSet NUMERALS = CharSet.of(NUMERAL_CHARS);

    /** True for the characters a Chinese numeral is written with. */
    public static boolean isChineseNumeral(char c) {
        return c >= '〇' && NUMERALS.contains(c);
    }

    /** Arabic digits with separators, spaces and an optional decimal part: {@code 11,910,000.5}. */
    public static Optional<BigDecimal> arabic(String written) {
        StringBuilder digits = new StringBuilder(written.length());
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c >= '0' && c <= '9' || c == '.') {
                digits.append(c);
            } else if (c != ',' && c != '，' && c != ' ' && c != '\u00a0' && c != '\u2009' && c != '\u202f') {
                return Optional.empty();
            }
        }
        try {
            return digits.isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(digits.toString()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * A Chinese numeral: positional ({@code 三千五百万}, {@code 十五}, {@code 两亿}) or digit by digit
     * ({@code 二零二一}).
     */
    public static Optional<BigDecimal> chinese(String written) {
        if (written.isEmpty()) {
            return Optional.empty();
        }
        boolean positional = false;
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (!isChineseNumeral(c)) {
                return Optional.empty();
            }
            positional |= !DIGITS.containsKey(c);
        }
        if (!positional) {
            BigDecimal v = BigDecimal.ZERO;
            for (int i = 0; i < written.length(); i++) {
                v = v.multiply(BigDecimal.TEN).add(BigDecimal.valueOf(DIGITS.get(written.charAt(i))));
            }
            return Optional.of(v);
        }
        BigDecimal total = BigDecimal.ZERO; // finished 亿 sections
        BigDecimal section = BigDecimal.ZERO; // the current section below 亿
        long group = 0; // the current group below 万
        int digit = -1;
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            Integer d = DIGITS.get(c);
            if (d != null) {
                digit = d;
                continue;
            }
            Integer small = SMALL_UNITS.get(c);
            if (small != null) {
                group += (long) (digit < 0 ? 1 : digit) * small; // 十五: a leading 十 means 一十
                digit = -1;
                continue;
            }
            // A leading 万 or 亿 means 一万, 一亿 (万亿 in 突破万亿港元), like a leading 十.
            long below = i == 0 ? 1 : group + Math.max(digit, 0);
            if (c == '万') {
                section = section.add(BigDecimal.valueOf(below)).multiply(BigDecimal.valueOf(10_000));
            } else { // 亿
                total = total.add(section.add(BigDecimal.valueOf(below))).multiply(BigDecimal.valueOf(100_000_000));
                section = BigDecimal.ZERO;
            }
            group = 0;
            digit = -1;
        }
        return Optional.of(total.add(section).add(BigDecimal.valueOf(group + Math.max(digit, 0))));
    }

    /** The factor of a magnitude word: 万 → 10^4, 亿 → 10^8, 万亿 → 10^12, 百亿 → 10^10 …; empty when it is none. */
    public static Optional<BigDecimal> magnitude(String word) {
        long exponent = 0;
        for (int i = 0; i < word.length(); i++) {
            switch (word.charAt(i)) {
                case '十' -> exponent += 1;
                case '百' -> exponent += 2;
                case '千' -> exponent += 3;
                case '万' -> exponent += 4;
                case '亿' -> exponent += 8;
                default -> {
                    return Optional.empty();
                }
            }
        }
        return word.isEmpty() ? Optional.empty() : Optional.of(BigDecimal.ONE.scaleByPowerOfTen((int) exponent));
    }
}
