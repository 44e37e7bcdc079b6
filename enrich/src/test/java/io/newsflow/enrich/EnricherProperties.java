package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.schema.EnrichedArticle;
import io.newsflow.schema.Link;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Real posts, mutated the ways real and hostile input goes wrong, through the enricher: nothing
 * escapes, every input ends as an article or a reasoned rejection, and no article field carries
 * active content. How long the worst inputs take is the benchmark's business, not this test's.
 */
class EnricherProperties {
    private static final List<PostInput> SAMPLES = samples();
    private static final Enricher ENRICHER = new Enricher();
    private static final Pattern ACTIVE_MARKUP = Pattern.compile("(?i)<\\s*/?\\s*(script|iframe|object|embed|svg|img|a|style|meta|link)\\b");
    private static final Pattern ID = Pattern.compile("\\d{17,18}|[ut][0-9a-f]{16}");

    /** How a post gets broken. */
    enum Mutation {
        NONE, TRUNCATE, FLIP_BYTES, INSERT_BYTES, UNCLOSE_FRONT_MATTER, GARBAGE_FRONT_MATTER, YAML_BOMB, DEEP_HTML,
        DEEP_MARKDOWN, UNCLOSED_TAGS, INJECT_ACTIVE_CONTENT, HUGE, UTF16, BOM_AND_CR, ABSURD_DATE, EMPTY
    }

    /** Mutations whose inputs are megabytes or hundred-thousand-deep trees: fewer tries keep the build short. */
    private static final Set<Mutation> EXPENSIVE = EnumSet.of(Mutation.HUGE, Mutation.DEEP_HTML, Mutation.DEEP_MARKDOWN,
            Mutation.UNCLOSED_TAGS);
    private static final Map<String, Long> OUTCOMES = new ConcurrentSkipListMap<>();

    @Property(tries = 3000)
    void everyMutatedPostEndsAsAnArticleOrARejection(@ForAll("cheapMutations") Mutated input) {
        check(input);
    }

    @Property(tries = 40)
    void hugeAndDeeplyNestedPostsEndTheSameWay(@ForAll("expensiveMutations") Mutated input) {
        check(input);
    }

    @AfterContainer
    static void report() {
        System.out.println("outcomes: " + OUTCOMES);
    }

    /** A mutated post and how it was mutated. */
    record Mutated(Mutation mutation, PostInput input) {
        @Override
        public String toString() {
            return mutation + " of " + input.sourcePath() + " (" + input.content().length + " bytes)";
        }
    }

    private static void check(Mutated mutated) {
        PostInput input = mutated.input();
        EnrichmentOutcome outcome = ENRICHER.enrich(input);
        OUTCOMES.merge(outcome instanceof EnrichmentOutcome.Rejected r ? r.reason().name() : "ARTICLE", 1L, Long::sum);

        assertThat(outcome).isNotNull();
        if (outcome instanceof EnrichmentOutcome.Rejected rejected) {
            assertThat(rejected.reason()).isNotNull();
            assertThat(rejected.message()).isNotBlank();
        } else {
            assertSafeArticle(((EnrichmentOutcome.Article) outcome).article());
        }
        // The ingest's key reader sees the same bytes and must not throw either.
        assertThat(PostKeys.of(input.sourcePath(), input.content()).key()).isNotBlank();
    }

    @Provide
    Arbitrary<Mutated> cheapMutations() {
        return mutations(EnumSet.complementOf(EnumSet.copyOf(EXPENSIVE)));
    }

    @Provide
    Arbitrary<Mutated> expensiveMutations() {
        return mutations(EXPENSIVE);
    }

    private static Arbitrary<Mutated> mutations(Set<Mutation> kinds) {
        return Combinators.combine(Arbitraries.of(SAMPLES), Arbitraries.of(kinds), Arbitraries.longs())
                .as((post, mutation, seed) -> new Mutated(mutation, mutate(post, mutation, new Random(seed))));
    }

    static void assertSafeArticle(EnrichedArticle a) {
        assertThat(a.getId()).matches(ID);
        assertThat(a.getPublishedAt()).isBetween(Instant.parse("1990-01-01T00:00:00Z"), Instant.parse("2100-01-01T00:00:00Z"));
        Stream.concat(Stream.of(a.getTitle(), a.getText(), a.getDigest(), a.getMedia(), a.getCategory()),
                        a.getTags().stream())
                .filter(v -> v != null)
                .forEach(v -> assertThat(v).doesNotContainPattern(ACTIVE_MARKUP));
        for (Link link : a.getLinks()) {
            assertThat(link.getUrl()).doesNotContainPattern("(?i)^\\s*(javascript|vbscript|data):").doesNotContain("<", ">", "\"");
            if (link.getNormalized() != null) {
                assertThat(link.getNormalized()).matches("https?://[^\\s<>\"]+");
            }
        }
        if (a.getCanonicalUrl() != null) {
            assertThat(a.getCanonicalUrl()).matches("https?://[^\\s<>\"]+");
        }
    }

