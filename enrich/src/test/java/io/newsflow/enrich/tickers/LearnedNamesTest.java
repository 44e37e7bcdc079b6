package io.newsflow.enrich.tickers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LearnedNamesTest {
    private static NameEntry pair(int i) {
        return new NameEntry("公司" + i, new SecurityIds.Security(String.format("600%03d", i), "SH", null), "a" + i);
    }

    @Test
    void everyAddedNameIsMatchableAtOnceAcrossTheRecentAndSettledDictionaries() {
        LearnedNames learned = new LearnedNames();
        int n = LearnedNames.RECENT_LIMIT * 2 + 5;
        for (int i = 0; i < n; i++) {
            assertThat(learned.add(pair(i))).isTrue();
            TickerNames names = TickerNames.none().with(learned.dictionaries());
            assertThat(names.find("消息：公司" + i + "。", Set.of()))
                    .extracting(h -> h.security().symbol()).contains(String.format("600%03d.SH", i));
        }
        assertThat(learned.add(pair(3))).as("a known pair is not added twice").isFalse();
        assertThat(learned.size()).isEqualTo(n);
        assertThat(learned.dictionaries()).hasSizeLessThanOrEqualTo(2);
        assertThat(LearnedNames.key(pair(7))).isEqualTo("公司7|600007.SH");
        assertThat(TickerNames.none().with(learned.dictionaries()).knows("公司100", "600100.SH")).isTrue();
        assertThat(List.of(learned.dictionaries().get(0).size())).allSatisfy(s -> assertThat(s).isLessThanOrEqualTo(n));
    }

    @Test
    void aRemovedPairIsNoLongerMatched() {
        LearnedNames learned = new LearnedNames();
        learned.add(pair(1));
        learned.add(pair(2));
        assertThat(learned.remove("公司1|600001.SH")).isTrue();
        assertThat(learned.remove("公司1|600001.SH")).isFalse();
        TickerNames names = TickerNames.none().with(learned.dictionaries());
        assertThat(names.find("公司1和公司2。", Set.of())).extracting(h -> h.security().symbol()).containsExactly("600002.SH");
    }
}
