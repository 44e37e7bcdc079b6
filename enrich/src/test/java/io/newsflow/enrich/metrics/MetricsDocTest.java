package io.newsflow.enrich.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/metrics.md lists every vocabulary label under its key, so the docs cannot drift from the code. */
class MetricsDocTest {
    @Test
    void everyLabelIsDocumentedUnderItsKey() throws Exception {
        Path doc = Path.of("").toAbsolutePath();
        while (doc != null && !Files.exists(doc.resolve("docs/metrics.md"))) {
            doc = doc.getParent();
        }
        assertThat(doc).as("docs/metrics.md above the working directory").isNotNull();
        String text = Files.readString(doc.resolve("docs/metrics.md"));
        for (MetricVocabulary.Term term : MetricVocabulary.terms()) {
            String row = text.lines().filter(l -> l.startsWith("| `" + term.key() + "` |")).findFirst().orElse("");
            assertThat(row).as(term.label() + " → " + term.key()).contains(term.label());
        }
    }
}
