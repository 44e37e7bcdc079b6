package io.newsflow.enrich.tickers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** The automaton reports exactly the occurrences a naive search finds, for any words and text. */
class NameAutomatonProperties {
    @Property(tries = 500)
    void findsExactlyWhatIndexOfFinds(
            @ForAll @Size(min = 1, max = 12) List<@StringLength(min = 1, max = 4) @CharRange(from = 'a', to = 'd') String> words,
            @ForAll @StringLength(max = 60) @CharRange(from = 'a', to = 'd') String text) {
        List<String> distinct = new ArrayList<>(new java.util.LinkedHashSet<>(words));
        NameAutomaton automaton = NameAutomaton.of(distinct);
        Set<List<Integer>> found = new HashSet<>();
        automaton.scan(text, (start, end, word) -> {
            assertThat(text.substring(start, end)).isEqualTo(distinct.get(word));
            found.add(List.of(start, end, word));
        });
        Set<List<Integer>> expected = new HashSet<>();
        for (int w = 0; w < distinct.size(); w++) {
            String word = distinct.get(w);
            for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
                expected.add(List.of(i, i + word.length(), w));
            }
        }
        assertThat(found).isEqualTo(expected);
    }
}
