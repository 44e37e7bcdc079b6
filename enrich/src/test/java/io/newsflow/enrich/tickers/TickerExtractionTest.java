package io.newsflow.enrich.tickers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.newsflow.enrich.Enricher;
import io.newsflow.enrich.EnrichmentOutcome;
import io.newsflow.enrich.PostInput;
import io.newsflow.schema.Board;
import io.newsflow.schema.EnrichedArticle;
import io.newsflow.schema.Ticker;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Tickers through the whole enricher, from markup and text snippets as they occur in real posts. */
class TickerExtractionTest {
    /** Without a name dictionary: these cases are about markup and codes. */
    private static final Enricher ENRICHER = new Enricher(TickerNames.none());

    private static EnrichedArticle enrich(String body) {
        String post = "---\ntitle: \"标题\"\ndate: 2022-05-26 10:00:00 +0800\n---\n" + body + "\n";
        EnrichmentOutcome outcome = ENRICHER.enrich(new PostInput("x/2022-05-26-202205262391921712.md",
                post.getBytes(StandardCharsets.UTF_8)));
        return ((EnrichmentOutcome.Article) outcome).article();
    }

    @Test
    void chartWidgetWithAndWithoutItsLink() {
        EnrichedArticle a = enrich("<!-- EM_StockImg_Start --><p style=\"text-align:center;\"><a href=\"http://quote.eastmoney.com/unify/r/116.00020\" "
                + "data-code=\"00020|116|5\" data-code2=\"00020|116|3|\" class=\"EmImageRemark\" target=\"_blank\"><img src=\"https://webquoteklinepic.eastmoney.com/GetPic.aspx?nid=116.00020&imageType=k\" "
                + "alt=\"K图 00020_0\" data-code=\"K 00020|116|5\"></a></p><!-- EM_StockImg_End --><p>商汤集团发布年报。</p>"
                + "<p><img src=\"x.png\" data-code=\"K 600519|1|1\"></p>");
        assertThat(a.getTickers()).extracting(Ticker::getSymbol, Ticker::getExchange, Ticker::getName, Ticker::getEvidence)
                .containsExactly(tuple("00020.HK", "HK", null, java.util.List.of("widget")),
                        tuple("600519.SH", "SH", null, java.util.List.of("widget")));
    }

    @Test
    void inlineLinksInBothCodeOrdersAndOlderHrefs() {
        EnrichedArticle a = enrich("<p><span id=\"stock_106.NIO\"><a href=\"http://quote.eastmoney.com/unify/r/106.NIO\" class=\"keytip\" data-code=\"106,NIO\">蔚来</a></span>"
                + "发布财报，蔚来交付量增长，<span class=\"em_stock_key_common\" data-code=\"1,600160\" href=\"http://quote.eastmoney.com/unify/r/1.600160\">巨化股份</span>跟涨，"
                + "<a href=\"http://quote.eastmoney.com/r/0.002353\" data-code=\"002353\">杰瑞股份</a>下跌。蔚来表示……</p>");
        assertThat(a.getTickers()).extracting(Ticker::getSymbol, Ticker::getName, Ticker::getVenue, Ticker::getMentions)
                .containsExactly(tuple("NIO.US", "蔚来", "NYSE", 3), tuple("600160.SH", "巨化股份", null, 1),
                        tuple("002353.SZ", "杰瑞股份", null, 1));
        assertThat(a.getTickers()).allSatisfy(t -> assertThat(t.getEvidence()).containsExactly("link"));
    }

    @Test
    void boardsAndIndicesAreNotTickersAndKeywordLinksAreNothing() {
        EnrichedArticle a = enrich("<p><span id=\"bk_90.BK0493\"><a href=\"http://quote.eastmoney.com/unify/r/90.BK0493\" class=\"keytip\" data-code=\"90,BK0493\">新能源</a></span>板块走强，"
                + "<a href=\"http://quote.eastmoney.com/unify/r/0.399006\" class=\"infokey\">创业板指</a>涨1%，"
                + "<span id=\"Info.3321\"><a href=\"http://data.eastmoney.com/bbsj/\" class=\"infokey\">业绩</a></span>向好。</p>");
        assertThat(a.getTickers()).isEmpty();
        assertThat(a.getBoards()).extracting(Board::getCode, Board::getName).containsExactly(tuple("90.BK0493", "新能源"));
        assertThat(a.getIndices()).extracting(Board::getCode, Board::getName).containsExactly(tuple("0.399006", "创业板指"));
    }

