package io.newsflow.runtime.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.kafka.streams.KafkaStreams.State;
import org.junit.jupiter.api.Test;

class HealthTest {
    @Test
    void readyOnlyWhenEveryAppIsRunning() {
        assertThat(Health.of(Map.of("enrich", State.RUNNING, "sink", State.RUNNING)).ready()).isTrue();
        assertThat(Health.of(Map.of("enrich", State.RUNNING, "sink", State.REBALANCING)).ready()).isFalse();
        assertThat(Health.of(Map.of("enrich", State.CREATED)).ready()).isFalse();
        assertThat(Health.of(Map.of("enrich", State.NOT_RUNNING)).ready()).isFalse();
    }

    @Test
    void liveUnlessAnAppFailed() {
        assertThat(Health.of(Map.of("enrich", State.REBALANCING)).live()).isTrue();
        assertThat(Health.of(Map.of("enrich", State.NOT_RUNNING)).live()).isTrue();
        assertThat(Health.of(Map.of("enrich", State.RUNNING, "sink", State.ERROR)).live()).isFalse();
        assertThat(Health.of(Map.of("enrich", State.PENDING_ERROR)).live()).isFalse();
    }

    @Test
    void aProcessWithoutStreamsAppsIsLiveAndReady() {
        Health h = Health.of(Map.of());
        assertThat(h.live()).isTrue();
        assertThat(h.ready()).isTrue();
    }

    @Test
    void theBodyNamesEachAppsState() {
        assertThat(Health.of(Map.of("sink", State.REBALANCING, "enrich", State.RUNNING)).json())
                .isEqualTo("{\"live\":true,\"ready\":false,\"apps\":{\"enrich\":\"RUNNING\",\"sink\":\"REBALANCING\"}}");
    }
}
