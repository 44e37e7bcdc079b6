package io.newsflow.enrich.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.schema.Metric;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of the extractor on 113 hand-annotated real sentences
 * (resources/metrics/EVAL-NOTES.md): a figure counts as found when value and unit match; of those,
 * how often key, period and qualifier match too. The floors guard against regressions.
 */
class MetricEvaluationTest {
    @Test
    void figuresOfAnnotatedRealSentences() throws Exception {
        ObjectMapper json = new ObjectMapper();
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int keys = 0;
        int periods = 0;
        int qualifiers = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/metrics/eval-sentences.jsonl"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                JsonNode s = json.readTree(line);
                var published = LocalDate.parse(s.get("published").asText()).atTime(12, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
                List<Metric> ours = new ArrayList<>(MetricExtractor.extract("", s.get("text").asText(), published, List.of()));
                for (JsonNode g : s.get("figures")) {
                    double v = g.get("value").asDouble();
                    Metric match = ours.stream().filter(m -> Math.abs(m.getValue() - v) <= 1e-9 * Math.max(1, Math.abs(v))
                            && m.getUnit().equals(g.get("unit").asText())).findFirst().orElse(null);
                    if (match == null) {
                        fn++;
                        continue;
                    }
                    ours.remove(match);
                    tp++;
                    keys += match.getKey().equals(g.get("key").asText()) ? 1 : 0;
                    periods += Objects.equals(text(g.get("period")), match.getPeriod()) ? 1 : 0;
                    qualifiers += Objects.equals(text(g.get("qualifier")), match.getQualifier()) ? 1 : 0;
                }
                fp += ours.size();
            }
        }
        double precision = tp / (double) (tp + fp);
        double recall = tp / (double) (tp + fn);
        double f1 = 2 * precision * recall / (precision + recall);
        System.out.printf("metrics eval: %d found, %d extra, %d missed; precision %.3f recall %.3f F1 %.3f; "
                + "of those found: key %.3f period %.3f qualifier %.3f%n", tp, fp, fn, precision, recall, f1,
                keys / (double) tp, periods / (double) tp, qualifiers / (double) tp);
        assertThat(f1).isGreaterThanOrEqualTo(0.88);
        assertThat(keys / (double) tp).isGreaterThanOrEqualTo(0.8);
        assertThat(periods / (double) tp).isGreaterThanOrEqualTo(0.75);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
