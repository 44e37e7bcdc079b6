package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pacing on a fake clock: the sleeps asked for are recorded and advance the clock. */
class PacerTest {
    private long now;
    private final List<Long> sleeps = new ArrayList<>();

    private void sleep(long nanos) {
        sleeps.add(nanos);
        now += nanos;
    }

    @Test
    void speedShrinksTheGapsOfTheOriginalTimeline() throws Exception {
        Pacer pacer = Pacer.speed(60, () -> now, this::sleep);
        Instant t0 = Instant.parse("2022-05-26T00:00:00Z");
        pacer.await(t0);
        pacer.await(t0.plusSeconds(60)); // a minute later in the archive: one second later in the replay
        pacer.await(t0.plusSeconds(60)); // same time: no wait
        now += 5_000_000_000L; // publishing itself took 5 s
        pacer.await(t0.plusSeconds(180)); // due at 3 s, already late: no wait
        assertThat(sleeps).containsExactly(1_000_000_000L);
    }

    @Test
    void rateSpacesPostsEvenly() throws Exception {
        Pacer pacer = Pacer.rate(4, () -> now, this::sleep);
        for (int i = 0; i < 4; i++) {
            pacer.await(Instant.EPOCH);
        }
        assertThat(sleeps).containsExactly(250_000_000L, 250_000_000L, 250_000_000L);
    }

    @Test
    void ratesAndSpeedsMustBePositive() {
        assertThatThrownBy(() -> Pacer.rate(0, System::nanoTime)).hasMessage("--rate must be positive");
        assertThatThrownBy(() -> Pacer.speed(-2, System::nanoTime)).hasMessage("--speed must be positive");
    }
}
