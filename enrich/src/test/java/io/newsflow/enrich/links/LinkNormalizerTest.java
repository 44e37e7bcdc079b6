package io.newsflow.enrich.links;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LinkNormalizerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "http://finance.eastmoney.com/a/202203272324148410.html?from=web | https://finance.eastmoney.com/a/202203272324148410.html",
            "//stock.eastmoney.com/news/1344,202112082206928461.html | https://finance.eastmoney.com/a/202112082206928461.html",
            "http://hk.eastmoney.com/news/11060,20211208220667293.html | https://finance.eastmoney.com/a/20211208220667293.html",
            "http://finews.zning.xyz/html_News/NewsShare.html?infoCode=NW202203272324148410 | https://finance.eastmoney.com/a/202203272324148410.html",
            "https://choicewzp1.eastmoney.com/html_News/NewsShare.html?infoCode=NW202203272324148410 | https://finance.eastmoney.com/a/202203272324148410.html",
            "http://choicew2z.eastmoney.com/info/information/detail.html?infocode=NW202203272324148410 | https://finance.eastmoney.com/a/202203272324148410.html",
            "http://quote.eastmoney.com/r/0.002353 | https://quote.eastmoney.com/unify/r/0.002353",
            "http://quote.eastmoney.com/unify/r/106.NIO | https://quote.eastmoney.com/unify/r/106.NIO",
            "https://quote.eastmoney.com/unify/r/116.00020?from=classic#top | https://quote.eastmoney.com/unify/r/116.00020",
            "http://quote.eastmoney.com/sh600519.html | https://quote.eastmoney.com/unify/r/1.600519",
            "http://quote.eastmoney.com/concept/sz300750.html?from=classic | https://quote.eastmoney.com/unify/r/0.300750",
            "http://quote.eastmoney.com/hk/00700.html | https://quote.eastmoney.com/unify/r/116.00700",
            "http://quote.eastmoney.com/bk/90.BK0493.html | https://quote.eastmoney.com/unify/r/90.BK0493",
            "https://wap.eastmoney.com/quote/stock/1.600519.html | https://quote.eastmoney.com/unify/r/1.600519",
            "http://data.eastmoney.com/bbsj/ | http://data.eastmoney.com/bbsj/",
            "https://webquoteklinepic.eastmoney.com/GetPic.aspx?nid=116.00020&imageType=k | https://webquoteklinepic.eastmoney.com/GetPic.aspx?nid=116.00020&imageType=k",
            "http://example.com/q?a={x}^y&utm_medium=x | http://example.com/q?a={x}^y",
            "http://my_host.example.com/a.html#x | http://my_host.example.com/a.html",
            "https://Example.com | https://example.com/",
            "http://finance.eastmoney.com/news/1354,202112082206939612.html | https://finance.eastmoney.com/a/202112082206939612.html",
            "https://mss.eastmoney.com/news/11059,20211208220698765.html | https://finance.eastmoney.com/a/20211208220698765.html",
            "https://futures.eastmoney.com/news/1513,202112082206931234.html#comments | https://finance.eastmoney.com/a/202112082206931234.html",
            "//finews.withounder.com/ | https://finews.withounder.com/",
            "HTTP://Example.COM:80/a?utm_source=x&id=3#frag | http://example.com/a?id=3",
            "https://example.com:8443/x?from=web&y=1 | https://example.com:8443/x?y=1"})
    void normalizes(String url, String expected) {
        assertThat(LinkNormalizer.normalize(url)).contains(expected);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", "../emnews/", "../", "javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,x", "mailto:a@b.c",
            "http://x.com/\"><script>alert(1)</script>", "<>"})
    void leavesEmptyRelativeAndUnsafeLinksWithoutANormalizedForm(String url) {
        assertThat(LinkNormalizer.normalize(url)).isEmpty();
    }
}
