package io.newsflow.enrich.metrics;

import io.newsflow.enrich.tickers.NameAutomaton;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The labels of Chinese financial reporting and the English keys they map to (营业收入 →
 * revenue, 归母净利润 → net_profit_attributable, 毛利率 → gross_margin …), matched in a sentence
 * with one automaton pass. The full table is in docs/metrics.md.
 */
public final class MetricVocabulary {
    /** A label occurrence: {@code text[start, end)} is the label of {@code term}. */
    public record Found(int start, int end, Term term) {}

    /**
     * One vocabulary term.
     *
     * @param label the Chinese term
     * @param key   the normalized key
     * @param sign  -1 for terms that state a loss (亏损 3亿元 is net_profit = -3e8)
     */
    public record Term(String label, String key, int sign) {}

    /** Keys whose figures are amounts of money: a bare 900亿 under them is in the article's currency. */
    static final Set<String> MONEY = Set.of("revenue", "net_profit", "net_profit_attributable", "net_profit_deducted",
            "operating_profit", "total_profit", "gross_profit", "operating_cash_flow", "investing_cash_flow", "financing_cash_flow", "rd_expense", "net_cash", "market_cap",
            "trade_value", "net_buy", "net_inflow", "exports", "imports", "trade_total",
            "total_assets", "dividend", "fundraising", "investment", "profit", "cost", "orders", "gdp", "fiscal_revenue", "unrealized_gain");
    /** Keys that are ratios themselves: a percentage under them is the level, not a change. */
    static final Set<String> RATIOS = Set.of("gross_margin", "net_margin", "roe", "debt_ratio", "stake", "cpi", "ppi", "share");

    private static final List<Term> TERMS = List.of(
            t("营业收入", "revenue"), t("营业总收入", "revenue"), t("营收", "revenue"), t("总营收", "revenue"), t("收入", "revenue"),
            t("销售收入", "revenue"), t("主营业务收入", "revenue"), t("营业额", "revenue"), t("销售额", "revenue"),
            t("净利润", "net_profit"), t("净利", "net_profit"), t("盈利", "net_profit"),
            new Term("亏损", "net_profit", -1), new Term("大亏", "net_profit", -1), new Term("巨亏", "net_profit", -1), new Term("净亏损", "net_profit", -1), new Term("亏损额", "net_profit", -1),
            t("浮盈", "unrealized_gain"), new Term("浮亏", "unrealized_gain", -1),
            t("归母净利润", "net_profit_attributable"), t("归母净利", "net_profit_attributable"),
            t("归属于上市公司股东的净利润", "net_profit_attributable"), t("归属于母公司股东的净利润", "net_profit_attributable"),
            t("归属于母公司所有者的净利润", "net_profit_attributable"), t("归属净利润", "net_profit_attributable"),
            t("股东应占溢利", "net_profit_attributable"), t("股东应占净利润", "net_profit_attributable"),
            t("扣非净利润", "net_profit_deducted"), t("扣非后净利润", "net_profit_deducted"), t("扣非净利", "net_profit_deducted"),
            t("扣除非经常性损益后的净利润", "net_profit_deducted"), t("扣非归母净利润", "net_profit_deducted"),
            t("营业利润", "operating_profit"), t("经营利润", "operating_profit"), t("经营性净利润", "operating_profit"),
            t("经营溢利", "operating_profit"), t("营业利益", "operating_profit"), t("利润总额", "total_profit"), t("毛利", "gross_profit"),
            t("毛利率", "gross_margin"), t("综合毛利率", "gross_margin"), t("销售毛利率", "gross_margin"),
            t("净利率", "net_margin"), t("净利润率", "net_margin"), t("销售净利率", "net_margin"),
            t("每股收益", "eps"), t("基本每股收益", "eps"), t("稀释每股收益", "eps"),
            t("净资产收益率", "roe"), t("加权平均净资产收益率", "roe"), t("ROE", "roe"),
            t("经营活动产生的现金流量净额", "operating_cash_flow"), t("经营活动现金流量净额", "operating_cash_flow"),
            t("经营性现金流", "operating_cash_flow"), t("经营现金流", "operating_cash_flow"), t("经营活动现金流", "operating_cash_flow"),
            t("投资活动产生的现金流量净额", "investing_cash_flow"), t("投资活动现金流量净额", "investing_cash_flow"), t("投资活动现金流", "investing_cash_flow"),
            t("筹资活动产生的现金流量净额", "financing_cash_flow"), t("筹资活动现金流量净额", "financing_cash_flow"), t("筹资活动现金流", "financing_cash_flow"),
            t("研发投入", "rd_expense"), t("研发开支", "rd_expense"), t("研发费用", "rd_expense"), t("研发支出", "rd_expense"),
            t("净现金", "net_cash"), t("市值", "market_cap"), t("总市值", "market_cap"), t("流通市值", "market_cap"),
            t("目标价", "target_price"), t("目标价格", "target_price"),
            t("股价", "price"), t("收盘价", "price"), t("发行价", "price"), t("开盘价", "price"), t("最新价", "price"),
            t("售价", "price"), t("零售价", "price"), t("起售价", "price"), t("指导价", "price"), t("官方指导价", "price"),
            t("最高价", "price"), t("最低价", "price"), t("单价", "price"),
            t("涨幅", "price_change"), new Term("跌幅", "price_change", -1), t("涨跌幅", "price_change"),
            t("成交额", "trade_value"), t("成交金额", "trade_value"), t("成交总额", "trade_value"), t("成交总价", "trade_value"), t("交易额", "trade_value"), t("成交量", "trade_volume"), t("交易量", "trade_volume"),
            t("净买入", "net_buy"), t("净买入额", "net_buy"), t("买入净额", "net_buy"), new Term("净卖出", "net_buy", -1),
            new Term("净卖出额", "net_buy", -1), new Term("卖出净额", "net_buy", -1), t("净流入", "net_inflow"),
            new Term("净流出", "net_inflow", -1), t("出口", "exports"), t("出口额", "exports"), t("进口", "imports"),
            t("进出口", "trade_total"), t("进出口总值", "trade_total"), t("总资产", "total_assets"), t("资产总额", "total_assets"), t("资产总计", "total_assets"),
            t("资产负债率", "debt_ratio"), t("负债率", "debt_ratio"), t("分红", "dividend"), t("派息", "dividend"), t("派现", "dividend"),
            t("现金红利", "dividend"), t("派发现金", "dividend"), t("募资", "fundraising"), t("轮融资", "fundraising"), t("筹集", "fundraising"), t("募集资金", "fundraising"),
            t("GDP", "gdp"), t("国内生产总值", "gdp"), t("CPI", "cpi"), t("PPI", "ppi"),
            t("居民消费价格", "cpi"), t("工业生产者出厂价格", "ppi"), t("财政收入", "fiscal_revenue"), t("税收收入", "fiscal_revenue"),
            t("预算收入", "fiscal_revenue"), t("印花税收入", "fiscal_revenue"),
            t("销量", "sales_volume"), t("销售量", "sales_volume"), t("销售总量", "sales_volume"), t("交付量", "deliveries"), t("交付", "deliveries"),
            t("订单", "orders"), t("出货量", "shipments"), t("出货", "shipments"), t("发货量", "shipments"), t("总投资", "investment"), t("投资", "investment"),
            t("利润", "profit"), t("营业成本", "cost"), t("成本", "cost"), t("费用", "expense"), t("持股比例", "stake"), t("占比", "share"), t("比重", "share"),
            t("市场份额", "share"), t("市占率", "share"), t("市场占有率", "share"));

