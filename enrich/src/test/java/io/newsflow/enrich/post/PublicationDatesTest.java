package io.newsflow.enrich.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicationDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2022-03-27 22:02:05 +0800 | 2022-03-27T14:02:05Z",
            "2021-12-08 12:41:23       | 2021-12-08T04:41:23Z",
            "2021-12-08 12:41          | 2021-12-08T04:41:00Z",
            "2021-12-08T12:41:23+08:00 | 2021-12-08T04:41:23Z",
            "2021-12-08 12:41:23 Z     | 2021-12-08T12:41:23Z",
            "Mon, 31 Jan 2022 06:21:59 GMT | 2022-01-31T06:21:59Z",
            "2024-8-31                 | 2024-08-30T16:00:00Z"})
    void readsEveryDateFormOfTheArchive(String text, String expected) {
        assertThat(PublicationDates.parse(text)).contains(Instant.parse(expected));
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', value = {"' +0800'", "''", "yesterday", "1970-01-01 00:00:00", "9999-12-31 23:59:59 +0800", "2021-13-45"})
    void treatsMissingAbsurdOrBrokenDatesAsNoDate(String text) {
        assertThat(PublicationDates.parse(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2024-8-31-wind-DailyFinanceNews.md | 2024-08-30T16:00:00Z",
            "zning1994__finews___posts__2021-12-08-202112082206928461.md | 2021-12-07T16:00:00Z"})
    void fallsBackToTheFileNameDate(String name, String expected) {
        assertThat(PublicationDates.fromFileName(name)).contains(Instant.parse(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"202205262391921712 | 2022-05-25T16:00:00Z", "20180101123456789 | 2017-12-31T16:00:00Z"})
    void fallsBackToTheIdDate(String id, String expected) {
        assertThat(PublicationDates.fromArticleId(id)).contains(Instant.parse(expected));
    }
    @org.junit.jupiter.api.Test
    void fallsBackToThePageHeaderTimeInTheBody() {
        String body = "<p class=\"source-time\">\n  <span class=\"source\">每日经济新闻</span>\n  <span class=\"time\">\n"
                + "    2021-07-23 16:08:04\n  </span>\n</p>\n<p>正文……</p>";
        PublicationDates.Resolved r = PublicationDates.resolve("Invalid Date", "1000亿巨头开盘暴涨逾9%.md", null, body);
        assertThat(r.instant()).contains(Instant.parse("2021-07-23T08:08:04Z"));
        assertThat(r.warnings()).containsExactly("UNREADABLE_DATE", "DATE_FROM_BODY");
        // the front matter still wins, and a body without such a header gives nothing
        assertThat(PublicationDates.resolve("2022-03-27 22:02:05 +0800", "a.md", null, body).instant())
                .contains(Instant.parse("2022-03-27T14:02:05Z"));
        assertThat(PublicationDates.resolve("Invalid Date", "a.md", null, "<p>2021-07-23 16:08:04</p>").instant()).isEmpty();
        assertThat(PublicationDates.resolve("Invalid Date", "a.md", null, "<span class=\"time\">2021-07-23\t16:08</span>").instant())
                .as("a tab between day and time").contains(Instant.parse("2021-07-23T08:08:00Z"));
        assertThat(PublicationDates.resolve("Invalid Date", "a.md", null, "<div class=\"timeline\">2021-07-23</div>").instant())
                .as("a timeline is no page header").isEmpty();
    }
}
