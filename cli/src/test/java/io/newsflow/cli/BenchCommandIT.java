package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.enrich.SamplePosts;
import io.newsflow.schema.RecordJson;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bench command end to end at a tiny size: every mode runs and reports what it measured on
 * the data it generated (counts, not speeds — speed is what the command is for, not the test).
 */
class BenchCommandIT {
    @TempDir
    Path work;

    @Test
    void everyModeReportsOnTheArticlesItGenerated() throws Exception {
        Path json = work.resolve("bench.json");
        var r = NewsflowCommandTest.run("bench", "--articles", "300", "--rounds", "1", "--live-rate", "20", "--live-seconds", "2",
                "--samples", SamplePosts.dir().toString(), "--work-dir", work.resolve("data").toString(), "--json", json.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("core_ratio", "topology_ratio", "pipeline_ratio", "p50 / p95 / p99");
        JsonNode out = RecordJson.MAPPER.readTree(json.toFile());
        assertThat(out.path("core").path("posts").asInt()).isEqualTo(300);
        assertThat(out.path("core").path("articles_enriched").asInt() + out.path("core").path("rejected").asInt()).isEqualTo(300);
        assertThat(out.path("core").path("metrics_ratio").asDouble()).isPositive();
        assertThat(out.path("topology").path("records").asInt()).isEqualTo(300);
        assertThat(out.path("topology").path("topology_ratio").asDouble()).isPositive();
        assertThat(out.path("pipeline").path("articles").asInt()).isEqualTo(300);
        assertThat(out.path("latency").path("sent").asInt()).isEqualTo(40);
        assertThat(out.path("latency").path("received").asInt()).as("every live post reached news.search").isEqualTo(40);
        assertThat(out.path("memory").path("heap_after_gc_mb").asInt()).isPositive();
    }
}
