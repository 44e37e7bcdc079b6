package io.newsflow.enrich.body;

import io.newsflow.enrich.Deadline;
import io.newsflow.enrich.identity.ArticleIds;
import io.newsflow.enrich.links.LinkKind;
import io.newsflow.enrich.links.LinkNormalizer;
import io.newsflow.enrich.tickers.MarkupMention;
import io.newsflow.enrich.tickers.MarkupScanner;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * Reads a post body, Markdown with HTML inside: the Markdown parts (the {@code > digest},
 * autolinks, back-links) become HTML ({@link PlainMarkdown} for the plain bodies most posts have,
 * CommonMark for the rest), jsoup parses the whole once, and the mirror's
 * own additions (source autolink, back-links, the source line) are taken out of the text and kept
 * as data.
 */
public final class BodyParser {
    /** Selectors parsed once: jsoup parses a query string on every select. */
    private static final Evaluator P = QueryParser.parse("p");
    private static final Evaluator LINKS = QueryParser.parse("a[href]");
    private static final Evaluator IMAGES = QueryParser.parse("img[src]");
    private static final Evaluator BLOCKQUOTE = QueryParser.parse("blockquote");

    private static final Pattern SOURCE_LINE = Pattern.compile("^[（(]\\s*文章来源[:：]\\s*(.+?)\\s*[）)]$");
    private static final Pattern TRAILING_OUTLET =
            Pattern.compile("[（(]([^（）()]{2,16}?(?:报|网|社|台|财经|新闻|时报|日报|周刊|证券|资讯))[）)]\\s*$");

    /**
     * Every block type but indented code: feeds paste indented HTML (Sina's bodies are indented
     * 12 spaces), which CommonMark would otherwise show as code, tags and styles as text.
     */
    private final Parser markdown = Parser.builder()
            .enabledBlockTypes(Set.of(Heading.class, HtmlBlock.class, ThematicBreak.class, FencedCodeBlock.class,
                    BlockQuote.class, ListBlock.class))
            .build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().build();
    private final int maxHtmlDepth;

    /**
     * @param maxHtmlDepth elements nested deeper than this are flattened by the HTML parser, which
     *                     bounds the tree however deeply a hostile post nests its tags
     */
    public BodyParser(int maxHtmlDepth) {
        this.maxHtmlDepth = maxHtmlDepth;
    }

    public BodyContent parse(String body, Deadline deadline) {
        List<String> warnings = new ArrayList<>();
        String html = html(body);
        deadline.check("reading Markdown");
        // A new parser per post: jsoup parsers keep per-parse state and are not thread-safe.
        Document doc = org.jsoup.parser.Parser.htmlParser().setMaxDepth(maxHtmlDepth).parseInput(html, "");
        deadline.check("parsing HTML");
        List<FoundLink> links = new ArrayList<>();
        List<String> sourceLinks = new ArrayList<>();

        String media = null;
        // Paragraphs are marked, not removed: each removal reindexes the parent's children, which is
        // quadratic in a long body of many paragraphs.
        Set<Element> dropped = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element p : doc.select(P)) {
            boolean mediaClass = p.hasClass("em_media");
            boolean anchorsOnly = onlyAnchors(p);
            char first = firstVisible(p);
            if (!mediaClass && !anchorsOnly && first != '（' && first != '(' && first != '<') {
                continue; // the common paragraph of prose: not the source line, not the mirror's; its text is read once, later
            }
            String paragraph = p.text().strip();
            Matcher sourceLine = SOURCE_LINE.matcher(paragraph);
            if (sourceLine.matches() || mediaClass) {
                if (media == null && sourceLine.matches()) {
                    media = sourceLine.group(1);
                }
                dropped.add(p);
            } else if (isMirrorParagraph(p, paragraph, anchorsOnly, links, sourceLinks, warnings)) {
                dropped.add(p);
            }
        }
        Predicate<Element> insideDropped = e -> within(e, dropped);
        for (Element a : doc.select(LINKS)) {
            if (insideDropped.test(a)) {
                continue; // the mirror's own links are recorded with their role; the source line's are auto-linker noise
            }
            addLink(links, a.attr("href"), kindOf(a.attr("href"), LinkKind.OTHER), warnings);
        }
        for (Element img : doc.select(IMAGES)) {
            addLink(links, img.attr("src"), LinkKind.IMAGE, warnings);
        }

        List<MarkupMention> markup = MarkupScanner.scan(doc, insideDropped);
        deadline.check("collecting links");

