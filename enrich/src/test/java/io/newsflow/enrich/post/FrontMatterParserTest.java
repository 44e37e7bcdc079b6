package io.newsflow.enrich.post;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrontMatterParserTest {
    private final FrontMatterParser parser = new FrontMatterParser(64 * 1024);

    @Test
    void keepsDatesAsTextAndReadsScalarsAndLists() {
        FrontMatter fm = parser.parse("layout: post\ntitle: \"A\"\ndate: 2022-03-27 22:02:05 +0800\ncategories: emnews\ntags: 东财滚动新闻");
        assertThat(fm.title()).isEqualTo("A");
        assertThat(fm.date()).isEqualTo("2022-03-27 22:02:05 +0800");
        assertThat(fm.categories()).containsExactly("emnews");
        assertThat(fm.tags()).containsExactly("东财滚动新闻");
        assertThat(fm.recovered()).isFalse();
    }

    @Test
    void recoversTitlesWithUnescapedQuotesLineByLine() {
        FrontMatter fm = parser.parse("title: \"\"股王\"茅台重回2000元\"\ndate: 2021-12-08 12:41:23\ncategories: \n - 金融\n - 新浪财经");
        assertThat(fm.recovered()).isTrue();
        assertThat(fm.title()).isEqualTo("\"股王\"茅台重回2000元");
        assertThat(fm.date()).isEqualTo("2021-12-08 12:41:23");
        assertThat(fm.categories()).containsExactly("金融", "新浪财经");
    }

    @Test
    void singleQuotedHexoTitleAndNumericTitle() {
        assertThat(parser.parse("title: '\"有色一哥\"入局期货业'").title()).isEqualTo("\"有色一哥\"入局期货业");
        assertThat(parser.parse("title: 2024").title()).isEqualTo("2024");
    }

    @Test
    void aliasBombsDoNotExpand() {
        String bomb = "a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
                + "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\ntitle: t";
        FrontMatter fm = parser.parse(bomb);
        assertThat(fm.recovered()).isTrue();
        assertThat(fm.title()).isEqualTo("t");
    }

    @Test
    void nothingReadableIsNull() {
        assertThat(parser.parse("!!!")).isNull();
    }
}
