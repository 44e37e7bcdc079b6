package io.newsflow.enrich.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.metrics.Subjects.Mention;
import io.newsflow.schema.Metric;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KnownCompaniesTest {
    private static final Instant NOV_2021 = Instant.parse("2021-11-20T02:00:00Z");

    private static List<String> names(String title, String text) {
        return KnownCompanies.find(title, text).stream().map(Mention::name).toList();
    }

    private static String titleName(String title, String text) {
        return KnownCompanies.titleName(title, text, KnownCompanies.find(title, text));
    }

    @Test
    void theFileIsReadWithEveryForm() {
        assertThat(KnownCompanies.forms()).isGreaterThan(200);
    }

    @ParameterizedTest(name = "{1} names {2}")
    @CsvSource(delimiter = '|', textBlock = """
            手机       | 华为已与超过1800家行业伙伴合作                 | 华为
            手机       | 三星已经出货了超过 1000 万台                    | 三星电子
            面板       | Samsung 的面板出货量增长 10%                    | 三星电子
            电池       | 三星SDI获得订单                                 | 三星SDI
            汽车       | 大众汽车的生产率一直在提高                      | 大众汽车
            手机       | 苹果 iPhone 13 系列带动销量增长                 | 苹果
            显卡       | 比如微星万图师版本现在只要900美元               | 微星
            资管       | 黑石正式公布了2021年第四季度财报                | 黑石集团
            芯片       | 老朋友Intel也在大举扩张                         | 英特尔
            """)
    void aCompanyNoListingHoldsIsNamedUnderOneName(String title, String text, String name) {
        assertThat(names(title, text)).containsExactly(name);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            水果行情   | 苹果价格上涨10%，梨价格持平
            酒店       | 三星级酒店营收增长10%
            宏观       | 高通胀压力下，芯片需求回落
            电力       | 北极星电力网数据显示，汽车装机量增长
            芯片       | 骁龙 Snapdragon 8 出货量增长
            矿业       | 努力拓展铁矿石海外市场
            出行       | 点点滴滴都是投入
            汽车       | 大众消费和通用设备需求回升
            游戏       | 王者荣耀流水超100亿元，手机游戏收入增长
            芯片       | 新思科技营收增长
            宏观       | 在货币政策宽松下，银行放贷增加
            货币       | 数字人民币安全可控
            手机       | 各品牌统一加价200元
            基金       | 夏普比率为1.35，面板行业基金领涨
            医学       | Meta分析显示，风险降低30%
            半导体     | 新的 PCB 订单，联想到去年的行情
            """)
    void everydayWordsAndLongerWordsAreNoCompany(String title, String text) {
        assertThat(names(title, text)).isEmpty();
    }

    @Test
    void aCompanyOpeningTheTitleIsTheArticlesSubject() {
        assertThat(titleName("三星Q3营业利润增长10%", "三星表示，营业利润为15.8万亿韩元。")).isEqualTo("三星电子");
        assertThat(titleName("三星和LG的面板出货量", "三星表示，出货量增长。")).isNull();
        assertThat(titleName("华为发布新机", "新机售价4999元。")).as("the text never names it").isNull();
        assertThat(MetricExtractor.extract("三星Q3营业利润增长10%", "三星表示，本季度表现稳健。营业利润为15.8万亿韩元。", NOV_2021, List.of()))
                .extracting(Metric::getSubject).containsOnly("三星电子");
    }

    @Test
    void theFiguresAreTheNamedCompanysRatherThanTheArticlesOtherOne() {
        assertThat(MetricExtractor.extract("折叠屏手机出货量", "三星已经出货了超过 1000 万台，占据了折叠屏智能手机销量的 88%。", NOV_2021,
                List.of())).extracting(Metric::getSubject).containsOnly("三星电子");
    }
}
