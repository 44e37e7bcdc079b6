package io.newsflow.enrich.body;

import io.newsflow.enrich.CharSet;
import io.newsflow.enrich.Deadline;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Walks an HTML tree and writes its readable text: one line per block, whitespace (including
 * U+3000 indents and no-break spaces) folded, and nothing from scripts, styles, images, hidden
 * elements, stock-chart widgets or app/QR-code advertising blocks.
 */
final class PlainTextFilter implements NodeFilter {
    /** Class names of advertising blocks: QR codes to scan, "download the app", ad slots. */
    private static final Pattern AD_CLASS =
            Pattern.compile("(?:^|[-_])(?:ad|ads|advert|advertisement|adsbygoogle)(?:$|[-_])|qr(?:code)?(?:$|[-_])");
    private static final int NODES_PER_DEADLINE_CHECK = 4096;
    /**
     * Markup that survives as text (an entity-escaped {@code &lt;script&gt;}): plain text for people
     * never needs it, and a consumer that forgets to escape must not be handed a tag.
     */
    private static final Pattern TAG_LIKE = Pattern.compile("<\\s*/?\\s*[A-Za-z!?][^<>]*>");
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "iframe", "img", "svg", "template",
            "head", "button", "input", "select", "textarea", "object", "embed", "video", "audio", "canvas", "map", "form");
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "tr", "table", "blockquote", "section", "article", "pre", "header", "footer", "dd", "dt", "dl", "hr",
            "figure", "figcaption", "center", "aside", "main", "nav", "caption", "thead", "tbody");

    private final StringBuilder out = new StringBuilder();
    private final Set<Element> dropped;
    private final Deadline deadline;
    private boolean pendingSpace;
    private int nodes;

    /** @param dropped elements already taken out as data (the mirror's own paragraphs), skipped whole */
    PlainTextFilter(Set<Element> dropped, Deadline deadline) {
        this.dropped = dropped;
        this.deadline = deadline;
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (++nodes % NODES_PER_DEADLINE_CHECK == 0) {
            deadline.check("extracting text");
        }
        if (node instanceof TextNode text) {
            appendText(text.getWholeText());
        } else if (node instanceof Element element) {
            if (isSkipped(element) || dropped.contains(element)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (BLOCKS.contains(element.normalName())) {
                newLine();
            }
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
            newLine();
        }
        return FilterResult.CONTINUE;
    }

    static boolean isSkipped(Element element) {
        if (SKIPPED.contains(element.normalName())) {
            return true;
        }
        if (!element.className().isEmpty()) { // most elements have no class: no set of names built for them
            if (element.hasClass("EmImageRemark")) {
                return true;
            }
            for (String c : element.classNames()) {
                if (AD_CLASS.matcher(c.toLowerCase(Locale.ROOT)).find()) {
                    return true;
                }
            }
        }
        String style = element.attr("style");
        return !style.isEmpty() && style.replace(" ", "").toLowerCase().contains("display:none");
    }

    private void appendText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean plain = CharSet.isPlainVisible(c);
            if (!plain && (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff')) {
                pendingSpace = true;
            } else if (plain || !Character.isISOControl(c)) {
                if (pendingSpace && !atLineStart()) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.append(c);
            }
        }
    }

    private boolean atLineStart() {
        return out.length() == 0 || out.charAt(out.length() - 1) == '\n';
    }

    private void newLine() {
        pendingSpace = false;
        if (!atLineStart()) {
            out.append('\n');
        }
    }

    /** The text written so far, lines trimmed, tag-like text dropped, consecutive repeated lines written once. */
    String text() {
        StringBuilder result = new StringBuilder(out.length());
        String previous = null;
        for (String line : out.toString().split("\n")) {
            String l = line.indexOf('<') >= 0 ? TAG_LIKE.matcher(line).replaceAll("").strip() : line.strip();
            if (l.isEmpty() || l.equals(previous)) {
                continue;
            }
            if (result.length() > 0) {
                result.append('\n');
            }
            result.append(l);
            previous = l;
        }
        return result.toString();
    }
}