        String digest = null;
        Element quote = doc.selectFirst(BLOCKQUOTE);
        if (quote != null) {
            digest = textOf(quote, dropped, deadline);
        }
        String text = textOf(doc.body(), dropped, deadline);
        if (digest == null || digest.isEmpty()) {
            int nl = text.indexOf('\n');
            digest = nl < 0 ? text : text.substring(0, nl);
        }
        String trailingOutlet = null;
        if (digest != null) {
            Matcher m = TRAILING_OUTLET.matcher(digest);
            if (m.find()) {
                trailingOutlet = m.group(1).strip();
            }
        }
        return new BodyContent(text, digest == null || digest.isEmpty() ? null : digest, media, trailingOutlet, links,
                sourceLinks, warnings, markup);
    }

    /** The body as HTML: plain Markdown rendered directly, anything else by CommonMark. */
    String html(String body) {
        String plain = PlainMarkdown.render(body);
        return plain != null ? plain : commonMarkHtml(body);
    }

    /** The body as CommonMark renders it with this parser's block types. */
    String commonMarkHtml(String body) {
        return renderer.render(markdown.parse(body));
    }

    /**
     * True for characters that leave no trace at the start of {@code element.text().strip()}: what
     * jsoup's text normalization turns into a space (including the no-break space) or drops (zero-width
     * space, soft hyphen), and what {@code strip} removes.
     */
    private static boolean vanishesFromText(char c) {
        return StringUtil.isActuallyWhitespace(c) || StringUtil.isInvisibleChar(c) || Character.isWhitespace(c);
    }

    /** The first character of the element's text that {@link String#strip} keeps, or 0 when there is none. */
    private static char firstVisible(Element element) {
        char[] first = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String raw = t.getWholeText();
                    for (int i = 0; i < raw.length(); i++) {
                        if (!vanishesFromText(raw.charAt(i))) {
                            first[0] = raw.charAt(i);
                            return FilterResult.STOP;
                        }
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, element);
        return first[0];
    }

    /** True when the element or one of its ancestors is in the set. */
    private static boolean within(Element e, Set<Element> set) {
        for (Element p = e; p != null; p = p.parent()) {
            if (set.contains(p)) {
                return true;
            }
        }
        return false;
    }

    private static String textOf(Element root, Set<Element> dropped, Deadline deadline) {
        PlainTextFilter filter = new PlainTextFilter(dropped, deadline);
        root.filter(filter);
        return filter.text();
    }

    /**
     * True for the paragraphs the mirror appends (the article autolink, an empty {@code <>}, and
     * {@code [返回…](…)} back-links), whose links it records with their role.
     */
    private static boolean isMirrorParagraph(Element p, String text, boolean anchorsOnly, List<FoundLink> links,
                                             List<String> sourceLinks, List<String> warnings) {
        if (text.equals("<>")) {
            links.add(new FoundLink("", LinkKind.ARTICLE));
            return true;
        }
        if (!anchorsOnly) {
            return false;
        }
        List<Element> anchors = p.select(LINKS);
        if (anchors.isEmpty()) {
            return false;
        }
        boolean allBackLinks = anchors.stream().allMatch(a -> a.text().strip().startsWith("返回"));
        if (allBackLinks) {
            for (Element a : anchors) {
                addLink(links, a.attr("href"), LinkKind.SITE, warnings);
            }
            return true;
        }
        if (anchors.size() == 1 && anchors.get(0).text().strip().equals(anchors.get(0).attr("href").strip())) {
            String href = anchors.get(0).attr("href");
            if (addLink(links, href, LinkKind.ARTICLE, warnings)) {
                sourceLinks.add(href);
            }
            return true;
        }
        return false;
    }

    /** True when the paragraph holds only links, line breaks, whitespace and {@code |} separators. */
    private static boolean onlyAnchors(Element p) {
        for (Node child : p.childNodes()) {
            if (child instanceof TextNode t) {
                String raw = t.getWholeText();
                for (int i = 0; i < raw.length(); i++) {
                    char c = raw.charAt(i);
                    if (c != '|' && c != '｜' && !vanishesFromText(c)) {
                        return false;
                    }
                }
            } else if (child instanceof Element e && !e.normalName().equals("a") && !e.normalName().equals("br")) {
                return false;
            }
        }
        return true;
    }

    /** Records the link unless it is unsafe (then only the warning); says whether it was recorded. */
    private static boolean addLink(List<FoundLink> links, String url, LinkKind kind, List<String> warnings) {
        if (LinkNormalizer.isUnsafe(url)) {
            if (!warnings.contains("UNSAFE_LINK_DROPPED")) {
                warnings.add("UNSAFE_LINK_DROPPED");
            }
            return false;
        }
        links.add(new FoundLink(url, kind));
        return true;
    }

    private static LinkKind kindOf(String url, LinkKind fallback) {
        String u = url.toLowerCase();
        if (u.contains("quote.eastmoney.com") || u.contains("/realstock/")) {
            return LinkKind.QUOTE;
        }
        if (ArticleIds.fromUrl(url).isPresent()) {
            return LinkKind.ARTICLE;
        }
        return fallback;
    }
}