    @Test
    void aLinkTheAutoLinkerPutInsideANewspapersNameIsNoMention() {
        EnrichedArticle a = enrich("<p>据上海<span id=\"bk_90.BK0473\"><a href=\"http://quote.eastmoney.com/unify/r/90.BK0473\" class=\"keytip\" data-code=\"90,BK0473\">证券</a></span>报报道，"
                + "<span id=\"bk_90.BK0473\"><a href=\"http://quote.eastmoney.com/unify/r/90.BK0473\" data-code=\"90,BK0473\">证券</a></span>板块大涨。</p>");
        assertThat(a.getText()).contains("上海证券报");
        // Only the second link, a real board mention, counts.
        assertThat(a.getBoards()).extracting(Board::getCode).containsExactly("90.BK0473");
        EnrichedArticle onlyNewspaper = enrich("<p>据上海<span id=\"bk_90.BK0473\"><a href=\"http://quote.eastmoney.com/unify/r/90.BK0473\" data-code=\"90,BK0473\">证券</a></span>报报道。</p>");
        assertThat(onlyNewspaper.getBoards()).isEmpty();
    }

    @Test
    void aLinkTheAutoLinkerPutInsideAnAssociationsNameIsNoMention() {
        EnrichedArticle a = enrich("<p>据<a href=\"http://quote.eastmoney.com/unify/r/1.600916\" data-code=\"1,600916\">中国黄金</a>协会统计，"
                + "2021年国内原料黄金产量为328.98吨。</p>");
        assertThat(a.getTickers()).isEmpty();
    }

    @Test
    void sinaStockSpans() {
        EnrichedArticle a = enrich("<p><span id=\"stock_sz300059\"><a href=\"https://finance.sina.com.cn/realstock/company/sz300059/nc.shtml\">东方财富</a></span>"
                + "<span id=\"stock_sh601899\">紫金矿业</span></p>");
        assertThat(a.getTickers()).extracting(Ticker::getSymbol, Ticker::getName)
                .containsExactly(tuple("300059.SZ", "东方财富"), tuple("601899.SH", "紫金矿业"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "贵州茅台（600519）今日大涨。 | 600519.SH | 贵州茅台",
            "公司贵州茅台(600519)今日大涨。 | 600519.SH | 贵州茅台",
            "宁德时代（300750.SZ）发布公告。 | 300750.SZ | 宁德时代",
            "浦发银行(600000.SS)公告。 | 600000.SH | 浦发银行",
            "比亚迪002594.SZ涨停。 | 002594.SZ | ",
            "关注SH600519的走势。 | 600519.SH | ",
            "公告称（股票代码：000001）将分红。 | 000001.SZ | ",
            "公司证券代码：000002，简称万科A。 | 000002.SZ | ",
            "腾讯控股(00700.HK)回购股份。 | 00700.HK | 腾讯控股",
            "港交所（0388.HK）公布业绩。 | 00388.HK | 港交所",
            "港股方面，中国飞鹤（06186）上涨。 | 06186.HK | 中国飞鹤",
            "阿里巴巴$BABA盘前上涨。 | BABA.US | ",
            "投资者关注BABA.US的财报。 | BABA.US | ",
            "特斯拉(TSLA.O)股价下跌。 | TSLA.US | 特斯拉",
            "瑞信（CS.N）股价下跌。 | CS.US | 瑞信",
            "北交所公司贝特瑞（835185）公告。 | 920185.BJ | 贝特瑞",
            "新三板挂牌公司天风期货（834277）获批。 | 834277.NQ | 天风期货",
            "下调港交所(0388.HK)目标价。 | 00388.HK | 港交所",
            "上升颐海国际(01579.HK)评级。 | 01579.HK | 颐海国际"})
    void codesWrittenInText(String text, String symbol, String name) {
        EnrichedArticle a = enrich("<p>" + text + "</p>");
        assertThat(a.getTickers()).extracting(Ticker::getSymbol).containsExactly(symbol);
        assertThat(a.getTickers().get(0).getEvidence()).containsExactly("text_code");
        assertThat(a.getTickers().get(0).getName()).isEqualTo(name);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "邮编：100000，地址北京。",
            "数据截至202405月底。",
            "公司以600519元的价格成交。",
            "华泰柏瑞沪深300ETF（510300）份额增加。",
            "某转债（113050）上市。",
            "创业板ETF（159915）净流入。",
            "统计周期（202405）内增长。",
            "公司（00700）召开会议。",
            "报告期内增长12.5%（2021年为8.3%）。",
            "收入约为$100万。"})
    void numbersThatAreNotTickers(String text) {
        assertThat(enrich("<p>" + text + "</p>").getTickers()).isEmpty();
    }

    @Test
    void oneSymbolOnceWithEveryKindOfEvidenceAndItsMentions() {
        EnrichedArticle a = enrich("<p><span id=\"stock_1.600519\"><a href=\"http://quote.eastmoney.com/unify/r/1.600519\" data-code=\"1,600519\">贵州茅台</a></span>"
                + "（600519）今日大涨，贵州茅台市值重回2万亿元；600519.SH成交额放大。</p>");
        assertThat(a.getTickers()).hasSize(1);
        Ticker t = a.getTickers().get(0);
        assertThat(t.getSymbol()).isEqualTo("600519.SH");
        assertThat(t.getEvidence()).containsExactly("link", "text_code");
        assertThat(t.getMentions()).isEqualTo(2);
    }
}
