package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.schema.EnrichedArticle;
import io.newsflow.schema.Link;
import io.newsflow.schema.Metric;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The hostile corpus (resources/hostile, each file's expected outcome in EXPECTED.tsv) and the
 * hostile posts too large to keep in the repository, generated here. Every post gets its
 * documented outcome, and no article field carries active content. The enricher's clock stands
 * still here, so an outcome never depends on how fast the machine is; the time budget itself is
 * tested on a fake clock in {@link EnrichmentLimitsTest}.
 */
class HostileCorpusTest {
    private static final Enricher ENRICHER = new Enricher(Enricher.Limits.DEFAULT, () -> 0L);
    private static final String FRONT_MATTER = "---\ntitle: \"恶意样本\"\ndate: 2022-05-26 10:00:00 +0800\n---\n";
    private static final Pattern ACTIVE_MARKUP = Pattern.compile("(?i)<\\s*/?\\s*(script|iframe|object|embed|style|svg|img|a|form|input)\\b|\\bon[a-z]+\\s*=");

    @TestFactory
    Stream<DynamicTest> everyHostilePostGetsItsDocumentedOutcome() throws Exception {
        Path dir = Path.of(getClass().getResource("/hostile/EXPECTED.tsv").toURI()).getParent();
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("EXPECTED.tsv"), StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            byte[] content = Files.readAllBytes(dir.resolve(f[0]));
            tests.add(DynamicTest.dynamicTest(f[0] + " → " + f[1] + ": " + f[2], () -> check(f[0], content, f[1])));
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.filter(p -> p.toString().endsWith(".md")).count()).as("every hostile file has its line").isEqualTo(tests.size());
        }
        String big = FRONT_MATTER + "<p>" + "大".repeat(4 * 1024 * 1024) + "</p>\n";
        tests.add(DynamicTest.dynamicTest("10 MB body → TOO_LARGE", () -> check("ten-mb.md", (big + big + big).getBytes(StandardCharsets.UTF_8), "TOO_LARGE")));
        tests.add(DynamicTest.dynamicTest("100,000 nested tags → ARTICLE", () -> check("nested.md",
                (FRONT_MATTER + "<div>".repeat(100_000) + "深处的正文" + "</div>".repeat(100_000) + "\n").getBytes(StandardCharsets.UTF_8), "ARTICLE")));
        tests.add(DynamicTest.dynamicTest("100 KB of front matter → BAD_FRONT_MATTER", () -> check("fm.md",
                ("---\ntitle: \"x\"\n" + "k: v\n".repeat(25_000) + "---\n正文\n").getBytes(StandardCharsets.UTF_8), "BAD_FRONT_MATTER")));
        tests.add(DynamicTest.dynamicTest("100,000 nested quotes → TOO_COMPLEX", () -> check("quotes.md",
                (FRONT_MATTER + ">".repeat(100_000) + " 深\n").getBytes(StandardCharsets.UTF_8), "TOO_COMPLEX")));
        return tests.stream();
    }

    private static void check(String name, byte[] content, String expected) {
        EnrichmentOutcome outcome = ENRICHER.enrich(new PostInput(name, content));
        if (!expected.equals("ARTICLE")) {
            assertThat(outcome).isInstanceOf(EnrichmentOutcome.Rejected.class);
            assertThat(((EnrichmentOutcome.Rejected) outcome).reason().name()).isEqualTo(expected);
            return;
        }
        assertThat(outcome).as(outcome.toString().substring(0, Math.min(300, outcome.toString().length())))
                .isInstanceOf(EnrichmentOutcome.Article.class);
        EnrichedArticle a = ((EnrichmentOutcome.Article) outcome).article();
        List<String> plain = new ArrayList<>(List.of(a.getTitle(), a.getText()));
        plain.addAll(a.getTags());
        for (String s : new String[] {a.getDigest(), a.getMedia(), a.getCategory()}) {
            if (s != null) {
                plain.add(s);
            }
        }
        for (String s : plain) {
            assertThat(ACTIVE_MARKUP.matcher(s).find()).as("active markup in %s", s.substring(0, Math.min(80, s.length()))).isFalse();
            assertThat(s.chars().noneMatch(c -> c == 0x202e || c == 0x200b || c < 0x20 && c != '\n' && c != '\t' && c != '\r')).isTrue();
        }
        for (Link l : a.getLinks()) {
            // http(s) or relative: no other scheme (javascript:, data:, vbscript:, file:) survives.
            assertThat(l.getUrl()).satisfiesAnyOf(u -> assertThat(u).matches("(?i)^https?://.*"),
                    u -> assertThat(u).doesNotContainPattern("^[A-Za-z][A-Za-z0-9+.-]*:"));
            if (l.getNormalized() != null) {
                assertThat(l.getNormalized()).startsWith("https://");
            }
        }
        for (Metric m : a.getMetrics()) {
            assertThat(Double.isFinite(m.getValue())).isTrue();
        }
    }
}
