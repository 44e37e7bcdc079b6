package io.newsflow.enrich.metrics;

import io.newsflow.enrich.CharSet;
import io.newsflow.enrich.WordList;
import io.newsflow.enrich.Words;
import io.newsflow.schema.Metric;
import io.newsflow.schema.Ticker;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns the figures of an article into typed facts: each quantity gets the label before it (or
 * the words before it, as {@code other}), the change words that make it a growth rate and set
 * its sign (同比增长 → {@code _yoy}, 环比 → {@code _qoq}, 下降/跌/亏损 → negative), its period and
 * its subject. Each figure is reported once: repeats in the text and rounded copies in the title
 * are dropped. Pure: text and publication date in, metrics out.
 */
public final class MetricExtractor {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    /** 10^16: above the world's GDP in any currency that matters here; larger "figures" are noise or attacks. */
    private static final BigDecimal LARGEST = BigDecimal.TEN.pow(16);
    /** What ends a sentence inside a paragraph (Subjects reads its sentences the same way). */
    static final CharSet SENTENCE_END = CharSet.of("。！？；!?;");
    /** Change words, each before any shorter word it ends with (下降 before 降, 涨跌幅 before 跌幅 and 幅-less 跌). */
    private static final List<String> CHANGE_WORDS = List.of("增长", "增加", "上升", "提升", "提高", "上涨", "攀升", "下降", "减少",
            "下滑", "降低", "下跌", "回落", "回撤", "低开", "高开", "上调", "下调", "缩水", "蒸发", "萎缩", "收窄", "扩大", "放量", "缩量", "削减", "压减", "涨跌幅", "涨跌", "跌幅", "涨幅", "降幅", "减幅", "增幅", "季增", "季减", "年增", "年减", "增", "涨", "升", "降", "跌",
            "同比", "环比"); // 营收同比-12.3%, 环比+5%: the base alone before a signed figure, checked last
    /** Words that may stand between a change word and its figure: 增长了, 下降幅度为, 上涨约, 同比分别-6.17%. */
    private static final List<String> AFTER_CHANGE = List.of("则扩大至", "扩大至", "收窄至", "缩小至", "高达", "达到", "分别为", "分别", "均在", "均为", "均达", "为", "达", "在", "约", "超", "逾", "近", "足足", "整整");
    /** Last characters of a change phrase: a change word, 了, 度 (幅度), or a word after it (为, 达, 约 …). */
    private static final CharSet CHANGE_LAST_CHARS = CharSet.lastCharsOf(CHANGE_WORDS, AFTER_CHANGE).and("了度");
    private static final WordList YOY = WordList.of(List.of("同比", "较上年同期", "较去年同期", "较上年", "较去年", "比上年", "比去年", "与上年同期相比", "年增", "年减"));
    private static final WordList QOQ = WordList.of(List.of("环比", "较上月", "较上季度", "比上月"));
    /** Characters before 季 that make 季增/季减 a named quarter's change (第二财季增5%, 单季增25%), not 季增 (against the quarter before; 较上季增 too). */
    private static final CharSet QUARTER_NAMED_BEFORE = CharSet.of("财第一二三四1234首单本当该每");

    /** Words that point back to a count already given: 这5家企业, 上述14家公司, 该2只基金. */
    private static final Pattern RESTATED_BEFORE = Pattern.compile("(?:这|该|上述|前述|此)$");
    /**
     * What after a bare amount names a company by its market value: 1700亿半导体巨头, 千亿芯片龙头, 1800亿医药白马股; not a
     * market's size or a count of users (千亿市场龙头, 万亿赛道龙头, 月活超3亿的短视频巨头).
     */
    private static final Pattern GIANT_AFTER = Pattern.compile(
            "(?:市值的?)?(?:(?!市场|赛道|规模|产业|行业|级|的)\\p{IsHan}){0,4}?(?:巨头|龙头|白马|蓝筹)|市值[“\"「]?\\p{IsHan}");
    /** Words that make a bare 3亿 or 30万 an amount of money: what is raised, invested, paid or taken in. */
    private static final Pattern MONEY_WORDS = Pattern.compile(
            "融资|出资|募资|基金|营业额|销售额|交易额|成交额|投资|资金|估值|对价|补贴|罚款|金额|市值|身价|赔偿|收入|利润|票房|产值|捐"
                    // what a central bank lends or a state borrows: 5000亿MLF到期
                    + "|MLF|逆回购|国债|专项债"
                    // what a sale or an auction fetches: 起拍价980万, 以1090万成交, 溢价110万
                    + "|起拍价|成交|溢价|均价|报价|拍出|售价|总价"
                    // and what a firm has, owes, earns or loses: 净资产…中信证券（1577亿）, 累亏27亿, 净亏分别为…5.15亿
                    + "|资产|负债|债务|营收|净利|亏|成本|费用|开支|支出");
    /** A clause that only links to its figure: 达到45%, 为43%. */
    private static final Pattern LINKING_ONLY = Pattern.compile("\\s*(?:达到|达|为|是|高达|约为)\\s*");
    /** Words of a total: 合计, 共计 … (a bound after them is a total's, not a group's). */
    private static final String TOTALS = "合计|共计|总计|累计|总共|一共";
    /** A clause that only totals what the clause before names: 合计不超过304.87万股, 共计1200万股. */
    private static final Pattern TOTALLING_ONLY = Pattern.compile("\\s*(?:" + TOTALS + "|共)\\s*(?:约|不超过|不少于|超过|达到?)?\\s*");
    /** What follows a bound that only defines the group counted next: …以上的有13家, …超100%的上市公司共有103家. */
    private static final Pattern THRESHOLD_AFTER = Pattern.compile(
            "的(?:有|共有|仅|只有|(?:上市公司|公司|个股|股票|企业|标的)(?:共有|有|共计|数量|家数|达到|达))");
    /** What names a group right after a bound, without 的: 涨幅在9%以上个股约130只. */
    private static final Pattern GROUP_AFTER_BOUND = Pattern.compile("(?:个股|股票|上市公司|公司|企业|标的)(?:约|共有|有|共计|数量|家数|达到|达|超|近)");
    /** Funds or products a bound defines (收益率在30%以上和50%以上的基金): only after a bound, as 回报7.74%的基金 is one fund's. */
    private static final Pattern FUNDS_AFTER = Pattern.compile("的(?:基金|产品)");
    /** Money keys that are also measured in goods: 出口782.7万吨, 出口5997万台, 订单10万吨, 订单超两万辆. */
    private static final Set<String> GOODS_FLOWS = Set.of("exports", "imports", "trade_total", "orders");
    /** Units of physical quantities: never an amount of money, whatever money word stands before them. */
    private static final Set<String> PHYSICAL_UNITS = Set.of("t", "t/yr", "kg", "g", "bbl", "L", "m2", "kWh", "MWh", "GWh",
            "kW", "MW", "GW");
    /** The holders a bound defines (持股5%以上股东, 5%以上的股东): a class the law names, not a holding. */
    private static final Pattern HOLDER_CLASS_AFTER = Pattern.compile("的?(?:股东|大股东|持股股东)");
    /** Kinds of firms a count of 家 can be of: the count is then a group's, not a company's own. */
    private static final Pattern FIRMS_AFTER = Pattern.compile(
            "^(?:A股|境内|中国|国内|头部|主要|跨国|国有|民营|外资|\\p{IsHan}{0,3}?上市)?(?:公司|企业|机构|银行|券商|险企|房企|车企|基金|交易商|金融机构)");

    /** A kind of firm the clause counts next, named before the count: 券商从2020年的5家增至10家, 上市公司中有…, 银行数量达. */
    private static final Pattern FIRMS_BEFORE = Pattern.compile(
            "(?:公司|企业|券商|银行|机构|房企|车企|险企|基金公司)(?:数量|家数|数)?(?:从|由|中|里|共|有|增至|减至|增加到|减少到)");

    /**
     * Where 占 stands before a term at {@code termStart}, up to four ideographs between (占汽车销售总量, 占据营业收入的),
     * or -1; not the 占 of a verb (抢占先机营收增长50% is growth).
     */
    private static int shareWordBefore(String s, int termStart) {
        for (int i = termStart - 1; i >= 0 && termStart - i <= 5; i--) {
            char c = s.charAt(i);
            if (c == '占') {
                return occupyingVerb(s, i) ? -1 : i;
            }
            if (!Character.isIdeographic(c)) {
                return -1;
            }
        }
        return -1;
    }

    /** Characters before 占 that make a verb of it: 抢占, 霸占, 侵占, 独占, 攻占. */
    private static final String OCCUPYING_BEFORE = "抢霸侵独攻";
    /** Characters after 占 that make a verb of it: 占领, 占有, 占用, 占地, 占款. */
    private static final String OCCUPYING_AFTER = "领有用地款";

    /**
     * Whether the 占 at {@code i} is a verb of taking or using (抢占市场, 占地面积), not a share's 占 (占营收的30%,
     * 市占有率).
     */
    private static boolean occupyingVerb(String s, int i) {
        return i > 0 && OCCUPYING_BEFORE.indexOf(s.charAt(i - 1)) >= 0
                || i + 1 < s.length() && OCCUPYING_AFTER.indexOf(s.charAt(i + 1)) >= 0 && !s.startsWith("有率", i + 1);
    }

    /** Words of a return or a rate right before a percentage: 今年回报7.74%的基金 is a return, not a share of the funds. */
    private static final Pattern RETURN_BEFORE = Pattern.compile("(?:回报|收益|收益率|回报率|利率|年化)$");
    /** …or right after it: 收获7.74%的正收益. */
    private static final Pattern RETURN_AFTER = Pattern.compile("的?(?:正|负)?(?:收益|回报)");

    /** Whether a percentage is a return or a rate by the words around it, not a share of what follows. */
    private static boolean aReturn(String s, Quantity q) {
        return RETURN_BEFORE.matcher(s).region(Math.max(0, q.start() - 4), q.start()).find()
                || RETURN_AFTER.matcher(s).region(q.end(), s.length()).lookingAt();
    }

    /** Whether a share's 占 (not a verb) stands in {@code s[from, to)}. */
    private static boolean shareWordInClause(String s, int from, int to) {
        for (int i = s.indexOf('占', from); i >= 0 && i < to; i = s.indexOf('占', i + 1)) {
            if (!occupyingVerb(s, i)) {
                return true;
            }
        }
        return false;
    }

    /** The words that end right before a proportion: 比例为, 比重达, 的比例. */
    private static final Pattern PROPORTION_BEFORE = Pattern.compile("(?:比例|比重)(?:为|是|达到?|约为?)?$");

    /**
     * Whether the clause before a figure at {@code end} holds a share's 占 and ends in words of a proportion
     * (占2020年12月31日经审计归属于母公司所有者权益比例为14.94%): however long the whole's name, the figure is a share.
     */
    private static boolean proportionOfAWhole(String s, int clauseStart, int end) {
        return PROPORTION_BEFORE.matcher(s).region(Math.max(clauseStart, end - 6), end).find() && shareWordInClause(s, clauseStart, end);
    }

