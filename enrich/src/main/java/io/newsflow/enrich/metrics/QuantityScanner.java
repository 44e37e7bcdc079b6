package io.newsflow.enrich.metrics;

import io.newsflow.enrich.CharSet;
import io.newsflow.enrich.WordList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the quantities in a text: a number (Arabic or Chinese, with its magnitude) followed by a
 * unit — currency, %, 个百分点, 倍, 成, 点, a counting word — with the qualifier around it (约, 超,
 * 多, 左右), ranges ({@code 900亿至940亿}) and lists that share one unit ({@code 7100、3150、3000亿元}).
 * A number without a unit is not a quantity: that keeps dates, codes, phone numbers and years out.
 */
public final class QuantityScanner {
    private static final String MAGNITUDE = "万亿|千亿|百亿|十亿|千万|百万|十万|亿|万|千";
    private static final String PER_UNIT = "针|手|吨|桶|千克|公斤|克|股|平方米|平米|盎司|辆|片|瓦时|千瓦时|度|张|瓶|升|头|斤|W|Wh|kWh|KWh|瓦|千瓦|kW|盒|套|听|箱|罐|杯|件|包|袋";
    private static final String BEFORE = "约合|大约|约|将近|接近|近|超过|超|逾|高达|不足|不到|不超过|少于|低于|至少|多于";
    private static final String AFTER = "左右|以上|以下|以内|有余";
    private static final Pattern RANGE_JOIN = Pattern.compile("\\s?(?:至|到|-|—|–|~|～)\\s?");
    /** What joins the items of a list (7100、3150、3000亿元; 分别下降24.4%、5.2%及37%). */
    static final Pattern LIST_JOIN = Pattern.compile("\\s?(?:、|及|和|以及)\\s?");
    private static final WordList RANGE_WORDS = WordList.of(List.of("至", "到", "-", "—", "–", "~", "～"));
    private static final WordList LIST_WORDS = WordList.of(List.of("、", "及", "和"));

