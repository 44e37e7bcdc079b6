package io.newsflow.enrich.post;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.SamplePosts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Combinators;
import net.jqwik.api.statistics.Statistics;

/**
 * The parser-free reading of front matter gives exactly what the YAML parser gives, or declines:
 * blocks built from lines with YAML's awkward characters (quotes, colons, hashes, indicators,
 * tabs, non-breaking and ideographic spaces, control characters) are read both ways.
 */
class PlainYamlLinesProperties {
    private static final int MAX = 64 * 1024;
    private final FrontMatterParser parser = new FrontMatterParser(MAX);

    @Provide
    Arbitrary<String> blocks() {
        Arbitrary<String> awkward = Arbitraries.strings()
                .withChars("ab 中文:#-[]{},'\"\\\t&*!|>?%@`~\u00a0\u3000\u0085\u0001\uFEFF")
                .ofMinLength(0).ofMaxLength(12);
        Arbitrary<String> mild = Arbitraries.strings().withChars("ab 中文:#-,'\"[~\u00a0\u3000")
                .ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> text = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.strings().withChars("ab 中文12")
                .ofMinLength(1).ofMaxLength(12)), Tuple.of(3, mild), Tuple.of(1, awkward));
        Arbitrary<String> key = Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.of("title", "date", "tags", "categories",
                "author", "layout", "a-b", "x_1")), Tuple.of(1, Arbitraries.of("1x", "-k", "k ")));
        Arbitrary<String> separator = Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.just(": ")),
                Tuple.of(1, Arbitraries.of(":", ":  ", " : ")));
        Arbitrary<String> quoted = Combinators.combine(Arbitraries.of("\"", "'", ""), text)
                .as((q, t) -> q + t + q);
        Arbitrary<String> keyLine = Combinators.combine(key, separator, quoted).as((k, s, v) -> k + s + v);
        Arbitrary<String> item = Combinators.combine(Arbitraries.of("- ", "  - ", "- ", "  - ", " - ", "-", "- - "), quoted)
                .as((i, v) -> i + v);
        Arbitrary<String> other = Arbitraries.of("", "  ", "# comment", "  more", "key:", "tags:", "...");
        Arbitrary<String> listBlock = Combinators.combine(Arbitraries.of("tags:", "categories:", "x_1:"), item.list().ofMinSize(1)
                .ofMaxSize(3)).as((k, items) -> k + "\n" + String.join("\n", items));
        Arbitrary<String> line = Arbitraries.frequencyOf(Tuple.of(12, keyLine), Tuple.of(4, listBlock), Tuple.of(1, item),
                Tuple.of(1, other));
        return line.list().ofMinSize(1).ofMaxSize(6).map(lines -> String.join("\n", lines));
    }

    @Property(tries = 3000)
    void readsWhatTheYamlParserReadsOrDeclines(@ForAll("blocks") String block) {
        Map<String, Object> plain = PlainYamlLines.read(block, MAX);
        Statistics.collect(plain == null ? "declined" : "read");
        if (plain != null) {
            assertThat(parser.yaml(block)).as(block).isEqualTo(plain);
        }
    }

    @Example
    void readsTheCommonShapesItself() {
        assertThat(PlainYamlLines.read("layout: post\ntitle: \"A: b\"\ndate: 2022-03-27 22:02:05 +0800\n"
                + "categories:\n  - 金融\n  - 新浪财经\ntags: 东财滚动新闻  ", MAX))
                .isEqualTo(Map.of("layout", "post", "title", "A: b", "date", "2022-03-27 22:02:05 +0800",
                        "categories", List.of("金融", "新浪财经"), "tags", "东财滚动新闻"));
        assertThat(PlainYamlLines.read("title: 'it''s'", MAX)).isNull();
        assertThat(PlainYamlLines.read("categories:\ntitle: x", MAX)).isNull();
    }

    @Example
    void readsTheExampleArchiveAsTheParserDoes() throws IOException {
        int read = 0;
        int blocks = 0;
        try (Stream<Path> files = Files.list(SamplePosts.dir())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).toList()) {
                String block;
                try {
                    block = PostSplitter.split(Files.readString(f, StandardCharsets.UTF_8), MAX).frontMatter();
                } catch (PostSplitter.NoFrontMatterException e) {
                    continue;
                }
                blocks++;
                Map<String, Object> plain = PlainYamlLines.read(block, MAX);
                if (plain != null) {
                    read++;
                    assertThat(parser.yaml(block)).as(f.toString()).isEqualTo(plain);
                }
            }
        }
        // The generator's shape is the point of the shortcut: nearly every real block takes it.
        assertThat(read).isGreaterThanOrEqualTo(blocks * 9 / 10);
    }
}
