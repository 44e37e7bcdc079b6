package io.newsflow.enrich.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.newsflow.schema.Metric;
import io.newsflow.schema.Ticker;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Figures from real sentences of the sample and of eastmoney, Sina and 36kr articles, one rule per row. */
class MetricExtractionTest {
    private static final Instant MARCH_2022 = Instant.parse("2022-03-27T14:02:05Z");
    private static final Instant AUG_2021 = Instant.parse("2021-08-01T04:00:00Z");

    private static List<Metric> metrics(String text) {
        return metrics(text, MARCH_2022);
    }

    private static List<Metric> metrics(String text, Instant published) {
        return MetricExtractor.extract("", text, published, List.of());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // sentence | key | value | unit | qualifier | period
        "去年营业收入47亿元                          | revenue                 | 4.7E9      | CNY       |        | 2021",
        "净利润同比下降12.5%                          | net_profit_yoy          | -0.125     | ratio     |        | ",
        "营收环比增长8%                               | revenue_qoq             | 0.08       | ratio     |        | ",
        "毛利率同比提升3.2个百分点                     | gross_margin_yoy        | 0.032      | pct_point |        | ",
        "资产负债率同比降低0.4个百分点                 | debt_ratio_yoy          | -0.004     | pct_point |        | ",
        "净利润增长2.25倍                             | net_profit_change       | 2.25       | ratio     |        | ",
        "营业收入是上年的2.5倍                        | revenue                 | 2.5        | multiple  |        | ",
        "净利润约900亿至940亿                         | net_profit              | 9.0E10     | CNY       | range  | ",
        "亏损15.9亿元                                 | net_profit              | -1.59E9    | CNY       |        | ",
        "营收11,910,000美元                           | revenue                 | 1.191E7    | USD       |        | ",
        "每10股派现金额为15元                          | dividend                | 15         | CNY       |        | ",
        "金斯瑞生物科技午后现报39.75港元                | price                   | 39.75      | HKD       |        | ",
        "动力电池装车量达到76.90GWH                    | other                   | 76.9       | GWh       |        | ",
        "光伏组件招标规模已近100GW                      | other                   | 100        | GW        | approx | ",
        "共安排112.93亿千瓦时作为年度市场电量上限        | other                   | 1.1293E10  | kWh       |        | ",
        "组件价格为1.85元/W                            | price                   | 1.85       | CNY/W     |        | ",
        "新增装机容量300万千瓦                          | other                   | 3.0E6      | kW        |        | ",
        "WTI原油最高涨至80.47美元                      | price                   | 80.47      | USD       |        | ",
        "公司账上现金突破80亿元                         | other                   | 8.0E9      | CNY       | gt     | ",
        "将筹集高达15亿美元                            | fundraising             | 1.5E9      | USD       |        | ",
        "营收为 2052 万美元                           | revenue                 | 2.052E7    | USD       |        | ",
        "营收10.5亿港元                               | revenue                 | 1.05E9     | HKD       |        | ",
        "四季度营收12亿元                             | revenue                 | 1.2E9      | CNY       |        | 2021Q4",
        "一季度营收12亿元                             | revenue                 | 1.2E9      | CNY       |        | 2022Q1",
        "2021年上半年净利润5亿元                      | net_profit              | 5.0E8      | CNY       |        | 2021H1",
        "前三季度营收100亿元                          | revenue                 | 1.0E10     | CNY       |        | 2021Q1-Q3",
        "1-11月利润总额79750.1亿元                    | total_profit            | 7.97501E12 | CNY       |        | 2021-01/2021-11",
        "截至2020年底商用模型达13000个                 | other                   | 13000      | count     |        | 2020-12-31",
        "上证指数报3200.5点                           | index_level             | 3200.5     | points    |        | ",
        "特斯拉涨3.8%                                 | price_change            | 0.038      | ratio     |        | ",
        "长信转债跌3.09%                              | price_change            | -0.0309    | ratio     |        | ",
        "股价下跌5%                                   | price_change            | -0.05      | ratio     |        | ",
        "成交额8804.2亿元                             | trade_value             | 8.8042E11  | CNY       |        | ",
        "投资总额约合人民币49.39亿元                   | investment              | 4.939E9    | CNY       | approx | ",
        "基本每股收益0.52元                           | eps                     | 0.52       | CNY       |        | ",
        "归属于上市公司股东的净利润3.2亿元              | net_profit_attributable | 3.2E8      | CNY       |        | ",
        "扣非净利润同比下降20%                        | net_profit_deducted_yoy | -0.2       | ratio     |        | ",
        "加权平均净资产收益率为15.3%                   | roe                     | 0.153      | ratio     |        | ",
        "研发投入占营业收入比超过七成                   | share                   | 0.7        | ratio     | gt     | ",
        "大定量已超过30000台                          | other                   | 30000      | count     | gt     | ",
        "商用模型数量达34000多个                       | other                   | 34000      | count     | gt     | ",
        "研发人员增长至4274人                         | other                   | 4274       | count     |        | ",
        "玉米期货报401.5美分                          | price                   | 4.015      | USD       |        | ",
        "COMEX黄金期货报2536美元/盎司                 | price                   | 2536       | USD/oz    |        | ",
        "碳酸锂价格报7.47万元/吨                      | price                   | 74700      | CNY/t     |        | ",
        "出口钢材782.7万吨                            | exports                 | 7827000    | t         |        | ",
        "降1%左右                                     | other_change            | -0.01      | ratio     | approx | ",
        "净利润不足1亿元                              | net_profit              | 1.0E8      | CNY       | lt     | ",
        "GDP同比升6.7%                                | gdp_yoy                 | 0.067      | ratio     |        | ",
        "英国10年期国债收益率跌0.3个基点              | other_change            | -3.0E-5    | pct_point |        | ",
        "营收近3千万元                                | revenue                 | 3.0E7      | CNY       | approx | ",
        "截至2月，存款余额达到3000亿元                 | other                   | 3.0E11     | CNY       |        | 2022-02-28",
        "美油4月合约跌2.98%                           | price_change            | -0.0298    | ratio     |        | ",
        "净利润两亿三千万元                           | net_profit              | 2.3E8      | CNY       |        | ",
        // Found by a blind annotation of articles the extractor had not seen (resources/metrics/BLIND-NOTES.md).
        "持仓市值达11.82亿加元                        | market_cap              | 1.182E9    | CAD       |        | ",
        "合同销售面积511,348平方米                    | other                   | 511348     | m2        |        | ",
        "众议院以363票赞成通过了法案                   | other                   | 363        | count     |        | ",
        "股价跌幅大于大盘跌大约11%                     | price_change            | -0.11      | ratio     | approx | ",
        "营收同比-12.3%                               | revenue_yoy             | -0.123     | ratio     |        | ",
        "营收增速比一季度低2.5个百分点                 | revenue_change          | -0.025     | pct_point |        | ",
        "2021年12月8日讯，国债中标利率为2.4576%        | other                   | 0.024576   | ratio     |        | 2021-12-08",
        "12月7日，贵州茅台收涨2.3%                    | price_change            | 0.023      | ratio     |        | 2021-12-07",
        "去年营收增速比一季度低2.5个百分点             | revenue_change          | -0.025     | pct_point |        | 2021",
        "研发投入较2020年的24.54亿元增长               | rd_expense              | 2.454E9    | CNY       |        | 2020",
        "煤炭消费量占能源消费比重为1.5%               | share                   | 0.015      | ratio     |        | ",
        "资产总计126.90万亿元                         | total_assets            | 1.269E14   | CNY       |        | ",
        "今年至2025年盈利稳步增长，目标价6.1港元       | target_price            | 6.1        | HKD       |        | ",
        "恒瑞医药净卖出额居首，金额为6.64亿元         | net_buy                 | -6.64E8    | CNY       |        | ",
        "钢铁产能压减1.5亿吨                          | other_change            | -1.5E8     | t         |        | ",
    })
    void oneFigure(String sentence, String key, double value, String unit, String qualifier, String period) {
        assertThat(metrics(sentence)).extracting(Metric::getKey, Metric::getValue, Metric::getUnit, Metric::getQualifier, Metric::getPeriod)
                .containsExactly(tuple(key, value, unit, qualifier, period));
    }

    @Test
    void aGrowthRateInTheNextClauseMeasuresTheSameLabelAndTheSentenceAfterInheritsThePeriod() {
        List<Metric> m = metrics("数据显示，去年营业收入47亿元，同比增长36.4%；毛利率69.7%。");
        assertThat(m).extracting(Metric::getKey, Metric::getValue, Metric::getPeriod, Metric::getText, Metric::getOffset)
                .containsExactly(tuple("revenue", 4.7e9, "2021", "营业收入47亿元", 7), tuple("revenue_yoy", 0.364, "2021", "同比增长36.4%", 16),
                        tuple("gross_margin", 0.697, "2021", "毛利率69.7%", 26));
    }

    @Test
    void aListSharesItsUnitAndQualifier() {
        assertThat(metrics("三家公司市值分别约7100、3150、3000亿元。")).extracting(Metric::getKey, Metric::getValue, Metric::getUnit, Metric::getQualifier)
                .containsExactly(tuple("market_cap", 7.1e11, "CNY", "approx"), tuple("market_cap", 3.15e11, "CNY", "approx"),
                        tuple("market_cap", 3.0e11, "CNY", "approx"));
    }

    @Test
    void aRangeKeepsBothEnds() {
        Metric m = metrics("预计净利润3亿元至3.5亿元。").get(0);
        assertThat(m.getValue()).isEqualTo(3e8);
        assertThat(m.getValueMax()).isEqualTo(3.5e8);
        assertThat(m.getQualifier()).isEqualTo("range");
        Metric shared = metrics("营收3至5亿元。").get(0);
        assertThat(shared.getValue()).isEqualTo(3e8);
        assertThat(shared.getValueMax()).isEqualTo(5e8);
    }

    @Test
    void aDashBetweenTwoPercentagesJoinsARangeAndAWrittenMinusStaysOne() {
        assertThat(metrics("一般票息为15%-20%，涨幅为-10.8%。"))
                .extracting(Metric::getValue, Metric::getValueMax, Metric::getUnit, Metric::getQualifier)
                .containsExactly(tuple(0.15, 0.2, "ratio", "range"), tuple(-0.108, null, "ratio", null));
    }

    @Test
    void theLevelAfterAFallKeepsItsOwnSign() {
        assertThat(metrics("纯碱期货主力合约跌停，跌幅为8.01%，报2378.0元/吨。"))
                .extracting(Metric::getKey, Metric::getValue, Metric::getUnit)
                .containsExactly(tuple("price_change", -0.0801, "ratio"), tuple("price", 2378.0, "CNY/t"));
    }

    @Test
    void aShrinkingTurnoverIsANegativeChangeOfTheTurnover() {
        assertThat(metrics("沪深两市成交额8642亿，较上个交易日缩量1203亿，量能萎缩明显。"))
                .extracting(Metric::getKey, Metric::getValue, Metric::getText)
                .containsExactly(tuple("trade_value", 8.642e11, "成交额8642亿"), tuple("trade_value_change", -1.203e11, "缩量1203亿"));
    }

    @Test
    void countsNameWhatTheyCountAfterTheClassifier() {
        assertThat(metrics("38个行业利润总额同比增加，2个行业减少。"))
                .extracting(Metric::getValue, Metric::getUnit, Metric::getText)
                .containsExactly(tuple(38.0, "count", "38个"), tuple(2.0, "count", "2个"));
    }

    @Test
    void aLatinTermCountsOnlyAsAWordOfItsOwn() {
        assertThat(metrics("加拿大年金计划委员会(CPPIB)披露，共190家中国企业现身其投资组合。"))
                .extracting(Metric::getKey).doesNotContain("ppi");
        assertThat(metrics("11月PPI同比上涨12.9%。")).extracting(Metric::getKey).containsExactly("ppi_yoy");
    }

    @Test
    void aMoveToALevelIsTwoFiguresNotARange() {
        assertThat(metrics("德国DAX指数跌0.03%至18907.66点，本周涨1.47%。"))
                .extracting(Metric::getKey, Metric::getValue, Metric::getUnit, Metric::getQualifier)
                .containsExactly(tuple("price_change", -0.0003, "ratio", null), tuple("index_level", 18907.66, "points", null),
                        tuple("price_change", 0.0147, "ratio", null));
    }

    @Test
    void aGrowthRateIsAboutTheLaterPeriodNotTheComparisonBase() {
        assertThat(metrics("截至2021年底，商用模型数量达34000多个，相较于2020年底13000个，增长了152%。"))
                .extracting(Metric::getKey, Metric::getValue, Metric::getPeriod)
                .containsExactly(tuple("other", 34000.0, "2021-12-31"), tuple("other", 13000.0, "2020-12-31"),
                        tuple("other_change", 1.52, "2021-12-31"));
    }

    @Test
    void aFlowAfterABalanceDateOfAnEarlierSentenceIsThePeriodsFlow() {
        // The sentence before dates balances at the year's end; the revenue that follows is the year's.
        assertThat(metrics("截至2021年末，行业总资产超12万亿元。117家证券公司合计实现营业收入7653.29亿元，相比2020年增长21%。"))
                .extracting(Metric::getKey, Metric::getPeriod)
                .containsExactly(tuple("total_assets", "2021-12-31"), tuple("other", "2021-12-31"), tuple("revenue", "2021"),
                        tuple("revenue_yoy", "2021"));
        assertThat(metrics("截至2022年6月末，公司总资产100亿元。公司实现营业收入20亿元。"))
                .extracting(Metric::getKey, Metric::getPeriod)
                .containsExactly(tuple("total_assets", "2022-06-30"), tuple("revenue", "2022H1"));
    }

    @Test
    void fullWidthDigitsLettersAndPercentSignsReadAsTheirAsciiFormsWithSpansAsWritten() {
        assertThat(metrics("本期债券发行总额１０２．８９亿元，票面利率３．１３％。"))
                .extracting(Metric::getValue, Metric::getUnit, Metric::getText)
                .containsExactly(tuple(1.0289e10, "CNY", "１０２．８９亿元"), tuple(0.0313, "ratio", "３．１３％"));
    }

    @Test
    void aCountOfCompaniesOnADayIsThatDaysNotTheReportsTheyPublished() {
        assertThat(MetricExtractor.extract("年报统计", "截至4月6日，有1121家上市公司公布2021年年报，其中791家净利润同比增长。",
                Instant.parse("2022-04-06T10:00:00Z"), List.of())).extracting(Metric::getValue, Metric::getPeriod)
                .containsExactly(tuple(1121.0, "2022-04-06"), tuple(791.0, "2022-04-06"));
    }

    @Test
    void countsOfTimesAndItemsWrittenInDigits() {
        assertThat(metrics("隆基股份共获5次机构买入型评级记录，有18条评级记录为首次关注。"))
                .extracting(Metric::getValue, Metric::getUnit).containsExactly(tuple(5.0, "count"), tuple(18.0, "count"));
        // 次日 and 条例 are no counts, and neither is a count in words (涨价两次).
        assertThat(metrics("公司3次日内涨停，出台5条例外规定，已涨价两次。")).isEmpty();
        // Records counted in a sentence that names no company are the market's, not the company of the sentence before.
        Ticker longi = named("601012.SH", "隆基股份");
        assertThat(MetricExtractor.extract("隆基股份获机构看好", "隆基股份共获5次机构买入型评级。今日机构评级调高的共有3条记录。",
                AUG_2021, List.of(longi))).extracting(Metric::getValue, Metric::getSubject)
                .containsExactly(tuple(5.0, "隆基股份"), tuple(3.0, null));
    }

    @Test
    void discountsTimesOfDayCurrenciesAfterYuanAndEvaporatedValue() {
        assertThat(metrics("平均折扣8.7折，部分房源打九折，会员享85折。"))
                .extracting(Metric::getValue, Metric::getUnit).containsExactly(tuple(0.87, "ratio"), tuple(0.9, "ratio"), tuple(0.85, "ratio"));
        assertThat(metrics("截至11月11日23点，有698个商家成交额破千万。")).extracting(Metric::getValue).containsExactly(698.0);
        assertThat(metrics("公司将捐助1000万元港币，并采购100万支检测试剂。"))
                .extracting(Metric::getValue, Metric::getUnit).containsExactly(tuple(1.0e7, "HKD"), tuple(1.0e6, "count"));
        assertThat(metrics("13个月内两家公司市值蒸发6万亿元。")).extracting(Metric::getValue).containsExactly(-6.0e12);
        // 折合 and 支付 are no units.
        assertThat(metrics("支付3000万美元，折合人民币约2亿元。")).extracting(Metric::getUnit).containsExactly("USD", "CNY");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "2021年12月8日10:30，公司（600519）发布公告。",
        "联系电话010-12345678，邮编100000。",
        "共发布3篇文章，第3个问题见第12页。",
        "每百元营业收入中的成本。",
        "单位：万元",
        "资产负债率=负债合计÷资产总计×100%",
        "这是第一个案例，一家公司。",
        "预期升2.7%",
        "大会将于北京时间6月7日凌晨一点召开",
        "苹果会推出一款AR眼镜。",
        "沪深300则创出近1个半月来新高。",
    })
    void notFigures(String text) {
        assertThat(metrics(text)).isEmpty();
    }

    @Test
    void eachFigureOnceAndTheTitlesRoundedCopyIsDropped() {
        String lead = "商汤集团去年营业收入47亿元，同比增长36.4%。";
        List<Metric> m = MetricExtractor.extract("商汤集团首份年报：去年营收同比增三成", lead + "\n" + lead, MARCH_2022, List.of());
        assertThat(m).extracting(Metric::getKey, Metric::getValue).containsExactly(tuple("revenue", 4.7e9), tuple("revenue_yoy", 0.364));
        List<Metric> titleOnly = MetricExtractor.extract("比亚迪电子涨逾5%", "港股收盘。", MARCH_2022, List.of());
        assertThat(titleOnly).extracting(Metric::getKey, Metric::getValue, Metric::getQualifier, Metric::getOffset)
                .containsExactly(tuple("price_change", 0.05, "gt", null));
    }

    @Test
    void countsInAListDatedByTheDayNotByTheReportTheyCount() {
        List<Metric> found = metrics("截至10月26日，有1051家上市公司公布2021年三季报，其中730家净利润同比增长，321家下降。",
                Instant.parse("2021-10-27T02:00:00Z"));
        assertThat(found).extracting(Metric::getValue, Metric::getPeriod).containsExactly(
                tuple(1051.0, "2021-10-26"), tuple(730.0, "2021-10-26"), tuple(321.0, "2021-10-26"));
        assertThat(found.get(2).getLabel()).isEqualTo("下降"); // the next count of a list, named by its change word
    }

    @Test
    void aCountInALaterSentenceKeepsTheDayPastTheReportItCounts() {
        Instant july28 = Instant.parse("2021-07-28T09:28:00Z");
        assertThat(MetricExtractor.extract("科创板业绩预告", "截至7月28日，有101家科创板公司公布了上半年业绩预告。业绩预告类型显示，预增公司62家、预盈6家。",
                july28, List.of())).extracting(Metric::getValue, Metric::getPeriod)
                .containsExactly(tuple(101.0, "2021-07-28"), tuple(62.0, "2021-07-28"), tuple(6.0, "2021-07-28"));
        // A period that is no report's name ends the day as before: 截至7月28日…。上半年营收… is the half year's.
        assertThat(MetricExtractor.extract("快讯", "截至7月28日，公司股价上涨5%。上半年公司新开门店30家。", july28, List.of()))
                .extracting(Metric::getValue, Metric::getPeriod).containsExactly(tuple(0.05, "2021-07-28"), tuple(30.0, "2021H1"));
    }

    @Test
    void aStockUnderRiskWarningIsACompanyByItsNameForm() {
        assertThat(metrics("股东户数降幅最多的是*ST亚联，截至5月10日最新股东户数为45708户，较4月30日下降11.25%。"))
                .extracting(Metric::getValue, Metric::getSubject).containsExactly(tuple(45708.0, "*ST亚联"), tuple(-0.1125, "*ST亚联"));
        assertThat(metrics("今年以来ST板块累计上涨12%，ST股票平均涨幅为8%。")).extracting(Metric::getSubject).containsOnlyNulls();
        // The form of a company the article names in full is that company, with its symbol.
        assertThat(MetricExtractor.extract("中利集团（002309）", "公司股票简称变更为ST中利，股票交易日跌幅限制为5%。", MARCH_2022,
                List.of(named("002309.SZ", "中利集团")))).extracting(Metric::getSubject, Metric::getSubjectSymbol)
                .containsExactly(tuple("中利集团", "002309.SZ"));
    }

    @Test
    void aClauseThatOnlyLinksTakesWhatTheClauseBeforeMeasuresAndARestatedCountIsNoNewFigure() {
        assertThat(metrics("其中，奥锐特半年报EPS超出一致预期的比例最高，达到45%；")).extracting(Metric::getValue).containsExactly(0.45);
        assertThat(metrics("这5家企业包括北京万泰生物药业股份有限公司等，上述14家科创板公司业绩均实现增长。")).isEmpty();
        assertThat(metrics("3分钟申请，0人工干预，服务2000人。")).extracting(Metric::getValue).containsExactly(2000.0);
    }

    @Test
    void aBareAmountIsMoneyByWhatItIsAndABigLossIsALoss() {
        assertThat(metrics("五爷拌面刚成功融资3亿，超过30万的日营业额，门店超过300个。"))
                .extracting(Metric::getValue, Metric::getUnit).containsExactly(tuple(3.0e8, "CNY"), tuple(3.0e5, "CNY"), tuple(300.0, "count"));
        assertThat(metrics("中国华融曾在2020年大亏1029亿元。")).extracting(Metric::getKey, Metric::getValue)
                .containsExactly(tuple("net_profit", -1.029e11));
    }

    @Test
    void aBoundThatOnlyDefinesTheGroupCountedIsNoFigure() {
        assertThat(metrics("净利润在百亿元以上的有13家，增幅超100%的上市公司共有103家。"))
                .extracting(Metric::getValue, Metric::getUnit).containsExactly(tuple(13.0, "count"), tuple(103.0, "count"));
        // A bound of what a company does stays: 回购不高于10亿元的公司股份.
        assertThat(metrics("拟回购不低于8亿元、不高于10亿元的公司股份。")).extracting(Metric::getValue).containsExactly(8.0e8, 1.0e9);
    }

    @Test
    void roundNumbersInWordsAfterABoundAndMarksPassed() {
        assertThat(metrics("提供上千种中药饮片，10家公司获得逾百家机构调研，合作超过4000种智能单品。"))
                .extracting(Metric::getText, Metric::getValue, Metric::getQualifier).containsExactly(
                        tuple("上千种", 1000.0, "gt"), tuple("10家", 10.0, null), tuple("逾百家", 100.0, "gt"), tuple("超过4000种", 4000.0, "gt"));
        assertThat(metrics("物业板块总市值突破万亿港元。")).extracting(Metric::getValue, Metric::getUnit, Metric::getQualifier)
                .containsExactly(tuple(1.0e12, "HKD", "gt"));
        // 百元 and 万元 alone are captions or bases, not numbers.
        assertThat(metrics("单位：万元。每百元营业收入中的成本为85元。")).extracting(Metric::getValue).containsExactly(85.0);
    }

    @Test
    void firmsCountedInAClauseAboutACompanyAreThatCompanysFigure() {
        Ticker imeik = named("300896.SZ", "爱美客");
        assertThat(MetricExtractor.extract("机构调研榜", "本月共有120家机构参与调研。爱美客被503家机构调研，榜单中排名第二。", MARCH_2022,
                List.of(imeik))).extracting(Metric::getValue, Metric::getSubject)
                .containsExactly(tuple(120.0, null), tuple(503.0, "爱美客"));
    }

    @Test
    void anAdviserNamedInItsRoleIsNotTheSubjectOfTheDealsFigures() {
        Ticker calb = new Ticker("03931.HK", "03931", "HK", null, "中创新航", List.of("name"), 1);
        Ticker htsc = named("601688.SH", "华泰证券");
        assertThat(MetricExtractor.extract("动力电池企业递表港交所", "近日，中创新航正式提交赴港上市申请，独家保荐人为华泰证券，将筹集高达15亿美元。",
                MARCH_2022, List.of(calb, htsc))).extracting(Metric::getValue, Metric::getSubject)
                .containsExactly(tuple(1.5e9, "中创新航"));
        // The broker's own figures stay its own.
        assertThat(MetricExtractor.extract("券商业绩", "华泰证券2021年实现营业收入379.05亿元。", MARCH_2022, List.of(htsc)))
                .extracting(Metric::getSubject).containsExactly("华泰证券");
    }

    private static Ticker named(String symbol, String name) {
        return new Ticker(symbol, symbol.substring(0, 6), symbol.substring(7), null, name, List.of("name"), 1);
    }

    @Test
    void aMarketFigureHasNoCompanySubjectButACompanysPartOrBenchmarkDoesNotMakeOne() {
        Ticker catl = named("300750.SZ", "宁德时代");
        Ticker moutai = named("600519.SH", "贵州茅台");
        assertThat(MetricExtractor.extract("宁德时代年报", "截至收盘，沪指微涨0.04%。宁德时代作为动力电池行业龙头，2021年实现营收1304亿元。",
                MARCH_2022, List.of(catl))).extracting(Metric::getValue, Metric::getSubject)
                .containsExactly(tuple(0.0004, null), tuple(1.304e11, "宁德时代"));
        assertThat(MetricExtractor.extract("快讯", "贵州茅台成交额30亿元，占两市成交额的0.3%。", MARCH_2022, List.of(moutai)))
                .extracting(Metric::getSubject).containsExactly("贵州茅台", "贵州茅台");
        assertThat(MetricExtractor.extract("宁德时代：锂电板块放量", "公司锂电板块营收同比增长80%。", MARCH_2022, List.of(catl)))
                .extracting(Metric::getSubject).containsExactly("宁德时代");
    }

    @Test
    void aRatingHeadlineIsAboutTheRatedCompanyAndACompanySpeakingIsAboutItself() {
        Ticker xinyi = named("03868.HK", "信义能源");
        Ticker midea = named("000333.SZ", "美的集团");
        Ticker clou = named("002121.SZ", "科陆电子");
        assertThat(MetricExtractor.extract("高盛：维持信义能源买入评级", "目标价6.1港元。", MARCH_2022, List.of(xinyi)))
                .extracting(Metric::getSubject).containsExactly("信义能源");
        assertThat(MetricExtractor.extract("美的集团：拟收购科陆电子20%股份", "公司去年营收3434亿元。", MARCH_2022, List.of(midea, clou)))
                .extracting(Metric::getValue, Metric::getSubject).contains(tuple(3.434e11, "美的集团"));
        assertThat(MetricExtractor.extract("中兴通讯：去年净利润大增", "公司去年净利润68亿元。", MARCH_2022, List.of(named("000063.SZ", "中兴通讯"))))
                .extracting(Metric::getSubject).containsExactly("中兴通讯");
    }

    @Test
    void aDayDatesTheFiguresOfItsSentenceButNotAReportsFigures() {
        assertThat(MetricExtractor.extract("比亚迪2021年年报", "3月29日晚间，比亚迪发布年报。报告期内，公司实现营业收入2161.42亿元。",
                MARCH_2022, List.of())).extracting(Metric::getPeriod).containsExactly("2021");
        assertThat(metrics("3月25日，沪指收涨0.6%，两市成交额9021亿元。")).extracting(Metric::getPeriod)
                .containsExactly("2022-03-25", "2022-03-25");
    }

    @Test
    void pricesPerUnitWrittenAfterOrBeforeTheNumber() {
        assertThat(metrics("散装飞天市场价已从2980元/瓶跌至2700元/瓶。")).extracting(Metric::getValue, Metric::getUnit)
                .contains(tuple(2980.0, "CNY/bottle"), tuple(2700.0, "CNY/bottle"));
        // A jin is half a kilogram: 6 yuan a jin is 12 yuan a kilogram.
        assertThat(metrics("生猪价格曾跌到每斤6元左右。")).extracting(Metric::getValue, Metric::getUnit, Metric::getQualifier)
                .containsExactly(tuple(12.0, "CNY/kg", "approx"));
        assertThat(metrics("猪肉价格为15元/斤。")).extracting(Metric::getValue, Metric::getUnit).containsExactly(tuple(30.0, "CNY/kg"));
        assertThat(metrics("92号汽油每升上调0.2元。")).extracting(Metric::getUnit).containsExactly("CNY/L");
        assertThat(metrics("公司每股派发现金红利0.5元。")).extracting(Metric::getUnit).containsExactly("CNY");
    }

    @Test
    void aMoveToALevelIsTwoFiguresButARangeOfChangesIsOne() {
        assertThat(metrics("氧化铽价格上涨2.5万元/吨至885万元/吨。")).extracting(Metric::getValue, Metric::getValueMax, Metric::getUnit)
                .containsExactly(tuple(25000.0, null, "CNY/t"), tuple(8850000.0, null, "CNY/t"));
        assertThat(metrics("预计营收增长10%至15%。")).extracting(Metric::getValue, Metric::getValueMax).containsExactly(tuple(0.1, 0.15));
    }

    @Test
    void shipsInDeadweightTonnesAndLiquidsInKilolitres() {
        assertThat(metrics("1-2月全国造船完工653万载重吨，同比下降9.6%。")).extracting(Metric::getValue, Metric::getUnit)
                .containsExactly(tuple(6530000.0, "t"), tuple(-0.096, "ratio"));
        assertThat(metrics("完成酿酒主产量2241万千升。")).extracting(Metric::getValue, Metric::getUnit).containsExactly(tuple(2.241e10, "L"));
    }

    @Test
    void aCountOfStocksIsTheMarketsNotACompanys() {
        Ticker catl = named("300750.SZ", "宁德时代");
        assertThat(MetricExtractor.extract("宁德时代获融资净买入", "宁德时代获融资净买入6.86亿元。1月13日共有1021只个股获融资净买入，其中10只净买入额超1亿元。",
                MARCH_2022, List.of(catl))).extracting(Metric::getValue, Metric::getSubject)
                .containsExactly(tuple(6.86e8, "宁德时代"), tuple(1021.0, null), tuple(10.0, null)); // 超1亿元: the bound of the 10
    }

    @Test
    void aDayGoesOnToTheNextSentencesOfItsParagraph() {
        assertThat(metrics("据统计，1月13日共有1021只个股获融资净买入。其中，10只融资净买入额超1亿元。\n另有5只个股下跌。"))
                .extracting(Metric::getPeriod).containsExactly("2022-01-13", "2022-01-13", null);
    }

    @Test
    void consumerPricesAndGovernmentIncomeHaveTheirOwnKeys() {
        assertThat(metrics("4月份，全国居民消费价格同比上涨2.1%。")).extracting(Metric::getKey).containsExactly("cpi_yoy");
        assertThat(metrics("1-4月累计，全国一般公共预算收入74293亿元。")).extracting(Metric::getKey).containsExactly("fiscal_revenue");
    }

    @Test
    void figuresListedAfterFenbieBelongToTheCompaniesListedBeforeIt() {
        Ticker cmb = named("600036.SH", "招商银行");
        Ticker moutai = named("600519.SH", "贵州茅台");
        Ticker east = named("300059.SZ", "东方财富");
        assertThat(MetricExtractor.extract("北向资金净买入", "招商银行、贵州茅台、东方财富分别获净买入7.57亿元、7.28亿元、5.07亿元。",
                MARCH_2022, List.of(cmb, moutai, east))).extracting(Metric::getValue, Metric::getSubject)
                .containsExactly(tuple(7.57e8, "招商银行"), tuple(7.28e8, "贵州茅台"), tuple(5.07e8, "东方财富"));
        // The title calls 招商银行 招行: the ticker carries that name, and the other forms it was found under come along.
        Ticker cmbShort = named("600036.SH", "招行");
        Ticker moutaiShort = named("600519.SH", "茅台");
        assertThat(MetricExtractor.extract("北向资金加仓招行、茅台", "招商银行、贵州茅台、东方财富分别获净买入7.57亿元、7.28亿元、5.07亿元。",
                MARCH_2022, List.of(cmbShort, moutaiShort, east),
                java.util.Map.of("600036.SH", java.util.Set.of("招行", "招商银行"), "600519.SH", java.util.Set.of("茅台", "贵州茅台"))))
                .extracting(Metric::getSubject, Metric::getSubjectSymbol)
                .containsExactly(tuple("招商银行", "600036.SH"), tuple("贵州茅台", "600519.SH"), tuple("东方财富", "300059.SZ"));
        // An item the extractor does not know breaks the order: the rule steps aside.
        assertThat(MetricExtractor.extract("北向资金净买入", "某银行、贵州茅台、东方财富分别获净买入7.57亿元、7.28亿元、5.07亿元。",
                MARCH_2022, List.of(moutai, east))).extracting(Metric::getSubject).doesNotContain("贵州茅台");
    }

    @Test
    void aCompanyNamedAsTheOtherPartyOfADealIsNotTheSubjectOfItsFigures() {
        Ticker chuanneng = named("000155.SZ", "川能动力");
        Ticker dongfang = named("600875.SH", "东方电气");
        assertThat(MetricExtractor.extract("川能动力：拟购买川能风电股权",
                "川能动力5月29日晚间公告，公司拟向东方电气发行股份购买其持有的川能风电20%股权，向明永投资购买其持有的盐边能源5%股权。",
                MARCH_2022, List.of(chuanneng, dongfang))).extracting(Metric::getValue, Metric::getSubject)
                .containsExactly(tuple(0.2, "川能动力"), tuple(0.05, "川能动力"));
        // The object of a deal's or a dispute's verb: what the actor pays or buys.
        assertThat(MetricExtractor.extract("快讯", "判决显示，美的集团需要赔偿科陆电子合计约1.2亿元。", MARCH_2022,
                List.of(named("000333.SZ", "美的集团"), named("002121.SZ", "科陆电子")))).extracting(Metric::getSubject)
                .containsExactly("美的集团");
        assertThat(MetricExtractor.extract("快讯", "华润三九拟收购天士力28%股份。", MARCH_2022,
                List.of(named("000999.SZ", "华润三九"), named("600535.SH", "天士力")))).extracting(Metric::getSubject)
                .containsExactly("华润三九");
        // Named as the actor, the same company keeps its figures.
        assertThat(MetricExtractor.extract("快讯", "东方电气发行股份购买川能风电20%股权。", MARCH_2022, List.of(chuanneng, dongfang)))
                .extracting(Metric::getSubject).containsExactly("东方电气");
    }

    @Test
    void aFenbieListMayEndInTheClauseBeforeItsFigures() {
        Ticker petro = named("601857.SH", "中国石油");
        Ticker pingan = named("601318.SH", "中国平安");
        assertThat(MetricExtractor.extract("中期分红", "中国石油、中国平安分红金额最高，分别为238.66亿元、160.25亿元。",
                MARCH_2022, List.of(petro, pingan))).extracting(Metric::getValue, Metric::getSubject)
                .containsExactly(tuple(2.3866e10, "中国石油"), tuple(1.6025e10, "中国平安"));
        // A figure that describes the company named right after it (总市值近200亿元的…盘江股份), not a deal's price.
        assertThat(MetricExtractor.extract("快讯", "总市值近200亿元的西南焦煤龙头盘江股份盘后公告。", MARCH_2022,
                List.of(named("600395.SH", "盘江股份")))).extracting(Metric::getSubject).containsExactly("盘江股份");
        assertThat(MetricExtractor.extract("快讯", "公司以1.2亿元的价格收购天士力。", MARCH_2022,
                List.of(named("600535.SH", "天士力")))).extracting(Metric::getSubject).containsOnlyNulls();
        // A company named in the title only as one of a list is not the article's company: 天猫's figure is 天猫's
        // (a company no listing holds), not the listed 京东's.
        assertThat(MetricExtractor.extract("双11成绩单：天猫交易额5403亿元、京东3491亿元", "天猫双11总交易额定格在5403亿元。京东累计下单金额超3491亿元。",
                MARCH_2022, List.of(named("09618.HK", "京东")))).extracting(Metric::getSubject).containsExactly("天猫", "京东");
        assertThat(MetricExtractor.extract("双11成绩单：拼多多交易额5403亿元、京东3491亿元", "平台双11总交易额定格在5403亿元。京东累计下单金额超3491亿元。",
                MARCH_2022, List.of(named("09618.HK", "京东")))).extracting(Metric::getSubject).containsExactly(null, "京东");
        // The figures' label may stand between the list and 分别.
        assertThat(MetricExtractor.extract("资金流向", "三峡能源、宁德时代特大单净流出资金分别为7.84亿元、7.11亿元。",
                MARCH_2022, List.of(named("600905.SH", "三峡能源"), named("300750.SZ", "宁德时代")))).extracting(Metric::getSubject)
                .containsExactly("三峡能源", "宁德时代");
        // Per 10 shares is the figures' basis and a bracketed note does not end their list.
        assertThat(MetricExtractor.extract("中期分红", "安宁股份、江山欧派紧随其后，每10股派现金额分别为12.5元(含税)、12.2元(含税)。",
                MARCH_2022, List.of(named("002978.SZ", "安宁股份"), named("603208.SH", "江山欧派"))))
                .extracting(Metric::getValue, Metric::getSubject).containsExactly(tuple(12.5, "安宁股份"), tuple(12.2, "江山欧派"));
        // A list that ended long before, or with figures after it, is not the one 分别 refers to.
        assertThat(MetricExtractor.extract("中期分红", "中国石油、中国平安发布中期利润分配方案公告称，两家公司今年将持续加大投入，分别为238.66亿元、160.25亿元。",
                MARCH_2022, List.of(petro, pingan))).extracting(Metric::getSubject).doesNotContain("中国石油");
    }

    @Test
    void aCountOfCompaniesIsNoOneCompanysFigureButACompanysOwnCountIs() {
        Ticker petro = named("601857.SH", "中国石油");
        assertThat(MetricExtractor.extract("中国石油中期分红最多", "目前已有99家上市公司发布中期利润分配方案公告，分红金额在10亿元以上的有10家，场外期权交易商一共35家。",
                MARCH_2022, List.of(petro))).filteredOn(m -> "count".equals(m.getUnit()))
                .extracting(Metric::getValue, Metric::getSubject)
                .containsExactly(tuple(99.0, null), tuple(10.0, null), tuple(35.0, null));
        assertThat(MetricExtractor.extract("中国石油：加油站", "中国石油在全国拥有300家加油站。", MARCH_2022, List.of(petro)))
                .extracting(Metric::getSubject).containsExactly("中国石油");
        // The figures after a count of companies are the pool's: 合计分红金额, 分红金额在10亿元以上.
        assertThat(MetricExtractor.extract("中国石油中期分红最多", "已有99家上市公司发布方案，合计分红金额达到720.26亿元，其中10家预计分红金额在10亿元以上。",
                MARCH_2022, List.of(petro))).extracting(Metric::getSubject).containsOnlyNulls();
    }

    @Test
    void aSpanOfDaysIsOnePeriodAndAWholeMonthIsTheMonth() {
        Instant aug1 = Instant.parse("2021-08-01T04:00:00Z");
        assertThat(MetricExtractor.extract("快讯", "公司自6月8日至7月30日38个交易日下跌9.76%。", aug1, List.of()))
                .extracting(Metric::getPeriod).containsExactly("2021-06-08/2021-07-30");
        assertThat(MetricExtractor.extract("快讯", "仅7月27日至今，就有多地发放消费券，总额3000万元。", aug1, List.of()))
                .extracting(Metric::getPeriod).containsExactly("2021-07-27/2021-08-01");
        assertThat(MetricExtractor.extract("快讯", "7月1日-31日，全国电影票房达75.71亿元。", aug1, List.of()))
                .extracting(Metric::getPeriod).containsExactly("2021-07");
        // 迄今 like 至今, and a first day written without its 日.
        assertThat(MetricExtractor.extract("快讯", "截至今日收盘，该股7月19日迄今累计涨幅269%。", aug1, List.of()))
                .extracting(Metric::getPeriod).containsExactly("2021-07-19/2021-08-01");
        assertThat(MetricExtractor.extract("快讯", "（7月21-7月23日）期间共有123只个股获机构买入型评级。", aug1, List.of()))
                .extracting(Metric::getPeriod).containsExactly("2021-07-21/2021-07-23");
    }

    @Test
    void exchangeRatesTakeTheirUnitFromTheCurrencyPair() {
        assertThat(MetricExtractor.extract("快讯", "人民币兑美元中间价报6.6607，调升441个基点。", MARCH_2022, List.of()))
                .extracting(Metric::getKey, Metric::getValue, Metric::getUnit)
                .containsExactly(tuple("fx_rate", 6.6607, "CNY/USD"), tuple("fx_rate_change", 0.0441, "CNY/USD"));
        assertThat(MetricExtractor.extract("快讯", "在岸、离岸人民币对美元汇率分别最高触及6.3515、6.3512。", MARCH_2022, List.of()))
                .extracting(Metric::getValue, Metric::getUnit).containsExactly(tuple(6.3515, "CNY/USD"), tuple(6.3512, "CNY/USD"));
        assertThat(MetricExtractor.extract("快讯", "美元兑日元升至130.25。", MARCH_2022, List.of()))
                .extracting(Metric::getValue, Metric::getUnit).containsExactly(tuple(130.25, "JPY/USD"));
        // Without a pair a bare number is no figure; a rate with its own unit keeps it.
        assertThat(MetricExtractor.extract("快讯", "指数报6.6607。", MARCH_2022, List.of())).isEmpty();
    }

    @Test
    void aClauseThatMovesTheMeasuredThingToALevelKeepsItsLabel() {
        assertThat(MetricExtractor.extract("快讯", "其营收从2019年的17.34亿元，两年间跃升至2021年的68.17亿元。", MARCH_2022, List.of()))
                .extracting(Metric::getKey, Metric::getValue, Metric::getPeriod)
                .containsExactly(tuple("revenue", 1.734e9, "2019"), tuple("revenue", 6.817e9, "2021"));
    }

    @Test
    void aDayToComeAndATitlesPointInTimeDateNoFigure() {
        assertThat(MetricExtractor.extract("股票将进行网络拍卖", "6月9日，记者获悉，1330万股股票将于7月3日进行网络拍卖，起拍价1.209亿元。",
                AUG_2021, List.of())).extracting(Metric::getPeriod).containsOnly("2021-06-09");
        assertThat(MetricExtractor.extract("\"镁信健康\"完成C轮融资，今年底拟冲击上市", "本轮融资金额超20亿元。", AUG_2021, List.of()))
                .extracting(Metric::getPeriod).containsOnlyNulls();
    }

    @Test
    void aStockReferredBackToIsTheOneNamedLast() {
        Ticker nanwei = named("688029.SH", "南微医学");
        Ticker hehui = named("688538.SH", "和辉光电");
        assertThat(MetricExtractor.extract("南微医学：股价创新高", "南微医学股价创新高。\n\n和辉光电今日上市。该股早盘成交1027万手。",
                AUG_2021, List.of(nanwei, hehui))).extracting(Metric::getSubject).containsExactly("和辉光电");
        assertThat(MetricExtractor.extract("南微医学：股价创新高", "南微医学股价创新高。\n\n招商银行发布年报。该行不良贷款率为0.91%。",
                AUG_2021, List.of(nanwei, named("600036.SH", "招商银行")))).extracting(Metric::getSubject).containsExactly("招商银行");
        // Without 该股 the figure is the article's main company's.
        assertThat(MetricExtractor.extract("南微医学：股价创新高", "南微医学股价创新高。\n\n和辉光电今日上市。早盘成交1027万手。",
                AUG_2021, List.of(nanwei, hehui))).extracting(Metric::getSubject).containsExactly("南微医学");
    }

    @Test
    void aCompanyListedWithOthersUpToDengIsNotTheSubjectOfTheGroupsFigure() {
        Ticker country = named("02007.HK", "碧桂园");
        Ticker longfor = named("00960.HK", "龙湖集团");
        assertThat(MetricExtractor.extract("民企融资", "美的置业、碧桂园、滨江、金地等民营房企在银行间市场合计注册约410亿元债务融资工具。",
                AUG_2021, List.of(country, longfor))).extracting(Metric::getSubject).containsOnlyNulls();
        assertThat(MetricExtractor.extract("民企融资", "碧桂园等房企销售额下降。碧桂园销售额为300亿元。", AUG_2021, List.of(country)))
                .extracting(Metric::getSubject).containsExactly("碧桂园");
    }

    @Test
    void aCompanyNamedAsAPlatformOrANewsSourceIsNoSubject() {
        Ticker alibaba = named("09988.HK", "阿里");
        Ticker founder = named("601901.SH", "方正证券");
        assertThat(MetricExtractor.extract("方正证券股票拟网拍", "记者从阿里拍卖获悉，10.9亿股方正证券股票拟在阿里拍卖平台进行网络拍卖，市场价为98.62亿元。",
                AUG_2021, List.of(alibaba, founder))).extracting(Metric::getValue, Metric::getSubject)
                .containsExactly(tuple(1.09e9, "方正证券"), tuple(9.862e9, "方正证券")); // the title's company, then the one named last
        assertThat(MetricExtractor.extract("股票拟网拍", "记者从阿里拍卖获悉，10.9亿股股票拟拍卖。", AUG_2021, List.of(alibaba, founder)))
                .extracting(Metric::getSubject).containsOnlyNulls();
        assertThat(MetricExtractor.extract("豪宅拍卖", "豪宅在京东法拍上进行拍卖，3套房产当日全部成交。", AUG_2021, List.of(named("09618.HK", "京东"))))
                .extracting(Metric::getSubject).containsOnlyNulls();
        assertThat(MetricExtractor.extract("锂电材料报价上涨", "上海钢联发布数据显示，今日电解钴涨10000元/吨。", AUG_2021,
                List.of(named("300226.SZ", "上海钢联")))).extracting(Metric::getSubject).containsOnlyNulls();
        // The same company acting keeps its figures.
        assertThat(MetricExtractor.extract("阿里业绩", "阿里本季度营收2000亿元。", AUG_2021, List.of(alibaba)))
                .extracting(Metric::getSubject).containsExactly("阿里");
    }

    @Test
    void aTitleNamesItsCompanyByTheSharesItCountsByQuotingItOrAfterANickname() {
        assertThat(MetricExtractor.extract("11760万股泛海控股股票将进行网络拍卖", "上述标的被分成两个标的，每个标的的评估价1.64亿元。",
                AUG_2021, List.of())).extracting(Metric::getSubject).containsExactly("泛海控股");
        assertThat(MetricExtractor.extract("1330万股中路股份股票将进行网络拍卖", "起拍价合计1.2亿元。", AUG_2021, List.of()))
                .extracting(Metric::getSubject).containsExactly("中路股份");
        assertThat(MetricExtractor.extract("\"镁信健康\"完成超20亿元C轮融资", "本轮融资金额超20亿元。", AUG_2021, List.of()))
                .extracting(Metric::getSubject).containsExactly("镁信健康");
        assertThat(MetricExtractor.extract("\"AI第一股\"商汤集团暂缓上市", "公司拟发行15亿股。", AUG_2021, List.of()))
                .extracting(Metric::getSubject).containsExactly("商汤集团");
        assertThat(MetricExtractor.extract("\"动力电池第三极\"中创新航IPO", "公司拟募资15亿美元。", AUG_2021,
                List.of(named("03931.HK", "中创新航")))).extracting(Metric::getSubject, Metric::getSubjectSymbol)
                .containsExactly(tuple("中创新航", "03931.HK"));
        // A quoted nickname followed by no company is no company.
        assertThat(MetricExtractor.extract("\"大宗商品之王\"又发威", "铜价上涨3%。", AUG_2021, List.of()))
                .extracting(Metric::getSubject).containsOnlyNulls();
    }

    @Test
    void registeredNamesMakeCompaniesNoDictionaryKnowsUnderTheirShortNames() {
        // The registered name, without the region and the legal ending; later its part before the region.
        assertThat(MetricExtractor.extract("快讯", "据天眼查显示，3月2日，星河智联（深圳）科技有限公司成立，注册资本500万元。星河智联去年营收2亿元。",
                AUG_2021, List.of())).extracting(Metric::getSubject, Metric::getSubjectSymbol)
                .containsExactly(tuple("星河智联科技", null), tuple("星河智联科技", null));
        // A holder named after the company it holds (第一大股东…), a bracketed 集团 kept.
        assertThat(MetricExtractor.extract("快讯", "中路股份第一大股东长江（集团）有限公司持有的1200万股将被拍卖。", AUG_2021,
                List.of(named("600818.SH", "中路股份")))).extracting(Metric::getSubject).containsExactly("长江集团");
        // A related company (关联公司) is not part of the name after it.
        assertThat(MetricExtractor.extract("快讯", "新增腾讯关联公司林芝利创信息技术有限公司为股东（持股比例为20%）。", AUG_2021,
                List.of(named("00700.HK", "腾讯控股")))).extracting(Metric::getSubject).containsExactly("林芝利创信息技术");
        // The alias the article gives it.
        assertThat(MetricExtractor.extract("快讯", "宁波东方报业有限公司（以下简称“东方报业”）完成增资。此后东方报业注册资本增至3亿元。",
                AUG_2021, List.of())).extracting(Metric::getSubject).containsExactly("东方报业");
        // A particle inside a name is kept when what follows it is generic: 华为技术, not 技术.
        assertThat(MetricExtractor.extract("快讯", "当日，华为技术有限公司发布年报，营收6368亿元。", AUG_2021, List.of()))
                .extracting(Metric::getSubject).containsExactly("华为技术");
        // A listed company's registered name stays the listed company; a generic head is no name.
        assertThat(MetricExtractor.extract("快讯", "招商银行股份有限公司去年净利润1200亿元。", AUG_2021, List.of(named("600036.SH", "招商银行"))))
                .extracting(Metric::getSubject, Metric::getSubjectSymbol).containsExactly(tuple("招商银行", "600036.SH"));
        assertThat(MetricExtractor.extract("快讯", "一家有限公司注册资本100万元。", AUG_2021, List.of()))
                .extracting(Metric::getSubject).containsOnlyNulls();
    }

    @Test
    void latinNamesOpeningClausesAreCompaniesWhenTheTitleNamesThemOrTheyRecur() {
        assertThat(MetricExtractor.extract("新基金，ESR再联手GIC", "截至2020年末，ESR在中国管理的资产规模达67亿美元。",
                AUG_2021, List.of())).extracting(Metric::getSubject).containsExactly("ESR");
        assertThat(MetricExtractor.extract("快讯", "ECDP初期出资额为10亿美元。ECDP未来投资规模可达40亿美元。", AUG_2021, List.of()))
                .extracting(Metric::getSubject).containsExactly("ECDP", "ECDP");
        // Once, and not in the title: not enough to tell a name from a term.
        assertThat(MetricExtractor.extract("快讯", "ECDP初期出资额为10亿美元。", AUG_2021, List.of()))
                .extracting(Metric::getSubject).containsOnlyNulls();
        // Nor when the title names a company: a product of it opens clauses too.
        assertThat(MetricExtractor.extract("商汤集团首份年报", "SenseCore生产的模型数量达34000多个。SenseCore也让研发人效提高72%。",
                AUG_2021, List.of())).extracting(Metric::getSubject).containsOnly("商汤集团");
        // Terms, markets and data vendors written the same way are no names.
        assertThat(MetricExtractor.extract("GDP数据出炉", "GDP同比增长4.8%。LME铜涨2%，LME铝跌1%。", AUG_2021, List.of()))
                .extracting(Metric::getSubject).containsOnlyNulls();
    }

    @Test
    void aNameTheTitleWritesAndThreeClausesOpenWithIsTheArticlesSubject() {
        String body = "快狗打车表示，公司去年营收5亿元。\n快狗打车在招股书中披露，亏损2亿元。\n快狗打车的司机数量超过60万。";
        assertThat(MetricExtractor.extract("同城货运第一股来了：快狗打车4年烧掉28亿", body, AUG_2021, List.of()))
                .extracting(Metric::getSubject).containsOnly("快狗打车");
        // A clause may open with the name and a year or a figure, and 交付 is an actor's verb.
        assertThat(MetricExtractor.extract("12月合创汽车交付7000台", "12月，合创汽车交付7000台，同比增长200%。合创汽车2021年累计交付4万台。"
                        + "2021年，合创汽车的用户中，一线城市用户占比约30%。", AUG_2021, List.of()))
                .extracting(Metric::getSubject).containsOnly("合创汽车");
        // Twice is not enough: a topic word of the title opens a clause or two as well.
        assertThat(MetricExtractor.extract("各地消费券发放超34亿元", "消费券在多地发放，金额超34亿元。\n消费券的核销率达到60%。",
                AUG_2021, List.of())).extracting(Metric::getSubject).containsOnlyNulls();
    }

    @Test
    void aSubsidiaryOrAHolderNamedAfterItsRoleIsACompany() {
        assertThat(MetricExtractor.extract("快讯", "公司同日公告，全资子公司盘江普定拟投资50亿元建设发电机组。", AUG_2021,
                List.of(named("600395.SH", "盘江股份")))).extracting(Metric::getSubject).containsExactly("盘江普定");
        assertThat(MetricExtractor.extract("快讯", "方正证券第二大股东政泉控股持有的约10.90亿股公司股票将被拍卖。", AUG_2021,
                List.of(named("601901.SH", "方正证券")))).extracting(Metric::getSubject).containsExactly("政泉控股");
        // A role followed by a verb names nobody; 股东大会 is no holder; a holder not named for its holding is no subject.
        assertThat(MetricExtractor.extract("梅花生物：拟回购", "董事会通过了控股股东孟庆山提交的提案，拟回购不超过10亿元。", AUG_2021,
                List.of(named("600873.SH", "梅花生物")))).extracting(Metric::getSubject).containsExactly("梅花生物");
        assertThat(MetricExtractor.extract("ST摩登：股票异常波动", "公司控股股东被动减持50.96万股股票。股东大会审议通过分红3亿元。", AUG_2021,
                List.of(named("002656.SZ", "*ST摩登")), Map.of("002656.SZ", List.of("ST摩登")))).extracting(Metric::getSubject)
                .containsOnly("*ST摩登");
    }

    @Test
    void groupsAndConvertibleBondsNoDictionaryKnowsAreSubjectsByTheirNames() {
        assertThat(MetricExtractor.extract("原煤产量前十企业", "具体情况为：国家能源集团41287万吨，同比增长4.6%；晋能控股集团28492万吨。",
                AUG_2021, List.of())).extracting(Metric::getSubject, Metric::getSubjectSymbol)
                .containsExactly(tuple("国家能源集团", null), tuple("国家能源集团", null), tuple("晋能控股集团", null));
        assertThat(MetricExtractor.extract("早间盘点", "截至9:50，盘龙转债涨9.29%。", AUG_2021, List.of()))
                .extracting(Metric::getSubject).containsExactly("盘龙转债");
        // Generic heads are no names: 大型企业集团, 可转债.
        assertThat(MetricExtractor.extract("快讯", "大型企业集团营收增长5%，可转债指数涨1%，预期本集团收入增长3%。", AUG_2021, List.of()))
                .extracting(Metric::getSubject).containsOnlyNulls();
    }

    @Test
    void aYearsInterimIsItsFirstHalfButMediumTermIsNoPeriod() {
        assertThat(MetricExtractor.extract("快讯", "公司2021年中期分红金额达到720.26亿元。", MARCH_2022, List.of()))
                .extracting(Metric::getPeriod).containsExactly("2021H1");
        assertThat(MetricExtractor.extract("快讯", "央行开展中期借贷便利操作2000亿元。", MARCH_2022, List.of()))
                .extracting(Metric::getPeriod).doesNotContain("2022H1", "2021H1");
    }

    @Test
    void theComparisonWordNearestTheFigureSetsItsBase() {
        assertThat(MetricExtractor.extract("快讯", "10月太阳能组件出口190.9亿元，同比增长47.9%，环比增长9%。", MARCH_2022, List.of()))
                .extracting(Metric::getKey, Metric::getValue)
                .contains(tuple("exports_yoy", 0.479), tuple("exports_qoq", 0.09));
        // A base stated by its year is neither year on year nor month on month.
        assertThat(MetricExtractor.extract("快讯", "出口2.09万亿元，同比增长16.6%，环比增长7.6%，比2019年同期增长33.4%。", MARCH_2022, List.of()))
                .extracting(Metric::getKey, Metric::getValue)
                .contains(tuple("exports_yoy", 0.166), tuple("exports_qoq", 0.076), tuple("exports_change", 0.334));
    }

    @Test
    void aTitlesMonthOrQuarterDatesFiguresThatNameNoPeriodButNotItsYearAlone() {
        LocalDate may31 = LocalDate.of(2022, 5, 31);
        Instant published = may31.atStartOfDay(java.time.ZoneOffset.ofHours(8)).toInstant();
        assertThat(MetricExtractor.extract("国家统计局：5月制造业PMI为49.6%", "从企业规模看，大型企业PMI为51.0%。", published, List.of()))
                .extracting(Metric::getPeriod).containsOnly("2022-05");
        assertThat(MetricExtractor.extract("1-2月中国外贸增长13.3%", "机电产品出口2.02万亿元。", published, List.of()))
                .extracting(Metric::getPeriod).containsOnly("2022-01/2022-02");
        assertThat(MetricExtractor.extract("高盛：2022年目标价上调", "共发布研报7份。", published, List.of()))
                .extracting(Metric::getPeriod).containsOnly((String) null);
    }

    @Test
    void theMostMentionedTickerIsTheMainSubjectOnlyWhenTheTitleNamesIt() {
        List<Ticker> tickers = List.of(new Ticker("INTC.US", "INTC", "US", null, "英特尔", List.of("name"), 3));
        assertThat(MetricExtractor.extract("医保新政：连续参保有激励", "大病保险最高支付限额提高至少1000元。", MARCH_2022, tickers))
                .extracting(Metric::getSubject).containsOnly((String) null);
        assertThat(MetricExtractor.extract("英特尔发布新品", "售价至少1000元。", MARCH_2022, tickers))
                .extracting(Metric::getSubject).containsOnly("英特尔");
    }

    @Test
    void theHighestPriceIsALevelNotAComparison() {
        assertThat(metrics("比特币盘中最高69000美元。")).extracting(Metric::getKey).noneMatch(k -> k.endsWith("_change"));
        assertThat(metrics("营收增速比去年同期高出0.5个百分点。")).extracting(Metric::getValue).containsExactly(0.005);
    }

    @Test
    void theSubjectIsTheCompanyNamedLastElseTheTitlesCompany() {
        Ticker tianfeng = new Ticker("601162.SH", "601162", "SH", null, "天风证券", List.of("link"), 2);
        List<Metric> m = MetricExtractor.extract("有色一哥入局期货业", "天风证券持股比例62.94%。紫金矿业总市值2685亿元。净利润3亿元。",
                MARCH_2022, List.of(tianfeng));
        assertThat(m).extracting(Metric::getKey, Metric::getSubject, Metric::getSubjectSymbol)
                .containsExactly(tuple("stake", "天风证券", "601162.SH"), tuple("market_cap", "天风证券", "601162.SH"),
                        tuple("net_profit", "天风证券", "601162.SH"));
        Ticker sensetime = new Ticker("00020.HK", "00020", "HK", null, null, List.of("widget"), 1);
        assertThat(MetricExtractor.extract("商汤集团首份年报：去年营收同比增三成", "毛利率69.7%。", MARCH_2022, List.of(sensetime)))
                .as("the title's figure stays: the body does not state it")
                .extracting(Metric::getKey, Metric::getValue, Metric::getSubject, Metric::getSubjectSymbol, Metric::getPeriod, Metric::getOffset)
                .containsExactly(tuple("gross_margin", 0.697, "商汤集团", "00020.HK", "2021", 0),
                        tuple("revenue_yoy", 0.3, "商汤集团", "00020.HK", "2021", null));
    }

    @Test
    void aPartnershipHolderIsACompanyByTheFormOfItsRegisteredName() {
        assertThat(MetricExtractor.extract("东岳硅材：股东减持", "公司接到持股5%以上股东淄博晓希企业管理合伙企业（有限合伙）通知，"
                + "其解除质押8500万股，占公司总股本比例7.08%。淄博晓希计划减持不超过3600万股。", AUG_2021,
                List.of(named("300821.SZ", "东岳硅材"))))
                .as("持股5%以上股东 names a class of holders, not a holding")
                .extracting(Metric::getText, Metric::getSubject)
                .containsExactly(tuple("8500万股", "淄博晓希"), tuple("7.08%", "淄博晓希"), tuple("不超过3600万股", "淄博晓希"));
    }

    @Test
    void aBrokerGivingARatingOrAStakeSoldIsNoSubject() {
        assertThat(MetricExtractor.extract("研报", "安恒信息获天风证券“买入”评级，目标价332.49元。", AUG_2021,
                List.of(named("688023.SH", "安恒信息"), named("601162.SH", "天风证券"))))
                .extracting(Metric::getKey, Metric::getSubject).containsExactly(tuple("target_price", "安恒信息"));
        assertThat(MetricExtractor.extract("腾讯年报", "2021年腾讯扣除掉卖京东股份的收益，同比仅增1%。", AUG_2021,
                List.of(named("00700.HK", "腾讯"), named("09618.HK", "京东"))))
                .extracting(Metric::getSubject).containsExactly("腾讯");
    }

    @Test
    void ranksInBracketsAreNoFiguresBoxOfficeIsMoneyAndCountsAreNeverNegative() {
        assertThat(MetricExtractor.extract("财富500强", "上榜券商分别是中信证券（211名）、海通证券（282名）。", AUG_2021, List.of())).isEmpty();
        assertThat(MetricExtractor.extract("票房", "《长津湖》贡献票房37.11亿，位列年度票房榜第三名。", AUG_2021, List.of()))
                .extracting(Metric::getValue, Metric::getUnit).containsExactly(tuple(3.711e9, "CNY"));
        assertThat(MetricExtractor.extract("资金流向", "主力资金净流出的有6只。", AUG_2021, List.of()))
                .extracting(Metric::getValue, Metric::getUnit).containsExactly(tuple(6.0, "count"));
    }

    @Test
    void roundAmountsOfMoneyYearlyCapacitiesPaperLossesAndEstimatedContractSizes() {
        assertThat(MetricExtractor.extract("融资", "魔视智能宣布已完成数亿元B轮融资。瞰瞰智能宣布完成近亿元人民币A轮融资。公司签订超亿元订单。",
                AUG_2021, List.of()))
                .extracting(Metric::getText, Metric::getValue, Metric::getUnit, Metric::getQualifier)
                .containsExactly(tuple("数亿元", 1e8, "CNY", "gt"), tuple("近亿元", 1e8, "CNY", "approx"), tuple("超亿元", 1e8, "CNY", "gt"));
        assertThat(MetricExtractor.extract("扩产", "公司计划投资扩建年产5万吨磷酸铁锂项目，其中一期项目年产3万吨。", AUG_2021, List.of()))
                .extracting(Metric::getKey, Metric::getValue, Metric::getUnit)
                .containsExactly(tuple("other", 50000.0, "t/yr"), tuple("other", 30000.0, "t/yr"));
        assertThat(MetricExtractor.extract("跟投", "券商跟投浮亏共计8.94亿元。", AUG_2021, List.of()))
                .extracting(Metric::getKey, Metric::getValue).containsExactly(tuple("unrealized_gain", -8.94e8));
        assertThat(MetricExtractor.extract("合同", "预估协议总金额约为人民币4亿元（含税）。", AUG_2021, List.of()))
                .extracting(Metric::getValue, Metric::getUnit).containsExactly(tuple(4e8, "CNY"));
        assertThat(MetricExtractor.extract("数据", "美国5月CPI同比上涨8.6%，预期升8.3%。", AUG_2021, List.of()))
                .as("a forecast slot beside a figure is still no figure").extracting(Metric::getValue).containsExactly(0.086);
    }

    @Test
    void aTermJoinedByDeAfterTheFigureLabelsIt() {
        assertThat(MetricExtractor.extract("业绩", "公司去年实现了47亿元的营业收入，同比增长36%。", AUG_2021, List.of()))
                .extracting(Metric::getKey, Metric::getValue).containsExactly(tuple("revenue", 4.7e9), tuple("revenue_yoy", 0.36));
        assertThat(MetricExtractor.extract("融资", "虎头局完成近5000万美元的A 轮融资。特斯拉逾1万亿美元的市值。", AUG_2021, List.of()))
                .extracting(Metric::getKey).containsExactly("fundraising", "market_cap");
        assertThat(MetricExtractor.extract("现金流", "筹资活动产生的现金流量净额为34.64亿元，投资活动现金流为-5亿元。", AUG_2021, List.of()))
                .extracting(Metric::getKey).containsExactly("financing_cash_flow", "investing_cash_flow");
        assertThat(MetricExtractor.extract("股权", "公司以3亿元的代价完成收购。", AUG_2021, List.of()))
                .as("的 before a word outside the vocabulary names nothing").extracting(Metric::getKey).containsExactly("other");
    }

    @Test
    void aCompanyNamedSinceTheFigureBeforeIsTheSubjectEvenWhereTheLabelCarriesOver() {
        assertThat(MetricExtractor.extract("券商跟投", "券商跟投浮亏共计8.94亿元，其中，中金公司浮亏最多，达到2.2亿元，海通证券浮亏1.5亿元。", AUG_2021,
                List.of(named("601995.SH", "中金公司"), named("600837.SH", "海通证券"))))
                .extracting(Metric::getValue, Metric::getSubject)
                .containsExactly(tuple(-8.94e8, null), tuple(-2.2e8, "中金公司"), tuple(-1.5e8, "海通证券"));
    }

    @Test
    void ratesOfChangeAfterTheirBaseSignedListsAndAnalystsPoints() {
        assertThat(MetricExtractor.extract("楼市", "成交面积环比下降4%，同比跌幅为32%，较2019年同期下降19%，同比降幅则扩大至37.6%。", AUG_2021, List.of()))
                .as("跌幅 after 同比 is the measured thing's decline, not a price move")
                .extracting(Metric::getKey, Metric::getValue)
                .containsExactly(tuple("other_qoq", -0.04), tuple("other_yoy", -0.32), tuple("other_change", -0.19), tuple("other_yoy", -0.376));
        assertThat(MetricExtractor.extract("金属", "表观消费量同比分别-6.17%、-3.26%，开工率环比涨跌分别为-7.90pcts、3.88pcts；利差为10bp。", AUG_2021, List.of()))
                .extracting(Metric::getKey, Metric::getValue, Metric::getUnit)
                .containsExactly(tuple("other_yoy", -0.0617, "ratio"), tuple("other_yoy", -0.0326, "ratio"),
                        tuple("other_qoq", -0.079, "pct_point"), tuple("other_qoq", 0.0388, "pct_point"), tuple("other", 0.001, "pct_point"));
        assertThat(MetricExtractor.extract("行情", "板块涨跌幅为-2.3%，余者同比跌幅均在20%以上。", AUG_2021, List.of()))
                .extracting(Metric::getValue).containsExactly(-0.023, -0.2);
        assertThat(MetricExtractor.extract("持股", "股份来源为已回购的A股普通股股票，合计不超过304.87万股，约占当前公司总股本的0.2508%。", AUG_2021, List.of()))
                .extracting(Metric::getKey).containsExactly("other", "share");
        assertThat(MetricExtractor.extract("消费", "中等收入群体人口超4亿，人均GDP已突破1万美元。", AUG_2021, List.of()))
                .as("people are counted, whatever currency the sentence names")
                .extracting(Metric::getKey, Metric::getUnit).containsExactly(tuple("other", "count"), tuple("gdp", "USD"));
    }

    @Test
    void anAliasNamesTheCompanyAFoundingYearDatesNoFigureAndABondGoesByItsShortName() {
        assertThat(MetricExtractor.extract("国资", "今年1月份，北京市国有资产经营有限责任公司（以下简称“北京国资公司”）营业收入6.67亿元，同比增长11.57%。",
                AUG_2021, List.of()))
                .extracting(Metric::getSubject).containsExactly("北京国资公司", "北京国资公司");
        assertThat(MetricExtractor.extract("并购", "广和通（300638.SZ）购买子公司深圳市锐凌无线技术有限公司（下简称锐凌无线）51%股权。",
                AUG_2021, List.of(named("300638.SZ", "广和通"))))
                .as("the company bought is the other party: the stake is the buyer's").extracting(Metric::getSubject).containsExactly("广和通");
        assertThat(MetricExtractor.extract("员工持股", "这是迈瑞医疗自2018年上市以来推出的首个员工持股计划，拟将价值约10亿元的股票用于员工持股计划。",
                AUG_2021, List.of(named("300760.SZ", "迈瑞医疗"))))
                .as("the year it listed is no period of the plan").extracting(Metric::getValue, Metric::getPeriod)
                .containsExactly(tuple(1e9, null));
        assertThat(MetricExtractor.extract("债券", "16富力04(136360)停牌前下跌22.67%。", AUG_2021, List.of()))
                .extracting(Metric::getSubject).containsExactly("16富力04");
    }

    @Test
    void aBoundAfterTheCountItDefinesIsNoFigure() {
        assertThat(MetricExtractor.extract("券商", "6家券商支出超5000万元，其中19只融资净买入额超1亿元。", AUG_2021, List.of()))
                .extracting(Metric::getValue, Metric::getUnit).containsExactly(tuple(6.0, "count"), tuple(19.0, "count"));
        assertThat(MetricExtractor.extract("券商", "3家券商合计支出超5000万元。共有107家公司获20家以上机构调研。", AUG_2021, List.of()))
                .as("a total and a count of something else stay figures")
                .extracting(Metric::getValue).containsExactly(3.0, 5e7, 107.0, 20.0);
    }

    @Test
    void cashPerTenSharesIsADividend() {
        assertThat(MetricExtractor.extract("分红", "公司拟每10股派5元（含税）。义翘神州公布10转增9派100元（含税）的分配方案。", AUG_2021, List.of()))
                .extracting(Metric::getKey, Metric::getValue).containsExactly(tuple("dividend", 5.0), tuple("dividend", 100.0));
    }

    @Test
    void financialFirmsListedForSeparateFiguresAreTheirSubjects() {
        assertThat(MetricExtractor.extract("基金", "具体来看，广发基金、天弘基金、富国基金实现的年度盈利分别为352.82亿元、327.39亿元、301.92亿元。",
                AUG_2021, List.of())).extracting(Metric::getSubject).containsExactly("广发基金", "天弘基金", "富国基金");
        assertThat(MetricExtractor.extract("基金", "公募基金、私募基金规模分别为25万亿元、20万亿元。", AUG_2021, List.of()))
                .as("kinds of funds are no firms").extracting(Metric::getSubject).containsOnlyNulls();
    }

    @Test
    void goodsOrderedKeepTheirKeyFullWidthSlashesAndBatteryCharge() {
        assertThat(MetricExtractor.extract("交付", "广汽埃安订单超两万辆；出口5997万台。", AUG_2021, List.of()))
                .extracting(Metric::getKey, Metric::getValue, Metric::getUnit)
                .containsExactly(tuple("orders", 20000.0, "count"), tuple("exports", 5.997e7, "count"));
        assertThat(MetricExtractor.extract("电价", "投标价格仅为0．1476元／千瓦时。采购磷酸铁锂电池9.23亿Ah。", AUG_2021, List.of()))
                .extracting(Metric::getValue, Metric::getUnit).containsExactly(tuple(0.1476, "CNY/kWh"), tuple(9.23e8, "Ah"));
    }

    @Test
    void theEndOfAQuarterIsItsLastDay() {
        assertThat(MetricExtractor.extract("规模", "截至2021年第三季度，1药网覆盖超35万家药店。一季度末，贷款余额为5万亿元。上半年末，资产为5亿元。",
                AUG_2021, List.of())).extracting(Metric::getPeriod).containsExactly("2021-09-30", "2021-03-31", "2021-06-30");
        assertThat(MetricExtractor.extract("业绩", "三季度营收5亿元。", AUG_2021, List.of()))
                .as("the quarter itself stays a quarter").extracting(Metric::getPeriod).containsExactly("2021Q3");
    }

    @Test
    void aFigureOfThePresentTakesNoPeriodFromTheParagraph() {
        assertThat(MetricExtractor.extract("军工", "2021年军工板块营收增长20%。截止目前，军工指数的PE分位数为42.19%。", AUG_2021, List.of()))
                .extracting(Metric::getPeriod).containsExactly("2021", null);
        assertThat(MetricExtractor.extract("分红", "去年分红总额创新高。目前已有99家上市公司发布2021年中期利润分配方案。", AUG_2021, List.of()))
                .as("in a sentence that names a period, 目前 does not undate: the count keeps the paragraph's period")
                .extracting(Metric::getPeriod).containsExactly("2020");
    }

    @Test
    void theClientOfATenderIsTheOtherParty() {
        assertThat(MetricExtractor.extract("中天科技中标", "该项目的招标单位为中广核风电有限公司，公司中标金额约8.16亿元。", AUG_2021,
                List.of(named("600522.SH", "中天科技")))).extracting(Metric::getSubject).containsExactly("中天科技");
    }

    @Test
    void reviewedEdgesOfThisRoundsRules() {
        assertThat(MetricExtractor.extract("基金", "数据显示，目前广发基金、天弘基金的年度盈利分别为352.82亿元、327.39亿元。", AUG_2021, List.of()))
                .as("the word a list's first name runs into is not part of it").extracting(Metric::getSubject)
                .containsExactly("广发基金", "天弘基金");
        assertThat(MetricExtractor.extract("收购", "浙江某某科技有限公司（以下简称“目标公司”）。国家能源集团拟收购其股权，目标公司2021年营业收入5亿元。",
                AUG_2021, List.of())).as("a role's alias still points back to its company").extracting(Metric::getSubject)
                .containsExactly("浙江某某科技");
        assertThat(MetricExtractor.extract("减持", "股东累计减持300万股套现超1亿元。", AUG_2021, List.of()))
                .as("300万股 counts shares, not a group of stocks: the amount is a figure").extracting(Metric::getValue)
                .containsExactly(3e6, 1e8);
        assertThat(MetricExtractor.extract("消费", "中等收入群体人口超4亿，投资规模较大。", AUG_2021, List.of()))
                .extracting(Metric::getUnit).containsExactly("count");
        assertThat(MetricExtractor.extract("分红", "10送3转增7派1元。每10股送红股3股派2元。", AUG_2021, List.of()))
                .extracting(Metric::getKey, Metric::getValue).contains(tuple("dividend", 1.0), tuple("dividend", 2.0));
        assertThat(MetricExtractor.extract("规模", "前三季度末，资产为5亿元。截至前三季度，营收为3亿元。", AUG_2021, List.of()))
                .extracting(Metric::getPeriod).containsExactly("2021-09-30", "2021Q1-Q3");
    }

    @Test
    void figuresHandedOutOverYearsTakeOneYearEach() {
        assertThat(MetricExtractor.extract("微博", "其2017年－2021年的年营收分别为11.5亿美元、17.19亿美元、17.67亿美元、16.9亿美元、22.57亿美元。",
                AUG_2021, List.of())).extracting(Metric::getPeriod).containsExactly("2017", "2018", "2019", "2020", "2021");
        assertThat(MetricExtractor.extract("瑞幸", "2020年、2019年和2018年，瑞幸咖啡的净亏损分别为56.03亿元、31.61亿元和16.19亿元。", AUG_2021,
                List.of())).extracting(Metric::getPeriod).containsExactly("2020", "2019", "2018");
        assertThat(MetricExtractor.extract("营收", "2018年-2020年，公司营收分别为18.5亿元、30.3亿元。", AUG_2021, List.of()))
                .as("two figures for three years: no year is guessed").extracting(Metric::getPeriod).containsOnly("2020");
        // a list or span may end in a part of a year, written with or without 年
        assertThat(MetricExtractor.extract("耐看娱乐", "2019年、2020年及2021前三季度，耐看娱乐的收益分别为1.35亿元、2.60亿元和2.62亿元。", AUG_2021,
                List.of())).extracting(Metric::getPeriod).containsExactly("2019", "2020", "2021Q1-Q3");
        assertThat(MetricExtractor.extract("电池", "2019年~2021上半年，动力电池销售单价分别为0.96元/Wh、0.89元/Wh和0.79元/Wh。", AUG_2021,
                List.of())).extracting(Metric::getPeriod, Metric::getUnit)
                .containsExactly(tuple("2019", "CNY/Wh"), tuple("2020", "CNY/Wh"), tuple("2021H1", "CNY/Wh"));
    }

    @Test
    void aYearWrittenWithoutItsCharacterBeforeAPartOfItIsAPeriod() {
        assertThat(MetricExtractor.extract("AMD", "2021全年，AMD实现营收164.34亿美元。2022一季度营收为58.87亿美元，2021Q3营收43亿美元。", AUG_2021,
                List.of())).extracting(Metric::getPeriod).containsExactly("2021", "2022Q1", "2021Q3");
        assertThat(MetricExtractor.extract("AMD", "员工2021人，营收增长5%。", AUG_2021, List.of()))
                .as("a number of four digits alone is no year").extracting(Metric::getPeriod).containsOnlyNulls();
    }

    @Test
    void fundHousesBrokersAndBanksNoDictionaryListsAreNamedByTheirKind() {
        assertThat(MetricExtractor.extract("自购", "景顺长城基金今日晚间公告称，将以固有资金1亿元申购旗下基金。", AUG_2021, List.of()))
                .extracting(Metric::getSubject).containsExactly("景顺长城基金");
        assertThat(MetricExtractor.extract("券商", "安信证券相关负责人表示，公司去年投入2亿元。", AUG_2021, List.of()))
                .extracting(Metric::getSubject).containsExactly("安信证券");
        assertThat(MetricExtractor.extract("规模", "公募基金规模达到25万亿元，商业银行理财规模29万亿元。", AUG_2021, List.of()))
                .as("kinds of firms and funds name no firm").extracting(Metric::getSubject).containsOnly((String) null);
        assertThat(MetricExtractor.extract("年报", "据证券时报统计，持有基金42.5亿元，净买入招商银行3亿元。", AUG_2021, List.of()))
                .as("a newspaper, and a verb before a bank's name, are no firm's name").extracting(Metric::getSubject)
                .containsOnly((String) null);
        assertThat(MetricExtractor.extract("自购", "易方达基金、广发基金等8家公司自购金额均在1亿以上。", AUG_2021, List.of()))
                .as("firms listed together are a group").extracting(Metric::getSubject).containsOnly((String) null);
    }

    @Test
    void aRegisteredNameStartsAfterWhatTheMoneyIsFor() {
        assertThat(MetricExtractor.extract("可转债", "其中，7亿元用于晶科光伏制造有限公司年产8GW高自动化光伏组件生产线项目。", AUG_2021, List.of()))
                .as("the plant's capacity is the subsidiary's, named without the amount and verb before it")
                .extracting(Metric::getSubject).containsExactly(null, "晶科光伏制造");
    }

    @Test
    void carsSoldOverMonthsWrittenWithFullWidthMarks() {
        assertThat(MetricExtractor.extract("比亚迪", "至此，今年1－10月比亚迪累计销售新车542，679辆，累计同比增长71．35％。",
                Instant.parse("2021-11-04T04:00:00Z"), List.of(named("002594.SZ", "比亚迪"))))
                .extracting(Metric::getKey, Metric::getValue, Metric::getPeriod, Metric::getSubject)
                .containsExactly(tuple("sales_volume", 542679.0, "2021-01/2021-10", "比亚迪"),
                        tuple("sales_volume_yoy", 0.7135, "2021-01/2021-10", "比亚迪"));
        assertThat(metrics("交易量4.43亿手，同比下降25.10%；")).extracting(Metric::getKey)
                .containsExactly("trade_volume", "trade_volume_yoy");
        assertThat(metrics("前十位企业共销售819万辆，占汽车销售总量的85.7%。")).extracting(Metric::getKey)
                .containsExactly("sales_volume", "share");
    }

    @Test
    void firmsCountedForTheFigureAfterThemAreAGroup() {
        assertThat(MetricExtractor.extract("车企", "特斯拉发布财报。10家跨国车企中有9家销量出现下滑，其中5家营收利润双增长。", AUG_2021,
                List.of(named("TSLA.US", "特斯拉")))).extracting(Metric::getSubject).containsOnly((String) null);
    }

    @Test
    void periodsWrittenWithSpacesBetweenDigitsAndIdeographs() {
        assertThat(MetricExtractor.extract("驱动电机", "2021 年 10 月新能源汽车配套驱动电机装机数量达 328,272 台，同比增长 117.9%。",
                Instant.parse("2021-11-20T04:00:00Z"), List.of())).extracting(Metric::getPeriod).containsExactly("2021-10", "2021-10");
        assertThat(MetricExtractor.extract("中标", "根据平台于 2022 年 02 月 11 日发布的中标候选人公示，中标金额为 12.29 亿元。", MARCH_2022,
                List.of())).extracting(Metric::getPeriod).containsExactly("2022-02-11");
    }

    @Test
    void aClauseTellingWhenSomethingBeganDatesNothingAfterIt() {
        assertThat(MetricExtractor.extract("教育", "这家初创公司产品正式于 2020 年推出，迄今为止拥有超过 240 万用户。", MARCH_2022, List.of()))
                .extracting(Metric::getPeriod).containsOnly((String) null);
    }

    @Test
    void anAssociationNamedAfterACompanyIsNotTheCompany() {
        assertThat(MetricExtractor.extract("黄金", "据中国黄金协会网站消息，2021年国内原料黄金产量为328.98吨。", MARCH_2022,
                List.of(named("600916.SH", "中国黄金")))).extracting(Metric::getSubject).containsOnly((String) null);
    }

    @Test
    void aTitlesIndustryBeforeItsCompanyIsNoCompany() {
        assertThat(Subjects.titleCompany("金融科技独角兽Pleo获15亿美元融资", List.of())).isNull();
    }

    @Test
    void reviewedEdgesOfFirmNamesAndSpacedPeriods() {
        assertThat(MetricExtractor.extract("基金", "其中华夏基金今年盈利50亿元。", AUG_2021, List.of()))
                .as("a clause's opening word is cut off the name").extracting(Metric::getSubject).containsExactly("华夏基金");
        assertThat(MetricExtractor.extract("银行", "公司拟收购恒丰银行5%股权，金额为20亿元。", AUG_2021, List.of()))
                .as("a deal's verb is cut off the name").extracting(Metric::getSubject).doesNotContain("收购恒丰银行");
        assertThat(MetricExtractor.extract("基金", "南方基金今年管理规模增长20%。上海银行去年营收500亿元。万家基金规模超过3000亿元。",
                AUG_2021, List.of())).as("names holding 方, 上 or 万 are names").extracting(Metric::getSubject)
                .containsExactly("南方基金", "上海银行", "万家基金");
        assertThat(MetricExtractor.extract("基金", "易方达基金和广发基金的年度盈利均超过300亿元。", AUG_2021, List.of()))
                .as("firms joined by 和 are a group too").extracting(Metric::getSubject).containsOnly((String) null);
        assertThat(MetricExtractor.extract("黄金", "2021 年原料黄金产量比 2020 年增长 5%。", MARCH_2022, List.of()))
                .as("a spaced year after 比 is the base, not the period").extracting(Metric::getPeriod).containsOnly("2021");
        assertThat(MetricExtractor.extract("拍卖", "公司股票将于 7 月 3 日进行网络拍卖，起拍价 5 亿元。", MARCH_2022, List.of()))
                .as("a spaced day to come dates nothing").extracting(Metric::getPeriod).containsOnly((String) null);
        assertThat(MetricExtractor.extract("车企", "有8家跨国上市车企实现盈利。", AUG_2021, List.of(named("TSLA.US", "特斯拉"))))
                .extracting(Metric::getSubject).containsOnly((String) null);
    }

    @Test
    void aFiscalQuarterEndingOnADayIsNeitherTheDayNorACalendarQuarter() {
        assertThat(MetricExtractor.extract("英特尔", "英特尔今日发布了截至 7 月 2 日的第二财季报告，当季收入为 153 亿美元，同比下降 22%。",
                Instant.parse("2022-07-29T04:00:00Z"), List.of())).extracting(Metric::getPeriod).containsOnly((String) null);
        assertThat(MetricExtractor.extract("NVIDIA", "截至2021年8月1日的第二季度收入创下65.1亿美元的纪录。",
                Instant.parse("2021-08-20T04:00:00Z"), List.of())).extracting(Metric::getPeriod).containsOnly((String) null);
        assertThat(MetricExtractor.extract("资产", "截至2021年9月30日，公司总资产为100亿元。", Instant.parse("2021-10-20T04:00:00Z"),
                List.of())).as("a day that ends no fiscal period stays").extracting(Metric::getPeriod).containsExactly("2021-09-30");
        assertThat(MetricExtractor.extract("百度财报", "截至2021年9月30日的第三季度，百度营收为319亿元。", Instant.parse("2021-11-20T04:00:00Z"),
                List.of())).as("a calendar quarter's end is the calendar quarter").extracting(Metric::getPeriod).containsExactly("2021Q3");
        assertThat(MetricExtractor.extract("NVIDIA第二季度收入创纪录", "截至2021年8月1日的第二季度收入创下65.1亿美元的纪录。",
                Instant.parse("2021-08-20T04:00:00Z"), List.of())).as("nor does the title's quarter date a fiscal one")
                .extracting(Metric::getPeriod).containsOnly((String) null);
    }

    @Test
    void quarterAndYearChangesWrittenTheTaiwanWayAndMarketShares() {
        assertThat(metrics("营业利益为 383 亿韩元，季减 91.95%、年减 92.67%。"))
                .extracting(Metric::getKey, Metric::getValue)
                .containsExactly(tuple("operating_profit", 3.83e10), tuple("operating_profit_qoq", -0.9195), tuple("operating_profit_yoy", -0.9267));
        assertThat(metrics("苹果在中国市场依然表现强劲，市场份额超过 20%；")).extracting(Metric::getKey, Metric::getText)
                .containsExactly(tuple("share", "市场份额超过 20%"));
    }

    @Test
    void aCompanyInLatinLettersOpeningTheTitleIsTheArticlesSubject() {
        assertThat(Subjects.titleLatinName("LG Display 不敌京东方等中国竞争对手，Q1 利润暴跌 93%", "LG Display 公布财报。"))
                .isEqualTo("LG Display");
        assertThat(Subjects.titleLatinName("NVIDIA三大业务收入创纪录", "NVIDIA公布财报。")).isEqualTo("NVIDIA");
        assertThat(Subjects.titleLatinName("GDP增速回升", "GDP增长5%。")).isNull();
        assertThat(Subjects.titleLatinName("A股三大指数收涨", "A股收涨。")).isNull();
        assertThat(Subjects.titleLatinName("Q3全球手机出货量下滑", "Q3出货量下滑。")).as("digits make no name").isNull();
        assertThat(Subjects.titleLatinName("AMD和英特尔同日发布财报", "AMD营收增长。")).as("the first of a list").isNull();
        assertThat(Subjects.titleLatinName("Meta元宇宙部门亏损", "Metaverse投入加大。")).as("written again only inside a word").isNull();
        assertThat(MetricExtractor.extract("NVIDIA三大业务收入创纪录", "NVIDIA公布财报。其中，游戏收入创下30.6亿美元的纪录。", AUG_2021,
                List.of())).extracting(Metric::getSubject).containsExactly("NVIDIA");
    }

    @Test
    void aMarketResearcherIsTheSourceOfFiguresNotTheirSubject() {
        assertThat(MetricExtractor.extract("上半年全球电动车销量", "Canalys 称，全球新能源汽车销售量总计为 260 万辆。Canalys 预计全年销量达 600 万辆。",
                AUG_2021, List.of())).extracting(Metric::getSubject).containsOnly((String) null);
    }

    @Test
    void aLevelAfterAShareIsNoShareAndANamedQuartersGrowthIsNoQuarterOverQuarter() {
        assertThat(metrics("该月宁德时代市占率为34%，不过装机量环比下滑16%至8.9GWh；")).extracting(Metric::getKey)
                .containsExactly("share", "other_qoq", "other");
        assertThat(metrics("迪士尼+订阅用户第四财季增210万。")).extracting(Metric::getKey).containsExactly("other_change");
        assertThat(metrics("营收较上季增5%。")).extracting(Metric::getKey).containsExactly("revenue_qoq");
        assertThat(metrics("营收比上年增减-3.21%。")).as("增减 keeps the written sign").extracting(Metric::getValue).containsExactly(-0.0321);
    }

    @Test
    void askingPricesTheirConversionsAndModelSpecifications() {
        assertThat(metrics("比亚迪唐EV在当地售价为599900挪威克朗（约合44万元人民币）。"))
                .extracting(Metric::getKey, Metric::getValue, Metric::getUnit)
                .containsExactly(tuple("price", 599900.0, "NOK"), tuple("price", 440000.0, "CNY"));
        assertThat(metrics("整车购买75kWh电池车型补贴前售价32.8万元。")).as("the battery names the model: no figure")
                .extracting(Metric::getKey, Metric::getValue).containsExactly(tuple("price", 328000.0));
    }

    @Test
    void aScopeOpeningTheClauseMakesTheFigureTheMarketsNotTheTitlesCompany() {
        List<Ticker> gold = List.of(named("600916.SH", "中国黄金"));
        assertThat(MetricExtractor.extract("中国黄金发布公告", "中国黄金发布公告。2021年，国内原料黄金产量为328.98吨。", MARCH_2022, gold))
                .extracting(Metric::getSubject).containsOnly((String) null);
        assertThat(MetricExtractor.extract("安琪酵母", "安琪酵母站稳第一。公司在国内市场占有率55%左右。", MARCH_2022,
                List.of(named("600298.SH", "安琪酵母")))).as("a company's reach is still the company's")
                .extracting(Metric::getSubject).containsOnly("安琪酵母");
    }

    @Test
    void latinNamesOfSeveralWordsAuctionPricesAndChangesSaidEmphatically() {
        assertThat(MetricExtractor.extract("面板", "LG Display 日前宣布，营业收入同比增长 23%。LG Display 表示，出货量增长 70%。", MARCH_2022,
                List.of())).extracting(Metric::getSubject).containsOnly("LG Display");
        assertThat(metrics("此次拍卖活动中，最高价出到了3000美元左右，最低价为812美元。")).extracting(Metric::getKey)
                .containsExactly("price", "price");
        assertThat(metrics("微星万图师版本现在只要900美元，10天就跌了足足200美元。")).extracting(Metric::getValue)
                .containsExactly(900.0, -200.0);
    }

    @Test
    void drawdownsAndGapOpensAreFalls() {
        assertThat(MetricExtractor.extract("B站", "股价自高位回撤达80%。港股大幅低开近10%，盘中高开2%。", MARCH_2022, List.of()))
                .extracting(Metric::getKey, Metric::getValue).containsExactly(tuple("price_change", -0.8), tuple("price_change", -0.1),
                        tuple("price_change", 0.02));
    }

    @Test
    void aYearSomethingWasFoundedInOrSinceDatesNoFigure() {
        assertThat(MetricExtractor.extract("甲骨文收购", "甲骨文创建于1977年，当前市值约为2640亿美元。", MARCH_2022, List.of()))
                .extracting(Metric::getPeriod).containsOnlyNulls();
        assertThat(MetricExtractor.extract("市值", "周二，该公司市值降至 5990 亿美元，为 2020 年来首次。", MARCH_2022, List.of()))
                .extracting(Metric::getPeriod).containsOnlyNulls();
    }

    @Test
    void aCompanyDrivingTheFigureOrOvertakenIsNotItsSubject() {
        // 在苹果 iPhone 新机发布带动下: 苹果 drives the figure; the company the clause is about is named before
        assertThat(MetricExtractor.extract("晶圆代工", "其中，三星在苹果 iPhone 新机发布带动下，第三季度营收达 148.8 亿美元。", MARCH_2022,
                List.of())).extracting(Metric::getSubject).containsExactly("三星电子");
        Ticker changan = named("000625.SZ", "长安汽车");
        assertThat(MetricExtractor.extract("1月车企销量榜", "长安汽车1月份的表现十分优异，竟然超越上汽大众，拿下国内车企销售亚军的称号，"
                + "其1月份共销售143,556辆，同比微跌3.0%。", MARCH_2022, List.of(changan)))
                .extracting(Metric::getSubject, Metric::getKey)
                .containsExactly(tuple("长安汽车", "sales_volume"), tuple("长安汽车", "sales_volume_yoy"));
    }

    @Test
    void aCompanysShareOfTheDomesticMarketIsTheCompanys() {
        assertThat(MetricExtractor.extract("1月车企销量榜", "具体来看，一汽大众1月销量190,771台，国内市场份额为9.2%。", MARCH_2022, List.of()))
                .extracting(Metric::getSubject).containsOnly("一汽-大众");
        assertThat(MetricExtractor.extract("乘用车", "1月，国内乘用车市场零售达到209.2万辆。", MARCH_2022, List.of()))
                .extracting(Metric::getKey, Metric::getSubject).containsExactly(tuple("sales_volume", null));
    }

    @Test
    void pricesPerUnitInWordsRangesAndMoves() {
        assertThat(MetricExtractor.extract("茅台1935", "茅台1935的市场指导价为1188元每瓶。", MARCH_2022, List.of()))
                .extracting(Metric::getValue, Metric::getUnit).containsExactly(tuple(1188.0, "CNY/bottle"));
        assertThat(MetricExtractor.extract("啤酒", "定价999元/盒，拿铁16元/杯。", MARCH_2022, List.of()))
                .extracting(Metric::getUnit).containsExactly("CNY/box", "CNY/cup");
        assertThat(MetricExtractor.extract("锂电价格", "不同规格氢氧化锂涨2500元-3500元/吨，电池级碳酸锂涨5000元/吨。", MARCH_2022, List.of()))
                .extracting(Metric::getKey, Metric::getValue, Metric::getValueMax, Metric::getUnit)
                .containsExactly(tuple("price_change", 2500.0, 3500.0, "CNY/t"), tuple("price_change", 5000.0, null, "CNY/t"));
    }

    @Test
    void ternaryIsNoAmount() {
        assertThat(MetricExtractor.extract("装车量", "其中三元电池共计装车9.2GWh，同比上升57.7%。", MARCH_2022, List.of()))
                .extracting(Metric::getUnit).doesNotContain("CNY");
        assertThat(MetricExtractor.extract("价格", "每斤三元钱。售价三元。", MARCH_2022, List.of()))
                .extracting(Metric::getValue, Metric::getUnit).contains(tuple(3.0, "CNY"));
    }

    @Test
    void aStakeHeldInACompanyIsTheHolders() {
        assertThat(MetricExtractor.extract("紫光集团重整", "紫光集团通过全资子公司紫光春华持有紫光国微32.39％的股权。", MARCH_2022,
                List.of(named("002049.SZ", "紫光国微")))).extracting(Metric::getSubject).containsExactly("紫光集团");
        assertThat(MetricExtractor.extract("紫光集团重整", "紫光集团有意出售其持有的紫光股份46.45％的股权。", MARCH_2022,
                List.of(named("000938.SZ", "紫光股份")))).extracting(Metric::getSubject).containsExactly("紫光集团");
    }

    @Test
    void aMarketsSizeIsNoCompanys() {
        assertThat(MetricExtractor.extract("腾讯控股：发力数字藏品", "据报告，2021年NFT市场规模已经至少达到269亿美元。去年半导体市场整体销售额增长25.1%。",
                MARCH_2022, List.of(named("00700.HK", "腾讯控股")))).extracting(Metric::getSubject).containsOnlyNulls();
    }

    @Test
    void anIndexsFiguresStayTheIndexsUnderANewLabel() {
        assertThat(MetricExtractor.extract("美股周三涨跌不一：微软涨近 5%", "道琼斯指数收于 33301.93 点，上涨 61.75 点，涨幅 0.19%；微软涨近 5%。微软表示…",
                MARCH_2022, List.of(named("MSFT.US", "微软")))).extracting(Metric::getSubject).containsExactly(null, null, null, "微软");
    }

    @Test
    void aCompanyListedAbroadIsNamedBeforeItsCode() {
        assertThat(MetricExtractor.extract("新光维再闯IPO", "全球内窥镜龙头奥林巴斯（7733．T）发布年报，2021年其实现营收7305．44亿日元。"
                + "奥林巴斯靠内窥镜便可达成超400亿元的收入。", MARCH_2022, List.of())).extracting(Metric::getSubject).containsOnly("奥林巴斯");
    }

    @Test
    void theBaseOfAMultipleIsNotItsSubject() {
        assertThat(MetricExtractor.extract("万科与保利", "彼时万科市值2578亿，保利只有875亿，万科是保利的2.95倍。", MARCH_2022,
                List.of(named("000002.SZ", "万科"), named("600048.SH", "保利")))).extracting(Metric::getSubject).last().isEqualTo("万科");
    }

    @Test
    void aNameTheTitleWritesAndClausesOpenWithIsACompanyBesideTheMainOne() {
        String text = "9月12日，中航锂电完成新一轮120亿元股权融资。中航锂电表示，将扩产。中航锂电在常州设厂。中航锂电的装机量达到5GWh。宁德时代表示…";
        assertThat(MetricExtractor.extract("120亿巨额融资！中航锂电成为宁德时代的威胁了？", text, MARCH_2022,
                List.of(named("300750.SZ", "宁德时代")))).filteredOn(m -> m.getOffset() != null)
                .extracting(Metric::getSubject).containsOnly("中航锂电");
    }

    @Test
    void theNewRulesLeaveTheirLookAlikesAlone() {
        // a subsidiary acted through, in the figure's own clause, is not the actor
        assertThat(MetricExtractor.extract("紫光集团", "紫光集团通过全资子公司紫光春华投资10亿元。", MARCH_2022, List.of()))
                .extracting(Metric::getSubject).containsExactly("紫光集团");
        // 2021年来自海外: the year's, not "since 2021"
        assertThat(MetricExtractor.extract("营收", "2021年来自海外的营收占比为30%。", MARCH_2022, List.of()))
                .extracting(Metric::getPeriod).containsExactly("2021");
        // a fund's largest drawdown is no price move; an amount before 材料 stays an amount
        assertThat(MetricExtractor.extract("基金", "该基金近一年最大回撤为12%。", MARCH_2022, List.of()))
                .extracting(Metric::getKey).doesNotContain("price_change");
        assertThat(MetricExtractor.extract("成本", "单车增加约2000元材料成本。", MARCH_2022, List.of()))
                .extracting(Metric::getValue, Metric::getUnit).containsExactly(tuple(2000.0, "CNY"));
        // a market's manager is no market
        assertThat(MetricExtractor.extract("小米：销量突破100万台", "小米中国区市场总经理表示，销量突破100万台。雷军称…", MARCH_2022, List.of()))
                .extracting(Metric::getSubject).containsExactly("小米");
        // a place before a company listed abroad is not its name; a Latin form is reported under the Chinese name
        assertThat(MetricExtractor.extract("内窥镜", "日本奥林巴斯（7733.T）营收7305亿日元。", MARCH_2022, List.of()))
                .extracting(Metric::getSubject).containsExactly("奥林巴斯");
        assertThat(MetricExtractor.extract("电动车", "Tesla 第三季度交付24万辆。", MARCH_2022, List.of()))
                .extracting(Metric::getSubject).containsExactly("特斯拉");
    }

    @Test
    void theInvestorsOfARoundAreNotItsSubject() {
        assertThat(MetricExtractor.extract("节卡机器人完成D轮融资", "本轮融资由淡马锡、软银愿景基金二期以及沙特阿美旗下风投基金联合领投，金额约10亿元。",
                MARCH_2022, List.of())).extracting(Metric::getSubject).containsOnlyNulls();
        assertThat(MetricExtractor.extract("融资", "华为完成约10亿元融资。", MARCH_2022, List.of()))
                .extracting(Metric::getSubject).containsExactly("华为");
        assertThat(MetricExtractor.extract("支付公司获融资", "东南亚支付公司华为今日宣布获得富达和贝莱德6亿美元融资。", MARCH_2022, List.of()))
                .extracting(Metric::getSubject).containsExactly("华为");
    }

    @Test
    void analystsEstimatesBesideAFigureAreNoFigures() {
        assertThat(MetricExtractor.extract("苹果财报", "Mac 收入 108.5 亿美元，分析师预期 95.3 亿美元，同比增长 25%；净利润为346.3亿美元，高于市场预估的309.54亿美元。",
                MARCH_2022, List.of())).extracting(Metric::getValue).containsExactly(1.085e10, 0.25, 3.463e10);
    }

    @Test
    void aNameInCornerBracketsBeforeWhatItDoesIsACompany() {
        assertThat(MetricExtractor.extract("创投日报 |「螳螂科技」完成近亿元A轮融资", "36氪获悉，云平台螳螂科技宣布，公司刚刚完成了近亿元A轮融资。",
                MARCH_2022, List.of())).filteredOn(m -> m.getOffset() != null).extracting(Metric::getSubject).containsExactly("螳螂科技");
    }

    @Test
    void aRoundNamedRightAfterItsAmountIsAFundraising() {
        assertThat(MetricExtractor.extract("螳螂科技完成融资", "公司刚刚完成了近亿元A轮融资，SIG领投。", MARCH_2022, List.of()))
                .extracting(Metric::getKey).containsExactly("fundraising");
    }

    @Test
    void aHoldingIsAStakeAndAPartOfAWholeIsAShare() {
        assertThat(MetricExtractor.extract("兆易创新", "持股5.27%的股东拟减持。目前大基金持有该公司5.98%的股份。拟注销股份数量占公司目前总股本的9.55%。",
                MARCH_2022, List.of())).extracting(Metric::getKey).containsExactly("stake", "stake", "share");
        assertThat(MetricExtractor.extract("持有", "持有人数增长了10%。", MARCH_2022, List.of())).extracting(Metric::getKey)
                .doesNotContain("stake");
    }

    @Test
    void aTermCountedIsACountAndATermPassedByIsNotTheNextFigures() {
        // 订单数 counts orders (no money without 元); 交易总额 is a measure of its own, so 17.53亿元 is not orders
        assertThat(MetricExtractor.extract("快狗打车", "托运订单数亦由2018年的0.26亿单降至2021年的0.22亿单，交易总额由24.81亿元降至17.53亿元。",
                MARCH_2022, List.of())).extracting(Metric::getKey, Metric::getUnit).containsExactly(
                        tuple("orders", "count"), tuple("orders", "count"), tuple("other", "CNY"), tuple("other", "CNY"));
        // words that name no measure (上季度为) leave the term to the figures after them
        assertThat(MetricExtractor.extract("联想", "本季度出货量为2000万台，上季度为1740万台，同比增长14.7%。", MARCH_2022, List.of()))
                .extracting(Metric::getKey).endsWith("shipments_yoy");
        // and 分别 hands the terms out in order
        assertThat(MetricExtractor.extract("券商", "行业总资产超12万亿元，净资产2.69万亿元，分别同比增长18%、12.76%。", MARCH_2022, List.of()))
                .extracting(Metric::getKey).element(2).isEqualTo("total_assets_yoy");
    }

    @Test
    void firmsNamedBeforeTheirCountAreAGroupNotTheArticlesCompany() {
        Ticker gtja = new Ticker("601211.SH", "601211", "SH", null, "国泰君安", List.of("name"), 2);
        assertThat(MetricExtractor.extract("国泰君安", "国泰君安净利润增长10%。净利润超过百亿的券商从2020年的5家增至10家。", MARCH_2022,
                List.of(gtja))).extracting(Metric::getValue, Metric::getSubject)
                .containsExactly(tuple(0.1, "国泰君安"), tuple(5.0, null), tuple(10.0, null));
        // but institutions counted in a clause about a company stay its figure
        assertThat(MetricExtractor.extract("国泰君安", "国泰君安最受关注，参与调研的机构达到704家。", MARCH_2022, List.of(gtja)))
                .extracting(Metric::getSubject).containsExactly("国泰君安");
    }

    @Test
    void whereAMoveStartedDatesTheStartNotWhereItWent() {
        assertThat(MetricExtractor.extract("特斯拉", "3月，特斯拉的市场份额从去年的81%降至69%。", MARCH_2022, List.of()))
                .extracting(Metric::getPeriod).containsExactly("2021", "2022-03");
        // 截至 and 达到 are no move: the year still dates what follows
        assertThat(MetricExtractor.extract("支付宝", "从2021年开始，截至目前累计发行46套，销售额达到3778.7万元。", MARCH_2022, List.of()))
                .extracting(Metric::getPeriod).containsOnly("2021");
    }

    @Test
    void aClosingPriceBesideACodeIsTheDaysClose() {
        Instant evening = Instant.parse("2021-07-16T12:00:00Z");
        assertThat(MetricExtractor.extract("ST天圣", "每经AI快讯，ST天圣（SZ 002872，收盘价：5.31元）7月15日晚间发布公告称，担保总额为3.92亿元。",
                evening, List.of())).extracting(Metric::getValue, Metric::getPeriod).first().isEqualTo(tuple(5.31, "2021-07-15"));
        // 昨日 is the day before publication; a semicolon inside the brackets ends no sentence
        assertThat(MetricExtractor.extract("上海电气", "此前，上海电气（601727，SH；昨日收盘价4.05元）曾于5月31日发布公告。", evening, List.of()))
                .extracting(Metric::getValue, Metric::getPeriod, Metric::getSubject).containsExactly(tuple(4.05, "2021-07-15", "上海电气"));
        assertThat(MetricExtractor.extract("三花智控", "三花智控（SZ 002050，收盘价：21.63元）发布公告。", evening, List.of()))
                .extracting(Metric::getPeriod).containsExactly("2021-07-16");
    }

    @Test
    void payingUsersAreNoExpenseAndAHolderSellingAtAPriceIsNamed() {
        assertThat(MetricExtractor.extract("B站", "月均付费用户数达到2390万，同比增长59%。", MARCH_2022, List.of()))
                .extracting(Metric::getKey).doesNotContain("expense", "expense_yoy");
        assertThat(MetricExtractor.extract("辛巴割肉卖股", "公司控股股东香港起步拟以9.162元/股向辛选投资转让公司5%的股份。", MARCH_2022, List.of()))
                .extracting(Metric::getSubject).first().isEqualTo("香港起步");
    }

    @Test
    void lastYearsFigureTradesAndFundUnitsAreNamedByTheirWords() {
        assertThat(MetricExtractor.extract("B站", "公司第三季度净营业额总额为52.07亿元，去年同期为32.26亿元，同比增长61%。", MARCH_2022, List.of()))
                .extracting(Metric::getKey, Metric::getPeriod)
                .containsExactly(tuple("revenue", "2021Q3"), tuple("revenue", "2020Q3"), tuple("revenue_yoy", "2021Q3"));
        assertThat(MetricExtractor.extract("ETF", "全市场418只股票型ETF全天共成交279.37亿元。该股报收5.54元，平收，成交1.93亿元。", MARCH_2022, List.of()))
                .extracting(Metric::getKey).containsExactly("other", "trade_value", "price", "trade_value");
        assertThat(MetricExtractor.extract("基金", "基金份额突破44亿！", MARCH_2022, List.of()))
                .extracting(Metric::getUnit).containsExactly("count");
    }

    @Test
    void aFirmsResearchUnitReportsFiguresItIsNotTheSubjectOf() {
        Ticker shzq = new Ticker("600000.SH", "600000", "SH", null, "上海证券", List.of("name"), 1);
        assertThat(MetricExtractor.extract("基金", "据上海证券基金评价研究中心统计，新发基金数量为10年前同期的9倍之多。", MARCH_2022, List.of(shzq)))
                .extracting(Metric::getSubject).containsOnlyNulls();
        assertThat(MetricExtractor.extract("上海证券", "上海证券营收增长10%。", MARCH_2022, List.of(shzq)))
                .extracting(Metric::getSubject).containsExactly("上海证券");
    }

    @Test
    void figuresCitedFromOthersStatisticsAreTheMarketsNotTheArticlesCompany() {
        Ticker catl = new Ticker("300750.SZ", "300750", "SZ", null, "宁德时代", List.of("name"), 3);
        String title = "宁德时代海外大扩产";
        assertThat(MetricExtractor.extract(title, "根据欧洲汽车制造商协会数据，2021年欧洲30国实现新能源乘用车注册量226.3万辆，同比增长65.7%。",
                MARCH_2022, List.of(catl))).extracting(Metric::getSubject).containsOnlyNulls();
        assertThat(MetricExtractor.extract(title, "美国汽车创新联盟数据显示，2021年美国新能源轻型车实现销量71.6万辆。", MARCH_2022, List.of(catl)))
                .extracting(Metric::getSubject).containsOnlyNulls();
        // statistics about the company itself, or the article's own tally, stay the company's
        assertThat(MetricExtractor.extract(title, "数据显示，其10月销量为8万辆。据财报数据，公司营收增长20%。据此统计，拿地总金额约291.9亿元。",
                MARCH_2022, List.of(catl))).extracting(Metric::getSubject).containsOnly("宁德时代");
    }

    @Test
    void aRoundAmountPassedOrReachedIsAFigureThoughNoNumberIsWritten() {
        assertThat(MetricExtractor.extract("营收", "营收规模突破百亿大关。带动消费破亿元。时隔一月成交额重上万亿。市值超千亿美元。", MARCH_2022, List.of()))
                .extracting(Metric::getValue, Metric::getUnit, Metric::getQualifier)
                .containsExactly(tuple(1e10, "CNY", "gt"), tuple(1e8, "CNY", "gt"), tuple(1e12, "CNY", "gt"), tuple(1e11, "USD", "gt"));
        // a group's bound, a name, a level fallen through: no amount
        assertThat(MetricExtractor.extract("券商", "净利润超过百亿的券商有10家。错过了亿纬锂能。市值也跌破万亿。", MARCH_2022, List.of()))
                .extracting(Metric::getValue).containsExactly(10.0);
    }

    @Test
    void modelYearsAndPackingSizesAreNoCounts() {
        assertThat(MetricExtractor.extract("召回", "召回部分进口2021款Panamera，共计1571辆。12瓶装飞天茅台，原6瓶装也不再拆箱，一盒2瓶。捐赠了20万瓶矿泉水，月销量69盒。",
                MARCH_2022, List.of())).extracting(Metric::getValue).containsExactly(1571.0, 200000.0, 69.0);
    }

    @Test
    void stocksCountedUnderAPriceWordAreCountedNotPriced() {
        assertThat(MetricExtractor.extract("收评", "两市超3500只个股上涨，涨幅在9%以上个股约130只。", MARCH_2022, List.of()))
                .extracting(Metric::getKey, Metric::getValue).containsExactly(tuple("other", 3500.0), tuple("other", 130.0));
    }

    @Test
    void aMonthsFlowCountedToADayIsTheMonths() {
        assertThat(MetricExtractor.extract("3月外资持仓变动解析：陆股通流入放缓", "截至3月31日，陆股通当月累计净流入187.1亿元。外资在3月加仓银行20亿元。",
                Instant.parse("2021-04-05T01:00:00Z"), List.of())).extracting(Metric::getPeriod, Metric::getSubject)
                .containsExactly(tuple("2021-03", null), tuple("2021-03", null));
    }

    @Test
    void aBracketedHeadlineRepeatedByItsStoryCountsOnce() {
        List<Metric> metrics = MetricExtractor.extract("虎嗅早报", "@河南省慈善网【华为向河南慈善总会捐赠3000万元】7月25日，华为技术有限公司向河南省慈善总会捐赠3000万元用于支援抗洪救灾。",
                MARCH_2022, List.of());
        assertThat(metrics).extracting(Metric::getValue).containsExactly(3.0e7);
        assertThat(metrics.get(0).getOffset()).isGreaterThan(30);
        // a headline the title holds counts where the story states it
        String title = "【2月机构调研加快 258家上市公司受关注】格隆汇2月21日丨2月以来，机构调研步伐愈发加快。";
        assertThat(MetricExtractor.extract(title, title + "截至2月18日，已有258家上市公司获得机构调研。", MARCH_2022, List.of()))
                .extracting(Metric::getOffset).allMatch(offset -> offset > title.length());
    }

    @Test
    void anIndexLevelAfterItsMoveNeedsNo点() {
        assertThat(MetricExtractor.extract("收评", "深成指涨1.9%报13549，创业板指涨2.8%报2843点。人民币兑美元中间价报6.6607。", MARCH_2022, List.of()))
                .extracting(Metric::getKey, Metric::getValue).containsExactly(tuple("price_change", 0.019), tuple("index_level", 13549.0),
                        tuple("price_change", 0.028), tuple("index_level", 2843.0), tuple("fx_rate", 6.6607));
    }

    @Test
    void theTitleOfAWorkStatesNoFigure() {
        assertThat(MetricExtractor.extract("股民", "一条长文帖子《炒股欠债17万，绝望……》火遍全网。股友发表题为“三年150万，是怎么亏完的”的帖子。他投入了150万元。",
                MARCH_2022, List.of())).extracting(Metric::getValue).containsExactly(1.5e6);
    }

    @Test
    void whatACentralBankLendsOrAFirmDonatesIsMoney() {
        assertThat(MetricExtractor.extract("MLF", "下周一将有5000亿MLF到期。鸿星尔克5000万是诈捐？", MARCH_2022, List.of()))
                .extracting(Metric::getUnit).containsExactly("CNY", "CNY");
    }

    @Test
    void aFirmsResearchDeskIsNoSubject() {
        Ticker csc = new Ticker("601066.SH", "601066", "SH", null, "中信建投", List.of("name"), 2);
        String title = "【中信建投策略：热门赛道正在为重拾涨势积蓄力量】";
        assertThat(MetricExtractor.extract(title, "中信建投策略认为，流动性已然改善。下周一将有5000亿MLF到期。", MARCH_2022, List.of(csc)))
                .extracting(Metric::getSubject).containsOnlyNulls();
        Ticker citic = new Ticker("600030.SH", "600030", "SH", null, "中信证券", List.of("name"), 2);
        assertThat(MetricExtractor.extract("【中信证券中报预览：上游工业品最亮眼】", "中信证券统计，截至7月15日，A股中报预告披露率38%。", MARCH_2022,
                List.of(citic))).extracting(Metric::getSubject).containsOnlyNulls();
    }

    @Test
    void ratesOfOutputFeesPerLotLandAndPiecesHaveTheirUnits() {
        assertThat(MetricExtractor.extract("煤炭", "鄂尔多斯日均产量219万吨/日。交易手续费标准调整为60元/手。约9.6万亩甜菜受灾。新建充电桩共计4,582根。",
                MARCH_2022, List.of())).extracting(Metric::getKey, Metric::getValue, Metric::getUnit).containsExactly(
                tuple("other", 2190000.0, "t/d"), tuple("price", 60.0, "CNY/lot"), tuple("other", 6.4e7, "m2"), tuple("other", 4582.0, "count"));
    }

    @Test
    void timesOfDayAndOrdinalsWithASpaceAreNoFigures() {
        assertThat(MetricExtractor.extract("苹果", "苹果今日凌晨1点举行了新品发布会。俞敏洪排在带货主播榜的第 16 位。沪指收涨1点。", MARCH_2022, List.of()))
                .extracting(Metric::getValue).containsExactly(1.0);
    }

    @Test
    void anItemBeforeAColonNamesTheFigureAfterIt() {
        assertThat(MetricExtractor.extract("比亚迪宋", "51KM 豪华型：135800 元；", MARCH_2022, List.of()))
                .extracting(Metric::getLabel, Metric::getValue).containsExactly(tuple("51KM 豪华型", 135800.0));
    }

    @Test
    void aListedHolderTradingAnothersSharesOwnsTheTrade() {
        List<Ticker> tickers = List.of(named("601628.SH", "中国人寿"), named("000002.SZ", "万科A"));
        assertThat(MetricExtractor.extract("投资避雷针", "据悉，中国人寿已连续5个季度减持万科A，持股比例从2.16%降至0.73%。", MARCH_2022, tickers))
                .extracting(Metric::getSubject).containsOnly("中国人寿");
    }

    @Test
    void aQuarterWrittenWithout度IsAQuarter() {
        assertThat(MetricExtractor.extract("陆家嘴财经早餐", "联电第二季营收为 568 亿新台币，同比增长 0.9%。", Instant.parse("2024-08-01T01:00:00Z"), List.of()))
                .extracting(Metric::getPeriod).containsOnly("2024Q2");
    }

    @Test
    void aRangeWithSpacesBeforeItsUnitsIsARange() {
        assertThat(MetricExtractor.extract("直播", "音浪收入在 10 万元-50 万元之间，订单总量达到 5.7 万。", MARCH_2022, List.of()))
                .extracting(Metric::getValue, Metric::getValueMax, Metric::getUnit)
                .containsExactly(tuple(1e5, 5e5, "CNY"), tuple(57000.0, null, "count"));
    }

    @Test
    void aDoublingInWordsIsARiseOfAHundredPercent() {
        assertThat(MetricExtractor.extract("手机", "中国智能手机在俄罗斯的销量翻了一番。近一个月内涨幅翻倍。出口翻了两番。", MARCH_2022, List.of()))
                .extracting(Metric::getKey, Metric::getValue).containsExactly(tuple("sales_volume_change", 1.0), tuple("price_change", 1.0),
                        tuple("exports_change", 3.0));
        // the criterion of a group or a streak is no one's figure
        assertThat(MetricExtractor.extract("概念股", "充换电概念股中，18股2021年度净利润翻倍。螳螂科技连续5年业绩翻倍。", MARCH_2022, List.of()))
                .extracting(Metric::getValue).doesNotContain(1.0);
    }

    @Test
    void ordersComplaintsDosesAndPeopleAreCountedInTheirUnits() {
        assertThat(MetricExtractor.extract("投诉", "有效投诉量为71110单，单价5元。定价高达 120 万元/针。苹果将向 15 万智利用户赔偿 340 万美元。iPhone包揽了前5名。",
                MARCH_2022, List.of())).extracting(Metric::getValue, Metric::getUnit).containsExactly(tuple(71110.0, "count"),
                tuple(5.0, "CNY"), tuple(1.2e6, "CNY/dose"), tuple(150000.0, "count"), tuple(3.4e6, "USD"));
    }

    @Test
    void rivalsAndSmartphonesAreCuesForCompaniesNamedByEverydayWords() {
        assertThat(MetricExtractor.extract("中国智能手机市场", "荣耀（15%）和小米（14%）分列三、四位。", MARCH_2022, List.of()))
                .extracting(Metric::getSubject).containsExactly("荣耀", "小米");
        // grain and fruit stay grain and fruit
        assertThat(MetricExtractor.extract("杂粮价格", "小米价格上涨5%，苹果价格下跌3%。", MARCH_2022, List.of()))
                .extracting(Metric::getSubject).containsOnlyNulls();
    }

    @Test
    void aDailyCapacityIsARate() {
        assertThat(MetricExtractor.extract("福莱特", "投资建设6座日熔化量1200吨光伏组件玻璃项目。年产5万吨。", MARCH_2022, List.of()))
                .extracting(Metric::getValue, Metric::getUnit).contains(tuple(1200.0, "t/d"), tuple(50000.0, "t/yr"));
    }

    @Test
    void aFieldAStoryIsAboutIsNoCompany() {
        String title = "隐私计算的春天：隐私计算融资超10亿";
        String text = "隐私计算是一个新赛道。隐私计算正在升温，四个月内融到了超10亿元人民币。隐私计算吸引了大量资本，华控清交完成B轮融资5亿元。";
        assertThat(MetricExtractor.extract(title, text, MARCH_2022, List.of())).extracting(Metric::getSubject).doesNotContain("隐私计算");
    }

    @Test
    void aMarketsTotalIsNoCompanysButAShareOfATotalIs() {
        Ticker byd = new Ticker("002594.SZ", "002594", "SZ", null, "比亚迪", List.of("name"), 3);
        String title = "比亚迪蝉联2月新能源汽车销量榜首";
        assertThat(MetricExtractor.extract(title, "今年2月份，新能源乘用车终端销246179辆。2021年全年PC总出货量达到3.488亿台。",
                MARCH_2022, List.of(byd))).extracting(Metric::getSubject).containsOnlyNulls();
        assertThat(MetricExtractor.extract(title, "其中比亚迪装机量占总装机量比例高达49.7%。", MARCH_2022, List.of(byd)))
                .extracting(Metric::getSubject).containsOnly("比亚迪");
    }

    @Test
    void whatIsShippedIsShipments() {
        assertThat(MetricExtractor.extract("手机", "OPPO紧随其后，出货1180万台。三星发货量约2.71亿台。", MARCH_2022, List.of()))
                .extracting(Metric::getKey).containsExactly("shipments", "shipments");
    }

    @Test
    void aLossThatWidensWorsensWhateverItsLabelsSign() {
        assertThat(MetricExtractor.extract("B站", "净亏损为9亿元，同比扩大68%。亏损同比收窄20%。营收降幅扩大至12%。", MARCH_2022, List.of()))
                .extracting(Metric::getValue).containsExactly(-9e8, -0.68, 0.2, -0.12);
    }

    @Test
    void activeUsersRoundsPassedAndTheCentralBank() {
        assertThat(MetricExtractor.extract("B站", "月活突破2.2亿。Seesaw宣布已完成A+轮过亿元融资。", MARCH_2022, List.of()))
                .extracting(Metric::getValue, Metric::getUnit).containsExactly(tuple(2.2e8, "count"), tuple(1e8, "CNY"));
        assertThat(MetricExtractor.extract("投资避雷针", "中国人民银行决定上调金融机构外汇存款准备金率2个百分点。", MARCH_2022, List.of()))
                .extracting(Metric::getSubject).containsOnlyNulls();
    }

    @Test
    void aListedCompanyGoesByItsNameWithoutItsEndingWhereTheShortNameStandsAlone() {
        Ticker anta = new Ticker("02020.HK", "02020", "HK", null, "安踏体育", List.of("name"), 2);
        assertThat(MetricExtractor.extract("国货之光", "甚至在6月29日，安踏市值一度突破5000亿港元。", MARCH_2022, List.of(anta)))
                .extracting(Metric::getSubject).containsOnly("安踏体育");
        // not inside another company's name: 紫光集团 is no 紫光股份
        Ticker unis = new Ticker("000938.SZ", "000938", "SZ", null, "紫光股份", List.of("name"), 1);
        assertThat(MetricExtractor.extract("紫光", "据悉，紫光集团的债务高达310亿美元。", MARCH_2022, List.of(unis)))
                .extracting(Metric::getSubject).doesNotContain("紫光股份");
    }

    @Test
    void aCountDatedByItsDayIsNoReportsYearAndTheTitlesCopyGoes() {
        String title = "1122份业绩快报提升确定性，180家双增长公司圈出三行业";
        List<Metric> metrics = MetricExtractor.extract(title, "据记者统计，截至3月22日，已披露2021年年度业绩快报的1122家公司中，双增长的公司有180家。",
                Instant.parse("2022-03-23T03:00:00Z"), List.of());
        assertThat(metrics).extracting(Metric::getValue, Metric::getPeriod)
                .containsExactly(tuple(1122.0, "2022-03-22"), tuple(180.0, "2022-03-22"));
    }

    @Test
    void aMirroredTitleLineAboveTheStoryLeavesItsFiguresToTheStory() {
        String title = "上汽集团：6月凯迪拉克的零售量超过了2万台";
        List<Metric> metrics = MetricExtractor.extract(title, title + "\n每经AI快讯，上汽集团7月16日表示，6月凯迪拉克的零售量超过了2万台。\n另有3万台库存。",
                MARCH_2022, List.of());
        assertThat(metrics).extracting(Metric::getValue).containsExactly(20000.0, 30000.0);
        assertThat(metrics.get(0).getOffset()).isGreaterThan(title.length());
    }

    @Test
    void theDateOfTheWholeDatesNotTheShare() {
        Instant evening = Instant.parse("2021-07-16T12:00:00Z");
        assertThat(MetricExtractor.extract("ST天圣", "7月16日晚间公告称，对外担保余额为34954万元，占2020年12月31日经审计归属于母公司所有者权益比例为14.94%。",
                evening, List.of())).extracting(Metric::getKey, Metric::getPeriod)
                .containsExactly(tuple("other", "2021-07-16"), tuple("share", "2021-07-16"));
        // a month alone, 今年 and 占比从… still date the share
        assertThat(MetricExtractor.extract("电池", "三大巨头占据了5月份全球动力电池市场70%以上的市场份额。", evening, List.of()))
                .extracting(Metric::getPeriod).containsExactly("2021-05");
        assertThat(MetricExtractor.extract("KK", "占比从2018年的1.4%提升至2020年的5%。", evening, List.of()))
                .extracting(Metric::getPeriod).containsExactly("2018", "2020");
    }

    @Test
    void aWindowEndingNowTakesNoPeriodFromBefore() {
        assertThat(MetricExtractor.extract("中兴通讯上半年净利润增长", "上半年净利润增长50%。\nAI点评：中兴通讯近一个月获得18份券商研报关注，买入15家。",
                MARCH_2022, List.of())).extracting(Metric::getPeriod).containsExactly("2021H1", null, null);
    }

    @Test
    void aTopicTagIsAHeadlineNotAFigure() {
        assertThat(MetricExtractor.extract("B站", "#B站Q3营收增六成亏损扩大# 昨天b站公布三季报，净营业额同比增长61%。", MARCH_2022, List.of()))
                .extracting(Metric::getValue).containsExactly(0.61);
        // a # alone, or one far away, makes no tag
        assertThat(MetricExtractor.extract("排名", "排名第#1的公司营收增长20%。", MARCH_2022, List.of()))
                .extracting(Metric::getValue).containsExactly(0.2);
    }

    @Test
    void aFundInACashtagIsTheSubject() {
        assertThat(MetricExtractor.extract("限购", "2月21日晚，基金$安信民稳增长混合A(F008809)$ 公告，将自2月22日起单日限购50万元！", MARCH_2022, List.of()))
                .extracting(Metric::getSubject).containsExactly("安信民稳增长混合A");
    }

    @Test
    void thisStockAfterAListIsTheArticlesOwn() {
        List<Ticker> tickers = List.of(new Ticker("688425.SH", "688425", "SH", null, "铁建重工", List.of("name"), 4),
                named("002879.SZ", "华菱线缆"), named("600031.SH", "三一重工"));
        assertThat(MetricExtractor.extract("公司核心技术人员离职", "铁建重工发布公告。铁建重工登陆科创板。湖南已有三一重工、铁建重工齐聚A股，并有华菱线缆、中车电气等已过会。\n"
                + "截至周五收盘，该股报收5.54元。", MARCH_2022, tickers)).extracting(Metric::getSubject).containsExactly("铁建重工");
        // a numbered item is no list: 该公司 is the company of item 11
        assertThat(MetricExtractor.extract("财报", "10、铁建重工营收增长5%。\n11、华菱线缆净利润为6亿元。该公司表示，将回购3亿元股票。", MARCH_2022, tickers))
                .extracting(Metric::getSubject).containsExactly("铁建重工", "华菱线缆", "华菱线缆");
    }

    @Test
    void aReturnBeforeItsNounIsNoShare() {
        assertThat(MetricExtractor.extract("基金", "今年回报7.74%的基金公告限购。该基金今年以来收获7.74%的正收益。79%的毕业生选择就业。", MARCH_2022, List.of()))
                .extracting(Metric::getKey).containsExactly("other", "other", "share");
    }

    @Test
    void aDaysTradingIsNoFigureOfTheReportedQuarter() {
        Instant nov = Instant.parse("2021-11-18T02:00:00Z");
        assertThat(MetricExtractor.extract("B站三季度营收增长61%", "B站第三季度营收同比增长61%。\n财报公布后，昨天b站美股收盘跌8.98%。", nov, List.of()))
                .extracting(Metric::getPeriod).containsExactly("2021Q3", null);
        // a day the paragraph wrote stays the day's trading period
        assertThat(MetricExtractor.extract("融资", "11月17日，两融余额增加。当日药明康德获融资净买入2.96亿元。", nov, List.of()))
                .extracting(Metric::getPeriod).containsExactly("2021-11-17");
    }

    @Test
    void aHolderTradingAListedCompanysSharesOwnsTheFigures() {
        List<Ticker> cmoc = List.of(named("03993.HK", "洛阳钼业"));
        assertThat(MetricExtractor.extract("减持", "港交所最新资料显示，2021年7月12日，JPMorgan Chase & Co.减持洛阳钼业（HK 3993，最新价：5.61港元）"
                + "股份约818.78万股，平均价为每股约5.75港元。在此次减持后，JPMorgan Chase & Co.持有洛阳钼业的股份占比从7.15%减少为6.94%。",
                MARCH_2022, cmoc)).extracting(Metric::getKey, Metric::getValue, Metric::getSubject).containsExactly(
                        tuple("price", 5.61, "洛阳钼业"), tuple("other", 8187800.0, "JPMorgan Chase & Co."),
                        tuple("price", 5.75, "JPMorgan Chase & Co."), tuple("stake", 0.0715, "JPMorgan Chase & Co."),
                        tuple("stake", 0.0694, "JPMorgan Chase & Co."));
        // an acronym before 减持 is no holder
        assertThat(MetricExtractor.extract("减持", "ETF减持洛阳钼业股份约100万股。", MARCH_2022, cmoc))
                .extracting(Metric::getSubject).containsExactly("洛阳钼业");
    }

    @Test
    void aPricePerShareAndAPartOfAllSharesAreNamedByTheirWords() {
        assertThat(MetricExtractor.extract("减持", "减持股份约818.78万股，平均价为每股约5.75港元。拟减持不超过公司总股本的3%，即不超过股份总数的2%。",
                MARCH_2022, List.of())).extracting(Metric::getKey).containsExactly("other", "price", "share", "share");
    }

    @Test
    void aFirmAmongTheShareholdersSellsItsOwnButAPersonsSaleIsTheCompanys() {
        List<Ticker> hydl = List.of(named("600744.SH", "华银电力"));
        assertThat(MetricExtractor.extract("华银电力", "华银电力发布公告称，持股10.73%的股东湘投控股拟减持公司股份合计不超过5343万股。", MARCH_2022, hydl))
                .extracting(Metric::getSubject).containsExactly("湘投控股", "湘投控股");
        assertThat(MetricExtractor.extract("华银电力", "华银电力发布公告称，公司股东束美珍拟减持公司股份不超过100万股。", MARCH_2022, hydl))
                .extracting(Metric::getSubject).containsExactly("华银电力");
    }

    @Test
    void aFigureAsOfTheAnnouncementIsOfItsDay() {
        Instant evening = Instant.parse("2021-07-15T12:00:00Z");
        assertThat(MetricExtractor.extract("ST目药", "ST目药7月14日晚间发布公告称，截至本公告披露日，公司对外担保总额为9580万元。", evening, List.of()))
                .extracting(Metric::getPeriod).containsExactly("2021-07-14");
        // with no day written, the words date nothing (a day is a period only where it is written)
        assertThat(MetricExtractor.extract("ST目药", "公司称，截至本公告披露日，对外担保总额为9580万元。", evening, List.of()))
                .extracting(Metric::getPeriod).containsOnlyNulls();
    }

    @Test
    void aLowOrAHighReachedIsAPriceButACapIsNot() {
        assertThat(MetricExtractor.extract("东方盛虹", "东方盛虹从最低的8.88元一路走高，在9月16日达到最高41.3元。每人累计最高2000元的补贴。",
                MARCH_2022, List.of())).extracting(Metric::getKey).containsExactly("price", "price", "other");
    }

    @Test
    void namesWithCodesStillHandOutFiguresAndThisStockIsAListedOne() {
        List<Ticker> three = List.of(named("000725.SZ", "京东方A"), named("002493.SZ", "荣盛石化"), named("000498.SZ", "山东路桥"));
        assertThat(MetricExtractor.extract("目标价", "个股是京东方A（000725.SZ）、荣盛石化（002493.SZ）、山东路桥（000498.SZ），预期涨幅分别是66.14%、56.84%、53.83%。",
                MARCH_2022, three)).extracting(Metric::getSubject).containsExactly("京东方A", "荣盛石化", "山东路桥");
        List<Ticker> gude = List.of(named("002079.SZ", "苏州固锝"));
        assertThat(MetricExtractor.extract("减持", "苏州固锝发布公告称，控股股东苏州通博拟减持公司股份合计不超过2423.66万股。\n截至收盘，该股今日报收11.93元。",
                MARCH_2022, gude)).extracting(Metric::getSubject).containsExactly("苏州通博", "苏州固锝");
    }

    @Test
    void aStakeReachedAndACompanyNamedByItsMarketValue() {
        assertThat(MetricExtractor.extract("金赛药业", "第一阶段完成持股至38%，第二阶段完成持股至51%。", MARCH_2022, List.of()))
                .extracting(Metric::getKey).containsExactly("stake", "stake");
        assertThat(MetricExtractor.extract("长春高新", "1600亿市值“药茅”长春高新再出利好消息！", MARCH_2022, List.of()))
                .extracting(Metric::getKey, Metric::getUnit).containsExactly(tuple("market_cap", "CNY"));
        assertThat(MetricExtractor.extract("呷哺呷哺", "总市值仅为37亿港元左右，昔日的300亿市值只剩下一个零头。", MARCH_2022, List.of()))
                .extracting(Metric::getKey, Metric::getUnit).containsExactly(tuple("market_cap", "HKD"), tuple("market_cap", "HKD"));
    }

    @Test
    void aHoldersNameMayHoldAWordInBrackets() {
        List<Ticker> bfxt = List.of(named("600111.SH", "北方稀土"));
        assertThat(MetricExtractor.extract("减持", "截至本公告日，北方稀土控股股东包钢（集团）公司持有公司1,413,861,219股，占公司股份总数的38.92%。",
                MARCH_2022, bfxt)).extracting(Metric::getSubject).containsOnly("包钢（集团）公司");
    }

    @Test
    void whenSomethingBeganDatesNotWhatItCounts() {
        assertThat(MetricExtractor.extract("周报", "自2020年9月起，基于31个省市区发布的数据，每周发布周报。", MARCH_2022, List.of()))
                .extracting(Metric::getPeriod).containsOnlyNulls();
    }

    @Test
    void aChangeAStrategyOrHotMoneyIsNoCompany() {
        assertThat(MetricExtractor.extract("7月12日融资余额16445.53亿元，环比增加89.85亿元",
                "截至7月12日，两融余额为18045.29亿元，环比增加117.16亿元；融资余额16445.53亿元，环比增加89.85亿元。"
                        + "沪市两融余额为9711.47亿元，环比增加65.53亿元，深市两融余额8333.82亿元，环比增加51.63亿元。",
                MARCH_2022, List.of())).extracting(Metric::getSubject).containsOnlyNulls();
        assertThat(MetricExtractor.extract("基金", "“固收+”策略基金受到青睐，大卖3400亿元。不法商贩、游资集团恶意抢购芯片，价格上涨50%。",
                MARCH_2022, List.of())).extracting(Metric::getSubject).containsOnlyNulls();
    }

    @Test
    void theRenminbisParityIsARateAgainstTheDollarAndADayKeepsItsTime() {
        assertThat(MetricExtractor.extract("人民币中间价", "北京时间10月29日09:15，人民币中间价报6.3907，上调50点。", MARCH_2022, List.of()))
                .extracting(Metric::getKey, Metric::getValue, Metric::getUnit, Metric::getPeriod).containsExactly(
                        tuple("fx_rate", 6.3907, "CNY/USD", "2021-10-29"), tuple("fx_rate_change", 0.005, "CNY/USD", "2021-10-29"));
        assertThat(MetricExtractor.extract("降息", "美联储宣布下调25个基点。", MARCH_2022, List.of()))
                .extracting(Metric::getValue).containsExactly(-0.0025);
    }

    @Test
    void whatASaleOrAnAuctionFetchesIsMoney() {
        assertThat(MetricExtractor.extract("拍卖", "祖居在拍卖平台拍卖，起拍价980万。最终以1090万成交，溢价110万。", MARCH_2022, List.of()))
                .extracting(Metric::getUnit).containsOnly("CNY");
    }

    @Test
    void aBoundFundsOrManagersPassIsNoFigure() {
        assertThat(MetricExtractor.extract("基金经理", "年限超过10年的只有178个，其中年化收益超过10%的仅57位。额度超过40亿美元的基金公司有4家。",
                MARCH_2022, List.of())).extracting(Metric::getValue).containsExactly(178.0, 57.0, 4.0);
    }

    @Test
    void anActivityOrASectorOpeningClausesIsNoCompany() {
        assertThat(MetricExtractor.extract("港股打新收益率下滑", "打新收益率下滑。打新资金扎堆。打新获利百万，港交所IPO募集资金达260亿美元。",
                MARCH_2022, List.of())).extracting(Metric::getSubject).containsOnlyNulls();
    }

    @Test
    void aLevelAfterAFallIsPositiveAnExpectedRiseIsNoMoveAndASupposedCaseNoFact() {
        assertThat(MetricExtractor.extract("欧股", "德国DAX30指数开盘下跌12.51点，跌幅为0.08%，报15675.42点。", MARCH_2022, List.of()))
                .extracting(Metric::getKey, Metric::getValue).contains(tuple("index_level", 15675.42));
        assertThat(MetricExtractor.extract("券商关注", "3月20日，在公布了目标价格的24只个股中，预期涨幅分别是66.14%、56.84%。", MARCH_2022, List.of()))
                .extracting(Metric::getKey, Metric::getPeriod)
                .containsExactly(tuple("other", "2022-03-20"), tuple("other", null), tuple("other", "2022-03-20"));
        assertThat(MetricExtractor.extract("新股", "中一签需缴款3.63万元，若上市首日涨幅能达到150%的话，单签盈利可达5.45万元。", MARCH_2022, List.of()))
                .extracting(Metric::getValue).containsExactly(36300.0);
    }

    @Test
    void aShareOfSalesAndAnIndexNamedAfterATermAreWhatTheyAre() {
        assertThat(MetricExtractor.extract("苹果", "苹果在第四季度出货量占全球智能手机出货量的22%。", MARCH_2022, List.of()))
                .extracting(Metric::getKey).containsExactly("share");
        assertThat(MetricExtractor.extract("航运", "2021年中国出口集装箱运价综合指数均值为2615.54点，同比增长165.69%。", MARCH_2022, List.of()))
                .extracting(Metric::getKey).first().isEqualTo("index_level");
    }

    @Test
    void whatAFirmHasOwesOrLosesIsMoney() {
        assertThat(MetricExtractor.extract("券商", "净资产排名前十的券商分别是中信证券（1577亿）、海通证券（1396亿）。累亏27亿，冲刺IPO。",
                MARCH_2022, List.of())).extracting(Metric::getUnit).containsOnly("CNY");
    }

    @Test
    void occupyingIsNoShareButAShareOfOccupancyIs() {
        // one reading of 占 for a term after it and for the words before a figure: 占有率 is a share, 占地 and 抢占 are verbs
        assertThat(MetricExtractor.extract("份额", "公司在国内的市占有率为3.2%。工厂占地面积的40%用于仓储。",
                MARCH_2022, List.of())).extracting(Metric::getKey).containsExactly("share", "other");
        assertThat(MetricExtractor.extract("份额", "产品占据营业收入的70%。", MARCH_2022, List.of()))
                .extracting(Metric::getKey).containsExactly("share");
    }

    @Test
    void aCompanyNamedByItsMarketValueHasThatMarketValue() {
        assertThat(MetricExtractor.extract("1700亿巨头午后闪崩", "1700亿半导体巨头午后闪崩。公司员工3000人。", MARCH_2022, List.of()))
                .extracting(Metric::getKey, Metric::getValue, Metric::getUnit)
                .containsExactly(tuple("market_cap", 1.7e11, "CNY"), tuple("other", 3000.0, "count"));
    }

    @Test
    void theLookAlikesOfTheSetAaRulesAreLeftAlone() {
        // 抢占 is no share; a market's or users' size names no company's value
        assertThat(MetricExtractor.extract("份额", "公司抢占海外市场的份额达到10%。", MARCH_2022, List.of()))
                .extracting(Metric::getKey).doesNotContain("share");
        assertThat(MetricExtractor.extract("赛道", "千亿市场龙头，月活超3亿的短视频巨头。", MARCH_2022, List.of()))
                .extracting(Metric::getKey).doesNotContain("market_cap");
        // 「」 as quotes name no company; 由于 opens no list of investors
        assertThat(MetricExtractor.extract("加息", "「美联储」宣布加息25个基点，美股下跌2%。", MARCH_2022, List.of()))
                .extracting(Metric::getSubject).containsOnlyNulls();
        assertThat(MetricExtractor.extract("华为", "华为表示，由于芯片短缺，海思领投的项目收入下降10%。", MARCH_2022, List.of()))
                .extracting(Metric::getSubject).containsExactly("华为");
        assertThat(MetricExtractor.extract("融资", "华为宣布获红杉中国数千万元A轮融资。", MARCH_2022, List.of()))
                .extracting(Metric::getSubject, Metric::getKey).containsExactly(tuple("华为", "fundraising"));
    }
}