    /** True when {@code at} is followed by a range or list joiner and another number: 900亿[至940亿], 7100[、3150]. */
    private static boolean joinAhead(String text, int at, WordList joiners, boolean chineseToo) {
        int i = at < text.length() && text.charAt(at) == ' ' ? at + 1 : at;
        String joiner = joiners.longestAt(text, i);
        if (joiner == null) {
            return false;
        }
        i += joiner.length();
        if (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        if (chineseToo && (text.startsWith("约", i) || text.startsWith("近", i))) {
            i++;
        }
        if (i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return c >= '0' && c <= '9' || chineseToo && "零〇一二两三四五六七八九十".indexOf(c) >= 0;
    }
    private static final Map<String, String> CURRENCIES = Map.ofEntries(
            Map.entry("元", "CNY"), Map.entry("人民币", "CNY"), Map.entry("人民币元", "CNY"), Map.entry("港元", "HKD"),
            Map.entry("港币", "HKD"), Map.entry("美元", "USD"), Map.entry("美金", "USD"), Map.entry("欧元", "EUR"),
            Map.entry("英镑", "GBP"), Map.entry("日元", "JPY"), Map.entry("韩元", "KRW"), Map.entry("新台币", "TWD"),
            Map.entry("美分", "USD"), Map.entry("加拿大元", "CAD"), Map.entry("加元", "CAD"), Map.entry("澳大利亚元", "AUD"),
            Map.entry("澳元", "AUD"), Map.entry("新西兰元", "NZD"), Map.entry("纽元", "NZD"), Map.entry("新加坡元", "SGD"),
            Map.entry("瑞士法郎", "CHF"), Map.entry("瑞郎", "CHF"), Map.entry("澳门元", "MOP"), Map.entry("澳门币", "MOP"),
            Map.entry("卢布", "RUB"), Map.entry("泰铢", "THB"), Map.entry("林吉特", "MYR"), Map.entry("印度卢比", "INR"),
            Map.entry("卢比", "INR"), Map.entry("越南盾", "VND"), Map.entry("雷亚尔", "BRL"), Map.entry("挪威克朗", "NOK"),
            Map.entry("瑞典克朗", "SEK"), Map.entry("丹麦克朗", "DKK"), Map.entry("印尼盾", "IDR"), Map.entry("墨西哥比索", "MXN"),
            Map.entry("菲律宾比索", "PHP"), Map.entry("南非兰特", "ZAR"), Map.entry("土耳其里拉", "TRY"), Map.entry("迪拉姆", "AED"),
            Map.entry("沙特里亚尔", "SAR"),
            // 1000万元港币: the currency named after 元
            Map.entry("元港币", "HKD"), Map.entry("元美金", "USD"));
    private static final Map<String, String> PER_UNITS = Map.ofEntries(
            Map.entry("吨", "t"), Map.entry("桶", "bbl"), Map.entry("千克", "kg"), Map.entry("公斤", "kg"), Map.entry("克", "g"),
            Map.entry("股", "share"), Map.entry("平方米", "m2"), Map.entry("平米", "m2"), Map.entry("盎司", "oz"),
            Map.entry("辆", "unit"), Map.entry("片", "piece"), Map.entry("瓦时", "Wh"), Map.entry("千瓦时", "kWh"),
            Map.entry("度", "kWh"), Map.entry("张", "piece"), Map.entry("瓶", "bottle"), Map.entry("升", "L"),
            Map.entry("头", "head"), Map.entry("斤", "kg"), Map.entry("W", "W"), Map.entry("Wh", "Wh"), Map.entry("kWh", "kWh"), Map.entry("KWh", "kWh"), Map.entry("瓦", "W"), Map.entry("千瓦", "kW"),
            Map.entry("kW", "kW"), Map.entry("盒", "box"), Map.entry("套", "set"), Map.entry("听", "can"), Map.entry("箱", "case"),
            Map.entry("罐", "can"), Map.entry("杯", "cup"), Map.entry("手", "lot"), Map.entry("针", "dose"), Map.entry("件", "piece"), Map.entry("包", "pack"), Map.entry("袋", "bag"));

    private QuantityScanner() {}

    private static final Pattern FRACTION = Pattern.compile(
            "(?<before>" + BEFORE + ")?(?<den>百|千|万|[一二三四五六七八九十]+)分之(?<num>[零〇一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?|\\d+(?:\\.\\d+)?)");

    /** The quantities in {@code text}, in order. */
    public static List<Quantity> scan(String text) {
        List<Quantity> out = scanNumbers(text);
        if (text.contains("分之")) {
            addFractions(text, out);
        }
        if (text.indexOf('亿') >= 0) {
            addRoundAmounts(text, out);
        }
        if (text.indexOf('报') >= 0 || text.contains("收于")) {
            addBareIndexLevels(text, out);
        }
        if (text.indexOf('翻') >= 0) {
            addDoublings(text, out);
        }
        if (out.size() > 1) {
            out.sort(java.util.Comparator.comparingInt(Quantity::start)); // the word passes append after the numbers
        }
        return out;
    }

    /** A doubling in words: 翻了一番 and 翻倍 double (+100%), 翻了两番 quadruples (+300%). */
    private static final Pattern DOUBLING = Pattern.compile("翻(?:了)?(?:(?<n>一|两|二|三)番|一倍|倍)");
    /** What in a doubling's clause makes it a group's criterion or a streak: 18股…翻倍, 连续5年业绩翻倍. */
    private static final Pattern GROUP_OR_STREAK = Pattern.compile("\\d+(?:股|只|家)|连续");

    private static void addDoublings(String text, List<Quantity> out) {
        Matcher m = DOUBLING.matcher(text);
        while (m.find()) {
            int clause = clauseStart(text, m.start(), Integer.MAX_VALUE);
            if (GROUP_OR_STREAK.matcher(text).region(clause, m.start()).find()) {
                continue; // 18股2021年度净利润翻倍, 10只新股…全部翻倍, 连续5年业绩翻倍: what defines a group or a streak, no one's figure
            }
            int times = m.group("n") == null ? 1 : switch (m.group("n")) {
                case "一" -> 1;
                case "两", "二" -> 2;
                default -> 3;
            };
            // the growth is 2^n - 1 of the base: 翻一番 +100%, 翻两番 +300%
            BigDecimal growth = BigDecimal.valueOf((1L << times) - 1);
            Quantity q = new Quantity(m.start(), m.end(), growth, null, "ratio", null, false);
            addUnlessOverlapping(out, q);
        }
    }

    /** A level written without 点 after an index's move (深成指涨1.9%报13549，): 报 or 收于, then the number, then the clause ends. */
    private static final Pattern BARE_LEVEL = Pattern.compile(
            "(?:收报|报收|报|收于)(?<level>[1-9]\\d{2,5}(?:\\.\\d{1,3})?)(?=[，。；,;）)\\s]|$)");
    /** How far back in its clause the index's name may stand before the level. */
    private static final int INDEX_REACH = 16;

    private static void addBareIndexLevels(String text, List<Quantity> out) {
        Matcher m = BARE_LEVEL.matcher(text);
        while (m.find()) {
            int clause = clauseStart(text, m.start(), INDEX_REACH);
            String before = text.substring(clause, m.start());
            if (!before.contains("指")) {
                continue; // a price or a rate after 报 (报6.6607) is read elsewhere, with its unit
            }
            Quantity q = new Quantity(m.start("level"), m.end("level"), new BigDecimal(m.group("level")), null, "points", null, false);
            addUnlessOverlapping(out, q);
        }
    }

    /** Whether some 亿 in {@code text} follows no number, past 百, 千 and 万 (突破百亿, 破亿, 重上万亿). */
    private static boolean hasBareYi(String text) {
        for (int i = text.indexOf('亿'); i >= 0; i = text.indexOf('亿', i + 1)) {
            int j = i - 1;
            while (j >= 0 && "百千万".indexOf(text.charAt(j)) >= 0) {
                j--;
            }
            if (j < 0 || !Character.isDigit(text.charAt(j)) && !Numbers.isChineseNumeral(text.charAt(j)) && text.charAt(j) != '.') {
                return true;
            }
        }
        return false;
    }

    /** Adds {@code q} unless a quantity already read covers part of its span (what the number scanner read wins). */
    static void addUnlessOverlapping(List<Quantity> out, Quantity q) {
        if (out.stream().noneMatch(o -> o.start() < q.end() && q.start() < o.end())) {
            out.add(q);
        }
    }

    /** Where the clause holding {@code at} starts (after the last ，。；), looking back at most {@code reach} characters. */
    private static int clauseStart(String text, int at, int reach) {
        int clause = at;
        while (clause > 0 && at - clause < reach && "，。；,;\n".indexOf(text.charAt(clause - 1)) < 0) {
            clause--;
        }
        return clause;
    }

    /** A round amount written without a number after a word of reaching or passing it: 突破百亿, 破亿元, 重上万亿, 超千亿美元. */
    private static final Pattern ROUND_AMOUNT = Pattern.compile(
            "(?<verb>重上|站上|突破|超过|超|破|过|逾|上|达到|达|近|约)(?:了)?(?<mag>百万|千万|百|千|万)?亿(?<cur>元|美元|港元)?"
                    // ended by punctuation or a word that closes the amount, not 的 (超过百亿的券商: a group's bound) or a name (错过了亿纬锂能)
                    + "(?=[，。；、,;:：！!？?）)”\\s]|$|大关|关口|规模|营收|收入|级别|融资|投资|订单|销售额|人民币)");

    private static void addRoundAmounts(String text, List<Quantity> out) {
        if (!hasBareYi(text)) {
            return; // every 亿 follows a number (47亿元): most sentences, and no regex for them
        }
        Matcher m = ROUND_AMOUNT.matcher(text);
        while (m.find()) {
            if (m.start() > 0 && (Numbers.isChineseNumeral(text.charAt(m.start() - 1)) || text.charAt(m.start() - 1) == '跌')) {
                continue; // 十上亿: part of another number; 跌破万亿: a level fallen through, no amount stated
            }
            String mag = m.group("mag");
            BigDecimal value = Numbers.magnitude((mag == null ? "" : mag) + "亿").orElseThrow(); // 百亿 is 1e10, 万亿 1e12
            String verb = m.group("verb");
            String qualifier = switch (verb) {
                case "近", "约" -> "approx";
                case "达到", "达" -> null;
                default -> "gt";
            };
            String unit = m.group("cur") == null ? "amount" : CURRENCIES.get(m.group("cur"));
            // the span holds the qualifier when it is one (超百亿), else only the amount (突破|百亿)
            int start = qualifier == null || verb.length() > 1 ? m.start("verb") + verb.length() : m.start();
            Quantity q = new Quantity(start, m.end(), value, null, unit, qualifier, false);
            addUnlessOverlapping(out, q);
        }
    }

    /** 四分之一, 万分之零点五: ratios written as fractions. */
    private static void addFractions(String text, List<Quantity> out) {
        Matcher f = FRACTION.matcher(text);
        while (f.find()) {
            Optional<BigDecimal> den = Numbers.chinese(f.group("den"));
            Optional<BigDecimal> num = decimal(f.group("num"));
            if (den.isEmpty() || num.isEmpty() || den.get().signum() == 0) {
                continue;
            }
            BigDecimal v = num.get().divide(den.get(), java.math.MathContext.DECIMAL64);
            Quantity q = new Quantity(f.start(), f.end(), v, null, "ratio", qualifier(f.group("before"), null, null), false);
            out.removeIf(o -> o.start() < q.end() && q.start() < o.end());
            out.add(q);
        }
        out.sort(java.util.Comparator.comparingInt(Quantity::start));
    }

    /** Arabic decimals, or Chinese ones with 点 (零点五). */
    private static Optional<BigDecimal> decimal(String written) {
        if (Character.isDigit(written.charAt(0))) {
            return Numbers.arabic(written);
        }
        int dot = written.indexOf('点');
        if (dot < 0) {
            return Numbers.chinese(written);
        }
        Optional<BigDecimal> whole = Numbers.chinese(written.substring(0, dot));
        Optional<BigDecimal> digits = Numbers.chinese(written.substring(dot + 1));
        if (whole.isEmpty() || digits.isEmpty()) {
            return Optional.empty();
        }
        int places = written.length() - dot - 1;
        return Optional.of(whole.get().add(digits.get().movePointLeft(places)));
    }

    /** What after a Chinese numeral and 元 makes them a word, not an amount: 三元电池 (ternary), 二元一次方程. */
    private static final WordList NOT_YUAN_AFTER = WordList.of(List.of("电池", "锂", "材料", "正极", "负极", "前驱体", "体系", "乙丙",
            "催化", "一次", "二次", "结构", "论", "化"));

    /** Whether {@code text} ends at {@code end} with one Chinese numeral and 元 (三元, not 2000元 or 二十三元). */
    private static boolean singleNumeralBeforeYuan(String text, int end) {
        return end >= 2 && text.charAt(end - 1) == '元' && "一二三四五六七八九十两".indexOf(text.charAt(end - 2)) >= 0
                && (end < 3 || !Numbers.isChineseNumeral(text.charAt(end - 3)) && !Character.isDigit(text.charAt(end - 3)));
    }

    private static List<Quantity> scanNumbers(String text) {
        List<Quantity> out = new ArrayList<>();
        List<Parsed> bare = new ArrayList<>(); // numbers without a unit yet: the head of a list or a range
        int from = 0;
        Token m;
        while (from < text.length() && (m = next(text, from)) != null) {
            Optional<Parsed> parsed = parse(m, text);
            from = Math.max(parsed.map(Parsed::end).orElse(m.end), from + 1);
            if (parsed.isEmpty()) {
                bare.clear();
                continue;
            }
            Parsed p = parsed.get();
            if ("CNY".equals(p.unit) && singleNumeralBeforeYuan(text, p.end) && NOT_YUAN_AFTER.longestAt(text, p.end) != null) {
                bare.clear();
                continue; // 三元电池, 二元一次方程: ternary, not three yuan
            }
            boolean rangeNext = joinAhead(text, p.end, RANGE_WORDS, true);
            boolean listNext = p.unit == null && joinAhead(text, p.end, LIST_WORDS, false);
            if (p.unit == null && p.magnitude == null || rangeNext || listNext) {
                // A number without a unit counts only as the head of a list or range that ends with one (7100、3000亿元;
                // 900亿至940亿); a full quantity before 至 is the low end of a range (3亿元至3.5亿元).
                if (!bare.isEmpty() && !joined(text, bare.get(bare.size() - 1).end, p.start)) {
                    bare.clear();
                }
                if (p.unit == null && p.magnitude == null && !rangeNext && !listNext && bare.isEmpty()) {
                    continue;
                }
                if (rangeNext || listNext || p.unit == null && p.magnitude == null) {
                    bare.add(p);
                    continue;
                }
            }
            if (!bare.isEmpty() && !joined(text, bare.get(bare.size() - 1).end, p.start)) {
                bare.clear();
            }
            Parsed rangeHead = null;
            if (!bare.isEmpty()) {
                Parsed last = bare.get(bare.size() - 1);
                if (RANGE_JOIN.matcher(text.substring(last.end, p.start)).matches()) {
                    bare.remove(bare.size() - 1);
                    // 涨2500元-3500元/吨: the tail's price unit is the head's too, so a range
                    boolean samePrice = last.unit != null && p.unit != null && p.unit.startsWith(last.unit + "/");
                    if (last.unit != null && p.unit != null && (!last.unit.equals(p.unit) && !samePrice || movedTo(text, last, p))) {
                        // 跌0.03%至18907.66点, 上涨2.5万元/吨至885万元/吨: a move and the level it moved to, not a range.
                        out.add(last.toQuantity(null, last.qualifier));
                    } else {
                        rangeHead = last;
                    }
                }
            }
            // A magnitude-only head with the unit on the tail: 900亿至940亿元.
            String unit = p.unit != null ? p.unit : "amount";
            String listQualifier = firstQualifier(bare);
            for (Parsed head : bare) {
                out.add(head.complete(p, unit).toQuantity(null, head.qualifier != null ? head.qualifier : firstQualifier(bare)));
            }
            bare.clear();
            if (rangeHead != null) {
                Parsed head = rangeHead.complete(p, unit);
                Quantity tail = p.toQuantity(p.unit == null ? "amount" : null, null);
                Quantity headQ = head.toQuantity(null, head.qualifier);
                out.add(new Quantity(headQ.start(), tail.end(), headQ.value(), tail.value(), tail.unit(), "range", tail.times()));
            } else {
                // A magnitude without a currency (900亿) is an amount in the surrounding currency, decided later.
                out.add(p.toQuantity(p.unit == null ? "amount" : null, p.qualifier != null ? p.qualifier : listQualifier));
            }
        }
        return out;
    }

    /**
     * The next number at or after {@code from}, with the words around it that belong to it: the
     * qualifier and currency before it, 多/余 and the magnitude after it. Read by hand, character by
     * character: trying a regex at each number was most of the extraction time.
     */
    private static Token next(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            if (!digit && !Numbers.isChineseNumeral(c)) {
                continue;
            }
            if (i > from && (digit && Character.isDigit(text.charAt(i - 1)) || !digit && Numbers.isChineseNumeral(text.charAt(i - 1)))) {
                continue; // inside a number already tried from its start
            }
            if (!digit && !unitFollows(text, i)) {
                continue; // 一些, 万一, 十分: Chinese numeral characters in ordinary words
            }
            return token(text, i, from);
        }
        return null;
    }

    private static Token token(String text, int at, int floor) {
        Token t = new Token();
        int pos = at;
        if (pos > floor && text.charAt(pos - 1) == ' ') {
            pos--;
        }
        if (pos > floor && WordGates.BEFORE_LAST_CHARS.contains(text.charAt(pos - 1))) {
            for (String w : CURRENCY_BEFORE) {
                if (pos - w.length() >= floor && text.startsWith(w, pos - w.length())) {
                    t.currency = w;
                    pos -= w.length();
                    break;
                }
            }
            String longest = null;
            for (String w : QUALIFIER_BEFORE) {
                if (pos - w.length() >= floor && text.startsWith(w, pos - w.length()) && (longest == null || w.length() > longest.length())) {
                    longest = w;
                }
            }
            if (longest != null) {
                t.before = longest;
                pos -= longest.length();
            }
        }
        t.start = t.before == null && t.currency == null ? at : pos;
        int j = at;
        int n = text.length();
        if (Character.isDigit(text.charAt(at))) {
            while (j < n && isAsciiDigit(text.charAt(j))) {
                j++;
            }
            // Thousands groups (11,910,000) when the first group has at most three digits.
            if (j - at <= 3) {
                while (j + 3 < n + 0 && (text.charAt(j) == ',' || text.charAt(j) == '，') && j + 4 <= n
                        && isAsciiDigit(text.charAt(j + 1)) && isAsciiDigit(text.charAt(j + 2)) && isAsciiDigit(text.charAt(j + 3))
                        && (j + 4 == n || !isAsciiDigit(text.charAt(j + 4)))) {
                    j += 4;
                }
            }
            if (j + 1 < n && text.charAt(j) == '.' && isAsciiDigit(text.charAt(j + 1))) {
                j++;
                while (j < n && isAsciiDigit(text.charAt(j))) {
                    j++;
                }
            }
        } else {
            while (j < n && Numbers.isChineseNumeral(text.charAt(j))) {
                j++;
            }
        }
        t.numStart = at;
        t.numEnd = j;
        t.number = text.substring(at, j);
        if (j < n && (text.charAt(j) == '多' || text.charAt(j) == '余')) {
            t.more = true;
            j++;
        }
        int k = j < n && text.charAt(j) == ' ' ? j + 1 : j;
        String mag = Character.isDigit(text.charAt(at)) ? MAGNITUDES.longestAt(text, k) : null;
        if (mag != null) {
            t.magnitude = mag;
            j = k + mag.length();
            if (j < n && (text.charAt(j) == '多' || text.charAt(j) == '余')) {
                t.more = true;
                j++;
            }
        }
        t.end = j;
        return t;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static final WordList MAGNITUDES = WordList.of(List.of(MAGNITUDE.split("\\|")));

    /** A number and the words that belong to it, as {@link #token} read them. */
    private static final class Token {
        int start;
        int numStart;
        int numEnd;
        int end;
        String before;
        String currency;
        String number;
        String magnitude;
        boolean more;
    }

    private static final WordList AFTER_WORDS = WordList.of(List.of(AFTER.split("\\|")));
    /** Units other than currencies, longest first: the regex alternation these replace was most of the scan time. */
    private static final WordList PLAIN_UNITS = WordList.of(List.of("个百分点", "个基点", "万吨/年", "平方米", "百分点", "吨/年", "基点", "万吨",
            "万吨/日", "吨/日", "万吨/天", "吨/天", "亩", "根", "单",
            "载重吨", "千升",
            // power, energy and battery charge, kept in the scale written (100GW, 76.90GWh, 112.93亿千瓦时, 9.23亿Ah)
            "千瓦时", "兆瓦时", "吉瓦时", "千瓦", "兆瓦", "吉瓦", "GWh", "GWH", "MWh", "MWH", "kWh", "KWh", "KWH", "kwh", "GW", "MW", "kW", "KW", "mAh", "Ah",
            "公斤", "平米", "批次",
            // percentage points and basis points as analysts abbreviate them (环比-7.90pcts, 下调25bp)
            "pcts", "pct", "ppts", "ppt", "bps", "bp",
            "千克", "%", "‰", "倍", "成", "点", "吨", "斤", "人", "名", "个", "家", "只", "辆", "台", "户", "项", "款", "件", "座", "套",
            "位", "笔", "架", "艘", "部", "所", "股", "手", "张", "份", "票", "批", "支", "折", "次", "条", "种", "瓶", "箱", "盒"));
    /** One mu (亩) in square metres, 10000/15, to the precision of a double. */
    private static final BigDecimal MU_IN_M2 = BigDecimal.valueOf(10_000).divide(BigDecimal.valueOf(15), java.math.MathContext.DECIMAL64);
    /** Words of the time of day right before a number of 点: 凌晨1点, 晚上8点. */
    private static final Pattern TIME_OF_DAY_BEFORE = Pattern.compile("(?:凌晨|早上|上午|中午|下午|晚上|晚间|傍晚|夜间|今晚|当晚|次日|早|晚)\\s?$");
    /** Containers counted as goods (20万瓶, 69盒), unless they say how goods are packed. */
    private static final Set<String> PACKED_UNITS = Set.of("瓶", "箱", "盒");
    /** A car's model year before 款 (2021款): 1990 to 2039. */
    private static final Pattern MODEL_YEAR = Pattern.compile("(?:199|20[0-3])\\d");
    /** Classifiers of things counted, for a round number written in words after a bound (逾百家, 上千种). */
    private static final Set<String> COUNT_UNITS = Set.of("家", "种", "张", "个", "名", "人", "只", "位", "款", "项", "件", "户", "所");
    /** Classifiers counted only in digits: 涨价两次, 一条, 两种方式 are manners of speaking more than figures. */
    private static final Set<String> DIGITS_ONLY_UNITS = Set.of("次", "条", "种");
    /** Classifiers that make a single numeral an article: 一个, 一家. */
    private static final Set<String> ARTICLE_UNITS = Set.of("个", "家", "只", "位", "名", "部", "手");
    /** The currency words, from the table that maps them (the longest that matches is taken). */
    private static final WordList CURRENCY_WORDS = WordList.of(List.copyOf(CURRENCIES.keySet()));
    private static final WordList PER_UNIT_WORDS = WordList.of(List.of(PER_UNIT.split("\\|")));

    /** The unit written at {@code at} (after one optional space), or null. */
    private static String unitAt(String text, int at) {
        int i = at < text.length() && text.charAt(at) == ' ' ? at + 1 : at;
        if (i >= text.length()) {
            return null;
        }
        String currency = CURRENCY_WORDS.longestAt(text, i);
        if (currency != null) {
            int slash = i + currency.length();
            // 元／千瓦时 in full width too, and 1188元每瓶 in words
            if (slash < text.length() && (text.charAt(slash) == '/' || text.charAt(slash) == '／' || text.charAt(slash) == '每')) {
                String per = PER_UNIT_WORDS.longestAt(text, slash + 1);
                if (per != null) {
                    return currency + "/" + per;
                }
            }
            return currency;
        }
        String unit = PLAIN_UNITS.longestAt(text, i);
        if (unit == null) {
            return null;
        }
        int after = i + unit.length();
        char next = after < text.length() ? text.charAt(after) : '\0';
        String rest = text.substring(after, Math.min(text.length(), after + 4));
        return switch (unit) {
            // 3个月, 1个半月, 2个多小时: durations, not counts.
            case "个" -> startsWithAny(rest, "月", "小时", "工作日", "交易日", "季度", "点", "半月", "半小时", "多月", "多小时", "星期")
                    ? null : unit;
            case "点" -> Character.isDigit(next) || "钟位多半整".indexOf(next) >= 0 ? null : unit;
            case "成" -> "交本长为立员都品功果熟绩效型分年".indexOf(next) >= 0 ? null : unit;
            case "折" -> "合算旧扣价现叠损返让戟腾射线服".indexOf(next) >= 0 ? null : unit; // 8.7折, not 折合, 折旧, 折扣
            case "次" -> "日月年序级".indexOf(next) >= 0 ? null : unit; // 5次评级记录, not 次日
            case "条" -> "例件款约文".indexOf(next) >= 0 ? null : unit; // 5条措施, not 条例, 条件
            case "人" -> "工民士才性".indexOf(next) >= 0 ? null : unit; // 0人工干预 (manual), 1人民币: not people
            case "种" -> "类子植群族".indexOf(next) >= 0 ? null : unit; // 4000种智能单品, not 种类, 种子
            case "支" -> "付出持撑援柱线".indexOf(next) >= 0 ? null : unit; // 100万支测试剂, not 支付, 支出, 支持
            // GW, kWh, pcts, bp …: a Latin unit, not the start of a Latin word (5GWhours, 3bpm)
            default -> isAsciiLetter(unit.charAt(0)) && isAsciiLetter(next) ? null : unit;
        };
    }

    private static boolean isAsciiLetter(char c) {
        return c < 0x80 && Character.isLetter(c);
    }

    private static boolean startsWithAny(String text, String... words) {
        for (String w : words) {
            if (text.startsWith(w)) {
                return true;
            }
        }
        return false;
    }

    /** Characters a unit (or 多/余 before one) can start with. */
    private static final CharSet UNIT_STARTS = CharSet.firstCharsOf(CURRENCY_WORDS.words(), PLAIN_UNITS.words()).and("多余千万亿分");

    /** True when the Chinese numeral starting at {@code at} is followed by something a unit can start with. */
    private static boolean unitFollows(String text, int at) {
        int j = at;
        while (j < text.length() && Numbers.isChineseNumeral(text.charAt(j)) && j - at < 16) {
            j++;
        }
        // The run may end in a magnitude (三千万) that is itself followed by the unit.
        return j < text.length() && UNIT_STARTS.contains(text.charAt(j)) || j > at && "万亿千百".indexOf(text.charAt(j - 1)) >= 0;
    }


    private static final List<String> CURRENCY_BEFORE = List.of("人民币", "港币", "港元", "美元");
    private static final List<String> QUALIFIER_BEFORE = List.of(BEFORE.split("\\|"));

    private static String firstQualifier(List<Parsed> list) {
        return list.isEmpty() ? null : list.get(0).qualifier;
    }

    private static boolean joined(String text, int end, int start) {
        if (start < end) {
            return false;
        }
        String between = text.substring(end, start);
        return LIST_JOIN.matcher(between).matches() || RANGE_JOIN.matcher(between).matches();
    }

    private static Optional<Parsed> parse(Token m, String text) {
        String num = m.number;
        boolean chinese = !Character.isDigit(num.charAt(0));
        Optional<BigDecimal> value = chinese ? Numbers.chinese(num) : Numbers.arabic(num);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String unitWord = unitAt(text, m.end);
        int unitEnd = unitWord == null ? m.end : m.end + (text.charAt(m.end) == ' ' ? 1 : 0) + unitWord.length();
        String after = AFTER_WORDS.longestAt(text, unitEnd);
        String mag = m.magnitude;
        // 逾百家, 上千种, 近万名: a round number of things after a bound; 上 before it says "more than"
        boolean above = m.before == null && m.start > 0 && text.charAt(m.start - 1) == '上';
        // A magnitude written alone (百, 千, 万, 亿): a round number only after a bound, else a caption or a base.
        boolean loneMagnitude = chinese && num.length() == 1 && "百千万亿".indexOf(num.charAt(0)) >= 0;
        boolean roundCount = loneMagnitude && num.charAt(0) != '亿'
                && (m.before != null || above) && unitWord != null && COUNT_UNITS.contains(unitWord);
        // 超亿元, 近亿元, 数亿元, 逾千万美元: a round amount of money after a bound or 数 (several)
        boolean several = m.before == null && m.start > 0 && text.charAt(m.start - 1) == '数';
        boolean roundMoney = loneMagnitude && (m.before != null || several) && unitWord != null && CURRENCIES.containsKey(unitWord);
        boolean roundNumber = roundCount || roundMoney;
        if (loneMagnitude && !roundNumber) {
            return Optional.empty(); // 万元, 百元, 千元: a unit caption or a base, not a number (千亿件 is one)
        }
        if (chinese) {
            // Chinese numerals need a unit of their own: 七成, 两倍, 三千万元.
            if (unitWord == null) {
                return Optional.empty();
            }
            if (!roundNumber && (DIGITS_ONLY_UNITS.contains(unitWord) || num.length() == 1 && ARTICLE_UNITS.contains(unitWord))) {
                return Optional.empty(); // 涨价两次, 两种方式 (counted in words); 一个, 一家 (articles, not figures)
            }
        }
        int start = roundCount && above || roundMoney && several ? m.start - 1 : m.start;
        int end = unitEnd + (after == null ? 0 : after.length());
        if ("点".equals(unitWord) && (TIME_OF_DAY_BEFORE.matcher(text.substring(Math.max(0, m.start - 3), m.start)).find()
                || end < text.length() && "半钟整".indexOf(text.charAt(end)) >= 0)) {
            return Optional.empty(); // 凌晨1点, 下午3点半: a time of day, not an index's points
        }
        if ("单".equals(unitWord) && end < text.length() && "位日月价季品个次笔据身元".indexOf(text.charAt(end)) >= 0) {
            return Optional.empty(); // 单位, 单日, 单价: 单 opens a word, it counts no orders
        }
        if (("名".equals(unitWord) || "位".equals(unitWord)) && start > 0 && text.charAt(start - 1) == '前') {
            return Optional.empty(); // 包揽了前5名: a place in a ranking
        }
        if (start > 1 && text.charAt(start - 1) == ' ' && text.charAt(start - 2) == '第') {
            return Optional.empty(); // 第 16 位: an ordinal, written with a space
        }
        if (start > 0 && "第每×÷=*/".indexOf(text.charAt(start - 1)) >= 0) {
            return Optional.empty(); // 第3个 (an ordinal), 每百元 (a base), ×100% (a formula)
        }
        if ("名".equals(unitWord) && start > 0 && "（(".indexOf(text.charAt(start - 1)) >= 0 && end < text.length()
                && "）)".indexOf(text.charAt(end)) >= 0) {
            return Optional.empty(); // 中信证券（211名）: a place in a ranking, bracketed after the name
        }
        if (unitWord != null && PACKED_UNITS.contains(unitWord) && m.magnitude == null && (num.length() == 1 || end < text.length() && "装/／".indexOf(text.charAt(end)) >= 0)) {
            return Optional.empty(); // 12瓶装, 12瓶/箱, 一盒2瓶: how goods are packed, not how many
        }
        if ("款".equals(unitWord) && !chinese && m.magnitude == null && MODEL_YEAR.matcher(num).matches()) {
            return Optional.empty(); // 进口2021款Panamera: a model year, not a count of models
        }
        if (!chinese && m.numEnd + 1 < text.length() && (text.charAt(m.numEnd) == ':' || text.charAt(m.numEnd) == '：')
                && Character.isDigit(text.charAt(m.numEnd + 1))) {
            return Optional.empty(); // 16:30, a time of day
        }
        String unit = null;
        boolean times = false;
        BigDecimal scale = BigDecimal.ONE;
        String qualifier = roundCount && above || roundMoney && several || m.before == null && passedBefore(text, m.start) ? "gt"
                : qualifier(m.before, m.more ? "多" : null, after);
        if (unitWord != null) {
            switch (unitWord) {
                case "%" -> {
                    scale = new BigDecimal("0.01");
                    unit = "ratio";
                }
                case "‰" -> {
                    scale = new BigDecimal("0.001");
                    unit = "ratio";
                }
                case "个百分点", "百分点" -> {
                    scale = new BigDecimal("0.01");
                    unit = "pct_point";
                }
                case "pcts", "pct", "ppts", "ppt" -> {
                    scale = new BigDecimal("0.01");
                    unit = "pct_point";
                }
                case "个基点", "基点", "bps", "bp" -> {
                    scale = new BigDecimal("0.0001");
                    unit = "pct_point";
                }
                case "倍" -> {
                    unit = "multiple";
                    times = true;
                }
                case "点" -> {
                    if (start > 0 && "日晚早午夜".indexOf(text.charAt(start - 1)) >= 0) {
                        return Optional.empty(); // 11月11日23点, 晚8点: a time of day
                    }
                    unit = "points";
                }
                case "成" -> {
                    scale = new BigDecimal("0.1");
                    unit = "ratio";
                }
                case "折" -> {
                    // 8.7折 and 九折 are tenths of the price; 85折 is hundredths
                    boolean hundredths = !chinese && num.indexOf('.') < 0 && num.length() == 2;
                    scale = new BigDecimal(hundredths ? "0.01" : "0.1");
                    unit = "ratio";
                }
                case "吨", "载重吨" -> unit = "t"; // deadweight tonnes of ships are tonnes
                case "千升" -> {
                    scale = BigDecimal.valueOf(1000);
                    unit = "L";
                }
                case "平方米", "平米" -> unit = "m2";
                case "千瓦时", "kWh", "KWh", "KWH", "kwh" -> unit = "kWh";
                case "兆瓦时", "MWh", "MWH" -> unit = "MWh";
                case "吉瓦时", "GWh", "GWH" -> unit = "GWh";
                case "千瓦", "kW", "KW" -> unit = "kW";
                case "兆瓦", "MW" -> unit = "MW";
                case "吉瓦", "GW" -> unit = "GW";
                case "Ah" -> unit = "Ah";
                case "mAh" -> unit = "mAh";
                case "吨/年" -> unit = "t/yr";
                case "吨/日", "吨/天" -> unit = "t/d";
                case "万吨/日", "万吨/天" -> {
                    scale = BigDecimal.valueOf(10_000);
                    unit = "t/d"; // 日均产量219万吨/日
                }
                case "亩" -> {
                    scale = MU_IN_M2;
                    unit = "m2"; // 9.6万亩 of farmland, 1300亩 of land: a mu is 10000/15 square metres
                }
                case "万吨/年" -> {
                    scale = BigDecimal.valueOf(10_000);
                    unit = "t/yr";
                }
                case "公斤", "千克" -> {
                    scale = new BigDecimal("0.001");
                    unit = "t";
                }
                case "斤" -> {
                    scale = new BigDecimal("0.0005");
                    unit = "t";
                }
                case "万吨" -> {
                    scale = BigDecimal.valueOf(10_000);
                    unit = "t";
                }
                default -> {
                    unit = currencyOrCount(unitWord);
                    String per = unit.length() == 3 ? perUnitBefore(text, start) : null;
                    if (per != null) {
                        unit = unit + "/" + PER_UNITS.get(per); // 每斤6元: a price per unit written before the number
                    }
                    if (unitWord.endsWith("/斤") || "斤".equals(per)) {
                        scale = BigDecimal.valueOf(2); // a price per jin (half a kilogram) is twice that per kilogram
                    }
                }
            }
            if (unitWord.startsWith("美分")) {
                scale = new BigDecimal("0.01");
            }
        }
        if ("t".equals(unit) && ANNUAL_CAPACITY_BEFORE.matcher(text).region(Math.max(0, start - 4), start).find()) {
            unit = "t/yr"; // 年产5万吨: a yearly capacity, as 5万吨/年 is
        } else if ("t".equals(unit) && DAILY_CAPACITY_BEFORE.matcher(text).region(Math.max(0, start - 5), start).find()) {
            unit = "t/d"; // 日熔化量1200吨: a daily capacity, as 1200吨/日 is
        }
        BigDecimal magnitude = mag == null ? BigDecimal.ONE : Numbers.magnitude(mag).orElseThrow();
        BigDecimal number = value.get();
        if (!chinese && start == m.numStart && start > 0 && (text.charAt(start - 1) == '-' || text.charAt(start - 1) == '－')
                && !afterAQuantityOrCode(text, start - 1)) {
            // 涨幅为-10.8%, 同比-12.3%: a written minus; after a quantity or a code (15%-20%, 3亿元-5亿元, A-3) the dash joins a range.
            number = number.negate();
            start--;
        }
        if (chinese && mag == null && "count".equals(unit) && number.compareTo(BigDecimal.ONE) == 0) {
            return Optional.empty(); // 一款眼镜, 一批产品: an article, not a count of one
        }
        if (chinese && mag == null && "points".equals(unit) && number.compareTo(BigDecimal.valueOf(100)) < 0) {
            return Optional.empty(); // 凌晨一点, 涨了一点: a time of day or "a little"; levels and moves in points are written in digits
        }
        BigDecimal v = number.multiply(magnitude).multiply(scale);
        String cur = m.currency;
        if (cur != null && (unit == null || unit.equals("count"))) {
            unit = CURRENCIES.get(cur); // 人民币47亿: the currency is written before the number
        }
        return Optional.of(new Parsed(start, end, number, v, unit, mag == null ? null : magnitude, scale, qualifier, times));
    }

    /** Words right before tonnes that make them a yearly capacity: 年产5万吨, 年产能3万吨, 年处理10万吨. */
    /** What makes tonnes a daily rate: 日熔化量1200吨, 日产3万吨, 日处理500吨. */
    private static final Pattern DAILY_CAPACITY_BEFORE = Pattern.compile("(?:日熔化量|日熔量|日产量?|日均产量|日处理量?|日加工量?)(?:为|达|约)?$");
    private static final Pattern ANNUAL_CAPACITY_BEFORE = Pattern.compile("(?:年产|年产能|年处理|年加工)(?:能力)?(?:为|达|约)?$");

    private static final List<String> MOVES = List.of("上涨", "下跌", "涨", "跌", "上调", "下调", "提高", "降低", "增加", "减少", "增长",
            "下降", "上升", "回落", "攀升", "上行", "下行");

    /**
     * Whether {@code head 至 tail} is a move and the level it reached: the head follows a change word
     * (上涨2.5万元/吨至885万元/吨), the join is 至 or 到, and the tail is several times the head, as a
     * level is of a move (a range's ends are of one size: 增长10%至15%).
     */
    private static boolean movedTo(String text, Parsed head, Parsed tail) {
        String join = text.substring(head.end(), tail.start()).strip();
        if (!(join.equals("至") || join.equals("到"))) {
            return false;
        }
        int at = head.start();
        if (at > 0 && text.charAt(at - 1) == '了') {
            at--;
        }
        boolean moved = false;
        for (String w : MOVES) {
            moved |= at >= w.length() && text.startsWith(w, at - w.length());
        }
        return moved && tail.value().abs().compareTo(head.value().abs().multiply(BigDecimal.valueOf(3))) > 0;
    }

    /**
     * True when the text before the dash at {@code dash} ends with a quantity (a digit, then perhaps
     * magnitude and unit characters: 15%, 3亿元, 2021年) or a code letter: the dash joins a
     * range. Otherwise (同比-12.3%, 为-10.8%) it is a minus.
     */
    private static boolean afterAQuantityOrCode(String text, int dash) {
        int i = dash - 1;
        if (i >= 0 && (text.charAt(i) >= 'a' && text.charAt(i) <= 'z' || text.charAt(i) >= 'A' && text.charAt(i) <= 'Z')) {
            return true;
        }
        while (i >= 0 && dash - i <= 6 && WordGates.UNIT_CHARS.contains(text.charAt(i))) {
            i--;
        }
        if (i > 0 && i < dash - 1 && text.charAt(i) == ' ') {
            i--; // 10 万元-50 万元: IT之家's space between the number and its unit
        }
        return i >= 0 && text.charAt(i) >= '0' && text.charAt(i) <= '9';
    }

    /**
     * The unit of a price written before its number in the same clause (每斤6元, 每吨上调200元), or null.
     * Not 每股, whose figures (每股收益0.5元) are the vocabulary's own.
     */
    private static String perUnitBefore(String text, int start) {
        for (int k = start - 1; k >= Math.max(0, start - 10); k--) {
            char c = text.charAt(k);
            if ("，。；,;：:".indexOf(c) >= 0) {
                return null;
            }
            if (c == '每') {
                String per = PER_UNIT_WORDS.longestAt(text, k + 1);
                return per == null || per.equals("股") ? null : per;
            }
        }
        return null;
    }

    private static String currencyOrCount(String unitWord) {
        int slash = unitWord.indexOf('/');
        String currencyWord = slash < 0 ? unitWord : unitWord.substring(0, slash);
        String currency = CURRENCIES.get(currencyWord);
        if (currency == null) {
            return "count";
        }
        return slash < 0 ? currency : currency + "/" + PER_UNITS.getOrDefault(unitWord.substring(slash + 1), unitWord.substring(slash + 1));
    }


    /**
     * Whether 突破 (or 突破了) stands right before {@code at}: passing a mark is more than it (营收规模突破百亿,
     * 市值突破1万亿美元). Unlike 超, it stays outside the quantity's span, where a price's 突破80美元 is read.
     */
    private static boolean passedBefore(String text, int at) {
        int end = at > 0 && text.charAt(at - 1) == '了' ? at - 1 : at;
        return end >= 2 && text.startsWith("突破", end - 2);
    }

    static String qualifier(String before, String more, String after) {
        if (after != null) {
            return after.equals("左右") ? "approx" : after.equals("以上") || after.equals("有余") ? "gt" : "lt";
        }
        if (more != null) {
            return "gt";
        }
        if (before == null) {
            return null;
        }
        return switch (before) {
            case "约", "大约", "约合", "将近", "接近", "近" -> "approx";
            case "超过", "超", "逾", "至少", "多于" -> "gt";
            case "不足", "不到", "不超过", "少于", "低于" -> "lt";
            default -> null; // 高达: emphasis, not a bound
        };
    }

    /**
     * @param number    the number as written
     * @param value     number × magnitude × unit scale
     * @param magnitude the factor of 万/亿 …, null when none was written
     * @param scale     the unit's factor (% → 0.01)
     */
    private record Parsed(int start, int end, BigDecimal number, BigDecimal value, String unit, BigDecimal magnitude,
                          BigDecimal scale, String qualifier, boolean times) {
        /** A list or range head takes the magnitude and unit it lacks from the quantity that ends the list: 3至5亿元, 7100、3000亿元. */
        Parsed complete(Parsed tail, String tailUnit) {
            if (unit != null) {
                return this;
            }
            BigDecimal mag = magnitude != null ? magnitude : tail.magnitude != null ? tail.magnitude : BigDecimal.ONE;
            return new Parsed(start, end, number, number.multiply(mag).multiply(tail.scale), tailUnit, mag, tail.scale, qualifier, tail.times);
        }

        Quantity toQuantity(String fallbackUnit, String q) {
            return new Quantity(start, end, value, null, unit != null ? unit : fallbackUnit, q, times);
        }
    }

    /**
     * Character gates derived from the word lists above, in a holder so they are built after every
     * list they read (static fields initialize in the order they are written).
     */
    private static final class WordGates {
        /** Every character of a magnitude, currency or unit word (亿, 元, %, 吨, 年 …): what may stand between a number and a dash. */
        static final CharSet UNIT_CHARS = CharSet.of(String.join("", MAGNITUDES.words())
                + String.join("", CURRENCY_WORDS.words()) + String.join("", PLAIN_UNITS.words()) + "％");
        /** Last characters of the qualifier and currency words that can precede a number. */
        static final CharSet BEFORE_LAST_CHARS = CharSet.lastCharsOf(CURRENCY_BEFORE, QUALIFIER_BEFORE);
    }
}
