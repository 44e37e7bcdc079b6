package io.newsflow.enrich.tickers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Finding companies by name alone, with real phrasings from eastmoney and Sina articles. */
class NameMatchingTest {
    private static final SecurityIds.Security MOUTAI = new SecurityIds.Security("600519", "SH", null);
    private static final SecurityIds.Security SHANGHAI_SECURITIES = new SecurityIds.Security("601211", "SH", null);
    private static final SecurityIds.Security PING_AN_A = new SecurityIds.Security("601318", "SH", null);
    private static final SecurityIds.Security PING_AN_H = SecurityIds.hongKong("2318");
    private static final SecurityIds.Security XIAOMI = SecurityIds.hongKong("1810");
    private static final SecurityIds.Security APPLE = new SecurityIds.Security("AAPL", "US", null);
    private static final SecurityIds.Security VANKE = new SecurityIds.Security("000002", "SZ", null);
    private static final SecurityIds.Security CK = SecurityIds.hongKong("1");
    private static final SecurityIds.Security NIO = new SecurityIds.Security("NIO", "US", "NYSE");
    private static final SecurityIds.Security TCL = new SecurityIds.Security("000100", "SZ", null);

    private static final TickerNames NAMES = new TickerNames(List.of(NameDictionary.of(List.of(
            entry("贵州茅台", MOUTAI), entry("上海证券", SHANGHAI_SECURITIES), entry("中国平安", PING_AN_A),
            entry("中国平安", PING_AN_H), entry("小米集团-W", XIAOMI), entry("苹果", APPLE), entry("万科A", VANKE),
            entry("长和", CK), entry("蔚来", NIO), entry("TCL科技", TCL)),
            List.of("上海证券报", "中国证券监督管理委员会"))), Set.of("苹果"));

    private static NameEntry entry(String name, SecurityIds.Security s) {
        return new NameEntry(NameForms.normalize(name), s, "test");
    }

    private static List<String> symbols(String text) {
        return NAMES.find(text, Set.of()).stream().map(h -> h.security().symbol()).toList();
    }

    @Test
    void findsNamesWithTheirPositionAndTheSpellingTheArticleUses() {
        String text = java.text.Normalizer.normalize("周二，贵州茅台股价上涨，万  科Ａ跌2%，小米集团发布新车。", java.text.Normalizer.Form.NFKC);
        assertThat(NAMES.find(text, Set.of()))
                .extracting(h -> h.security().symbol(), TickerNames.Hit::name, TickerNames.Hit::start)
                .containsExactly(tuple("600519.SH", "贵州茅台", 3), tuple("000002.SZ", "万科A", 12), tuple("01810.HK", "小米集团", 21));
    }

    @Test
    void aNameInsideANewspaperOrRegulatorIsNoMention() {
        assertThat(symbols("据上海证券报报道，公司获批。")).isEmpty();
        assertThat(symbols("上海证券发布研报称……")).containsExactly("601211.SH");
        assertThat(symbols("上海证券网讯，……")).as("上海证券 followed by 网 is the newspaper's site").isEmpty();
        assertThat(symbols("据贵州茅台协会统计，……")).as("a name that starts an association's name").isEmpty();
        assertThat(symbols("贵州茅台联合会员店推出新品。")).as("联合会员 is no association").containsExactly("600519.SH");
    }

    @ParameterizedTest
    @CsvSource({
        "'营收增长和利润下降', ''",
        "'据长和公告，集团……', 01.HK",
        "'长和股份回购', 01.HK",
        "'投资人看好蔚来汽车', ''",
        "'蔚来交付新车', NIO.US",
        "'和蔚来合作', NIO.US",
    })
    void twoCharacterNamesGluedToAPrecedingWordAreNotMentions(String text, String expected) {
        List<String> want = expected == null || expected.isEmpty() ? List.of() : List.of(expected.equals("01.HK") ? "00001.HK" : expected);
        assertThat(symbols(text)).isEqualTo(want);
    }

    @Test
    void aNameWhose国EndsAWordForACountryIsNoMention() {
        TickerNames names = new TickerNames(List.of(NameDictionary.of(List.of(
                entry("国新能源", new SecurityIds.Security("600617", "SH", null))), List.of())), Set.of());
        assertThat(names.find("今年上半年，我国新能源汽车的出口量为17.33万辆。", Set.of())).as("我国新能源 is no 国新能源").isEmpty();
        assertThat(names.find("国新能源发布公告称，", Set.of())).hasSize(1);
        assertThat(names.find("公司与国新能源签约，", Set.of())).hasSize(1);
        assertThat(names.find("其中国新能源净利润增长，", Set.of())).as("其中 ends before the name").hasSize(1);
    }

    @Test
    void aNameTheDictionaryKnowsReplacesTheWordsBeforeACodeThatRanIntoIt() {
        var result = TickerExtractor.extract(List.of(), "记者从贵州茅台（600519）获悉，贵州茅台今年营收增长。", NAMES);
        assertThat(result.tickers()).extracting(io.newsflow.schema.Ticker::getName).containsExactly("贵州茅台");
    }