    /**
     * Whether {@code words} (a figure's words up to it) hold a share's 占 with the whole after it
     * (拟注销股份数量占公司目前总股本的9.55%): 占, an ideograph, then at most 20 characters of one clause and a 的.
     */
    private static boolean shareInside(String words) {
        for (int i = words.indexOf('占'); i >= 0; i = words.indexOf('占', i + 1)) {
            int rest = words.length() - i - 2;
            if (occupyingVerb(words, i) || rest < 0 || !Character.isIdeographic(words.charAt(i + 1))
                    || rest > 21 || rest == 21 && !words.endsWith("的")) {
                continue;
            }
            boolean oneClause = true;
            for (int k = i + 2; k < words.length() && oneClause; k++) {
                oneClause = "，。；".indexOf(words.charAt(k)) < 0;
            }
            if (oneClause) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the count at {@code [start, end)} is of companies ({@code 99家上市公司}, {@code 其中10家}, {@code 有13家}):
     * 家 followed by a kind of firm, or 家 after 其中, 有 or 共 ending a clause ({@code 二级交易商一共35家}) or
     * followed by a term ({@code 其中5家营收利润双增长}: the firms of the group whose figure the term names).
     */
    private static boolean countOfCompanies(String s, int start, int end, List<MetricVocabulary.Found> labels) {
        if (end < 1 || s.charAt(end - 1) != '家') {
            return false;
        }
        if (FIRMS_AFTER.matcher(s.subSequence(end, Math.min(s.length(), end + 8))).find()) {
            return true;
        }
        if (FIRMS_BEFORE.matcher(s).region(clauseStart(s, start), start).find()) {
            return true; // 净利润超过百亿的券商从2020年的5家增至10家: the firms are named first
        }
        String before = s.substring(Math.max(0, start - 2), start);
        if (!before.endsWith("其中") && !before.endsWith("有") && !before.endsWith("共")) {
            return false;
        }
        return end >= s.length() || "，。；,;、".indexOf(s.charAt(end)) >= 0 || labels.stream().anyMatch(f -> f.start() == end);
    }

    /**
     * The base a change is measured against: the year-on-year or month-on-month word nearest the
     * figure ({@code 同比增长47.9%，环比增长9%}: the second figure is month on month), else a plain change.
     */
    private static String comparison(String scope) {
        int yoy = YOY.lastStart(scope);
        int qoq = QOQ.lastStart(scope);
        if (yoy >= 0 || qoq >= 0) {
            // 同比增长16.6%，环比增长7.6%，比2019年同期增长33.4%: a base year written nearer is neither
            Matcher stated = STATED_BASE_YEAR.matcher(scope);
            int base = -1;
            while (stated.find()) {
                base = stated.start();
            }
            if (base > yoy && base > qoq) {
                return "change";
            }
        }
        return yoy < 0 && qoq < 0 ? "change" : yoy > qoq ? "yoy" : "qoq";
    }

    /** A short note in brackets right after a figure: (含税), （未经审计）. */
    private static final Pattern BRACKETED_NOTE = Pattern.compile("^[(（][^()（）]{1,8}[)）]");
    /** A clause that moves the measured thing to a level keeps its label: 营收从…17.34亿元，两年间跃升至…68.17亿元. */
    private static final Pattern MOVED_TO = Pattern.compile("^[^，,；;。]{0,6}?(?:跃升|攀升|上升|提升|提高|增长|增加|下降|减少|回落|下滑|增|升|降)(?:至|到)");
    /** Words that end right before a price a thing reached: 现报, 收于, 涨至, 突破, 最高 (not a cap: 每人累计最高2000元). */
    private static final Pattern LEVEL_BEFORE = Pattern.compile("(?:报|收于|报收|涨至|跌至|升至|降至|回落至|攀升至|站上|突破|跌破|(?<!累计|每人|单笔|每户)(?:最低|最高)(?:点|价)?(?:的|为|达到?|到)?)(?:约|近|超)?$");
    /** A magnitude written in a figure (47亿元, 3万美元): an amount of money, not a price. */
    private static final Pattern MAGNITUDE = Pattern.compile("[万亿千百]");
    /** The unit of an exchange rate ({@link FxRates}): one currency per another. */
    private static final Pattern FX_UNIT = Pattern.compile("[A-Z]{3}/[A-Z]{3}");
    /** A base stated by its year: 比2019年同期, 较2020年. */
    private static final Pattern STATED_BASE_YEAR = Pattern.compile("(?:比|较)(?:19|20)\\d{2}年");

    private static final Pattern AS_MULTIPLE = Pattern.compile("(?:是|为|相当于|达到|达)[^，。；,]{0,20}的\\s*$");
    /** A dividend plan's cash part right before its amount: 每10股派, 10派, 10转增9派, 10送3转增7派, 每10股送红股3股派. */
    private static final Pattern PER_TEN_SHARES = Pattern.compile("10股?(?:(?:送(?:红股)?|转增?)\\d+股?)*并?派发?(?:现金)?$");
    /** Words after a physical quantity that make it the specification naming a model: 75kWh电池车型, 100kWh版. */
    private static final Pattern SPEC_OF_A_MODEL = Pattern.compile("(?:电池)?(?:车型|版本|版|款|机型|型号)");
    /** Words of selling before goods counted in vehicles, machines or sets: 累计销售新车542679辆 is a sales volume. */
    private static final Pattern SOLD = Pattern.compile("(?:销售|售出|卖出|零售)\\p{IsHan}{0,6}$");
    /** Labels of people counted: a bare 4亿 under them is a count, not an amount in the sentence's currency. */
    private static final Pattern COUNTED_PEOPLE = Pattern.compile("人口|人数|用户|会员|粉丝|人次|员工|访客|客户数|月活|日活|MAU|DAU");
    /** People right after a bare amount, which it counts: 15 万智利用户, 3万名员工. */
    private static final Pattern PEOPLE_AFTER = Pattern.compile("[名位户]?\\p{IsHan}{0,2}?(?:用户|员工|居民|家庭|消费者|投资者|股民|车主|会员|粉丝)");
    /**
     * Whether a term is followed by 数, 量 or 总量, which make it a count of the things it names (订单数亦由0.26亿, 订单量3万, 订单总量达到 5.7 万):
     * a bare amount under it is a count, not money; 数额 and 数值 are no count.
     */
    private static boolean countOfTerm(String s, MetricVocabulary.Found label) {
        int end = label == null ? -1 : label.end();
        return end > 0 && end < s.length() && (s.charAt(end) == '数' || s.charAt(end) == '量' || s.startsWith("总量", end))
                && !s.startsWith("数额", end) && !s.startsWith("数值", end);
    }
    /** All of a company's shares right before a percentage: 不超过公司总股本的3%, 股份总数的2% (a share of them). */
    private static final Pattern OF_ALL_SHARES_BEFORE = Pattern.compile("(?:总股本|股份总数|总股数|总股份|已发行股份|已发行股本)(?:的|之)(?:约|近)?$");

    /** Words that make a rise an expectation: 预期涨幅, 目标涨幅, 目标均价涨幅. */
    private static final Pattern EXPECTED_BEFORE = Pattern.compile("(?:预期|目标|目标均价|目标价)$");

    /** A price named per share right before the amount: 平均价为每股约5.75港元, 价格为每股12.5元. */
    private static final Pattern PRICE_PER_SHARE_BEFORE = Pattern.compile("价(?:格)?(?:为|是|约|达)?每股(?:约|近)?$");

    /** A change word with 为 that names the level reached after a 从 (从7.15%减少为6.94%). */
    private static final Pattern MOVED_TO_LEVEL = Pattern.compile("(?:增加|减少|上升|下降|提升|降低|提高|增长|下滑|回落)为\\s*$");

    /** Characters that make words the name of a measure (交易总额, 流动负债净额, 渗透率, 市场规模): a figure's own label. */
    private static final Pattern MEASURE_WORD = Pattern.compile("[额量数率值价费款]|规模|收入|资产|负债|利润|成本");
    private static final Set<String> NEGATIVE = Set.of("下调", "下降", "减少", "下滑", "降低", "下跌", "回落", "回撤", "低开", "降", "跌", "跌幅", "降幅", "减幅", "缩水", "蒸发", "萎缩", "缩量", "削减", "压减", "季减", "年减", "低");
    /** How far before a figure AS_MULTIPLE can start: a verb, up to 20 characters, 的 and some spaces. */
    private static final int AS_MULTIPLE_REACH = 64;
    private static final Pattern LABEL_TAIL = Pattern.compile("(?:超过|超|逾|约|近|达|为|的)+$");
    /** Moves of a decline or a loss: 降幅收窄 is an improvement, 降幅扩大 a worsening. */
    private static final Pattern DECLINE = Pattern.compile("降幅|跌幅|亏损|亏损额|降速|下滑幅度");
    private static final Set<String> PRICE_MOVES = Set.of("涨", "跌", "上涨", "下跌", "回撤", "低开", "高开");
    /** Verbs and particles between a label and its figure, trimmed from the end of an {@code other} label. */
    private static final List<String> LABEL_TRIM = List.of("为", "达到", "至", "到", "是", "约", "共", "合计", "实现", "录得",
            "超过", "超", "逾", "近", "同比", "环比", "的", "了", "总数", "总计", "累计", "达成", "突破", "仅", "高达", "分别", "均",
            "约为", "增长", "增加", "上升", "提升", "提高", "上涨", "下降", "减少", "下滑", "降低", "下跌", "回落", "季增", "季减", "年增", "年减",
            "增", "降", "涨", "升", "跌", "幅度", "报", "收报", "收于", "报收", "重上", "站上", "破");
    /** The {@link #LABEL_TRIM} words by their last character, each group in the list's order: a label ending otherwise has nothing to trim. */
    private static final Map<Character, List<String>> LABEL_TRIM_BY_LAST = LABEL_TRIM.stream()
            .collect(Collectors.groupingBy(w -> w.charAt(w.length() - 1)));
    /** Words that only restate the thing measured before: 报 (a level after a move), 本周 (another span of it). */
    private static final Pattern RESTATING = Pattern.compile("^(?:报|收报|收于|报收|本周|周|本月|月|年内|今年以来|年初至今|较前一交易日|金额|(?:去年|上年)同期)?$");
    /** Forecasts and earlier readings next to a figure: not facts about the period. */
    /**
     * How many characters may follow the reference word for it to be a slot (预期升, 前值为, 预估值约): a longer
     * phrase names a thing estimated (预估协议总金额约为人民币4亿元 is a contract's size).
     */
    private static final int REFERENCE_TAIL = 4;
    private static final Pattern REFERENCE_VALUE = Pattern.compile(
            "^(?:(?:分析师|华尔街|市场|机构|一致|高于市场|低于市场|超出市场|不及市场|好于市场)?(?:预期|预估|预测)|前值|修正前|初值预期|此前预期)");
    private static final Pattern DATES = Pattern.compile("\\d{1,2}月\\d{1,2}日|\\d{1,2}日|\\d{1,2}月");
    /** A clause that compares with something said before: its figure measures the same thing. */
    private static final Pattern COMPARING = Pattern.compile("^(?:相较于|相比于|相比|较|比|与|和|从|由|同比|环比|而)");
    private static final Pattern SHARE_OF = Pattern.compile("^(?:约|仅|共|合计|累计|分别)?占");
    private static final CharSet CLAUSE_MARKS = CharSet.of("，,、：:（(“”\"");
    private static final List<String> ANNUAL_REPORT = List.of("年报", "年度报告", "年度业绩", "年度财报", "全年业绩");
    private static final List<String> Q1_REPORT = List.of("一季报", "一季度报告", "第一季度报告");
    private static final List<String> H1_REPORT = List.of("半年报", "中报", "半年度报告", "中期业绩", "半年度业绩");
    private static final List<String> Q3_REPORT = List.of("三季报", "三季度报告", "第三季度报告");

    private MetricExtractor() {}

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** The metrics of an article: offsets are into {@code text}; figures only in the title have none. */
    public static List<Metric> extract(String title, String text, Instant publishedAt, List<Ticker> tickers) {
        return extract(title, text, publishedAt, tickers, Map.of());
    }

    /**
     * The metrics of an article whose tickers were found under more names than the one each carries
     * ({@code nameForms} by symbol: 招商银行 and 招行), so that a figure after any of them is that company's.
     */
    public static List<Metric> extract(String title, String text, Instant publishedAt, List<Ticker> tickers,
                                       Map<String, ? extends Collection<String>> nameForms) {
        String source = text;
        // Read ３．１３％ as 3.13%; the spans are then taken from the source as written.
        title = WidthFold.fold(title);
        text = WidthFold.fold(text);
        LocalDate published = publishedAt.atZone(BEIJING).toLocalDate();
        Subjects subjects = Subjects.of(title, text, tickers, nameForms);
        String reportPeriod = documentPeriod(title + "\n" + text.substring(0, Math.min(text.length(), 300)), published);
        String documentPeriod = reportPeriod != null ? reportPeriod : titlePeriod(title, published);
        List<Metric> body = new ArrayList<>();
        scan(text, true, published, documentPeriod, reportPeriod, subjects, body);
        int copyEnd = titleCopyEnd(title, text);
        if (copyEnd > 0) {
            // The title's copy above a mirrored story: its figures count where the story states them.
            body.removeIf(m -> m.getOffset() < copyEnd && body.stream().anyMatch(b -> b.getOffset() >= copyEnd
                    && b.getKey().equals(m.getKey()) && sameQuantity(b, m)));
        }
        List<Metric> headlines = headlineCopies(title, text, body);
        body.removeAll(headlines);
        List<Metric> heading = new ArrayList<>();
        // Title figures have no position in the text: their subject is the article's main one.
        scan(title, false, published, documentPeriod, reportPeriod, subjects, heading);
        List<Metric> out = new ArrayList<>();
        Set<List<Object>> seen = new HashSet<>();
        for (Metric m : body) {
            if (seen.add(identity(m))) {
                if (source != text) {
                    m.setText(source.substring(m.getOffset(), m.getOffset() + m.getText().length()));
                }
                out.add(m);
            }
        }
        for (Metric m : heading) {
            // Titles carry rounded copies of the body's figures: a title figure counts only when the body lacks its key for
            // its period, and lacks its very value for any period (a title's label may be a verb where the body names the
            // measure: 完成超20亿元; the body may date a count the title leaves to a report's year: 1122份业绩快报).
            boolean inBody = out.stream().anyMatch(b -> Objects.equals(b.getPeriod(), m.getPeriod()) && b.getKey().equals(m.getKey())
                    || sameQuantity(b, m)) // its very value, dated however
                    || headlines.stream().anyMatch(h -> sameQuantity(h, m));
            if (!inBody && seen.add(identity(m))) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * Where the story starts after a first line that only repeats the title, as mirrored pages print it above the
     * article (上汽集团：6月凯迪拉克的零售量超过了2万台, then the same sentence in the story), else 0.
     */
    private static int titleCopyEnd(String title, String text) {
        String head = title.strip();
        int lineEnd = text.indexOf('\n');
        return !head.isEmpty() && lineEnd > 0 && text.substring(0, lineEnd).strip().equals(head) ? lineEnd + 1 : 0;
    }

    /** Whether two figures state the same quantity: value and unit. */
    private static boolean sameQuantity(Metric a, Metric b) {
        return a.getValue() == b.getValue() && Objects.equals(a.getUnit(), b.getUnit());
    }

    /** The longest bracketed headline (【…】) there is: longer brackets hold notes, not headlines. */
    private static final int HEADLINE_MAX = 60;

    /**
     * The figures of the body that stand in a bracketed headline opening a story (【华为向河南慈善总会捐赠3000万元】7月25日，…
     * 捐赠3000万元): those the paragraph states again after the headline, which count there, and all of a headline the
     * title holds.
     */
    private static List<Metric> headlineCopies(String title, String text, List<Metric> body) {
        if (text.indexOf('【') < 0) {
            return List.of();
        }
        List<Metric> copies = new ArrayList<>();
        for (Metric m : body) {
            Enclosure headline = enclosure(text, m.getOffset(), m.getOffset(), '【', '】', HEADLINE_MAX);
            if (headline == null) {
                continue;
            }
            int lineEnd = text.indexOf('\n', headline.close());
            int paragraphEnd = lineEnd < 0 ? text.length() : lineEnd;
            if (headline.close() - headline.open() > 2 && title.contains(text.substring(headline.open() + 1, headline.close()))
                    || body.stream().anyMatch(b -> b.getOffset() > headline.close() && b.getOffset() < paragraphEnd && sameQuantity(b, m))) {
                copies.add(m);
            }
        }
        return copies;
    }

    /** Where a pair of marks encloses a span: the opening mark's index and the closing one's. */
    private record Enclosure(int open, int close) {}

    /**
     * The marks {@code open} … {@code close} around {@code s[start, end)}, both on its line and at most {@code reach}
     * characters apart (【…】 headlines, 《…》 titles, #…# topic tags); null when the span stands in none.
     */
    private static Enclosure enclosure(String s, int start, int end, char open, char close, int reach) {
        int from = -1;
        for (int i = start - 1; i >= 0 && start - i <= reach; i--) { // only as far back as the marks may stand apart
            char c = s.charAt(i);
            if (c == open) {
                from = i;
                break;
            }
            if (c == close || c == '\n') {
                return null;
            }
        }
        if (from < 0) {
            return null;
        }
        for (int i = end; i < s.length() && i - from <= reach; i++) {
            char c = s.charAt(i);
            if (c == close) {
                return new Enclosure(from, i);
            }
            if (c == '\n') {
                return null;
            }
        }
        return null;
    }

    /** Equal for repeats of one figure; words tell apart figures without a vocabulary key (占员工总数的70% vs 占营收比七成). */
    private static List<Object> identity(Metric m) {
        boolean keyed = !m.getKey().startsWith("other") && !m.getKey().equals("share");
        return List.of(m.getKey(), m.getValue(), m.getUnit(), Objects.toString(m.getPeriod()), Objects.toString(m.getSubject()),
                keyed ? "" : m.getLabel());
    }

    /**
     * The period the title names (国家统计局：5月制造业PMI为49.6%, 1-2月中国外贸增长13.3%), for figures whose
     * paragraph names none: a month, quarter, half or range of months. Not a day or a point (今年底拟冲击上市), which dates an event
     * rather than the figures reported on it, nor a year alone, which a title names for forecasts and
     * plans as often as for the figures of the article.
     */
    private static String titlePeriod(String title, LocalDate published) {
        return Periods.find(title, published).stream().filter(p -> !p.day() && p.period().length() > 4 && p.period().length() != 10)
                .map(Periods.Found::period).findFirst().orElse(null);
    }

    /** The period a whole report is about, when the title or lead says which report it is. */
    static String documentPeriod(String lead, LocalDate published) {
        int year = published.getYear();
        int month = published.getMonthValue();
        if (Words.containsAny(lead, Q1_REPORT)) {
            return year + "Q1";
        }
        if (Words.containsAny(lead, H1_REPORT)) {
            return (month >= 7 ? year : year - 1) + "H1";
        }
        if (Words.containsAny(lead, Q3_REPORT)) {
            return (month >= 10 ? year : year - 1) + "Q1-Q3";
        }
        if (Words.containsAny(lead, ANNUAL_REPORT)) {
            return String.valueOf(month <= 6 ? year - 1 : year);
        }
        return null;
    }

    private static void scan(String text, boolean withOffsets, LocalDate published, String documentPeriod, String reportPeriod,
                             Subjects subjects, List<Metric> out) {
        int paragraphStart = 0;
        while (paragraphStart <= text.length()) {
            int paragraphEnd = text.indexOf('\n', paragraphStart);
            if (paragraphEnd < 0) {
                paragraphEnd = text.length();
            }
            Carried carried = new Carried();
            int sentenceStart = paragraphStart;
            while (sentenceStart < paragraphEnd) {
                int sentenceEnd = sentenceStart;
                while (sentenceEnd < paragraphEnd && (!SENTENCE_END.contains(text.charAt(sentenceEnd))
                        || insideBrackets(text, sentenceStart, sentenceEnd, paragraphEnd))) {
                    sentenceEnd++;
                }
                String sentence = text.substring(sentenceStart, sentenceEnd);
                sentence(sentence, sentenceStart, paragraphStart, withOffsets, published, documentPeriod, subjects, out, carried,
                        reportPeriod);
                sentenceStart = sentenceEnd + 1;
            }
            paragraphStart = paragraphEnd + 1;
        }
    }

    /**
     * What a paragraph's sentences pass on to the next: the last period written that is not a day,
     * and a day written after it (1月13日共有1021只个股获融资净买入。其中，10只… is that day's too).
     */
    private static final class Carried {
        private String period;
        private String day;
        /** The last day, kept past a period that only names a report: what a count in a later sentence is dated by. */
        private String countDay;

        void pass(List<Periods.Found> periods, String s) {
            for (Periods.Found p : periods) {
                if (p.day()) {
                    day = p.period();
                    countDay = day;
                } else {
                    period = p.period();
                    day = null;
                    if (!namesReport(s, p.end())) {
                        countDay = null; // 截至7月28日，有101家公司公布了上半年业绩预告。…预增公司62家: still the 28th
                    }
                }
            }
        }
    }

    /** The metrics of one sentence; leaves in {@code paragraph} what the next sentence inherits. */
    private static void sentence(String s, int base, int paragraphStart, boolean withOffsets, LocalDate published,
                                 String documentPeriod, Subjects subjects, List<Metric> out, Carried paragraph, String reportPeriod) {
        String carried = paragraph.period;
        String carriedDay = paragraph.day;
        // The period a figure without its own takes: the paragraph's last day or period, else the document's.
        String undated = carried != null ? carried : documentPeriod;
        String inherited = carriedDay != null ? carriedDay : undated;
        String countDay = paragraph.countDay;
        boolean numbers = false;
        for (int i = 0; i < s.length() && !numbers; i++) {
            char c = s.charAt(i);
            numbers = c >= '0' && c <= '9' || Numbers.isChineseNumeral(c);
        }
        if (!numbers) {
            // No figure and no dated period (年/季/月 periods need a number or a word such as 去年, checked below).
            if (s.contains("年")) {
                paragraph.pass(dating(s, Periods.find(s, published)).periods(), s);
            }
            return;
        }
        List<Quantity> quantities = QuantityScanner.scan(s);
        if (FxRates.mayQuote(s)) {
            quantities = FxRates.withRates(s, quantities); // 人民币兑美元中间价报6.6607: a rate has no written unit
        }
        List<Periods.Found> periods = Periods.find(s, published);
        Dating dated = dating(s, periods);
        List<Periods.Found> dating = dated.periods();
        paragraph.pass(dating, s);
        if (quantities.isEmpty()) {
            return;
        }
        // 截止目前，…分位数为42.19%: the present, which no period of the paragraph dates (a sentence that names a
        // period, 目前已有99家公司发布2021年中期分红方案, still counts in the paragraph's)
        int now = dating.isEmpty() ? NOW.firstStart(s) : -1;
        int today = dating.isEmpty() ? TODAY.firstStart(s) : -1;
        int fiscal = dated.fiscalAt(); // 截至 7 月 2 日的第二财季，当季收入…: no period of the paragraph dates it either
        List<MetricVocabulary.Found> labels = MetricVocabulary.find(s);
        String currency = quantities.stream().map(Quantity::unit)
                .filter(MetricExtractor::isCurrency).findFirst().orElse(null);
        int previousEnd = 0;
        Metric previous = null;
        int previousStart = -1;
        int previousSign = 1;
        Subjects.Mention previousSubject = null;
        int listIndex = 0;
        boolean[] joined = listJoined(s, quantities);
        // marks a title of a work or a topic tag needs, looked for once per sentence rather than around every figure
        boolean worksTitled = s.indexOf('《') >= 0 || s.contains("为“") || s.contains("为「") || s.contains("为\"");
        boolean tagged = s.indexOf('#') >= 0;
        YearsHandedOut years = s.contains("分别") ? new YearsHandedOut(s, joined, published) : null; // one year each needs a 分别
        int qi = -1;
        for (Quantity q : quantities) {
            qi++;
            if (periods.stream().anyMatch(p -> p.start() < q.end() && q.start() < p.end())) {
                previousEnd = q.end();
                continue; // 2021年 read as a quantity by accident: never a figure
            }
            if (hypothetical(s, q.start())) {
                previousEnd = q.end();
                continue; // 若上市首日涨幅能达到150%的话，单签盈利可达5.45万元: a case supposed, not a fact
            }
            if (worksTitled && inWorkTitle(s, q)) {
                previousEnd = q.end();
                continue; // 帖子《炒股欠债17万，绝望……》, 题为“三年150万，是怎么亏完的”: a title's words, not a figure stated
            }
            if (tagged && inTopicTag(s, q)) {
                previousEnd = q.end();
                continue; // #B站Q3营收增六成亏损扩大#: a topic's headline, whose figures the post states as written
            }
            MetricVocabulary.Found label = null;
            for (MetricVocabulary.Found f : labels) {
                if (f.end() <= q.start()) {
                    label = f;
                }
            }
            if (label != null && previous != null && label.end() <= previousStart && baseKey(previous.getKey()).equals("other")
                    && MEASURE_WORD.matcher(previous.getLabel()).find() && s.lastIndexOf("分别", q.start()) < label.end()) {
                // 订单数由0.26亿降至0.22亿，交易总额由24.81亿元降至17.53亿元: a term the figure before passed by for a
                // measure of its own is not this one's (but 上季度为1740万台，同比增长14.7% names no measure, and
                // 总资产…，净资产…，分别同比增长18%、12.76% hands the terms out in order)
                label = null;
            }
            int clauseStart = clauseStart(s, q.start());
            if (label != null && label.end() <= clauseStart) {
                // A label in an earlier clause carries over only to a clause that names nothing else (，同比增长36.4%).
                String words = otherLabel(s, Math.max(previousEnd, clauseStart), q.start(), periods);
                String clause = s.substring(Math.max(previousEnd, clauseStart), q.start());
                if (!words.isEmpty() && !COMPARING.matcher(words).find() && !RESTATING.matcher(words).matches()
                        && !(clause.length() <= 16 && MOVED_TO.matcher(clause).find())) {
                    label = null;
                }
            }
            String before = s.substring(Math.max(previousEnd, label != null && label.end() > previousEnd ? label.end() : previousEnd), q.start());
            String window = s.substring(Math.max(0, Math.max(previousEnd, q.start() - 12)), q.start());
            int growthStart = changeWordAt(window);
            boolean isGrowth = growthStart >= 0;
            String dir = isGrowth ? changeWord(window, growthStart) : comparative(s, clauseStart, q.start());
            if (!isGrowth && dir != null) {
                isGrowth = true;
                growthStart = Math.max(0, window.lastIndexOf(dir)); // the 低 or 高 before the figure
            }
            if (!isGrowth && s.startsWith("翻", q.start())) {
                isGrowth = true; // 销量翻了一番: a doubling is a rise of 100%, its own change word
                dir = "翻";
                growthStart = window.length();
            }
            boolean levelReached = false;
            int from = previousStart >= 0 ? s.lastIndexOf('从', previousStart) : -1;
            if (isGrowth && previous != null && from >= 0 && from >= clauseStart(s, previousStart) && MOVED_TO_LEVEL.matcher(window).find()) {
                isGrowth = false; // 占比从7.15%减少为6.94%: where the move went, a level like the figure it started from
                dir = null;
                levelReached = true;
            }
            if (isGrowth && "回撤".equals(dir) && growthStart >= 2 && window.startsWith("最大", growthStart - 2)) {
                isGrowth = false; // 近一年最大回撤为12%: a fund's risk measure, not a move
                dir = null;
            }
            String scope = s.substring(label != null ? label.end() : Math.max(0, previousEnd), q.start());
            String comparison = comparison(scope.length() >= window.length() ? scope : window); // both end at the figure
            if (isGrowth && ("季增".equals(dir) || "季减".equals(dir)) && !QUARTER_NAMED_BEFORE.contains(charBefore(window, growthStart))) {
                comparison = "qoq"; // 营业利益…季减 91.95%: against the quarter before (but 第二财季增5% is the quarter's own growth)
            }

            String key;
            String labelText;
            MetricVocabulary.Found labelAfter;
            int sign = 1;
            BigDecimal value = q.value();
            BigDecimal valueMax = q.valueMax();
            String unit = q.unit();
            if (label != null) {
                key = refined(label.term().key(), s.substring(clauseStart(s, label.start()), label.start()));
                labelText = label.term().label();
                sign = label.term().sign();
            } else {
                String words = otherLabel(s, previousEnd, q.start(), periods);
                Matcher reference = REFERENCE_VALUE.matcher(words);
                if (reference.find() && words.length() - reference.end() <= REFERENCE_TAIL) {
                    previousEnd = q.end();
                    continue;
                }
                boolean wordless = words.codePoints().noneMatch(Character::isLetter);
                if (SHARE_OF.matcher(words).find()) {
                    key = "share";
                    labelText = words;
                } else if (previous != null && (wordless || RESTATING.matcher(words).matches() || COMPARING.matcher(words).find())) {
                    key = baseKey(previous.getKey());
                    labelText = previous.getLabel();
                } else if ((labelAfter = labelAfter(s, q.end(), labels)) != null) {
                    key = labelAfter.term().key(); // 实现47亿元的营业收入: the label follows the figure
                    labelText = labelAfter.term().label();
                    sign = labelAfter.term().sign();
                } else if (isCurrency(unit) && !isGrowth && PRICE_PER_SHARE_BEFORE.matcher(s).region(Math.max(0, q.start() - 12), q.start()).find()) {
                    key = "price"; // 平均价为每股约5.75港元, 转让价格为每股12.5元: a price per share
                    labelText = words;
                } else if (isCurrency(unit) && !isGrowth && words.endsWith("成交")) {
                    key = "trade_value"; // 全天共成交279.37亿元, 平收，成交1.93亿元: what changed hands
                    labelText = words;
                } else if (isCurrency(unit) && !isGrowth
                        && LEVEL_BEFORE.matcher(s.substring(clauseStart, q.start())).find() && !MAGNITUDE.matcher(s.substring(q.start(), q.end())).find()) {
                    key = "price"; // 现报39.75港元, 最高涨至80.47美元, 突破80美元关口: a price the thing reached
                    labelText = words;
                } else {
                    key = "other";
                    // 目前，420余家世界500强…: nothing before the figure says what it counts, the words after it do.
                    labelText = wordless && previous == null ? wordsAfter(s, q.end()) : words;
                }
            }
            int share = label == null ? -1 : shareWordBefore(s, label.start());
            if (share >= 0) {
                key = "share"; // 占营业收入比超过七成, 占汽车销售总量的85.7%: a share of revenue or sales, not revenue or sales
                labelText = LABEL_TAIL.matcher(s.substring(share, Math.min(q.start(), label.end() + 2))).replaceAll("");
            }
            if (q.times()) {
                if (isGrowth) {
                    unit = "ratio"; // 增长2.25倍: +225%
                } else if (AS_MULTIPLE.matcher(s).region(Math.max(0, q.start() - AS_MULTIPLE_REACH), q.start()).find() || !isGrowth) {
                    unit = "multiple";
                }
            }
            if (isGrowth) {
                if (NEGATIVE.contains(dir)) {
                    // 跌幅…跌11%: a rate of decline restated by its change word stays a decline; 亏损减少3亿 turns the sign.
                    boolean declineRate = label != null && label.term().sign() < 0 && label.term().key().endsWith("_change")
                            && (dir.equals("跌") || dir.equals("下跌") || dir.equals("跌幅"));
                    sign = declineRate ? -1 : -sign;
                }
                // 共销售143,556辆，同比微跌3.0%: a move against a year or a month before is no price move
                // 碳酸锂涨5000元/吨: a move of a price per unit is a price move whatever it is measured against
                if (label == null && PRICE_MOVES.contains(dir) && (("ratio".equals(unit) || "points".equals(unit)) && comparison.equals("change")
                        || unit != null && unit.indexOf('/') > 0 && isCurrency(unit.substring(0, unit.indexOf('/'))))) {
                    key = "price_change";
                } else if (!key.equals("price_change") && !(MetricVocabulary.RATIOS.contains(key) && unit.equals("ratio") && comparison.equals("change"))) {
                    key = key + "_" + comparison;
                }
            } else if ("points".equals(unit) && (label == null || key.equals("price_change")
                    || s.lastIndexOf("指数", q.start()) >= label.end())) {
                // (出口集装箱运价综合指数均值为2615.54点: an index named after the term is the figure's, not exports)
                key = "index_level";
                sign = 1; // 开盘下跌12.51点，跌幅为0.08%，报15675.42点: the level reached, whatever the move's sign
            } else if (key.equals("price_change") && !"ratio".equals(unit) && !"pct_point".equals(unit)) {
                key = "price"; // 报2536美元/盎司 after a move: the level, not the move
                sign = 1; // 跌幅为8.01%，报2378元/吨: the move's sign is not the level's
            } else if (("ratio".equals(unit) || "pct_point".equals(unit)
                    || ("count".equals(unit) || PHYSICAL_UNITS.contains(unit)) && !GOODS_FLOWS.contains(key)) && MetricVocabulary.MONEY.contains(key)) {
                key = "other"; // 盈利面约为83.67%, 投资扩建年产5万吨: a percentage or a tonnage is not an amount of money
                labelText = otherLabel(s, previousEnd, q.start(), periods);
                label = null; // nor does the money word belong to the figure's span
                if ("count".equals(unit)) {
                    sign = 1; // nor its sign, for things counted: 主力资金净流出的有6只 counts six stocks (亏损15% stays a loss)
                }
            }
            if (!"ratio".equals(unit) && !"pct_point".equals(unit) && !"multiple".equals(unit) && !key.startsWith("other")) {
                String ratioKey = baseKey(key);
                if (MetricVocabulary.RATIOS.contains(ratioKey)) {
                    key = key.replace(ratioKey, "other"); // 市占率为34%，装机量环比下滑16%至8.9GWh: the level is no share
                    String words = otherLabel(s, previousEnd, q.start(), periods);
                    if (!words.isEmpty()) {
                        labelText = words; // (with no words of its own, 至8.9GWh keeps the clause's label, or it would be dropped)
                        label = null;
                    }
                }
            }
            if (key.equals("other") && !isGrowth && isCurrency(unit)
                    && PER_TEN_SHARES.matcher(s).region(Math.max(0, q.start() - 16), q.start()).find()) {
                key = "dividend"; // 每10股派5元, 10转增9派100元: a cash dividend per ten shares
            }
            if (key.equals("other") && "count".equals(unit) && "辆台部套".indexOf(s.charAt(q.end() - 1)) >= 0
                    && SOLD.matcher(labelText).find()) {
                key = "sales_volume"; // 累计销售新车542679辆
            }
            if (key.equals("other") && !isGrowth && unit.indexOf('/') > 0 && isCurrency(unit.substring(0, unit.indexOf('/')))) {
                key = "price"; // 9502元/平方米: an amount of money per unit is a price (219万吨/日 is a rate of output)
            }
            if (key.equals("other") && !isGrowth && "ratio".equals(unit) && !aReturn(s, q) && (s.startsWith("的", q.end())
                    || s.charAt(q.end() - 1) == '成' || s.startsWith("分之", q.start() + 1) || s.indexOf("分之", q.start()) == q.start() + 1)) {
                key = "share"; // 79%的毕业生, 近9成, 四分之一: a share of something
            }
            if (key.equals("other") && !isGrowth && "ratio".equals(unit) && label == null && (shareInside(labelText) || proportionOfAWhole(s, clauseStart, q.start())
                    || OF_ALL_SHARES_BEFORE.matcher(s).region(Math.max(0, q.start() - 10), q.start()).find())) {
                key = "share"; // 拟注销股份数量占公司目前总股本的9.55%: a share, though the thing counted comes first
            }
            if (!isGrowth && "ratio".equals(unit) && label != null && !key.equals("share") && !key.equals("other")
                    && !MetricVocabulary.RATIOS.contains(baseKey(key)) && shareWordInClause(s, clauseStart, label.start())) {
                key = "share"; // 苹果…出货量占全球智能手机出货量的22%: a share of shipments, not shipments
            }
            if ((key.equals("other") || key.equals("share")) && !isGrowth && "ratio".equals(unit) && holding(s, clauseStart, q)) {
                key = "stake"; // 持股5.27%的股东, 持有该公司5.98%的股份: a holder's stake, not a share of something
            }
            if (levelReached && unit != null && unit.equals(previous.getUnit())) {
                key = previous.getKey(); // (the level reached measures what the level it started from did)
            }
            if ("count".equals(unit) && key.startsWith("price")) {
                key = "other"; // 涨幅在9%以上个股约130只: stocks counted under a price's word, no price
            }
            if (unit != null && FX_UNIT.matcher(unit).matches() && (key.startsWith("other") || key.startsWith("price"))) {
                key = isGrowth ? "fx_rate_" + comparison : "fx_rate"; // 人民币兑美元中间价报6.6607, 调升441个基点
            }
            if ("amount".equals(unit) && key.equals("other") && !isGrowth
                    && GIANT_AFTER.matcher(s).region(q.end(), s.length()).lookingAt()) {
                // 1700亿半导体巨头, 1800亿医药白马股, 1600亿市值“药茅”: a company by its market value, in the sentence's money,
                // else the market's own
                unit = currency != null ? currency : "CNY";
                key = "market_cap";
            }
            if ("amount".equals(unit)) {
                String measured = baseKey(key);
                boolean money = MetricVocabulary.MONEY.contains(measured);
                // 中等收入群体人口超4亿 beside 1万美元 or 投资: people are counted, whatever money the sentence names
                // (基金份额突破44亿: a fund's units are counted too)
                boolean counted = !money && COUNTED_PEOPLE.matcher(labelText).find() || countOfTerm(s, label) || labelText.endsWith("份额")
                        || PEOPLE_AFTER.matcher(s).region(q.end(), s.length()).lookingAt(); // 向 15 万智利用户赔偿 340 万美元
                unit = counted ? "count" : currency != null ? currency : money ? "CNY" : "count";
                if ("count".equals(unit) && !counted && currency == null && MONEY_WORDS.matcher(s).region(clauseStart, Math.min(s.length(), q.end() + 6)).find()) {
                    unit = "CNY"; // 五爷拌面刚成功融资3亿, 100亿母基金, 超过30万的日营业额: money by what it is, though no 元 is written
                }
            }
            if (isGrowth && ("收窄".equals(dir) || "扩大".equals(dir)) && DECLINE.matcher(s.substring(Math.max(0, q.start() - 16), q.start())).find()) {
                // a decline or a loss that narrows improves, one that widens worsens, whatever sign the loss's own label carries
                // (净亏损为9亿元，同比扩大68% is −0.68, 亏损同比收窄20% +0.2)
                sign = "扩大".equals(dir) ? -1 : 1;
            }
            boolean inList = previous != null && joined[qi];
            listIndex = inList ? listIndex + 1 : 0;
            if (inList) {
                // 分别下降24.4%、5.2%及37%: a list shares the first figure's label, change and sign.
                key = previous.getKey();
                labelText = previous.getLabel();
                sign = previousSign;
            }
            if (sign < 0) {
                value = value.negate();
                valueMax = valueMax == null ? null : valueMax.negate();
            }
            if (value.abs().compareTo(LARGEST) > 0 || valueMax != null && valueMax.abs().compareTo(LARGEST) > 0) {
                previousEnd = q.end();
                continue; // 400 digits of 9: not a figure any economy has (and not a finite double)
            }
            if ("count".equals(unit) && RESTATED_BEFORE.matcher(s).region(Math.max(0, q.start() - 2), q.start()).find()) {
                previousEnd = q.end();
                continue; // 这5家企业包括…, 上述14家科创板公司: a count told before, pointed back to
            }
            if (THRESHOLD_AFTER.matcher(s).region(q.end(), s.length()).lookingAt()
                    || q.qualifier() != null && !"approx".equals(q.qualifier()) && FUNDS_AFTER.matcher(s).region(q.end(), s.length()).lookingAt()
                    || s.startsWith("以上", q.end() - 2) && HOLDER_CLASS_AFTER.matcher(s).region(q.end(), s.length()).lookingAt()
                    || (s.startsWith("以上", q.end() - 2) || s.startsWith("以下", q.end() - 2))
                    && GROUP_AFTER_BOUND.matcher(s).region(q.end(), s.length()).lookingAt()) {
                previousEnd = q.end();
                continue; // 净利润在百亿元以上的有13家, 增幅超100%的上市公司共有103家, 持股5%以上股东: the bound that defines a group, not a figure
            }
            if (PHYSICAL_UNITS.contains(unit) && SPEC_OF_A_MODEL.matcher(s).region(q.end(), s.length()).lookingAt()) {
                previousEnd = q.end();
                continue; // 75kWh电池车型, 100kWh版本: the specification that names a model, not a figure
            }
            if (boundOfCountedGroup(s, q, previous, previousEnd)) {
                previousEnd = q.end();
                continue; // 6家券商支出超5000万元, 其中19只融资净买入额超1亿元: the bound the counted companies pass, not a figure
            }
            if (labelText.isEmpty() && key.equals("other") && "count".equals(unit)) {
                labelText = wordsAfter(s, q.end()); // 2个行业减少: a count names what it counts after the classifier
                if (labelText.isEmpty() && previous != null && "count".equals(previous.getUnit())) {
                    labelText = rawWordsAfter(s, q.end()); // 其中730家净利润同比增长，321家下降: the next of a list of counts
                }
            }
            if (labelText.isEmpty() && key.equals("other") && ("ratio".equals(unit) || "count".equals(unit))) {
                Pattern linking = "ratio".equals(unit) ? LINKING_ONLY : TOTALLING_ONLY;
                if (clauseStart > previousEnd + 1 && linking.matcher(s).region(clauseStart, q.start()).matches()) {
                    // 奥锐特…超出一致预期的比例最高，达到45%; 已回购的…股票，合计不超过304.87万股: the clause before says what the figure measures
                    labelText = otherLabel(s, previousEnd, clauseStart - 1, periods);
                }
            }
            if (labelText.isEmpty() && key.equals("other")) {
                if (clauseStart > 0 && clauseStart == q.start() && (s.charAt(clauseStart - 1) == '：' || s.charAt(clauseStart - 1) == ':')) {
                    // 51KM 豪华型：135800 元: a list's item names what the figure after its colon measures
                    int head = Math.max(previousEnd, clauseStart(s, clauseStart - 1));
                    if (clauseStart - 1 - head <= ITEM_HEAD_MAX) {
                        labelText = otherLabel(s, head, clauseStart - 1, periods);
                    }
                }
            }
            if (labelText.isEmpty() && key.equals("other")) {
                previousEnd = q.end();
                continue; // a figure with no words before it: nothing says what it measures
            }
            // In 是上年的2.5倍 the year is the base of the multiple, not the period of the figure.
            int periodLimit = "multiple".equals(unit) && label != null ? label.end() : q.start();
            // A target price is where a price should go, not a figure of some period (目标价6.1港元 after 今年至2025年).
            boolean count = "count".equals(unit);
            boolean expected = key.startsWith("price_change") && EXPECTED_BEFORE.matcher(s).region(Math.max(0, (label != null ? label.start() : q.start()) - 4),
                    label != null ? label.start() : q.start()).find();
            if (expected) {
                key = "other"; // 预期涨幅分别是66.14%, 目标均价涨幅8.2%: the gap to a target, no move the price made
            }
            if (key.equals("target_price") && "count".equals(unit)) {
                key = "other"; // 在公布了目标价格的24只个股中: stocks counted, not a price
            }
            String period = key.equals("target_price") || expected || now >= 0 && now < periodLimit || fiscal >= 0 && fiscal < periodLimit ? null : periodFor(dating, periodLimit,
                    count && countDay != null ? countDay : inherited, isGrowth, count, s);
            if (today >= 0 && today < periodLimit && period != null && period.length() != 10 && MARKET_KEYS.contains(baseKey(key))) {
                // 昨天b站美股收盘跌8.98%，今天港股跌10.76%: a day's trading is no figure of the quarter or half the article
                // reports (a day the paragraph wrote, 12月20日…当日净买入, stays its period)
                period = null;
            }
            // (Not a period only the title names: 5月27日至今 in an article titled 前4月… is the day's.)
            boolean day = isDay(period, periods) || period != null && period.equals(carriedDay);
            // (A count keeps its day: 截至4月6日，有1121家上市公司公布2021年年报 counts the companies on that day.)
            if ((carried != null || reportPeriod != null) && !MARKET_KEYS.contains(baseKey(key)) && day
                    && !count) {
                period = undated; // 3月29日晚间，比亚迪发布年报，营收…: the report's period, not the day it came out
            }
            if (period != null && period.length() == 10 && s.lastIndexOf("当月", q.start()) >= clauseStart) {
                period = period.substring(0, 7); // 截至3月31日，陆股通当月累计净流入187.1亿元: the month's flow, counted to that day
            }
            String announced = announcementDay(s, q.start(), periods);
            if (announced != null) {
                period = announced; // 7月15日晚间发布公告称，截至本公告披露日，公司对外担保总额为9580万元: that day's balance
            }
            MatchResult quote = quoteBesideCode(s, q);
            String closing = quote == null ? null : closingDay(quote, q, periods, published);
            if (closing != null) {
                period = closing; // 三花智控（SZ 002050，收盘价：21.63元）7月16日晚间发布…: the day's close
            }
            String respectiveYear = years == null ? null : years.of(qi, q.start(), listIndex);
            if (respectiveYear != null) {
                period = respectiveYear; // 2017年－2021年的年营收分别为11.5亿美元、…、22.57亿美元: one year each, in order
            }
            if (period != null && period.equals(carried) && FLOW_KEYS.contains(baseKey(key))) {
                // 截至2021年末，行业总资产超12万亿元。117家证券公司合计实现营业收入7653.29亿元: the year's revenue, not a balance at its end
                period = Periods.spanEndingAt(period);
            }
            String clause = s.substring(Math.max(clauseStart, previousEnd), q.start());
            if (!isGrowth && (clause.contains("去年同期") || clause.contains("上年同期"))) {
                period = Periods.yearBefore(period); // 上年同期净亏损约68.73亿元: last year's figure for the same period
            }
            Subjects.Mention subject;
            Subjects.Mention carriedSubject = null;
            if (withOffsets) {
                Metric previousFigure = previous;
                int beforeEnd = previousEnd;
                int at = q.start();
                subject = subjects.at(base + at, base + clauseStart, base, paragraphStart, previous == null ? null : previousSubject,
                        () -> continues(s, previousFigure, beforeEnd, at, periods), base + (previous == null ? 0 : previousEnd));
                Subjects.Mention respective = subjects.respective(base + at, base + clauseStart, base, listIndex);
                if (respective != null) {
                    subject = respective; // 招商银行、贵州茅台分别获净买入7.57亿元、7.28亿元: one figure each, in order
                }
                Subjects.Mention quoted = quote == null ? null : subjects.endingAt(base + quote.start());
                if (quoted != null) {
                    // …减持洛阳钼业（HK 3993，最新价：5.61港元）股份约818.78万股: the quote is of the company the code is
                    // of; the figures after the brackets go on with the holder
                    carriedSubject = subject;
                    subject = quoted;
                }
            } else {
                subject = subjects.main();
            }
            int zhi = s.indexOf('只', q.start());
            if ("count".equals(unit) && zhi >= 0 && zhi < q.end()) {
                subject = null; // 1021只个股, 有227只: a count of stocks or funds is the market's, not one company's
            } else if ("count".equals(unit) && countOfCompanies(s, q.start(), q.end(), labels)
                    && !subjects.namedIn(base + clauseStart, base + q.start())) {
                subject = null; // 99家上市公司, 其中10家: a count of companies is no one company's figure (but 300家门店 is,
                // and so is 爱美客被503家机构调研: firms counted in a clause about a company)
            } else if ("count".equals(unit) && "条次".indexOf(s.charAt(q.end() - 1)) >= 0 && subject != null
                    && !subjects.namedIn(base, base + q.start())) {
                // 有18条评级记录, 5条措施中有3条: records and measures counted with no company in their sentence are the
                // market's or a policy's, not the company the article was about a sentence ago (隆基股份共获5次… is its own)
                subject = null;
            }
            int spanStart = q.start();
            if (label != null && label.start() >= previousEnd && q.start() - label.end() <= 12) {
                spanStart = share >= 0 ? share : label.start();
            }
            if (isGrowth) {
                growthStart = q.start() - window.length() + growthStart;
                if (MetricVocabulary.afterBase(s, growthStart)) {
                    growthStart -= 2;
                }
                spanStart = Math.min(spanStart, growthStart);
            }
            // The generated constructor: the builder validates and deep-copies defaults, a cost per figure.
            Metric metric = new Metric(key, labelText, s.substring(spanStart, q.end()), withOffsets ? base + spanStart : null,
                    value.doubleValue(), valueMax == null ? null : valueMax.doubleValue(), unit, q.qualifier(),
                    subject == null ? null : subject.name(), subject == null ? null : subject.symbol(), period);
            out.add(metric);
            previous = metric;
            previousStart = q.start();
            previousSign = sign;
            previousSubject = carriedSubject != null ? carriedSubject : subject == null ? Subjects.NONE : subject;
            previousEnd = q.end();
        }
    }

    /**
     * The period of a figure: the last one named before it in its sentence, else the one inherited.
     * A growth rate skips the comparison base (相较于2020年底 …, 增长了152% is about the later period).
     */
    /** The words right after a figure, up to the end of its clause: 251家[上市公司中]. */
    /**
     * Where the change word that governs a figure right after {@code window} starts, or -1: the
     * window must end with a change word, optionally followed by 了, 幅度 and one of 为/达/约…
     * A change word followed by 至/到 (增长至4274人) gives a level, not a change.
     */
    private static int changeWordAt(String window) {
        int end = window.length();
        while (end > 0 && Character.isWhitespace(window.charAt(end - 1))) {
            end--;
        }
        if (end > 0 && (window.charAt(end - 1) == '+' || window.charAt(end - 1) == '＋')) {
            end--; // 环比+5%: the plus sign of a signed change
        }
        if (end == 0 || !CHANGE_LAST_CHARS.contains(window.charAt(end - 1))) {
            return -1; // the window does not end like a change phrase: the common case
        }
        for (String w : AFTER_CHANGE) {
            if (window.startsWith(w, end - w.length()) && end - w.length() >= 0) {
                end -= w.length();
                break;
            }
        }
        if (window.startsWith("幅度", end - 2) && end >= 2) {
            end -= 2;
        }
        if (end > 0 && window.charAt(end - 1) == '了') {
            end--;
        }
        for (String w : CHANGE_WORDS) {
            if (end - w.length() >= 0 && window.startsWith(w, end - w.length())) {
                return end - w.length();
            }
        }
        return -1;
    }

    /**
     * Whether the figure at {@code at} goes on from the one before it in the sentence: in the same
     * clause (分别为92.85亿元、35.18亿元), or in a clause that names nothing new (，同比增长36.4%; ，较上个交易日缩量1203亿).
     */
    private static boolean continues(String s, Metric previous, int previousEnd, int at, List<Periods.Found> periods) {
        if (previous == null) {
            return false;
        }
        int clause = clauseStart(s, at);
        if (clause <= previousEnd) {
            return true;
        }
        String words = otherLabel(s, clause, at, periods);
        return words.isEmpty() || COMPARING.matcher(words).find() || RESTATING.matcher(words).matches();
    }

    /**
     * 低 or 高 right before a figure, in a clause that compares (比, 较): 增速比一季度低2.5个百分点 is a change
     * of −2.5 points. Null otherwise: 最高, 高达 and 低于 alone compare nothing.
     */
    private static String comparative(String s, int clauseStart, int at) {
        int word = at - 1;
        if (word >= 1 && (s.charAt(word) == '出' || s.charAt(word) == '了')) {
            word--; // 高出0.5个百分点, 低了2个百分点
        }
        if (word < 1 || (s.charAt(word) != '低' && s.charAt(word) != '高') || "最较偏".indexOf(s.charAt(word - 1)) >= 0) {
            return null; // 最高69000美元, 较高: a level, not a comparison
        }
        for (int i = word - 1; i >= clauseStart; i--) {
            char c = s.charAt(i);
            if ((c == '比' || c == '较') && !NOT_COMPARING.matcher(s).region(Math.max(0, i - 1), Math.min(s.length(), i + 2)).lookingAt()) {
                return String.valueOf(s.charAt(word));
            }
        }
        return null;
    }

    /** 比 and 较 inside words that compare nothing: 占比, 比例, 比重, 比较, 较为, 比亚迪, 比特币. */
    private static final Pattern NOT_COMPARING = Pattern.compile(".?(?:占比|比例|比重|比较|较为|比亚|比特|比利)");

    private static String changeWord(String window, int at) {
        for (String w : CHANGE_WORDS) {
            if (window.startsWith(w, at)) {
                return w;
            }
        }
        throw new IllegalStateException("no change word at " + at);
    }

    /**
     * A vocabulary term joined to the figure before it by 的 ({@code 47亿元的营业收入}, {@code 500亿美金左右的市值},
     * {@code 近5000万美元的A轮融资}: a round's letters may stand between), or null.
     */
    private static MetricVocabulary.Found labelAfter(String s, int figureEnd, List<MetricVocabulary.Found> labels) {
        Matcher joint = JOINED_BY_DE.matcher(s).region(figureEnd, s.length());
        if (!joint.lookingAt()) {
            return null;
        }
        for (MetricVocabulary.Found f : labels) {
            if (f.start() == joint.end()) {
                return f;
            }
        }
        return null;
    }

    /** 的 after a figure, then at most a round's letters (A, Pre-A, B+) before 轮融资; or the round's letters alone (近亿元A轮融资). */
    private static final Pattern JOINED_BY_DE = Pattern.compile(
            "\\s*(?:的\\s*(?:(?:Pre-?)?[A-Za-z][A-Za-z0-9+＋-]{0,5}\\s*(?=轮))?|(?:Pre-?)?[A-Za-z][A-Za-z0-9+＋-]{0,5}\\s*(?=轮融资)|(?=天使轮|种子轮))");

    private static String wordsAfter(String s, int from) {
        return trimEnd(rawWordsAfter(s, from));
    }

    private static String rawWordsAfter(String s, int from) {
        int to = from;
        while (to < s.length() && to - from < 12 && !CLAUSE_MARKS.contains(s.charAt(to)) && !Character.isDigit(s.charAt(to))) {
            to++;
        }
        return s.substring(from, to).strip();
    }

    private static String trimEnd(String label) {
        String out = label;
        boolean trimmed = true;
        while (trimmed && !out.isEmpty()) {
            trimmed = false;
            for (String w : LABEL_TRIM_BY_LAST.getOrDefault(out.charAt(out.length() - 1), List.of())) {
                if (out.endsWith(w)) {
                    out = out.substring(0, out.length() - w.length()).strip();
                    trimmed = true;
                    break;
                }
            }
        }
        return out;
    }

    /** Figures of a trading day: a day written before them is their period even in an article about a report. */
    private static final Set<String> MARKET_KEYS = Set.of("price", "price_change", "index_level", "trade_value", "trade_volume",
            "net_buy", "net_inflow", "market_cap");

    /** Keys of flows over a period (revenue, profit, sales …), as opposed to balances at a point (assets, holdings, prices). */
    private static final Set<String> FLOW_KEYS = Set.of("revenue", "net_profit", "net_profit_attributable", "net_profit_deducted",
            "operating_profit", "gross_profit", "total_profit", "profit", "operating_cash_flow", "rd_expense", "expense", "eps",
            "gross_margin", "net_margin", "sales_volume", "deliveries", "shipments", "exports", "imports", "trade_total",
            "fiscal_revenue", "gdp", "dividend");

    private static boolean isDay(String period, List<Periods.Found> periods) {
        return period != null && periods.stream().anyMatch(p -> p.day() && p.period().equals(period));
    }

    /** 净利润 after 归属于母公司股东的 / 股东应占 is the attributable profit; after 扣非 / 扣除非经常性损益, the deducted one. */
    private static String refined(String key, String before) {
        if (!key.equals("net_profit")) {
            return key;
        }
        if (before.contains("扣非") || before.contains("扣除非经常性损益")) {
            return "net_profit_deducted";
        }
        if (before.contains("归属") || before.contains("归母") || before.contains("应占") || before.contains("股东的")) {
            return "net_profit_attributable";
        }
        return key;
    }

    /** The longest item head before a colon that names the figure after it (豪华型：135800 元). */
    private static final int ITEM_HEAD_MAX = 12;

    /** Where the clause holding {@code position} starts (after the last ，：). */
    private static int clauseStart(String s, int position) {
        for (int i = position - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (c == '，' || c == ',' || c == '：' || c == ':') {
                return i + 1;
            }
        }
        return 0;
    }

    private static String periodFor(List<Periods.Found> periods, int position, String inherited, boolean growth, boolean count,
                                    String s) {
        String period = null;
        for (Periods.Found p : periods) {
            if (p.end() <= position && !(growth && isBase(s, p.start())) && !(count && namesReport(s, p.end()))
                    && !startOfAMove(s, p, position)) {
                period = p.period();
            }
        }
        return period != null ? period : inherited;
    }

    /**
     * Whether the semicolon at {@code at} stands inside brackets that close soon after (上海电气（601727，SH；昨日收盘价4.05元）):
     * it separates notes on a name, not sentences.
     */
    private static boolean insideBrackets(String text, int sentenceStart, int at, int paragraphEnd) {
        char c = text.charAt(at);
        if (c != '；' && c != ';') {
            return false;
        }
        int open = -1;
        for (int i = at - 1; i >= sentenceStart && at - i <= 40; i--) {
            char b = text.charAt(i);
            if (b == '）' || b == ')') {
                return false;
            }
            if (b == '（' || b == '(') {
                open = i;
                break;
            }
        }
        if (open < 0) {
            return false;
        }
        for (int i = at + 1; i < paragraphEnd && i - at <= 40; i++) {
            char b = text.charAt(i);
            if (b == '）' || b == ')') {
                return true;
            }
            if (b == '（' || b == '(' || b == '。') {
                return false;
            }
        }
        return false;
    }

    /** The day of the announcement as a point in time: 截至本公告披露日, 截至公告日. */
    private static final Pattern AS_OF_ANNOUNCEMENT = Pattern.compile("截[至止](?:本)?公告(?:披露)?(?:之)?日");

    /**
     * The day of an announcement a figure is stated as of (截至本公告披露日…9580万元): the day the sentence writes before
     * it (…7月15日晚间发布公告称); null when the sentence writes none (a day is a period only where it is written), when
     * no such words stand before the figure, or when a period stands between them and it.
     */
    private static String announcementDay(String s, int at, List<Periods.Found> periods) {
        int words = s.lastIndexOf("公告", at);
        if (words < 0) {
            return null;
        }
        Matcher m = AS_OF_ANNOUNCEMENT.matcher(s).region(Math.max(0, words - 4), Math.min(at, words + 8));
        if (!m.find()) {
            return null;
        }
        String day = null;
        for (Periods.Found p : periods) {
            if (p.start() >= m.end() && p.start() < at) {
                return null; // a period of its own after the words
            }
            if (p.end() <= m.start() && p.day()) {
                day = p.period();
            }
        }
        return day;
    }

    /**
     * A price in the brackets after a company's code: （HK 3993，最新价：5.61港元）, （SZ 002050，收盘价：21.63元）,
     * （300600，SZ；昨日收盘价11.71元）.
     */
    private static final Pattern QUOTE_BESIDE_CODE = Pattern.compile(
            "[（(][A-Z]{0,2}\\s?\\d{4,6}(?:\\.[A-Z]{2})?[^（()）]{0,6}?[，,；;](昨日)?(收盘价|最新价|股价|现价)[：:]?$");
    /** The groups of {@link #QUOTE_BESIDE_CODE} (by number: a {@link MatchResult} has no names on Java 17). */
    private static final int YESTERDAY = 1, QUOTE = 2;

    /** The brackets of a price quoted after a company's code, when the figure at {@code q} is that price; else null. */
    private static MatchResult quoteBesideCode(String s, Quantity q) {
        if (q.start() < 10 || s.lastIndexOf('价', q.start()) < q.start() - 3) {
            return null; // every quote word ends in 价, right before the figure or its colon
        }
        Matcher m = QUOTE_BESIDE_CODE.matcher(s).region(Math.max(0, q.start() - 30), q.start());
        return m.find() ? m.toMatchResult() : null;
    }

    /**
     * The day of a closing price written beside a company's code, as news wires print it: the day the sentence writes
     * after it (…7月16日晚间发布公告), else the day of publication; 昨日收盘价 is the day before publication. Null for
     * any other quote.
     */
    private static String closingDay(MatchResult m, Quantity q, List<Periods.Found> periods, LocalDate published) {
        if (!m.group(QUOTE).equals("收盘价")) {
            return null;
        }
        if (m.group(YESTERDAY) != null) {
            return published.minusDays(1).toString();
        }
        for (Periods.Found p : periods) {
            if (p.start() >= q.end() && p.day()) {
                return p.period();
            }
        }
        return published.toString();
    }

    /** Words that open a supposed case: 若, 如果, 假如, 假设, 倘若. */
    private static final Pattern SUPPOSING = Pattern.compile("^[^，。；]{0,3}?(?:若|如果|假如|假设|倘若|一旦)");

    /**
     * Whether the figure at {@code at} is in a supposed case: its clause opens with 若/如果/假如… (若上市首日涨幅能达到150%的话),
     * or the clause before ends in 的话 after one (…的话，单签盈利可达5.45万元).
     */
    private static boolean hypothetical(String s, int at) {
        int clause = clauseStart(s, at);
        if (SUPPOSING.matcher(s).region(clause, at).lookingAt()) {
            return true;
        }
        if (clause < 3 || !s.startsWith("的话", clause - 3)) {
            return false;
        }
        int before = clauseStart(s, clause - 1);
        return SUPPOSING.matcher(s).region(before, clause).lookingAt();
    }

    /** Words that introduce a title in quotes: 题为“…”, 名为“…”. */
    private static final Pattern TITLE_INTRO = Pattern.compile("(?:题为|名为|标题为|题目为)[“\"「]$");

    /** How far apart the marks of a work's title or a topic tag may stand. */
    private static final int TITLE_MAX = 40;

    /** Whether the figure stands inside the title of a work (《…》) or a quoted title (题为“…”), closed within 40 characters. */
    private static boolean inWorkTitle(String s, Quantity q) {
        int open = s.lastIndexOf('《', q.start());
        if (open >= 0 && s.lastIndexOf('》', q.start()) < open) {
            return enclosure(s, q.start(), q.end(), '《', '》', TITLE_MAX) != null;
        }
        int quote = Math.max(s.lastIndexOf('“', q.start()), s.lastIndexOf('「', q.start()));
        if (quote < 2 || s.lastIndexOf('”', q.start()) > quote || s.lastIndexOf('」', q.start()) > quote) {
            return false;
        }
        return TITLE_INTRO.matcher(s).region(Math.max(0, quote - 3), quote + 1).find();
    }

    /** Whether the figure stands inside a topic tag of a social post: #…#, on one line, without spaces, at most 40 characters. */
    private static boolean inTopicTag(String s, Quantity q) {
        Enclosure tag = enclosure(s, q.start(), q.end(), '#', '#', TITLE_MAX);
        if (tag == null) {
            return false;
        }
        for (int i = tag.open() + 1; i < tag.close(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code p} dates where a move started and the figure at {@code position} is where it went
     * in the figure's clause (市场份额从去年的81%降至69%, 券商从2020年的5家增至10家): the start's period is not the end's.
     */
    private static boolean startOfAMove(String s, Periods.Found p, int position) {
        if (p.start() < 1 || s.charAt(p.start() - 1) != '从' && s.charAt(p.start() - 1) != '由') {
            return false;
        }
        for (int i = Math.max(p.end(), clauseStart(s, position)); i < position; i++) {
            char c = s.charAt(i);
            // (截至 is "as of"; 达到, 得到, 受到 and 收到 reach or receive, they move nothing)
            if ((c == '到' || c == '至') && "截达得受收".indexOf(s.charAt(i - 1)) < 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * For each quantity, whether it follows the one before it as the next item of a list: only a list
     * join stands between them (12.5元(含税)、12.2元(含税): a note in brackets after an item does not end it).
     */
    private static boolean[] listJoined(String s, List<Quantity> quantities) {
        boolean[] joined = new boolean[quantities.size()];
        for (int i = 1; i < quantities.size(); i++) {
            joined[i] = QuantityScanner.LIST_JOIN.matcher(
                    BRACKETED_NOTE.matcher(s.substring(quantities.get(i - 1).end(), quantities.get(i).start())).replaceFirst("")).matches();
        }
        return joined;
    }

    /**
     * The years a sentence hands out one to each figure of a list after 分别 ({@code 2017年－2021年的年营收分别为…}
     * or {@code 2019年、2020年、2021年分别…}), when there are as many years as figures; read once per list.
     */
    private static final class YearsHandedOut {
        private final String s;
        private final boolean[] joined;
        private final LocalDate published;
        private int readAt = -1;
        private int readFor = -1;
        private List<String> read = List.of();

        YearsHandedOut(String s, boolean[] joined, LocalDate published) {
            this.s = s;
            this.joined = joined;
            this.published = published;
        }

        /** The year of the figure {@code qi} at {@code at}, the {@code index}-th of its list, or null. */
        String of(int qi, int at, int index) {
            int run = runLength(qi);
            int split = s.lastIndexOf("分别", at);
            if (run < 2 || split < 0) {
                return null;
            }
            if (split != readAt || run != readFor) {
                readAt = split;
                readFor = run;
                read = yearsBefore(split);
            }
            return read.size() == run && index < run ? read.get(index) : null;
        }

        private int runLength(int qi) {
            int start = qi;
            while (start > 0 && joined[start]) {
                start--;
            }
            int end = qi + 1;
            while (end < joined.length && joined[end]) {
                end++;
            }
            return end - start;
        }

        /** The years of the last span or list of years before {@code split}. */
        private List<String> yearsBefore(int split) {
            Matcher span = YEAR_SPAN.matcher(s).region(0, split);
            List<String> spanned = null;
            while (span.find()) {
                int first = Integer.parseInt(span.group(1)), last = Integer.parseInt(span.group(2));
                spanned = last > first && last - first < 12
                        ? new ArrayList<>(java.util.stream.IntStream.rangeClosed(first, last).mapToObj(String::valueOf).toList()) : null;
                String part = span.group(3) != null ? span.group(3) : span.group(4);
                if (spanned != null && part != null) {
                    // 2019年~2021上半年: the last of the years is its part
                    List<Periods.Found> lastPart = Periods.find(last + "年" + part, published);
                    if (lastPart.size() == 1) {
                        spanned.set(spanned.size() - 1, lastPart.get(0).period());
                    }
                }
            }
            if (spanned != null) {
                return spanned;
            }
            Matcher list = YEAR_LIST.matcher(s).region(0, split);
            String found = null;
            while (list.find()) {
                found = list.group();
            }
            List<String> listed = new ArrayList<>();
            if (found != null) {
                Matcher item = YEAR_ITEM.matcher(found);
                while (item.find()) {
                    List<Periods.Found> period = Periods.find(item.group(), published);
                    listed.add(period.size() == 1 ? period.get(0).period() : item.group(1));
                }
            }
            return listed;
        }
    }

    /** The parts of a year a list or span of years may end in (2021上半年). */
    private static final String YEAR_PART = Periods.YEAR_PARTS;
    /** A span of years: 2017年－2021年, 2018-2021年, 2019至2021年, and one ending in a part of its last year, 2019年~2021上半年. */
    private static final Pattern YEAR_SPAN = Pattern.compile(
            "((?:19|20)\\d{2})年?\\s*[-－—–~～至到]\\s*((?:19|20)\\d{2})(?:年(" + YEAR_PART + ")?|(" + YEAR_PART + "))");
    /** One item of a list of years: 2019年, 2020年度, or a part of a year, 2021年前三季度, 2021前三季度 (a year without 年 only before its part). */
    private static final String YEAR_ITEM_FORM = "((?:19|20)\\d{2})(?:年度?(?:" + YEAR_PART + ")?|(?:" + YEAR_PART + "))";
    private static final Pattern YEAR_ITEM = Pattern.compile(YEAR_ITEM_FORM);
    /** Years listed one by one: 2019年、2020年及2021前三季度 (或 和/及 before the last). */
    private static final Pattern YEAR_LIST = Pattern.compile(YEAR_ITEM_FORM + "(?:[、和及]" + YEAR_ITEM_FORM + ")+");

    /** The measured thing's key without its change suffix: revenue for revenue_yoy, revenue_qoq and revenue_change. */
    private static String baseKey(String key) {
        for (String suffix : CHANGE_SUFFIXES) {
            if (key.endsWith(suffix)) {
                return key.substring(0, key.length() - suffix.length());
            }
        }
        return key;
    }

    private static final List<String> CHANGE_SUFFIXES = List.of("_yoy", "_qoq", "_change");

    private static char charBefore(String s, int at) {
        return at > 0 ? s.charAt(at - 1) : ' ';
    }

    /** An ISO currency code (CNY, USD …), the only three-letter capital units there are. */
    private static boolean isCurrency(String unit) {
        return unit != null && unit.length() == 3 && unit.equals(unit.toUpperCase());
    }

    /** Days named relative to publication, for a day's trading: 昨天, 今日 … */
    private static final WordList TODAY = WordList.of(List.of("今天", "昨天", "今日", "昨日", "当天", "当日"));

    /** Words that date a figure to the present: it takes no period from the sentences before. */
    private static final WordList NOW = WordList.of(List.of("目前", "当前", "现阶段", "截至发稿", "截止发稿", "截至记者发稿",
            // a window in months or weeks that ends now: 近一个月获得18份券商研报关注 (近10日 is a span Periods reads)
            "近一个月", "近1个月", "近一月", "近一周", "近两周", "近三个月", "近3个月"));

    /**
     * Whether a lower bound (超, 超过, 逾, 以上) follows, in its clause, a count of companies or stocks
     * ({@code 6家券商支出超5000万元}): it says which of them are counted. Not a total (合计, 共计, 累计), and not a
     * count (107家公司获20家以上机构调研, 与超过1800家伙伴合作了超过4000种单品: counts of something else).
     */
    private static boolean boundOfCountedGroup(String s, Quantity q, Metric previous, int previousEnd) {
        if (!"gt".equals(q.qualifier()) || "count".equals(q.unit()) || previous == null || !"count".equals(previous.getUnit())
                || clauseStart(s, q.start()) > previousEnd || previousEnd > q.start()) {
            return false;
        }
        char classifier = s.charAt(previousEnd - 1);
        // 6股 counts stocks, 300万股 counts shares: 股东减持300万股套现超1亿元 keeps its amount
        boolean stocks = classifier == '股' && Character.isDigit(s.charAt(previousEnd - 2)) && previous.getValue() <= MAX_STOCKS;
        return (classifier == '家' || classifier == '只' || stocks) && !TOTAL_WORDS.matcher(s).region(previousEnd, q.start()).find();
    }

    private static final Pattern TOTAL_WORDS = Pattern.compile(TOTALS + "|均");
    /** More than the A-share market lists: a count of 股 above it is of shares, not of stocks. */
    private static final int MAX_STOCKS = 6000;

    /** Words after a period that make it the name of a report (2021年年报, 一季报), not when the counted things were counted. */
    private static final List<String> REPORT_NAMES = List.of("年报", "年度报告", "季报", "季度报告", "半年报", "中报", "财报", "业绩",
            "一季报", "三季报", "一季度报告", "三季度报告", "前三季度报告");

    private static boolean namesReport(String s, int periodEnd) {
        int at = s.startsWith("年度", periodEnd) ? periodEnd + 2 // 2021年年度业绩快报
                : periodEnd < s.length() && s.charAt(periodEnd) == '度' ? periodEnd + 1 : periodEnd; // 2021年度业绩, 半年度报告
        for (String name : REPORT_NAMES) {
            if (s.startsWith(name, at)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words after a period that make it the date a company's history is told from (自2018年上市以来, 2014年成立时), not
     * the period of a figure; 2020年设立合资公司 or 5月24日上市的瑜欣电子，首日… still date what they describe.
     */
    private static final Pattern FOUNDING_AFTER = Pattern.compile(
            "\\s*(?:在\\p{IsHan}{1,6})?(?:(?:上市|成立|创立|设立|创办|挂牌|登陆|注册成立)(?:以来|时|之初|至今|后)"
                    // 产品正式于 2020 年推出，…拥有超过240万用户: a clause that only tells when it began dates nothing after it
                    + "|(?:正式)?(?:推出|上线|问世|成立|创立|创办)(?=[，,]))");

    private static final Pattern HELD_BEFORE = Pattern.compile("(?:持股|持有(?:[^，。；,;]{0,12}?)?)(?:的?股份)?(?:比例|占比)?(?:为|达|约|从|由|至|到|将达)?$");
    private static final Pattern SHARES_AFTER = Pattern.compile("的?(?:股份|股权|股票)");

    /** Whether a percentage is a holding: right after 持股, or after 持有… and before 的股份/股权. */
    private static boolean holding(String s, int clauseStart, Quantity q) {
        Matcher held = HELD_BEFORE.matcher(s).region(clauseStart, q.start());
        // 出售其持有的紫光股份46.45%的股权: a stake being sold is still the stake its seller holds
        if (!held.find()) {
            return false;
        }
        String words = held.group();
        return words.startsWith("持股") || words.contains("股份") || words.contains("比例") || words.contains("占比")
                || SHARES_AFTER.matcher(s).region(q.end(), s.length()).lookingAt();
    }

    /** Verbs of a founding right before the year they name: 甲骨文创建于1977年，当前市值… dates nothing after it. */
    private static final List<String> FOUNDED_IN = List.of("成立于", "创立于", "创建于", "创办于", "始建于", "建立于", "诞生于", "设立于", "成立在");

    private static boolean foundedIn(String s, int periodStart) {
        int at = Periods.startBeforeSpaces(s, periodStart);
        for (String verb : FOUNDED_IN) {
            if (s.startsWith(verb, at - verb.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The periods of a sentence that can date its figures: all but those a company's history is told from, and
     * the day and quarter of a fiscal period that is no calendar quarter (截至 7 月 2 日的第二财季, 2022财年第二季度).
     */
    private static Dating dating(String s, List<Periods.Found> periods) {
        if (periods.isEmpty()) {
            return new Dating(periods, -1);
        }
        List<Periods.Found> out = new ArrayList<>(periods.size());
        int fiscalAt = -1, fiscalEnd = -1;
        for (Periods.Found p : periods) {
            if (p.start() < fiscalEnd || FOUNDING_AFTER.matcher(s).region(p.end(), s.length()).lookingAt() || foundedIn(s, p.start())) {
                continue;
            }
            int fiscal = fiscalPeriodAfter(s, p);
            if (fiscal >= 0) {
                fiscalAt = fiscalAt < 0 ? p.start() : fiscalAt;
                fiscalEnd = fiscal; // 截至 7 月 2 日的第二财季: a company's fiscal quarter, neither the day nor a calendar quarter
                continue;
            }
            int before = Periods.startBeforeSpaces(s, p.start());
            if (s.substring(Math.max(0, before - 3), Math.min(s.length(), p.start() + 1)).contains("财年")) {
                continue; // 2022财年第二季度, 2022财年末, 财年的第二季度: a fiscal year's quarter or end
            }
            if (before > 0 && s.charAt(before - 1) == '自' && s.startsWith("起", p.end())) {
                continue; // 自2020年9月起，基于31个省市区…发布周报: when something began, not the period of what it counts
            }
            if (datesTheWhole(s, before)) {
                continue; // 占2020年12月31日经审计净资产比例为14.94%: the day of the whole a share is of, not of the share
            }
            out.add(p);
        }
        return new Dating(out, fiscalAt);
    }

    /**
     * Whether the period at {@code at} starts with a year in digits right after a share's 占, or with at most two ideographs
     * between (占2020年12月31日经审计净资产, 占公司2020年营收): it dates the whole. Not after 占比 (占比从2018年的1.4%
     * dates the share), nor 今年 or 全年 (占今年销量的12% is this year's share).
     */
    private static boolean datesTheWhole(String s, int at) {
        if (at + 4 > s.length()) {
            return false;
        }
        for (int i = at; i < at + 4; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false; // (占据了5月份全球市场70%: a month alone dates the share)
            }
        }
        for (int i = at - 1; i >= 0 && at - i <= 3; i--) {
            char c = s.charAt(i);
            if (c == '占') {
                return !occupyingVerb(s, i) && s.charAt(i + 1) != '比';
            }
            if (!Character.isIdeographic(c)) {
                return false;
            }
        }
        return false;
    }

    /** A sentence's periods that date its figures, and where the first fiscal period's day starts (-1: none). */
    private record Dating(List<Periods.Found> periods, int fiscalAt) {}

    /**
     * Where the fiscal period a day ends stops (截至 7 月 2 日的第二财季, 截至2021年8月1日的第二季度), or -1: the day is
     * no calendar quarter's end (截至2021年9月30日的第三季度 is the calendar quarter, dated as before).
     */
    private static int fiscalPeriodAfter(String s, Periods.Found p) {
        if (!p.day() || p.end() >= s.length() || s.charAt(p.end()) != '的' && s.charAt(p.end()) != ' '
                || p.period().length() != 10 || QUARTER_ENDS.contains(p.period().substring(5))) {
            return -1;
        }
        Matcher fiscal = FISCAL_AFTER.matcher(s).region(p.end(), s.length());
        return fiscal.lookingAt() ? fiscal.end() : -1;
    }

    private static final Set<String> QUARTER_ENDS = Set.of("03-31", "06-30", "09-30", "12-31");
    /** What after a day makes it the end of a fiscal period: 截至 7 月 2 日的第二财季, 截至2021年8月1日的第二季度. */
    private static final Pattern FISCAL_AFTER = Pattern.compile("\\s?的\\s?(?:第?[一二三四1-4]\\s?(?:财季|财政季度|季度)|财年|财季|上半财年|下半财年)");

    private static boolean isBase(String s, int periodStart) {
        int end = Periods.startBeforeSpaces(s, periodStart);
        String before = s.substring(Math.max(0, end - 4), end);
        return before.endsWith("相较于") || before.endsWith("相比") || before.endsWith("较") || before.endsWith("比")
                || before.endsWith("从") || before.endsWith("由") || before.endsWith("与");
    }

    /** For a figure without a vocabulary label: the words of its clause before it, without verbs. */
    private static String otherLabel(String s, int previousEnd, int at, List<Periods.Found> periods) {
        int from = previousEnd;
        for (int i = at - 1; i >= previousEnd; i--) {
            if (CLAUSE_MARKS.contains(s.charAt(i))) {
                from = i + 1;
                break;
            }
        }
        StringBuilder kept = new StringBuilder(at - from);
        int i = from;
        for (Periods.Found p : periods) {
            if (p.end() <= i || p.start() >= at) {
                continue;
            }
            kept.append(s, i, Math.max(i, p.start()));
            i = Math.max(i, p.end());
        }
        if (i < at) {
            kept.append(s, i, at);
        }
        String trimmed = kept.indexOf("月") >= 0 || kept.indexOf("日") >= 0 ? DATES.matcher(kept).replaceAll("") : kept.toString();
        trimmed = trimEnd(trimmed.strip());
        if (trimmed.length() >= 4 && trimmed.endsWith("达")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1); // 数量达 → 数量, but 英伟达 stays
        }
        if (trimmed.length() > 12) {
            int cut = trimmed.length() - 12;
            while (cut < trimmed.length() && isAsciiLetterOrDigit(trimmed.charAt(cut))) {
                cut++; // a word cut in half by the limit is dropped whole
            }
            trimmed = trimmed.substring(cut);
        }
        return trimmed;
    }
}
