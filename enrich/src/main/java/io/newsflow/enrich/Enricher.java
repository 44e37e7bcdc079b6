package io.newsflow.enrich;

import io.newsflow.enrich.body.BodyContent;
import io.newsflow.enrich.body.BodyParser;
import io.newsflow.enrich.body.FoundLink;
import io.newsflow.enrich.identity.ArticleIds;
import io.newsflow.enrich.links.LinkNormalizer;
import io.newsflow.enrich.post.FrontMatter;
import io.newsflow.enrich.post.FrontMatterParser;
import io.newsflow.enrich.post.Post;
import io.newsflow.enrich.post.PostSplitter;
import io.newsflow.enrich.post.PublicationDates;
import io.newsflow.schema.EnrichedArticle;
import io.newsflow.schema.Link;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * The enrichment function: post bytes in, an identified clean article (or a reasoned rejection)
 * out. Pure and thread-safe: no Kafka, no I/O, no clock; the Streams app and
 * {@code newsflow extract} both call exactly this.
 */
public final class Enricher {
    /** Size limits that keep one hostile post from stalling a partition. */
    public record Limits(int maxPostBytes, int maxFrontMatterChars) {
        public static final Limits DEFAULT = new Limits(4 * 1024 * 1024, 64 * 1024);
    }

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final String FEED_TAG = "东财滚动新闻";

    private final Limits limits;
    private final FrontMatterParser frontMatterParser;
    private final BodyParser bodyParser = new BodyParser();

    public Enricher() {
        this(Limits.DEFAULT);
    }

    public Enricher(Limits limits) {
        this.limits = limits;
        this.frontMatterParser = new FrontMatterParser(limits.maxFrontMatterChars());
    }

    public EnrichmentOutcome enrich(PostInput input) {
        byte[] bytes = input.content();
        if (bytes.length > limits.maxPostBytes()) {
            return reject(RejectReason.TOO_LARGE, "the post has " + bytes.length + " bytes; the limit is " + limits.maxPostBytes());
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, out, true);
        if (result.isError()) {
            return reject(RejectReason.NOT_UTF8, "the post is not valid UTF-8: byte " + in.position()
                    + " starts an invalid sequence (UTF-16, GBK or binary data?)");
        }
        String text = out.flip().toString();
        if (text.indexOf('\u0000') >= 0) {
            return reject(RejectReason.NOT_UTF8, "the post contains NUL bytes (UTF-16 or binary data?)");
        }
        Post post;
        try {
            post = PostSplitter.split(text, limits.maxFrontMatterChars());
        } catch (PostSplitter.NoFrontMatterException e) {
            return reject(e.unclosed() ? RejectReason.BAD_FRONT_MATTER : RejectReason.NO_FRONT_MATTER, e.getMessage());
        }
        FrontMatter fm = frontMatterParser.parse(post.frontMatter());
        if (fm == null) {
            return reject(RejectReason.BAD_FRONT_MATTER, "the front matter has no 'key: value' lines");
        }
        List<String> warnings = new ArrayList<>();
        if (fm.recovered()) {
            warnings.add("FRONT_MATTER_RECOVERED");
        }
        BodyContent body = bodyParser.parse(post.body());
        warnings.addAll(body.warnings());

        String eastmoneyId = eastmoneyId(input, body).orElse(null);
        Optional<Instant> published = publication(fm, input, eastmoneyId, warnings);
        if (published.isEmpty()) {
            return reject(RejectReason.NO_DATE, "no publication time in the front matter ('" + fm.date()
                    + "'), the file name or the article id");
        }
        String title = cleanTitle(fm.title());
        if (title.isEmpty()) {
            if (body.text().isEmpty()) {
                return reject(RejectReason.NO_TITLE_OR_TEXT, "the post has neither a title nor body text");
            }
            warnings.add("NO_TITLE");
        }
        long publishedMillis = published.get().toEpochMilli();
        String canonicalUrl;
        String id;
        if (eastmoneyId != null) {
            id = eastmoneyId;
            canonicalUrl = ArticleIds.canonicalUrl(eastmoneyId);
        } else {
            canonicalUrl = body.sourceLinks().stream().map(LinkNormalizer::normalize)
                    .flatMap(Optional::stream).findFirst().orElse(null);
            id = canonicalUrl != null ? ArticleIds.fromCanonicalUrl(canonicalUrl)
                    : ArticleIds.fromTitleAndTime(title, publishedMillis);
        }

        List<Link> links = new ArrayList<>(body.links().size());
        for (FoundLink link : body.links()) {
            links.add(new Link(link.url(), LinkNormalizer.normalize(link.url()).orElse(null), link.kind().wireName()));
        }
        return new EnrichmentOutcome.Article(EnrichedArticle.newBuilder()
                .setId(id)
                .setRevision(1)
                .setContentHash(ContentHash.ofArticle(title, publishedMillis, body.text()))
                .setCanonicalUrl(canonicalUrl)
                .setTitle(title)
                .setPublishedAt(Instant.ofEpochMilli(publishedMillis))
                .setCategory(fm.categories().isEmpty() ? null : fm.categories().get(0))
                .setTags(fm.tags())
                .setMedia(media(body, fm))
                .setDigest(body.digest())
                .setText(body.text())
                .setLinks(links)
                .setSourcePath(input.sourcePath())
                .setWarnings(warnings)
                .build());
    }

    private static Optional<String> eastmoneyId(PostInput input, BodyContent body) {
        Optional<String> fromName = ArticleIds.fromFileName(input.fileName());
        if (fromName.isPresent()) {
            return fromName;
        }
        for (String source : body.sourceLinks()) {
            Optional<String> id = ArticleIds.fromUrl(source);
            if (id.isPresent()) {
                return id;
            }
        }
        return Optional.empty();
    }

    private static Optional<Instant> publication(FrontMatter fm, PostInput input, String eastmoneyId,
                                                 List<String> warnings) {
        Optional<Instant> fromFrontMatter = PublicationDates.parse(fm.date());
        if (fromFrontMatter.isPresent()) {
            return fromFrontMatter;
        }
        if (!PublicationDates.isAbsent(fm.date())) {
            warnings.add("UNREADABLE_DATE");
        }
        Optional<Instant> fromName = PublicationDates.fromFileName(input.fileName());
        if (fromName.isPresent()) {
            warnings.add("DATE_FROM_FILE_NAME");
            return fromName;
        }
        Optional<Instant> fromId = PublicationDates.fromArticleId(eastmoneyId);
        if (fromId.isPresent()) {
            warnings.add("DATE_FROM_ID");
        }
        return fromId;
    }

    private static String cleanTitle(String raw) {
        if (raw == null) {
            return "";
        }
        String t = raw.indexOf('&') >= 0 ? Parser.unescapeEntities(raw, false) : raw;
        if (t.indexOf('<') >= 0) {
            t = TAG.matcher(t).replaceAll("");
        }
        return WHITESPACE.matcher(t.replace('\u3000', ' ').strip()).replaceAll(" ");
    }

    private static String media(BodyContent body, FrontMatter fm) {
        if (body.media() != null) {
            return body.media();
        }
        for (String tag : fm.tags()) {
            if (tag.endsWith("新闻") && !tag.equals(FEED_TAG) && tag.length() > 2) {
                return tag.substring(0, tag.length() - 2);
            }
        }
        return null;
    }

    private static EnrichmentOutcome reject(RejectReason reason, String message) {
        return new EnrichmentOutcome.Rejected(reason, message);
    }
}