    @Test
    void everydayWordNamesNeedACue() {
        assertThat(symbols("山东苹果价格上涨，果农增收。")).isEmpty();
        assertThat(symbols("苹果公司发布新款手机。")).containsExactly("AAPL.US");
        assertThat(NAMES.find("苹果新品发布。", Set.of("AAPL.US"))).hasSize(1);
    }

    /** The symbols the bundled lists find in {@code text}, in order. */
    private static List<String> bundledSymbols(String text) {
        return BundledNames.shared().find(text, Set.of()).stream().map(h -> h.security().symbol()).toList();
    }

    @Test
    void theBundledNamesKnowEveryAAndHongKongShareButNotTheEverydayWordsAmongThem() {
        assertThat(bundledSymbols("安凯客车收深交所关注函，瑜欣电子上市首日大涨。")).containsExactly("000868.SZ", "301107.SZ");
        assertThat(bundledSymbols("消费者线上线下核销助力券，可使用数字人民币。")).isEmpty();
        assertThat(bundledSymbols("中国新能源乘用车继续保持增长。陆家嘴财经早餐")).isEmpty();
        assertThat(bundledSymbols("周期中能源与农产品(化肥、高标准农田)受益。")).as("a bracket without a code is no cue").isEmpty();
        assertThat(bundledSymbols("农产品(000061)公告。")).containsExactly("000061.SZ");
        assertThat(bundledSymbols("港股汽车零售板块走低，盘中中升控股一度跌超5%，快狗打车跌3%。")).containsExactly("00881.HK", "02246.HK");
        assertThat(bundledSymbols("港股锂电池板块走高，赣锋锂业涨4%。")).as("the H share in a Hong Kong sentence").containsExactly("01772.HK");
        assertThat(bundledSymbols("A股锂电池板块走高，赣锋锂业涨4%。")).containsExactly("002460.SZ");
        assertThat(bundledSymbols("硅片龙头上机数控股价腰斩，保利地产涨2%。")).as("names of 2021, renamed since (弘元绿能, 保利发展)")
                .containsExactly("603185.SH", "600048.SH");
    }

    @Test
    void theBundledNamesKnowChineseCompaniesListedInTheUs() {
        assertThat(bundledSymbols("富途控股第三季度营收同比增长，触宝盘中跌超10%。")).containsExactly("FUTU.US", "CTK.US");
        assertThat(bundledSymbols("拼多多和满帮集团股价走高。")).containsExactly("PDD.US", "YMM.US");
        assertThat(bundledSymbols("一滴水滴落在荔枝上，极光出现。")).as("names that are everyday words need a cue").isEmpty();
        assertThat(bundledSymbols("百胜中国公告称……")).as("a name listed in Hong Kong and New York is the H share without a US cue")
                .containsExactly("09987.HK");
        assertThat(bundledSymbols("美股收盘，百胜中国涨3%。")).containsExactly("YUMC.US");
    }

    @Test
    void aNameListedOnTwoMarketsFollowsItsSentence() {
        assertThat(symbols("中国平安一季度净利润增长。")).containsExactly("601318.SH");
        assertThat(symbols("港股中国平安涨3%，恒生指数收涨。")).containsExactly("02318.HK");
        assertThat(symbols("恒指收涨。A股方面，中国平安涨1%。")).as("the Hong Kong cue is in another sentence").containsExactly("601318.SH");
        assertThat(symbols("中国平安H股涨2%。")).containsExactly("02318.HK");
        TickerNames nio = new TickerNames(List.of(NameDictionary.of(List.of(entry("蔚来-SW", SecurityIds.hongKong("9866")),
                entry("蔚来", NIO)), List.of())), Set.of());
        assertThat(nio.find("中概新能源汽车股涨跌不一，蔚来汽车涨2.54%。", Set.of())).extracting(h -> h.security().symbol()).containsExactly("NIO.US");
        assertThat(nio.find("恒指跌0.5%，蔚来跌3%。", Set.of())).extracting(h -> h.security().symbol()).containsExactly("09866.HK");
        assertThat(nio.find("蔚来交付新车。美股收盘，蔚来涨3%。", Set.of())).extracting(h -> h.security().symbol())
                .as("one name is one security per article, chosen at its first mention (here by the article's market)").containsExactly("NIO.US", "NIO.US");
    }

    @Test
    void aNameThatStartsAListedSubsidiarysNameIsNotTheParent() {
        TickerNames byd = new TickerNames(List.of(NameDictionary.of(List.of(entry("比亚迪", new SecurityIds.Security("002594", "SZ", null)),
                entry("京东方A", new SecurityIds.Security("000725", "SZ", null))), List.of())), Set.of());
        assertThat(byd.find("比亚迪电子涨7%，京东方精电涨4%。", Set.of())).isEmpty();
        assertThat(byd.find("比亚迪汽车销量创新高，京东方发布公告。", Set.of())).extracting(h -> h.security().symbol())
                .containsExactly("002594.SZ", "000725.SZ");
    }

