package io.newsflow.enrich.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Amounts written every way the news writes them read back to the same exact value. */
class NumbersProperties {
    private static final List<String> MAGNITUDES = List.of("", "万", "亿", "万亿", "千万", "百亿", "千亿");

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Arbitraries.longs().between(0, 999_999_999L).flatMap(whole -> Arbitraries.integers().between(0, 4)
                .map(scale -> new BigDecimal(BigInteger.valueOf(whole), scale)));
    }

    @Property(tries = 1000)
    void arabicAmountsWithAnyMagnitudeAndSeparatorRoundTrip(@ForAll("amounts") BigDecimal amount,
                                                             @ForAll @IntRange(min = 0, max = 6) int magnitude,
                                                             @ForAll boolean separators, @ForAll boolean space) {
        String written = separators ? grouped(amount) : amount.toPlainString();
        String mag = MAGNITUDES.get(magnitude);
        String sentence = "公司营业收入" + (space ? "为 " : "") + written + mag + "元，";
        List<Quantity> found = QuantityScanner.scan(sentence);
        assertThat(found).hasSize(1);
        BigDecimal expected = amount.multiply(Numbers.magnitude(mag).orElse(BigDecimal.ONE));
        assertThat(found.get(0).value()).isEqualByComparingTo(expected);
        assertThat(found.get(0).unit()).isEqualTo("CNY");
    }

    @Property(tries = 500)
    void percentagesAndPointsAreFractions(@ForAll("amounts") BigDecimal amount, @ForAll boolean points) {
        String sentence = "毛利率提升" + amount.toPlainString() + (points ? "个百分点" : "%") + "。";
        Quantity q = QuantityScanner.scan(sentence).get(0);
        assertThat(q.value()).isEqualByComparingTo(amount.movePointLeft(2));
        assertThat(q.unit()).isEqualTo(points ? "pct_point" : "ratio");
    }

    @Property(tries = 1000)
    void chineseNumeralsRoundTrip(@ForAll @LongRange(min = 1, max = 999_999_999_999L) long n) {
        assertThat(Numbers.chinese(chinese(n))).contains(BigDecimal.valueOf(n));
    }

    @Property(tries = 200)
    void digitByDigitYearsRoundTrip(@ForAll @IntRange(min = 1900, max = 2099) int year) {
        String digits = "零一二三四五六七八九";
        StringBuilder written = new StringBuilder();
        for (char c : String.valueOf(year).toCharArray()) {
            written.append(digits.charAt(c - '0'));
        }
        assertThat(Numbers.chinese(written.toString())).contains(BigDecimal.valueOf(year));
    }

    private static String grouped(BigDecimal amount) {
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setMinimumFractionDigits(amount.scale());
        f.setMaximumFractionDigits(amount.scale());
        return f.format(amount);
    }

    /** Writes n as a positional Chinese numeral (the test's own formatter, independent of the parser). */
    static String chinese(long n) {
        String digits = "零一二三四五六七八九";
        String[] small = {"", "十", "百", "千"};
        String[] big = {"", "万", "亿"};
        StringBuilder out = new StringBuilder();
        int group = 0;
        boolean zero = false;
        String result = "";
        while (n > 0) {
            int part = (int) (n % 10_000);
            n /= 10_000;
            StringBuilder g = new StringBuilder();
            if (part != 0) {
                boolean pendingZero = false;
                for (int i = 3; i >= 0; i--) {
                    int d = (int) (part / Math.pow(10, i)) % 10;
                    if (d == 0) {
                        pendingZero = g.length() > 0;
                    } else {
                        if (pendingZero) {
                            g.append('零');
                            pendingZero = false;
                        }
                        g.append(digits.charAt(d)).append(small[i]);
                    }
                }
                g.append(big[group]);
            }
            if (zero && part != 0 && !result.isEmpty()) {
                result = "零" + result;
            }
            result = g + result;
            zero = part < 1000;
            group++;
        }
        return out.append(result).toString();
    }
}
