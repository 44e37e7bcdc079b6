package io.newsflow.enrich;

import io.newsflow.enrich.identity.ArticleIds;
import io.newsflow.enrich.post.FrontMatter;
import io.newsflow.enrich.post.FrontMatterParser;
import io.newsflow.enrich.post.PostSplitter;
import io.newsflow.enrich.post.PublicationDates;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an ingest can tell about a post without enriching it: the record key (the article id by
 * the enricher's own rules, so that every version of an article meets the same state) and the
 * publication time for the record timestamp. Cheap, and never throws.
 */
public final class PostKeys {
    private static final Pattern SOURCE_LINK = Pattern.compile("(?m)^<((?:https?:)?//[^>\\s]+)>\\s*$");
    private static final FrontMatterParser FRONT_MATTER = new FrontMatterParser(Enricher.Limits.DEFAULT.maxFrontMatterChars());

    private PostKeys() {}

    /**
     * @param key         the article id, or {@code path:<sourcePath>} for a post whose id only enrichment can derive
     * @param publishedAt from the {@code date:} line, else the file name, else the id; empty if none
     */
    public record Keys(String key, Optional<Instant> publishedAt) {}

    /** Reads the key and the publication time, decoding the post once. */
    public static Keys of(String sourcePath, byte[] content) {
        String fileName = PostInput.fileNameOf(sourcePath);
        String text = new String(content, StandardCharsets.UTF_8);
        String key = key(sourcePath, fileName, text);
        return new Keys(key, publishedAt(fileName, text, key));
    }

    private static String key(String sourcePath, String fileName, String text) {
        Optional<String> id = ArticleIds.fromFileName(fileName);
        if (id.isPresent()) {
            return id.get();
        }
        Matcher m = SOURCE_LINK.matcher(text);
        while (m.find()) {
            Optional<String> fromLink = ArticleIds.fromUrl(m.group(1));
            if (fromLink.isPresent()) {
                return fromLink.get();
            }
        }
        return "path:" + sourcePath;
    }

    private static Optional<Instant> publishedAt(String fileName, String text, String key) {
        try {
            FrontMatter fm = FRONT_MATTER.parse(PostSplitter.split(text, Enricher.Limits.DEFAULT.maxFrontMatterChars()).frontMatter());
            if (fm != null) {
                Optional<Instant> date = PublicationDates.parse(fm.date());
                if (date.isPresent()) {
                    return date;
                }
            }
        } catch (PostSplitter.NoFrontMatterException e) {
            // Fall through to the file name and the id.
        }
        return PublicationDates.fromFileName(fileName).or(() -> PublicationDates.fromArticleId(key));
    }
}
