package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The indexed lookups answer what a walk over the whole list answers, on words that share first characters and lengths. */
class WordListProperties {
    private static final String ALPHABET = "同比较上年去环月季万亿元%";

    @Provide
    Arbitrary<List<String>> lists() {
        return Arbitraries.strings().withChars(ALPHABET).ofMinLength(1).ofMaxLength(4).list().ofMinSize(1).ofMaxSize(12);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars(ALPHABET + "，x").ofMaxLength(20);
    }

    @Property(tries = 3000)
    void longestAtIsTheLongestWordWrittenThereAndTheFirstOfEqualLength(@ForAll("lists") List<String> words, @ForAll("texts") String text) {
        WordList list = WordList.of(words);
        for (int at = -1; at <= text.length(); at++) {
            String expected = null;
            for (String w : words) {
                if (at >= 0 && text.startsWith(w, at) && (expected == null || w.length() > expected.length())) {
                    expected = w;
                }
            }
            assertThat(list.longestAt(text, at)).as("at %d", at).isSameAs(expected);
        }
    }

    @Property(tries = 3000)
    void lastStartIsTheLastIndexOfAnyWord(@ForAll("lists") List<String> words, @ForAll("texts") String text) {
        int expected = words.stream().mapToInt(text::lastIndexOf).max().orElse(-1);
        assertThat(WordList.of(words).lastStart(text)).isEqualTo(expected);
    }

    @Example
    void examples() {
        WordList units = WordList.of(List.of("万", "万吨", "万吨/年", "亿"));
        assertThat(units.longestAt("产能50万吨/年", 4)).isEqualTo("万吨/年");
        assertThat(units.longestAt("50万人", 2)).isEqualTo("万");
        assertThat(units.longestAt("50万人", 3)).isNull();
        assertThat(WordList.of(List.of("同比", "环比")).lastStart("同比增长5%，环比下降1%")).isEqualTo(7);
    }
}
