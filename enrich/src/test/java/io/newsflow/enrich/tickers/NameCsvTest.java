package io.newsflow.enrich.tickers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameCsvTest {
    private static List<NameEntry> read(String csv) throws Exception {
        return NameCsv.read(new BufferedReader(new StringReader(csv)), "names.csv");
    }

    @Test
    void readsCodesNamesAndAliasesInTickerNotation() throws Exception {
        List<NameEntry> entries = read("\uFEFFcode,exchange,name,aliases\n# mine\n\n600519,sh,贵州茅台,茅台|Moutai\n700,HK,腾讯控股\n"
                + "835185,BJ,贝特瑞,\nbaba,US,阿里巴巴\n");
        assertThat(entries).extracting(e -> e.security().symbol(), NameEntry::name).containsExactly(
                tuple("600519.SH", "贵州茅台"), tuple("600519.SH", "茅台"), tuple("600519.SH", "MOUTAI"),
                tuple("00700.HK", "腾讯控股"), tuple("920185.BJ", "贝特瑞"), tuple("BABA.US", "阿里巴巴"));
    }

    @Test
    void badLinesFailWithTheirNumberAndWhy() {
        assertThatThrownBy(() -> read("600519,SS,贵州茅台\n")).hasMessage("names.csv line 1: exchange 'SS' is not one of SH, SZ, BJ, NQ, HK, US");
        assertThatThrownBy(() -> read("# x\n000001,SH,平安银行\n")).hasMessage("names.csv line 2: '000001' is not a SH stock code");
        assertThatThrownBy(() -> read("510300,SH,沪深300ETF\n")).hasMessageContaining("is not a SH stock code");
        assertThatThrownBy(() -> read("600519\n")).hasMessage("names.csv line 1: expected code,exchange,name[,aliases] but found 1 fields");
        assertThatThrownBy(() -> read("600519,SH, \n")).hasMessage("names.csv line 1: empty name");
    }

    @Test
    void theBundledSeedParsesAndKnowsCompaniesFromRealMarkup() {
        List<NameEntry> seed = BundledNames.seed();
        assertThat(seed).hasSizeGreaterThan(200);
        assertThat(seed).extracting(e -> e.security().symbol() + " " + e.name())
                .contains("600160.SH 巨化股份", "NIO.US 蔚来", "00700.HK 腾讯控股");
        assertThat(seed).allSatisfy(e -> assertThat(NameForms.learnable(e.name(), e.security().code())).as(e.toString()).isTrue());
    }
}
