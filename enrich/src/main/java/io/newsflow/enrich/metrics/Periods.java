package io.newsflow.enrich.metrics;

import io.newsflow.enrich.CharSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the periods figures are stated for — {@code 2021年}, {@code 去年}, {@code 一季度},
 * {@code 上半年}, {@code 前三季度}, {@code 2020年底}, {@code 1-11月}, {@code 12月7日}, a year without 年 before a part of it
 * ({@code 2021全年}, {@code 2022一季度}, {@code 2021Q3}) — and resolves them
 * against the article's publication date: {@code 2021}, {@code 2021Q1}, {@code 2021H1},
 * {@code 2021Q1-Q3}, {@code 2020-12-31}, {@code 2021-01/2021-11}, {@code 2021-12-07} and a span of days
 * ({@code 6月8日至7月30日}, {@code 5月27日至今}, {@code 11月19日迄今}, {@code 1月21-1月23日}) as {@code 2021-06-08/2021-07-30}. A part of a year without its year is the latest one
 * that has ended or begun by the publication date (四季度 in March is last year's).
 */
public final class Periods {
    /** A period mention at {@code [start, end)}; {@code day} for a day written out (12月7日), which dates a report, not a fiscal period. */
    public record Found(int start, int end, String period, boolean day) {}

    /** The parts of a year a year may be written right before without 年 (2021全年, 2022一季度, 2021Q3), and a list of years end in. */
    static final String YEAR_PARTS = "全年|上半年|下半年|前三季度|第?[一二三四1-4]季度|Q[1-4]";
    /** One space a writer may put between digits and ideographs (2021 年 10 月 11 日, IT之家's style): before an ideograph… */
    private static final String SP = "[ \\u00a0]?";
    /** …and after one, before a digit. */
    private static final String SPD = "(?:[ \\u00a0](?=[0-9]))?";
    private static final Pattern PERIOD = Pattern.compile(
            "(?<year>(?<digits>(?:19|20)\\d{2})(?:" + SP + "年|(?=" + SP + "(?:" + YEAR_PARTS + ")))|今年|去年|前年|本年|上年|明年)?(?<edge>度|底|末|初)?"
                    + "(?<part>" + SPD + "(?:第?[一二三四1-4]季度|第[一二三四1-4]季(?![度节])|Q[1-4]|上半年|下半年|前三季度|前三个季度|全年|年底|年末|年初|中期(?!票据|借贷|目标|规划|计划)|"
                    + "(?<m1>1[0-2]|[1-9])" + SP + "(?:-|—|–|－|~|～|至|到)" + SP + "(?<m2>1[0-2]|[1-9])" + SP + "月"
                    + "|前" + SPD + "(?<first>1[0-2]|[1-9]|[一二三四五六七八九十]{1,2})" + SP + "个月"
                    + "|(?<dmon>1[0-2]|0?[1-9])" + SP + "月" + SPD + "(?<day>3[01]|[12][0-9]|0?[1-9])" + SP
                    // the first day of a span may leave out its 日: 1月21-1月23日
                    + "(?:日|号|(?=(?:至|到|-|—|–|－|~|～)(?:(?:1[0-2]|0?[1-9])月)?(?:3[01]|[12][0-9]|0?[1-9])(?:日|号)))"
                    + "(?:" + SP + "(?:至|到|-|—|–|－|~|～)" + SPD + "(?:(?<dmon2>1[0-2]|0?[1-9])" + SP + "月" + SPD + ")?(?<day2>3[01]|[12][0-9]|0?[1-9])" + SP
                    + "(?:日|号)|(?<sofar>至今|迄今)|(?![0-9])|(?<=[日号])(?=\\d{1,2}[:：]\\d{2}))"
                    + "|(?<mon>1[0-2]|[1-9])" + SP + "月(?<monthEnd>末|底)?(?:份)?(?![ \\u00a0]?(?:[0-9]|日|号)|合约)))?(?<partEnd>末|底)?");
    /** Every period mention has 年, 季, 月 or Q within its first {@value #MARKER_REACH} characters (2021 年 10 月: spaces count). */
    private static final int MARKER_REACH = 9;

    /** Where the next 年, 季, 月 or Q is from {@code from} on, or -1: a period can start only this close before one. */
    private static int nextMarker(String text, int from) {
        for (int j = from; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '年' || c == '季' || c == '月' || c == 'Q') {
                return j;
            }
        }
        return -1;
    }

    /** The characters a period mention can start with. */
    private static final CharSet STARTS = CharSet.of("0123456789今去前本上明第一二三四下全年Q");
    /** Comparison bases, not periods: 去年同期, 上年同期. */
    /** What follows 年来 when it means "since the year": 首次, 最高, 新高, 新低, 以来. */
    private static final Pattern SINCE_YEAR_AFTER = Pattern.compile("\\s*(?:首次|第一次|最|新高|新低|以来|的最)");
    private static final Pattern SAME_PERIOD_AFTER = Pattern.compile("^(?:同期|同比|以来)");

    private Periods() {}

    /** Every period mention in {@code text}, resolved against {@code published}. */
    public static List<Found> find(String text, LocalDate published) {
        List<Found> out = new ArrayList<>();
        Matcher m = null; // made at the first place a period can start: most sentences have none
        int nextMarker = -1;
        for (int i = 0; i < text.length(); i++) {
            if (!STARTS.contains(text.charAt(i)) || i > 0 && Character.isDigit(text.charAt(i)) && Character.isDigit(text.charAt(i - 1))) {
                continue; // only where a period can begin: a regex attempt at every character was the cost
            }
            if (nextMarker < i) {
                nextMarker = nextMarker(text, i);
                if (nextMarker < 0) {
                    break; // no 年, 季, 月 or Q left: no period either
                }
            }
            if (nextMarker - i >= MARKER_REACH) {
                continue;
            }
            if (m == null) {
                m = PERIOD.matcher(text);
            }
            m.region(i, text.length());
            if (!m.lookingAt()) {
                continue;
            }
            if (m.end() > m.start()) {
                i = m.end() - 1;
            }
            if (m.end() == m.start() || m.group("year") == null && m.group("part") == null) {
                continue; // nothing, or a lone 底/末 without its year
            }
            if ("中期".equals(m.group("part")) && m.group("year") == null) {
                continue; // 中期 alone is as often medium-term (中期借贷便利) as interim; with its year it is the half year
            }
            if (SAME_PERIOD_AFTER.matcher(text.subSequence(m.end(), Math.min(text.length(), m.end() + 2))).find()) {
                continue;
            }
            if (m.end() < text.length() && text.charAt(m.end()) == '来' && text.charAt(m.end() - 1) == '年'
                    && m.group("year") != null && Character.isDigit(m.group("year").charAt(0))
                    && SINCE_YEAR_AFTER.matcher(text).region(m.end() + 1, text.length()).lookingAt()) {
                continue; // 为 2020 年来首次: since that year, no figure's period (but 2021年来自海外的营收 is 2021's)
            }
            if (m.group("year") == null && m.start() > 0 && Character.isDigit(text.charAt(m.start() - 1))) {
                continue;
            }
            int before = startBeforeSpaces(text, m.start()); // 将于 7 月 3 日, 比 2020 年: the word before, past a space
            if (m.group("day") != null && endsWithAny(text.substring(Math.max(0, before - 3), before), SCHEDULED)) {
                continue; // 将于7月3日进行网络拍卖: the day something is to happen dates no figure
            }
            if (comparisonBase(text, before) && !statedBase(text, m.end())) {
                continue; // 增速比一季度低2.5个百分点: the period compared with, not the figure's
            }
            // 截至6月: a point in time (the month's end), not the month.
            boolean pointInTime = endsWithAny(text.substring(Math.max(0, before - 2), before), "截至", "截止", "至");
            String period = resolve(m, published, pointInTime);
            if (period != null) {
                out.add(new Found(m.start(), m.end(), period, m.group("day") != null));
            }
        }
        return out;
    }

    /** Where the text before {@code at} ends when the spaces right before {@code at} are skipped. */
    static int startBeforeSpaces(String text, int at) {
        int i = at;
        while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\u00a0')) {
            i--;
        }
        return i;
    }

    /** Words before a day that make it a day to come: 将于7月3日, 拟于6月19日. */
    private static final String[] SCHEDULED = {"将于", "拟于", "定于", "计划于", "预计于", "将在", "拟在", "预计将于"};
    /** 比一季度, 较上年: right after 比 or 较 (but not 相较于, 较于, which introduce a stated base figure). */
    private static boolean comparisonBase(String text, int at) {
        if (at < 1) {
            return false;
        }
        char c = text.charAt(at - 1);
        return c == '比' || c == '较' && !(at >= 2 && text.charAt(at - 2) == '相');
    }

    /** 较2020年的24.54亿元, 较2020年的约人民币24.54亿元: the base is stated as a figure, and the period is that figure's. */
    private static boolean statedBase(String text, int end) {
        if (end >= text.length() || text.charAt(end) != '的') {
            return false;
        }
        for (int i = end + 1; i < Math.min(text.length(), end + 8); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                return true;
            }
            if ("，。；,;、".indexOf(c) >= 0) {
                return false;
            }
        }
        return false;
    }

    private static boolean endsWithAny(String s, String... words) {
        for (String w : words) {
            if (s.endsWith(w)) {
                return true;
            }
        }
        return false;
    }

    private static String resolve(Matcher m, LocalDate published, boolean pointInTime) {
        String yearWord = m.group("year");
        String part = m.group("part");
        Integer year = null;
        if (m.group("digits") != null) {
            year = Integer.parseInt(m.group("digits"));
        } else if (yearWord != null) {
            int now = published.getYear();
            year = switch (yearWord.replace("度", "")) {
                case "今年", "本年" -> now;
                case "去年", "上年" -> now - 1;
                case "前年" -> now - 2;
                case "明年" -> now + 1;
                default -> null;
            };
        }
        String edge = m.group("edge");
        if (part == null) {
            if (year == null) {
                return null;
            }
            return "底".equals(edge) || "末".equals(edge) ? year + "-12-31" : "初".equals(edge) ? year + "-01-01" : String.valueOf(year);
        }
        String kind;
        int lastMonth;
        if (m.group("first") != null) {
            String f = m.group("first");
            int months = Character.isDigit(f.charAt(0)) ? Integer.parseInt(f) : Numbers.chinese(f).map(java.math.BigDecimal::intValue).orElse(0);
            if (months < 1 || months > 12) {
                return null;
            }
            int y = year != null ? year : yearEnding(published, months);
            return y + "-01/" + y + "-" + twoDigits(months);
        }
        if (m.group("day") != null) {
            // 12月7日, 2021年12月8日讯: the day the figure was reported for (a market's close, a tender's result).
            int month = Integer.parseInt(m.group("dmon"));
            int day = Integer.parseInt(m.group("day"));
            int y = year != null ? year : yearEnding(published, month);
            try {
                LocalDate first = LocalDate.of(y, month, day);
                // 6月8日至7月30日, 8月23日-27日, 5月27日至今: a span of days, written as its first and last day.
                LocalDate last = m.group("sofar") != null ? published
                        : m.group("day2") == null ? null
                        : LocalDate.of(y, m.group("dmon2") != null ? Integer.parseInt(m.group("dmon2")) : month, Integer.parseInt(m.group("day2")));
                if (last == null || !last.isAfter(first)) {
                    return first.toString();
                }
                // 10月1日至31日 is the month of October
                boolean wholeMonth = first.getDayOfMonth() == 1 && last.equals(first.withDayOfMonth(first.lengthOfMonth()));
                return wholeMonth ? y + "-" + twoDigits(month) : first + "/" + last;
            } catch (java.time.DateTimeException e) {
                return null; // 2月30日
            }
        }
        if (m.group("mon") != null) {
            int month = Integer.parseInt(m.group("mon"));
            int y = year != null ? year : yearEnding(published, month);
            if (m.group("monthEnd") != null || pointInTime) {
                return java.time.YearMonth.of(y, month).atEndOfMonth().toString();
            }
            return y + "-" + twoDigits(month);
        }
        if (m.group("m1") != null) {
            int m1 = Integer.parseInt(m.group("m1"));
            int m2 = Integer.parseInt(m.group("m2"));
            if (m2 < m1) {
                return null;
            }
            int y = year != null ? year : yearEnding(published, m2);
            return y + "-" + twoDigits(m1) + "/" + y + "-" + twoDigits(m2);
        }
        String p = part.replace("第", "").replace("个", "");
        if (p.endsWith("季")) {
            p = p + "度"; // 第二季营收: the quarter, as Taiwanese and Hong Kong reports write it
        }
        switch (p) {
            case "一季度", "1季度", "Q1" -> { kind = "Q1"; lastMonth = 3; }
            case "二季度", "2季度", "Q2" -> { kind = "Q2"; lastMonth = 6; }
            case "三季度", "3季度", "Q3" -> { kind = "Q3"; lastMonth = 9; }
            case "四季度", "4季度", "Q4" -> { kind = "Q4"; lastMonth = 12; }
            case "上半年", "中期" -> { kind = "H1"; lastMonth = 6; } // 2021年中期利润分配: the interim, first half
            case "下半年" -> { kind = "H2"; lastMonth = 12; }
            case "前三季度" -> { kind = "Q1-Q3"; lastMonth = 9; }
            case "全年" -> { kind = ""; lastMonth = 12; }
            case "年底", "年末" -> { kind = "-12-31"; lastMonth = 12; }
            case "年初" -> { kind = "-01-01"; lastMonth = 1; }
            default -> { return null; }
        }
        int y = year != null ? year : yearEnding(published, lastMonth);
        boolean quarterOrHalf = kind.startsWith("Q") && kind.length() == 2 || kind.startsWith("H");
        if (m.group("partEnd") != null && (quarterOrHalf || kind.equals("Q1-Q3")) || pointInTime && quarterOrHalf) {
            // 三季度末, 上半年末, 前三季度末, 截至2021年第三季度: the last day, as 截至6月 is June's (截至前三季度 stays
            // the nine months, which is what a flow written after it covers)
            return java.time.YearMonth.of(y, lastMonth).atEndOfMonth().toString();
        }
        return y + kind;
    }

    /** The year of the latest such part that began by the publication date, judged by its last month. */
    private static int yearEnding(LocalDate published, int lastMonth) {
        int firstMonth = Math.max(1, lastMonth - 2);
        return published.getMonthValue() >= firstMonth ? published.getYear() : published.getYear() - 1;
    }

    private static String twoDigits(int month) {
        return month < 10 ? "0" + month : String.valueOf(month);
    }

    /** The same period one year earlier: 去年同期 of 2024H1 is 2023H1. */
    /**
     * The reporting span that ends on a quarter's last day, from the year's start: 2021-12-31 → 2021,
     * 2021-06-30 → 2021H1, 2021-03-31 → 2021Q1, 2021-09-30 → 2021Q1-Q3; any other period as it is.
     */
    public static String spanEndingAt(String period) {
        if (period == null || period.length() != 10 || !Character.isDigit(period.charAt(0))) {
            return period;
        }
        String year = period.substring(0, 4);
        switch (period.substring(5)) {
            case "12-31": return year;
            case "06-30": return year + "H1";
            case "03-31": return year + "Q1";
            case "09-30": return year + "Q1-Q3";
            default: return period;
        }
    }

    public static String yearBefore(String period) {
        if (period == null || period.length() < 4 || !Character.isDigit(period.charAt(0))) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        Matcher years = YEAR_IN_PERIOD.matcher(period);
        while (years.find()) {
            years.appendReplacement(out, String.valueOf(Integer.parseInt(years.group()) - 1));
        }
        years.appendTail(out);
        String shifted = out.toString();
        return shifted.endsWith("-02-29") ? shifted.replace("-02-29", "-02-28") : shifted;
    }

    private static final Pattern YEAR_IN_PERIOD = Pattern.compile("(?<![0-9-])(?:19|20)\\d{2}(?![0-9])");
}