    @Test
    void latinNamesStandAsWordsAndMatchAnyCase() {
        assertThat(symbols("TCL科技公告")).containsExactly("000100.SZ");
        assertThat(symbols("tcl科技公告")).containsExactly("000100.SZ");
        assertThat(symbols("XTCL科技公告")).isEmpty();
    }

    @Test
    void aNewListingsFirstDayNameIsTheCompanyItShortens() {
        SecurityIds.Security hehui = new SecurityIds.Security("688538", "SH", null);
        SecurityIds.Security smic = new SecurityIds.Security("688981", "SH", null);
        TickerNames names = new TickerNames(List.of(NameDictionary.of(List.of(entry("和辉光电-U", hehui), entry("中芯国际", smic),
                entry("中国平安", PING_AN_A), entry("中国石油", new SecurityIds.Security("601857", "SH", null))), List.of())), Set.of());
        assertThat(names.find("N和辉-U上市首日大涨，C和辉-U次日回落。", Set.of()))
                .extracting(h -> h.security().symbol(), TickerNames.Hit::name, TickerNames.Hit::written, TickerNames.Hit::start)
                .containsExactly(tuple("688538.SH", "和辉光电-U", "N和辉-U", 0), tuple("688538.SH", "和辉光电-U", "C和辉-U", 12));
        assertThat(names.find("N中芯上市首日", Set.of())).extracting(TickerNames.Hit::written).containsExactly("N中芯");
        // Two companies start with 中国; a Latin word's N or C, and a letter before ideographs that start no name, are no mark.
        assertThat(names.find("N中国上市，NC中芯，C端用户，N型电池", Set.of())).isEmpty();
    }

    @Test
    void longestNameWins() {
        TickerNames names = new TickerNames(List.of(NameDictionary.of(List.of(entry("中国平安", PING_AN_A),
                entry("平安银行", new SecurityIds.Security("000001", "SZ", null))), List.of())), Set.of());
        assertThat(names.find("中国平安银行", Set.of())).extracting(h -> h.security().symbol())
                .as("中国平安 followed by 银行 is another company; the overlapping 平安银行 gets its turn").containsExactly("000001.SZ");
        assertThat(names.find("中国平安保险", Set.of())).extracting(h -> h.security().symbol()).containsExactly("601318.SH");
        TickerNames shorter = new TickerNames(List.of(NameDictionary.of(List.of(entry("平安", PING_AN_A),
                entry("平安银行", new SecurityIds.Security("000001", "SZ", null))), List.of())), Set.of());
        assertThat(shorter.find("的平安银行", Set.of())).extracting(h -> h.security().symbol()).containsExactly("000001.SZ");
    }

    @Test
    void learnedDictionariesAddToTheBundledOnes() {
        TickerNames more = NAMES.with(List.of(NameDictionary.of(List.of(entry("巨化股份", new SecurityIds.Security("600160", "SH", null))), List.of())));
        assertThat(more.find("巨化股份公告", Set.of())).extracting(h -> h.security().symbol()).containsExactly("600160.SH");
        assertThat(more.knows("巨化股份", "600160.SH")).isTrue();
        assertThat(NAMES.knows("巨化股份", "600160.SH")).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "蔚来, NIO, true", "巨化股份, 600160, true", "TCL科技, 000100, true", "NVIDIA, NVDA, true",
        "600519, 600519, false", "行情, 600519, false", "K图, 600519, false", "A, A, false", "GE, GE, false",
        "贵州茅台(600519), 600519, false", "这是一个远远超过十六个字的名字不会是证券简称的, 600519, false",
    })
    void learnsOnlyNameLikeText(String name, String code, boolean learnable) {
        assertThat(NameForms.learnable(NameForms.normalize(name), code)).isEqualTo(learnable);
    }

    @Test
    void shortFormsOfHongKongShareClassAndRiskWarningNames() {
        assertThat(NameForms.forms("小米集团-W")).containsExactly("小米集团-W", "小米集团");
        assertThat(NameForms.forms("蔚来-SW")).containsExactly("蔚来-SW", "蔚来");
        assertThat(NameForms.forms("万科A")).containsExactly("万科A", "万科");
        assertThat(NameForms.forms("贵州茅台")).containsExactly("贵州茅台");
        assertThat(NameForms.forms("*ST摩登")).containsExactly("*ST摩登", "ST摩登");
        assertThat(NameForms.forms("ST曙光")).containsExactly("ST曙光", "*ST曙光");
        assertThat(NameForms.forms("STAR")).containsExactly("STAR");
        assertThat(NameForms.normalize(" 万  科Ａ ")).isEqualTo("万科A");
    }
}
