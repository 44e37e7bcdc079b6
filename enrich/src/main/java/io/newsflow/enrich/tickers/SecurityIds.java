package io.newsflow.enrich.tickers;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an eastmoney secid ({@code <market>.<code>}) or a bare mainland code names: a listed
 * security (with its exchange), a board, an index, or nothing we tag (funds, bonds). Code ranges
 * are the exchanges' own: Shanghai 60x/688/689/900, Shenzhen 000–003/300–302/200, Beijing
 * 43/83/87/88 and 920; Shanghai 51/56/58 and Shenzhen 15/16/18 are funds, 11/12 bonds.
 */
public final class SecurityIds {
    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");
    private static final Pattern HK_CODE = Pattern.compile("\\d{1,5}");

    private static final Pattern US_CODE = Pattern.compile("[A-Z][A-Z0-9_.]{0,9}");
    private static final Pattern BOARD_CODE = Pattern.compile("BK\\d{4}");

    private SecurityIds() {}

    /** What a secid names. */
    public sealed interface Named {}

    /** A listed security. */
    public record Security(String code, String exchange, String venue) implements Named {
        public String symbol() {
            return code + "." + exchange;
        }
    }

    /** A board or an index, by its secid. */
    public record Group(String secid, boolean board) implements Named {}

    /** Classifies an eastmoney secid; empty for funds, bonds and anything unknown. */
    public static Optional<Named> ofSecid(String market, String rawCode) {
        String code = rawCode.strip().toUpperCase(Locale.ROOT);
        switch (market) {
            case "0", "1" -> {
                if (!SIX_DIGITS.matcher(code).matches()) {
                    return Optional.empty();
                }
                if (market.equals("0") && code.startsWith("399") || market.equals("1") && code.startsWith("000")) {
                    return Optional.of(new Group(market + "." + code, false));
                }
                return aShare(code, market.equals("1") ? "SH" : null).map(s -> s);
            }
            case "90" -> {
                return BOARD_CODE.matcher(code).matches() ? Optional.of(new Group("90." + code, true)) : Optional.empty();
            }
            case "100", "124", "125", "305" -> {
                return Optional.of(new Group(market + "." + code, false));
            }
            case "105", "106", "107" -> {
                if (!US_CODE.matcher(code).matches()) {
                    return Optional.empty();
                }
                String venue = market.equals("105") ? "NASDAQ" : market.equals("106") ? "NYSE" : "AMEX";
                return Optional.of(new Security(code.replace('_', '.'), "US", venue));
            }
            case "116" -> {
                return HK_CODE.matcher(code).matches() ? Optional.of(hongKong(code)) : Optional.empty();
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    /**
     * A mainland stock code, with the exchange from its range (or the one given, when the range is
     * shared). Beijing codes are emitted in their 920 form for articles of any date: the legacy
     * 43/83/87/88 codes became 920 + their last three digits on 2025-10-09.
     */
    public static Optional<Security> aShare(String code, String exchangeHint) {
        if (code.length() != 6) {
            return Optional.empty();
        }
        String p3 = code.substring(0, 3);
        String p2 = code.substring(0, 2);
        if (p3.equals("600") || p3.equals("601") || p3.equals("603") || p3.equals("605") || p3.equals("688")
                || p3.equals("689") || p3.equals("900")) {
            return "SZ".equals(exchangeHint) || "BJ".equals(exchangeHint) ? Optional.empty() : Optional.of(new Security(code, "SH", null));
        }
        if (p3.equals("000") || p3.equals("001") || p3.equals("002") || p3.equals("003") || p3.equals("300")
                || p3.equals("301") || p3.equals("302") || p3.equals("200")) {
            return "SH".equals(exchangeHint) || "BJ".equals(exchangeHint) ? Optional.empty() : Optional.of(new Security(code, "SZ", null));
        }
        if (p3.equals("920")) {
            return Optional.of(new Security(code, "BJ", null));
        }
        if (p2.equals("43") || p2.equals("83") || p2.equals("87") || p2.equals("88")) {
            if ("NQ".equals(exchangeHint)) {
                return Optional.of(new Security(code, "NQ", null));
            }
            return "SH".equals(exchangeHint) || "SZ".equals(exchangeHint) ? Optional.empty()
                    : Optional.of(new Security("920" + code.substring(3), "BJ", null));
        }
        return Optional.empty();
    }

    /** A Hong Kong code, zero-padded to five digits. */
    public static Security hongKong(String digits) {
        return new Security("0".repeat(Math.max(0, 5 - digits.length())) + digits, "HK", null);
    }
}
