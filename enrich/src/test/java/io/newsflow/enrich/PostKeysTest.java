package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PostKeysTest {
    private final Enricher enricher = new Enricher();

    @Test
    void theIngestKeyIsTheArticleIdTheEnricherGivesEverySamplePost() throws IOException {
        List<Path> posts;
        try (Stream<Path> files = Files.list(SamplePosts.dir())) {
            posts = files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
        assertThat(posts).hasSizeGreaterThan(90);
        for (Path post : posts) {
            PostInput input = SamplePosts.input(post.getFileName().toString());
            EnrichmentOutcome.Article article = (EnrichmentOutcome.Article) enricher.enrich(input);
            PostKeys.Keys keys = PostKeys.of(input.sourcePath(), input.content());
            assertThat(keys.key()).as(post.getFileName().toString()).isEqualTo(article.article().getId());
            assertThat(keys.publishedAt()).as(post.getFileName().toString()).contains(article.article().getPublishedAt());
        }
    }

    @Test
    void postsFromOtherSitesAreKeyedByTheirSourceLinkOrTitleAndTime() {
        byte[] linked = ("---\ntitle: 'A'\ndate: 2022-01-31 10:00:00\n---\ntext\n\n<https://www.example.com/news/1.html?utm_source=rss>\n")
                .getBytes(StandardCharsets.UTF_8);
        EnrichmentOutcome.Article a = (EnrichmentOutcome.Article) enricher.enrich(new PostInput("blog/a.md", linked));
        assertThat(a.article().getCanonicalUrl()).isEqualTo("https://www.example.com/news/1.html");
        assertThat(a.article().getId()).startsWith("u").isEqualTo(PostKeys.of("elsewhere/b.md", linked).key());

        byte[] unlinked = "---\ntitle: '&lt;B&gt;'\ndate: Mon, 31 Jan 2022 06:21:59 GMT\n---\ntext\n".getBytes(StandardCharsets.UTF_8);
        EnrichmentOutcome.Article b = (EnrichmentOutcome.Article) enricher.enrich(new PostInput("blog/b.md", unlinked));
        assertThat(b.article().getCanonicalUrl()).isNull();
        assertThat(b.article().getId()).startsWith("t").isEqualTo(PostKeys.of("copy/b.md", unlinked).key());
    }

    @Test
    void aPostWithoutAnyIdentityIsKeyedByItsPath() {
        assertThat(PostKeys.of("x/notes.md", "no front matter".getBytes(StandardCharsets.UTF_8)).key()).isEqualTo("path:x/notes.md");
    }
}
