package io.newsflow.enrich;

import io.newsflow.enrich.identity.ArticleIdentity;
import io.newsflow.enrich.post.FrontMatter;
import io.newsflow.enrich.post.FrontMatterParser;
import io.newsflow.enrich.post.Post;
import io.newsflow.enrich.post.PostSplitter;
import io.newsflow.enrich.post.PublicationDates;
import io.newsflow.enrich.post.Titles;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an ingest can tell about a post without enriching it: the record key (the article id by
 * {@link ArticleIdentity}, the enricher's own rule, so that every version of an article lands on
 * the same partition and state) and the publication time for the record timestamp. Cheap (no
 * HTML parse), and never throws.
 */
public final class PostKeys {
    /** A line that is only a link to the post's original: {@code <url>} or {@code [url](url)}. */
    private static final Pattern SOURCE_LINK =
            Pattern.compile("(?m)^[ \\t]*(?:<((?:https?:)?//[^>\\s]+)>|\\[((?:https?:)?//[^\\]\\s]+)]\\(\\2\\))[ \\t]*\\r?$");
    private static final FrontMatterParser FRONT_MATTER = new FrontMatterParser(Enricher.Limits.DEFAULT.maxFrontMatterChars());

    private PostKeys() {}

    /**
     * @param key         the article id, or {@code path:<sourcePath>} for a post without any identity
     *                    (the enricher will reject it)
     * @param publishedAt from the {@code date:} line, else the file name, else the id, else the page header in the body; empty if none
     */
    public record Keys(String key, Optional<Instant> publishedAt) {}

    /** Reads the key and the publication time, decoding the post once. */
    public static Keys of(String sourcePath, byte[] content) {
        String fileName = PostInput.fileNameOf(sourcePath);
        String text = new String(content, StandardCharsets.UTF_8);
        FrontMatter fm = null;
        String body = text;
        try {
            Post post = PostSplitter.split(text, Enricher.Limits.DEFAULT.maxFrontMatterChars());
            fm = FRONT_MATTER.parse(post.frontMatter());
            body = post.body();
        } catch (PostSplitter.NoFrontMatterException e) {
            // No front matter: the file name and links may still name the article.
        }
        List<String> sourceLinks = sourceLinks(body);
        String eastmoneyId = ArticleIdentity.eastmoneyId(fileName, sourceLinks).orElse(null);
        Optional<Instant> published = PublicationDates.resolve(fm == null ? null : fm.date(), fileName, eastmoneyId, body).instant();
        String key = ArticleIdentity.of(eastmoneyId, sourceLinks, Titles.clean(fm == null ? null : fm.title()),
                        published.orElse(null))
                .map(ArticleIdentity::id)
                .orElse("path:" + sourcePath);
        return new Keys(key, published);
    }

    static List<String> sourceLinks(String body) {
        List<String> links = new ArrayList<>(2);
        Matcher m = SOURCE_LINK.matcher(body);
        while (m.find()) {
            links.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return links;
    }
}
