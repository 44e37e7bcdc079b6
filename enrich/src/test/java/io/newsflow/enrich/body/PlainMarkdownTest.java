package io.newsflow.enrich.body;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.SamplePosts;
import io.newsflow.enrich.post.PostSplitter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The direct rendering of plain Markdown must be CommonMark's, character for character, wherever
 * it does not decline: then everything read from the HTML afterwards is what it was.
 */
class PlainMarkdownTest {
    private final BodyParser parser = new BodyParser(512);

    @Test
    void rendersMostArchiveBodiesExactlyAsCommonMark() throws Exception {
        List<Path> posts;
        try (Stream<Path> files = Files.list(SamplePosts.dir())) {
            posts = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        int rendered = 0;
        for (Path post : posts) {
            String body;
            try {
                body = PostSplitter.split(Files.readString(post, StandardCharsets.UTF_8), 1 << 20).body();
            } catch (PostSplitter.NoFrontMatterException e) {
                continue;
            }
            String plain = PlainMarkdown.render(body);
            if (plain != null) {
                rendered++;
                assertThat(plain).as(post.getFileName().toString()).isEqualTo(parser.commonMarkHtml(body));
            }
        }
        assertThat(rendered).as("bodies rendered directly, of %d", posts.size()).isGreaterThan(posts.size() * 3 / 4);
    }

    @Test
    void rendersTheFeedsShapes() {
        String body = """
                > 摘要：营收47亿元，同比增长36.4%。

                <p style="text-align:center;">正文<span>一</span></p><p>二</p>
                <div>
                三</div>

                第一段 "引号" 和 > 号
                  续行

                <http://finance.eastmoney.com/a/202112082206753163.html>

                <!-- EM_StockImg_Start --><p>图</p>
                <p>接着</p>
                <!-- a
                b -->
                文字

                <>

                [返回东财滚动新闻](//finews.withounder.com/emnews/)｜[返回首页](//finews.withounder.com/)
                [返回首页](../)
                """;
        String plain = PlainMarkdown.render(body);
        assertThat(plain).isNotNull().isEqualTo(parser.commonMarkHtml(body));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a *b*", "a_b_", "R&D", "a\\b", "`code`", "![img](x)", "[ref]: /url", "line  \nnext",
            "> quote\nlazy", "# heading", "text\n---", "text\n===", "- item", "1. item", "    <p>indented</p>",
            "<span>inline</span>", "<img src=x>", "<!-->", "<!-- never closed\n ", "a\tb", "[text](url \"title\")", "<ftp://x>", "a\r\nb"})
    void declinesAnythingBeyondThePlainSubset(String body) {
        assertThat(PlainMarkdown.render(body)).isNull();
    }

    @Property(tries = 3000)
    void eitherDeclinesOrRendersAsCommonMark(@ForAll("bodies") String body) {
        String plain = PlainMarkdown.render(body);
        if (plain != null) {
            assertThat(plain).isEqualTo(parser.commonMarkHtml(body));
        }
    }

    @Provide
    Arbitrary<String> bodies() {
        Arbitrary<String> text = Arbitraries.strings().withChars("股价涨跌亿元 ab1.%，。：\"'()>").ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> special = Arbitraries.of("*", "_", "[", "]", "!", "<", "&", "\\", "`", "#", "-", "+", "=", "~", "|",
                "&amp;", "  ", " ", "1.", "2)", ">", "<br>", "](", "(", ")");
        Arbitrary<String> plainLine = Arbitraries.oneOf(text, Arbitraries.strings().withChars("股价 ab1").ofMaxLength(3)
                .flatMap(a -> special.flatMap(b -> text.map(c -> a + b + c))));
        Arbitrary<String> line = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, plainLine),
                net.jqwik.api.Tuple.of(2, Arbitraries.of("", " ", "   ")),
                net.jqwik.api.Tuple.of(2, Arbitraries.of("<http://example.com/a?b=1&c=2>", "<https://x.cn/>", "<http://a b>",
                        "<mailto:a@b.c>", "<>", "a <> b", "[返回首页](../)｜[返回](//x.com/)", "<http://x.cn/a>尾", "[返回首页](../)", "[返回](../emnews/)", "[a](b c)", "[](x)", "[x](<y>)")),
                net.jqwik.api.Tuple.of(2, Arbitraries.of("<p>段落</p>", "<div class=\"x\">", "</div>", "<P>大写</P>",
                        "<span>x</span>", "<img src=\"x\"/>", "<!-- c -->", "   <p>三格</p>", "    <p>四格</p>", "<pre>",
                        "<table><tr><td>1</td></tr></table>", "<td>", "<hr/>", "<br>", "<p", "<!-- a -->", "<!-- a", "b -->",
                        "<!-- a --><p>x</p>", "<!-->", "<!--->", "  <!-- b -->x", "-->")),
                net.jqwik.api.Tuple.of(2, text.map(t -> "> " + t)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(">", ">>", " > x", ">x", "   > y")),
                net.jqwik.api.Tuple.of(1, text.map(t -> "  " + t)),
                net.jqwik.api.Tuple.of(1, text.map(t -> t + "  ")),
                net.jqwik.api.Tuple.of(1, text.map(t -> t + " ")));
        return line.list().ofMinSize(0).ofMaxSize(10).map(lines -> String.join("\n", lines));
    }
}
