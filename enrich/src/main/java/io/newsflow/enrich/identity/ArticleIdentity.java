package io.newsflow.enrich.identity;

import io.newsflow.enrich.links.LinkNormalizer;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Who an article is: its id and canonical URL, by one rule that the ingest (for record keys) and
 * the enricher (for the article) both apply, so that every form of an article meets the same state.
 *
 * <ol>
 *   <li>eastmoney digits from the file name ({@code <id>.md}, {@code NW<id>.md}), else from the
 *       post's own source link (any eastmoney article, share or detail form) → that id and
 *       {@code https://finance.eastmoney.com/a/<id>.html};</li>
 *   <li>else the first source link that normalizes → {@code u} + hash of the normalized URL, which
 *       is also the canonical URL;</li>
 *   <li>else {@code t} + hash of the plain title and the publication instant, no canonical URL.</li>
 * </ol>
 *
 * @param canonicalUrl null when the post names no URL at all
 */
public record ArticleIdentity(String id, String canonicalUrl) {

    /** The eastmoney id a post carries in its file name or its source links, if any. */
    public static Optional<String> eastmoneyId(String fileName, List<String> sourceLinks) {
        Optional<String> fromName = ArticleIds.fromFileName(fileName);
        if (fromName.isPresent()) {
            return fromName;
        }
        for (String link : sourceLinks) {
            Optional<String> id = ArticleIds.fromUrl(link);
            if (id.isPresent()) {
                return id;
            }
        }
        return Optional.empty();
    }

    /**
     * @param eastmoneyId    from {@link #eastmoneyId}, or null
     * @param sourceLinks    the post's own links to its original, in order
     * @param title          the plain title (may be empty)
     * @param published      the publication instant, or null when the post has none
     * @return empty only when the id would need the publication time and there is none
     */
    public static Optional<ArticleIdentity> of(String eastmoneyId, List<String> sourceLinks, String title,
                                               Instant published) {
        if (eastmoneyId != null) {
            return Optional.of(new ArticleIdentity(eastmoneyId, ArticleIds.canonicalUrl(eastmoneyId)));
        }
        for (String link : sourceLinks) {
            Optional<String> normalized = LinkNormalizer.normalize(link);
            if (normalized.isPresent()) {
                return Optional.of(new ArticleIdentity(ArticleIds.fromCanonicalUrl(normalized.get()), normalized.get()));
            }
        }
        return published == null ? Optional.empty()
                : Optional.of(new ArticleIdentity(ArticleIds.fromTitleAndTime(title, published.toEpochMilli()), null));
    }
}
