package io.newsflow.enrich.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The extractor on real sentences from articles it had never been run on, annotated by annotators
 * who saw neither its code nor its output (resources/metrics/BLIND-NOTES.md), in nine sets made one
 * after another. Each sentence is scored inside its whole article as the pipeline enriches it, so
 * subjects and periods are judged with the article's tickers and earlier sentences in view. The
 * rules were then fixed where each set showed them wrong, so no set is blind any more: their first,
 * truly blind measurements are in the notes, and the floors (just below today's scores) guard
 * against regressions.
 */
class BlindMetricEvaluationTest {
    /**
     * The sets in the order they were made, each with its sentence count and floors; the first-run
     * numbers in the comments are the blind ones (BLIND-NOTES.md has each round).
     */
    static Stream<BlindSet> sets() {
        // Key, period and subject are measured on the figures found: a rule that finds figures the extractor missed
        // (突破百亿, 报13549, a headline's figure stated again in its story) may lower them while F1 rises; the floors of the
        // eval set and sets D, G, L, M, V, AA and AG were lowered so at the rules of set AG (each by at most 0.014).
        return Stream.of(
                // A and B: 101 sentences from 43 eastmoney and Sina articles.
                new BlindSet("blind", "blind metrics eval", 101, new Floors(0.93, 0.86, 0.91, 0.95, 0.88)),
                // C: 124 sentences from 33 other articles, annotated after the first set's fixes.
                // Key floor 0.89: its annotators keyed a stake bought (购买其持有的川能风电20%股权) and 市占有率 other, the docs stake and share.
                new BlindSet("blind2", "blind set 2", 124, new Floors(0.94, 0.9, 0.96, 0.96, 0.93)),
                // D: 60 sentences from 21 more articles; subject and period furthest short of the 0.8.
                new BlindSet("blind3", "blind set 3", 60, new Floors(0.97, 0.88, 0.9, 0.94, 0.85)),
                // E: 107 sentences from 34 more; first run subject-and-period 0.656, 0.699 with the A-share
                // dictionary and the counterparty rule measured before its misses were read.
                new BlindSet("blind4", "blind set 4", 107, new Floors(0.95, 0.91, 0.87, 0.98, 0.86)),
                // F: 86 sentences from 31 more; first run subject 0.519, subject-and-period 0.423 (companies
                // no dictionary knows). Its annotators keyed a round named right after its amount other (完成超20亿元C轮融资; Z's and
                // the docs: fundraising), which costs it a key. Period, subject and subject-and-period floors 0.82, 0.84 and 0.70 since
                // prices per cup are read (16元/杯, 7500万杯: two more figures found, dated by the paragraph's month). Subject and
                // subject-and-period floors 0.85 and 0.69 since figures cited from others' statistics are no company's (根据券商数据，
                // …认购达5.15倍 was the IPO's; the rule put 17 subjects right in six other sets).
                new BlindSet("blind5", "blind set 5", 86, new Floors(0.95, 0.92, 0.82, 0.85, 0.69)),
                // G: 27 sentences from 12 more; first run 0.696, then blind through one more round (0.891).
                new BlindSet("blind6", "blind set 6", 27, new Floors(0.94, 0.85, 0.97, 0.91, 0.89)),
                // H: 91 sentences from 36 more, two new annotators; first run F1 0.869, subject-and-period 0.752.
                new BlindSet("blind7", "blind set 7", 91, new Floors(0.91, 0.92, 0.94, 0.94, 0.91)),
                // I: 100 sentences from 35 more, two new annotators; first run F1 0.851, subject-and-period 0.593.
                new BlindSet("blind8", "blind set 8", 100, new Floors(0.93, 0.97, 0.83, 0.91, 0.78)),
                // J: 93 sentences from 27 more, two new annotators; first run F1 0.813, subject-and-period
                // 0.487 — the lowest F1 of any first run, its subjects mostly companies no dictionary holds.
                new BlindSet("blind9", "blind set 9", 93, new Floors(0.88, 0.88, 0.84, 0.75, 0.63)),
                // K: 98 sentences from 30 more, two new annotators; first run F1 0.890, subject-and-period 0.612
                // (unchanged by the US-listed names measured before its misses were read). Key floor 0.94: its annotators keyed
                // a bound of all shares (不超过公司总股本的3%) other, set AC's a share, which the extractor now reads.
                new BlindSet("blind10", "blind set 10", 98, new Floors(0.96, 0.94, 0.84, 0.86, 0.72)),
                // L: 108 sentences from 30 more, two new annotators; first run F1 0.802, subject-and-period 0.495
                // (the session's start: 0.802, 0.465).
                // (subject floor 0.72 since fund houses are named by their kind: 景顺长城基金 is carried into a sentence about 15 of them)
                new BlindSet("blind11", "blind set 11", 108, new Floors(0.93, 0.88, 0.84, 0.72, 0.56)),
                // M: 56 sentences from 14 more, two new annotators; first run F1 0.826, subject-and-period 0.822
                // (the session's start: 0.833, 0.822). Its misses were not read; floors below the first run.
                new BlindSet("blind12", "blind set 12", 56, new Floors(0.83, 0.82, 0.93, 0.89, 0.82)),
                // N: 97 sentences from 27 more, two new annotators (eastmoney posts and the second crawl); first run
                // F1 0.882, subject-and-period 0.723 (the session's start: the same); floors after its fixes, so no
                // longer a blind measure.
                new BlindSet("blind13", "blind set 13", 97, new Floors(0.92, 0.88, 0.86, 0.93, 0.8)),
                // O: 85 sentences from 30 more, two new annotators; first run F1 0.936, subject-and-period 0.804
                // (the session's start: 0.899, 0.810). Misses not read; floors below the first run.
                new BlindSet("blind14", "blind set 14", 85, new Floors(0.97, 0.94, 0.88, 0.96, 0.87)),
                // P: 109 sentences from 31 more, two new annotators; first run F1 0.869, subject-and-period 0.555
                // (the session's start: 0.856, 0.555); floors after its fixes, so no longer a blind measure.
                // (key floor 0.85: its annotators keyed 售价 other, the other sets price, as docs/metrics.md does)
                new BlindSet("blind15", "blind set 15", 109, new Floors(0.89, 0.87, 0.8, 0.86, 0.72)),
                // Q: 85 sentences from 26 more, two new annotators; first run F1 0.940, subject-and-period 0.682
                // (the session's start: 0.924, 0.651); floors after its fixes (years handed out by 分别).
                new BlindSet("blind16", "blind set 16", 85, new Floors(0.94, 0.85, 0.81, 0.91, 0.75)),
                // R: 80 sentences from 23 more, two new annotators; first run F1 0.929, subject-and-period 0.721
                // (the session's start: 0.917, 0.721); floors after its fixes (fund houses and brokers by their kind,
                // 1－10月, a registered name after 用于), so no longer a blind measure.
                new BlindSet("blind17", "blind set 17", 80, new Floors(0.92, 0.94, 0.86, 0.93, 0.8)),
                // S: 79 sentences from 20 more, two new annotators (folders no earlier round used); first run F1 0.917,
                // subject-and-period 0.473 (the session's start: 0.917, 0.482); floors after its fixes (periods written
                // 2021 年 10 月, an association named after a company, a title's industry word), so no longer blind.
                new BlindSet("blind18", "blind set 18", 79, new Floors(0.91, 0.8, 0.82, 0.79, 0.64)),
                // T: 81 sentences from 21 more, two new annotators (IT之家, 快科技, 证券时报网 快讯); first run F1 0.921,
                // subject-and-period 0.624 (the session's start: 0.921, 0.658); floors after its fixes (fiscal quarters,
                // a Latin name opening the title, market shares, 季减/年减, market researchers), so no longer blind.
                new BlindSet("blind19", "blind set 19", 81, new Floors(0.94, 0.92, 0.89, 0.94, 0.84)),
                // U: 90 sentences from 21 more, two new annotators (快科技, cnBeta, IT之家; no results article); first run F1
                // 0.850, subject-and-period 0.510 (the session's start: 0.850, 0.385); floors after its fixes (售价 and its kin
                // as prices, Nordic and other currencies, a specification naming a model), so no longer blind. F1 floor 0.85:
                // its annotators took a list price written in a supposed case (假如车主计划购入原价276,000元的Model Y), which set
                // AF's annotators, like the extractor now, leave out.
                new BlindSet("blind20", "blind set 20", 90, new Floors(0.85, 0.85, 0.86, 0.78, 0.65)),
                // V: 80 sentences from 22 more, two new annotators (cnBeta, 品玩, IT之家, OFweek); first run F1 0.863,
                // subject-and-period 0.582 (the session's start: 0.873, 0.527); floors after its fixes (Latin names of
                // several words, auction prices, 跌了足足…), so no longer blind.
                new BlindSet("blind21", "blind set 21", 80, new Floors(0.87, 0.82, 0.95, 0.78, 0.78)),
                // W: 85 sentences from 20 more, two new annotators (IT之家, 高科技行业门户, 快科技, cnBeta); first run F1 0.929,
                // subject-and-period 0.613 (the session's start: 0.929, 0.476); floors after its fixes (companies driving or
                // overtaken, 回撤/低开, a founding year, a scope's market share, names written with or without a hyphen), so no
                // longer blind.
                new BlindSet("blind22", "blind set 22", 85, new Floors(0.94, 0.91, 0.86, 0.91, 0.79)),
                // X: 70 sentences from 20 more, two new annotators (36氪 快讯 data notes, IT之家, 财联社, 中证网, 证券时报网); first run
                // F1 0.934, subject-and-period 0.808 (the session's start: the same); floors after its fixes (prices per unit in
                // words and over a range, price moves per unit, 三元 as ternary, a listed company's nickname), so no longer blind.
                new BlindSet("blind23", "blind set 23", 70, new Floors(0.96, 0.95, 0.93, 0.89, 0.83)),
                // Y: 76 sentences from 16 more, two new annotators (高科技行业门户, IT之家, 虎嗅, 快科技, cnBeta); first run F1 0.956,
                // subject-and-period 0.508 (the session's start: 0.952, 0.508); floors after its fixes (names opening clauses beside
                // the main company, companies listed abroad, indices' figures, bases of multiples), so no longer blind.
                new BlindSet("blind24", "blind set 24", 76, new Floors(0.95, 0.91, 0.82, 0.89, 0.71)),
                // Z: 76 sentences from 16 more, two new annotators (高科技行业门户, IT之家, 36氪 资讯, 新浪财经, 财联社); first run F1 0.905,
                // subject-and-period 0.590 (the session's start: 0.905, 0.562); floors after its fixes (estimates beside a figure,
                // names in corner brackets, 我国 before a listed name), so no longer blind.
                new BlindSet("blind25", "blind set 25", 76, new Floors(0.92, 0.89, 0.76, 0.88, 0.66)),
                // AA: 77 sentences from 20 more, two new annotators (每经网, 证券时报网, 格隆汇); first run F1 0.858, subject-and-period
                // 0.538 with 13 posts dead-lettered for `date: Invalid Date` (the session's start: 0.858, 0.500); with the page
                // header's time as their date, 0.843 and 0.706; floors after its fixes (stakes and shares, prices per box or
                // cup), so no longer blind.
                new BlindSet("blind26", "blind set 26", 77, new Floors(0.86, 0.92, 0.81, 0.85, 0.7)),
                // AB: 86 sentences from 24 more, two new annotators (每经网, 雪球 topic posts); first run F1 0.955, subject-and-period
                // 0.660 (the session's start: the same); floors after its fixes (closing prices beside codes, a share's whole,
                // research units, 该股 after a list, topic tags, a day's trading), so no longer blind.
                new BlindSet("blind27", "blind set 27", 86, new Floors(0.97, 0.91, 0.92, 0.92, 0.87)),
                // AC: 73 sentences from 22 more, two new annotators (每经网 of both mirrors, 雪球 topic posts); first run F1 0.960,
                // subject-and-period 0.562 (the session's start: 0.956, 0.533); floors after its fixes (holders trading a listed
                // company's shares, quotes beside codes, parts of all shares, prices per share), so no longer blind.
                new BlindSet("blind28", "blind set 28", 73, new Floors(0.96, 0.97, 0.83, 0.87, 0.71)),
                // AD: 78 sentences from 20 more, two new annotators (每经网 of both mirrors); first run F1 0.909, subject-and-period
                // 0.536 (the session's start: 0.909, 0.555); floors after its fixes (该股 as a listed company, names with codes
                // handing out figures, holders' names with brackets, stakes reached, 自…起), so no longer blind.
                new BlindSet("blind29", "blind set 29", 78, new Floors(0.9, 0.9, 0.87, 0.76, 0.66)),
                // AE: 59 sentences from 18 more, two new annotators (雪球 topic posts, 每经网 of both mirrors); first run F1 0.842,
                // subject-and-period 0.521 (the session's start: 0.827, 0.495); floors after its fixes (recurring changes and fund
                // strategies as no company, the renminbi's parity, auctions' money, bounds of funds), so no longer blind.
                new BlindSet("blind30", "blind set 30", 59, new Floors(0.88, 0.9, 0.71, 0.9, 0.62)),
                // AF: 67 sentences from 19 more, two new annotators (每经网 of both mirrors, mostly 每经AI快讯 notes); first run F1
                // 0.947, subject-and-period 0.887 (the session's start: 0.943, 0.748); floors after its fixes (index levels after
                // a fall, expected rises, supposed cases), so no longer blind.
                new BlindSet("blind31", "blind set 31", 67, new Floors(0.98, 0.91, 0.95, 0.95, 0.92)),
                // AG: 73 sentences from 20 more, two new annotators (格隆汇, 证券时报网 要闻, 虎嗅, 品玩; mostly markets and the
                // economy); first run F1 0.911, subject-and-period 0.824 (the session's start: the same); floors after its fixes
                // (bracketed headlines, round amounts, bare index levels, research desks), so no longer blind.
                new BlindSet("blind32", "blind set 32", 73, new Floors(0.97, 0.89, 0.87, 0.96, 0.84)),
                // AH: 71 sentences from 19 more, two new annotators (虎嗅, 财联社 深度, 品玩, IT之家, 36氪, a Wind digest of 2024); first
                // run F1 0.832, subject-and-period 0.732 (the session's start: 0.812, 0.695); floors after its fixes (units of output,
                // fees, land; a range with spaces; a listed holder's trade), so no longer blind. Key floor 0.89: its annotators keyed
                // a streamer's tips (音浪收入) other, the extractor revenue.
                new BlindSet("blind33", "blind set 33", 71, new Floors(0.93, 0.89, 0.87, 0.84, 0.77)),
                // AI: 73 sentences from 21 more, two new annotators (IT之家 热榜, cnBeta, 快科技, 证券时报网 快讯 data notes); first run
                // F1 0.904, subject-and-period 0.721 (the session's start: the same); floors after its fixes (doublings in words,
                // orders, doses, people after an amount), so no longer blind. Doublings also cost H's subject-and-period (a 股价翻倍
                // found with no subject: floor 0.91) and AE's F1 (市值翻倍, which its annotators left: floor 0.88).
                new BlindSet("blind34", "blind set 34", 73, new Floors(0.94, 0.85, 0.89, 0.75, 0.7)),
                // AJ: 57 sentences from 16 more, two new annotators (高科技行业门户, 36氪 快讯, 财联社 电报, 虎嗅, 品玩); first run F1
                // 0.912, subject-and-period 0.613 (the session's start: 0.902, 0.598); floors after its fixes (daily capacities, a
                // field such as 隐私计算 as no company), so no longer blind.
                new BlindSet("blind35", "blind set 35", 57, new Floors(0.93, 0.83, 0.86, 0.71, 0.65)),
                // AK: 58 sentences from 12 more, two new annotators (36氪 资讯 and others found by search; one story taken by both,
                // its second reading in blind36-second-reading.jsonl, 7 of 7 figures agreeing); first run F1 0.948, subject-and-period
                // 0.550 (the session's start: 0.948, 0.540); floors after its fixes (出货 as shipments, 安踏 for 安踏体育), so no longer blind.
                new BlindSet("blind36", "blind set 36", 58, new Floors(0.94, 0.75, 0.77, 0.76, 0.57)),
                // AL: 37 sentences from 9 more, two new annotators (每经网 notes, a 财联社 digest, 36氪, IT之家, 高科技行业门户); first run
                // F1 0.808, subject-and-period 0.619 (the session's start: the same); floors after its fixes (a widening loss,
                // active users, rounds passed, the central bank), so no longer blind.
                new BlindSet("blind37", "blind set 37", 37, new Floors(0.88, 0.78, 0.76, 0.95, 0.74)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void figuresOfABlindSet(BlindSet set) throws Exception {
        AnnotatedSentences.Score score = scored(set.name(), set.label());
        assertFloors(score, set.sentences(), set.floors());
    }

    /** One set: its resource name, the label its score is printed under, its sentence count and floors. */
    record BlindSet(String name, String label, int sentences, Floors floors) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** Lowest accepted F1, and shares of the figures found with the right key, period, subject, both. */
    record Floors(double f1, double key, double period, double subject, double subjectAndPeriod) {}

    private AnnotatedSentences.Score scored(String set, String label) throws Exception {
        Path articles = Path.of(getClass().getResource("/metrics/" + set + "-articles").toURI());
        AnnotatedSentences.Score score = AnnotatedSentences.score(
                getClass().getResourceAsStream("/metrics/" + set + "-sentences.jsonl"), articles);
        System.out.println(label + ": " + score + " (" + score.misses().get(0) + ")");
        if (Boolean.getBoolean("metrics.misses")) { // -Dmetrics.misses=true lists every miss, for reading
            score.misses().stream().skip(1).forEach(miss -> System.out.println("  " + label + " | " + miss));
        }
        return score;
    }

    private static void assertFloors(AnnotatedSentences.Score score, int sentences, Floors floors) {
        assertThat(score.misses().get(0)).as("every sentence found in its article").startsWith(sentences + " sentences");
        assertThat(score.f1()).isGreaterThanOrEqualTo(floors.f1());
        assertThat(score.share(score.keys())).isGreaterThanOrEqualTo(floors.key());
        assertThat(score.share(score.periods())).isGreaterThanOrEqualTo(floors.period());
        assertThat(score.subjectsAnnotated()).as("every figure of the set says its subject").isEqualTo(score.found());
        assertThat(score.subjectShare(score.subjects())).isGreaterThanOrEqualTo(floors.subject());
        assertThat(score.subjectShare(score.subjectAndPeriod())).isGreaterThanOrEqualTo(floors.subjectAndPeriod());
    }
}
