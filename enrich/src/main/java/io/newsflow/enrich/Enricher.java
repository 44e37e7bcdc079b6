package io.newsflow.enrich;

import io.newsflow.enrich.body.BodyContent;
import io.newsflow.enrich.body.BodyParser;
import io.newsflow.enrich.body.FoundLink;
import io.newsflow.enrich.identity.ArticleIdentity;
import io.newsflow.enrich.links.LinkNormalizer;
import io.newsflow.enrich.post.FrontMatter;
import io.newsflow.enrich.post.FrontMatterParser;
import io.newsflow.enrich.post.Post;
import io.newsflow.enrich.post.PostSplitter;
import io.newsflow.enrich.post.PublicationDates;
import io.newsflow.enrich.post.Titles;
import io.newsflow.enrich.metrics.MetricExtractor;
import io.newsflow.enrich.tickers.BundledNames;
import io.newsflow.enrich.tickers.NameDictionary;
import io.newsflow.enrich.tickers.TickerExtractor;
import io.newsflow.enrich.tickers.TickerNames;
import io.newsflow.schema.EnrichedArticle;
import io.newsflow.schema.Link;
import io.newsflow.schema.Metric;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The enrichment function: post bytes in, an identified clean article (or a reasoned rejection)
 * out. Pure and thread-safe: no Kafka, no I/O; the only outside input is the clock of the time
 * budget. The Streams app and {@code newsflow extract} both call exactly this.
 */
public final class Enricher {
    /**
     * Limits that keep one hostile post from stalling a partition.
     *
     * @param maxPostBytes        larger posts are {@code TOO_LARGE}
     * @param maxFrontMatterChars a longer front matter block is {@code BAD_FRONT_MATTER}
     * @param maxMarkdownNesting  deeper Markdown quote/list nesting on one line is {@code TOO_COMPLEX}
     * @param maxHtmlDepth        HTML nested deeper than this is flattened by the parser (jsoup's max depth)
     * @param maxMillis           a post that takes longer is {@code TIMED_OUT}; checked between steps
     */
    public record Limits(int maxPostBytes, int maxFrontMatterChars, int maxMarkdownNesting, int maxHtmlDepth,
                         long maxMillis) {
        public static final Limits DEFAULT = new Limits(4 * 1024 * 1024, 64 * 1024, 32, 256, 5_000);

        public Limits {
            if (maxPostBytes <= 0 || maxFrontMatterChars <= 0 || maxMarkdownNesting <= 0 || maxHtmlDepth <= 0
                    || maxMillis <= 0) {
                throw new IllegalArgumentException("every enrichment limit must be positive: " + this);
            }
        }

        public Limits withMaxPostBytes(int bytes) {
            return new Limits(bytes, maxFrontMatterChars, maxMarkdownNesting, maxHtmlDepth, maxMillis);
        }

        public Limits withMaxMillis(long millis) {
            return new Limits(maxPostBytes, maxFrontMatterChars, maxMarkdownNesting, maxHtmlDepth, millis);
        }
    }

    private static final String FEED_TAG = "东财滚动新闻";

    private final Limits limits;
    private final LongSupplier nanoClock;
    private final TickerNames names;
    private final FrontMatterParser frontMatterParser;
    private final BodyParser bodyParser;

    /** Default limits and the bundled name dictionary. */
    public Enricher() {
        this(Limits.DEFAULT);
    }

    public Enricher(Limits limits) {
        this(limits, System::nanoTime, BundledNames.shared());
    }

    /** With these names (bundled plus an operator's file, say) for finding companies named in the text. */
    public Enricher(TickerNames names) {
        this(Limits.DEFAULT, System::nanoTime, names);
    }

    /** With the clock the time budget is measured on (tests pass a fake one). */
    public Enricher(Limits limits, LongSupplier nanoClock) {
        this(limits, nanoClock, BundledNames.shared());
    }

    public Enricher(Limits limits, LongSupplier nanoClock, TickerNames names) {
        this.limits = limits;
        this.nanoClock = nanoClock;
        this.names = names;
        this.frontMatterParser = new FrontMatterParser(limits.maxFrontMatterChars());
        this.bodyParser = new BodyParser(limits.maxHtmlDepth());
    }

    public Limits limits() {
        return limits;
    }

    /** The names this enricher matches before any learned ones. */
    public TickerNames names() {
        return names;
    }

    public EnrichmentOutcome enrich(PostInput input) {
        return enrich(input, List.of());
    }

    /** With dictionaries learned from the stream on top of this enricher's own names. */
    public EnrichmentOutcome enrich(PostInput input, List<NameDictionary> learned) {
        Deadline deadline = Deadline.start(limits.maxMillis(), nanoClock);
        try {
            return enrich(input, names.with(learned), deadline);
        } catch (Deadline.Exceeded e) {
            return reject(RejectReason.TIMED_OUT, "the post was given up: " + e.getMessage());
        }
    }