    private static final NameAutomaton AUTOMATON = NameAutomaton.of(TERMS.stream().map(Term::label).toList());

    private MetricVocabulary() {}

    private static Term t(String label, String key) {
        return new Term(label, key, 1);
    }

    /**
     * Every term in {@code text} that labels a figure; where terms overlap, the longest (归母净利润 over 净利润).
     */
    public static List<Found> find(String text) {
        List<Found> all = new ArrayList<>();
        AUTOMATON.scan(text, (start, end, word) -> {
            if (!insideLatinWord(text, start, end) && !describesPeople(text, end) && !endsInUsers(text, end)) {
                all.add(new Found(start, end, TERMS.get(word)));
            }
        });
        all.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        List<Found> out = new ArrayList<>();
        for (Found f : all) {
            if (!out.isEmpty() && f.start() < out.get(out.size() - 1).end()) {
                Found last = out.get(out.size() - 1);
                if (f.end() - f.start() > last.end() - last.start()) {
                    out.set(out.size() - 1, f);
                }
                continue;
            }
            out.add(f);
        }
        // 成交面积…同比跌幅为32%: 涨幅 or 跌幅 after its base is the rate of change of the thing before it, not a price move.
        out.removeIf(f -> f.term().key().equals("price_change") && afterBase(text, f.start()));
        return out;
    }

    /** Whether 同比 or 环比 stands right before {@code at}. */
    static boolean afterBase(String text, int at) {
        return at >= 2 && (text.startsWith("同比", at - 2) || text.startsWith("环比", at - 2));
    }

    /** 中等收入群体, 高收入人群: a term that qualifies a kind of people labels no figure. */
    private static boolean describesPeople(String text, int end) {
        return text.startsWith("群体", end) || text.startsWith("人群", end) || text.startsWith("阶层", end);
    }

    /** 付费用户数: the 用 of 费用 starts 用户 there, so no expense is named. */
    private static boolean endsInUsers(String text, int end) {
        return end < text.length() && text.charAt(end) == '户' && text.charAt(end - 1) == '用';
    }

    /** PPI in CPPIB, ROE in ROEX: a Latin term counts only as a word of its own. */
    private static boolean insideLatinWord(String text, int start, int end) {
        return isLatin(text.charAt(start)) && (start > 0 && isLatin(text.charAt(start - 1)) || end < text.length() && isLatin(text.charAt(end)));
    }

    private static boolean isLatin(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** The whole table, for the docs test. */
    public static List<Term> terms() {
        return TERMS;
    }
}
