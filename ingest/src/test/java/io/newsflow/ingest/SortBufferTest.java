package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SortBufferTest {
    private static Instant t(int minute) {
        return Instant.parse("2022-05-26T00:00:00Z").plusSeconds(60L * minute);
    }

    private static List<String> run(SortBuffer<String> buffer, int... minutes) {
        List<String> out = new ArrayList<>();
        for (int m : minutes) {
            out.addAll(buffer.offer(t(m), "m" + m));
        }
        out.addAll(buffer.drain());
        return out;
    }

    @Test
    void sortsWhateverIsWithinItsCapacityAndKeepsTiesInInputOrder() {
        SortBuffer<String> buffer = new SortBuffer<>(3);
        assertThat(run(buffer, 5, 3, 4, 1, 9, 8, 7, 6)).containsExactly("m1", "m3", "m4", "m5", "m6", "m7", "m8", "m9");
        assertThat(buffer.outOfOrder()).isZero();
        List<String> ties = new ArrayList<>();
        SortBuffer<String> same = new SortBuffer<>(10);
        for (String s : List.of("a", "b", "c")) {
            ties.addAll(same.offer(t(1), s));
        }
        ties.addAll(same.drain());
        assertThat(ties).containsExactly("a", "b", "c");
    }

    @Test
    void aPostFurtherAwayThanTheCapacityStillGoesOutAndIsCounted() {
        SortBuffer<String> buffer = new SortBuffer<>(2);
        assertThat(run(buffer, 5, 6, 7, 8, 1)).containsExactly("m5", "m6", "m1", "m7", "m8");
        assertThat(buffer.outOfOrder()).isEqualTo(1);
    }
}