    private EnrichmentOutcome enrich(PostInput input, TickerNames names, Deadline deadline) {
        byte[] bytes = input.content();
        if (bytes.length > limits.maxPostBytes()) {
            return reject(RejectReason.TOO_LARGE, "the post has " + bytes.length + " bytes; the limit is " + limits.maxPostBytes());
        }
        // The String constructor's decoder is the fast one; it turns every invalid sequence into
        // U+FFFD, so only a post that has one is decoded again strictly, to find the bad byte.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            ByteBuffer in = ByteBuffer.wrap(bytes);
            CoderResult result = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(in, CharBuffer.allocate(bytes.length), true);
            if (result.isError()) {
                return reject(RejectReason.NOT_UTF8, "the post is not valid UTF-8: byte " + in.position()
                        + " starts an invalid sequence (UTF-16, GBK or binary data?)");
            }
        }
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
        int nesting = MarkdownNesting.deepest(post.body());
        if (nesting > limits.maxMarkdownNesting()) {
            return reject(RejectReason.TOO_COMPLEX, "a Markdown line nests " + nesting
                    + " quotes or list items; the limit is " + limits.maxMarkdownNesting());
        }
        deadline.check("reading the front matter");
        List<String> warnings = new ArrayList<>();
        if (fm.recovered()) {
            warnings.add("FRONT_MATTER_RECOVERED");
        }
        BodyContent body;
        try {
            body = bodyParser.parse(post.body(), deadline);
        } catch (StackOverflowError e) {
            // The nesting pre-check covers block structure; this is the safety net for inline nesting.
            return reject(RejectReason.TOO_COMPLEX, "the body nests too deeply to parse");
        }
        warnings.addAll(body.warnings());

        String eastmoneyId = ArticleIdentity.eastmoneyId(input.fileName(), body.sourceLinks()).orElse(null);
        PublicationDates.Resolved published = PublicationDates.resolve(fm.date(), input.fileName(), eastmoneyId, post.body());
        warnings.addAll(published.warnings());
        if (published.instant().isEmpty()) {
            return reject(RejectReason.NO_DATE, "no publication time in the front matter ('" + fm.date()
                    + "'), the file name, the article id or the page header in the body");
        }
        String title = Titles.clean(fm.title());
        if (title.isEmpty()) {
            if (body.text().isEmpty()) {
                return reject(RejectReason.NO_TITLE_OR_TEXT, "the post has neither a title nor body text");
            }
            warnings.add("NO_TITLE");
        }
        Instant publishedAt = published.instant().get();
        ArticleIdentity identity = ArticleIdentity.of(eastmoneyId, body.sourceLinks(), title, publishedAt).orElseThrow();

        List<Link> links = new ArrayList<>(body.links().size());
        for (FoundLink link : body.links()) {
            links.add(new Link(link.url(), LinkNormalizer.normalize(link.url()).orElse(null), link.kind().wireName()));
        }
        List<String> tags = plain(fm.tags());
        String visible = InvisibleCharacters.strip(body.text());
        TickerExtractor.Result securities = TickerExtractor.extract(body.markup(), title + "\n" + visible, names);
        deadline.check("finding tickers");
        List<Metric> metrics = MetricExtractor.extract(title, visible, publishedAt, securities.tickers(), securities.nameForms());
        deadline.check("reading figures");
        EnrichedArticle article = EnrichedArticle.newBuilder()
                .setId(identity.id())
                .setRevision(1)
                .setContentHash("")
                .setCanonicalUrl(identity.canonicalUrl())
                .setTitle(title)
                .setPublishedAt(publishedAt)
                .setCategory(plain(fm.categories()).stream().findFirst().orElse(null))
                .setTags(tags)
                .setMedia(media(body, tags, fm.author()))
                .setDigest(body.digest() == null ? null : InvisibleCharacters.strip(body.digest()))
                .setText(visible)
                .setLinks(links)
                .setSourcePath(input.sourcePath())
                .setWarnings(warnings)
                .setTickers(securities.tickers())
                .setBoards(securities.boards())
                .setIndices(securities.indices())
                .setMetrics(metrics)
                .build();
        article.setContentHash(ContentHash.ofArticle(article));
        return new EnrichmentOutcome.Article(article, securities.namePairs());
    }

    /**
     * The outlet, most specific source first: the body's {@code （文章来源：…）} line, the
     * {@code …新闻} tag, the {@code author} field (Sina and RSS feeds), an outlet in brackets at the
     * end of the lead.
     */
    private static String media(BodyContent body, List<String> tags, String authorField) {
        if (body.media() != null) {
            return body.media();
        }
        for (String tag : tags) {
            if (tag.endsWith("新闻") && !tag.equals(FEED_TAG) && tag.length() > 2) {
                return tag.substring(0, tag.length() - 2);
            }
        }
        String author = Titles.clean(authorField);
        if (!author.isEmpty() && author.length() <= 32) {
            return author;
        }
        return body.trailingOutlet();
    }

    /** Front matter lists as plain text: the generator pastes whatever the source had. */
    private static List<String> plain(List<String> values) {
        List<String> out = new ArrayList<>(values.size());
        for (String v : values) {
            String clean = Titles.clean(v);
            if (!clean.isEmpty()) {
                out.add(clean);
            }
        }
        return out;
    }

    private static EnrichmentOutcome reject(RejectReason reason, String message) {
        return new EnrichmentOutcome.Rejected(reason, message);
    }
}