    static PostInput mutate(PostInput post, Mutation mutation, Random random) {
        byte[] b = post.content();
        String text = new String(b, StandardCharsets.UTF_8);
        String path = post.sourcePath();
        byte[] out = switch (mutation) {
            case NONE -> b;
            case TRUNCATE -> Arrays.copyOf(b, random.nextInt(b.length + 1));
            case FLIP_BYTES -> {
                byte[] c = b.clone();
                for (int i = 1 + random.nextInt(20); i > 0 && c.length > 0; i--) {
                    c[random.nextInt(c.length)] = (byte) random.nextInt(256);
                }
                yield c;
            }
            case INSERT_BYTES -> {
                int at = random.nextInt(b.length + 1);
                byte[] junk = {(byte) 0xC0, (byte) 0xFF, 0, (byte) 0xE4, (byte) 0xB8};
                yield concat(Arrays.copyOf(b, at), Arrays.copyOfRange(junk, 0, 1 + random.nextInt(junk.length)),
                        Arrays.copyOfRange(b, at, b.length));
            }
            case UNCLOSE_FRONT_MATTER -> utf8(text.replaceFirst("(?s)(---.*?\\n)---\\s*\\n", "$1"));
            case GARBAGE_FRONT_MATTER -> utf8(text.replaceFirst("---\\s*\\n", "---\n" + pick(random,
                    "title: \"a \"quoted\" b\"\n", "&anchor [1, 2\n", "*alias\n", "!!python/object:os.system ls\n",
                    "date: 9999-99-99 99:99\n", "categories: [unclosed\n", "tags: {a: [b, {c: d\n", "? complex key\n",
                    "title: !!binary aGVsbG8=\n", ": : :\n") + "\n"));
            case YAML_BOMB -> utf8("---\na: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\n"
                    + "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
                    + "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
                    + "title: bomb\ndate: 2022-01-01 10:00:00\n---\n" + body(text));
            case DEEP_HTML -> {
                int depth = 1_000 + random.nextInt(150_000);
                yield utf8(frontMatter(text) + "<div>".repeat(depth) + "深" + "</div>".repeat(random.nextBoolean() ? depth : 0)
                        + body(text));
            }
            case DEEP_MARKDOWN -> utf8(frontMatter(text) + pick(random, ">", "- ", "1. ", "> - ").repeat(50 + random.nextInt(100_000))
                    + "x\n\n" + body(text));
            case UNCLOSED_TAGS -> utf8(frontMatter(text) + "<p><b><i><table><tr><td><span><a href=\"http://x.com/".repeat(1 + random.nextInt(2_000))
                    + body(text));
            case INJECT_ACTIVE_CONTENT -> utf8(frontMatter(text).replaceFirst("title: ", "title: <script>alert(1)</script>")
                    + "<p onclick=\"steal()\">正文<script>alert(2)</script><img src=x onerror=alert(3)>"
                    + "<a href=\"JaVa\tScRiPt:alert(4)\">x</a><a href=\"data:text/html;base64,PHNjcmlwdD4=\">y</a>"
                    + "<iframe src=\"//evil.example\"></iframe>&lt;script&gt;alert(5)&lt;/script&gt;"
                    + "<a href='http://x.com/\"><script>alert(6)</script>'>z</a><svg onload=alert(7)></svg></p>\n"
                    + body(text));
            case HUGE -> {
                int target = random.nextBoolean() ? 3 * 1024 * 1024 : 5 * 1024 * 1024;
                StringBuilder big = new StringBuilder(frontMatter(text));
                String chunk = body(text).isEmpty() ? "<p>正文内容。</p>\n" : body(text);
                while (big.length() * 3 < target) {
                    big.append(chunk);
                }
                yield utf8(big.toString());
            }
            case UTF16 -> text.getBytes(StandardCharsets.UTF_16);
            case BOM_AND_CR -> utf8("\uFEFF" + text.replace("\n", random.nextBoolean() ? "\r" : "\r\n"));
            case ABSURD_DATE -> utf8(text.replaceFirst("(?m)^date:.*$", "date: " + pick(random, "0000-00-00 00:00:00",
                    "99999-12-31", "2022-02-30 25:61:61 +9999", "-1", "Mon, 99 Foo 2022 99:99:99 GMT", "1e309", "")));
            case EMPTY -> new byte[0];
        };
        return new PostInput(path, out);
    }

    private static String frontMatter(String post) {
        int close = post.indexOf("\n---", post.indexOf("---") + 3);
        return close < 0 ? "---\ntitle: t\ndate: 2022-01-01 10:00:00\n---\n" : post.substring(0, close + 4) + "\n";
    }

    private static String body(String post) {
        int close = post.indexOf("\n---", post.indexOf("---") + 3);
        return close < 0 ? post : post.substring(close + 4);
    }

    private static String pick(Random random, String... options) {
        return options[random.nextInt(options.length)];
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static List<PostInput> samples() {
        try (Stream<Path> files = Files.list(SamplePosts.dir())) {
            return files.filter(f -> f.getFileName().toString().endsWith(".md")).sorted()
                    .map(f -> SamplePosts.input(f.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
