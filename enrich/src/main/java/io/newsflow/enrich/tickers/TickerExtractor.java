package io.newsflow.enrich.tickers;

import io.newsflow.schema.Board;
import io.newsflow.schema.Ticker;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts the evidence together: markup mentions and codes in the text become one {@link Ticker} per
 * symbol (with every kind of evidence that found it, the article's name for it and how often it is
 * mentioned), and boards and indices go to their own lists, never into {@code tickers}.
 */
public final class TickerExtractor {
    /** The securities, boards and indices of one article. */
    public record Result(List<Ticker> tickers, List<Board> boards, List<Board> indices) {}

    private TickerExtractor() {}

    public static Result extract(List<MarkupMention> markup, String text) {
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC);
        Map<String, Found> bySymbol = new LinkedHashMap<>();
        Map<String, String> boards = new LinkedHashMap<>();
        Map<String, String> indices = new LinkedHashMap<>();
        for (MarkupMention m : markup) {
            if (m.named() instanceof SecurityIds.Security s) {
                bySymbol.computeIfAbsent(s.symbol(), k -> new Found(s)).add(m.evidence(), m.name(), -1);
            } else if (m.named() instanceof SecurityIds.Group g) {
                Map<String, String> into = g.board() ? boards : indices;
                String known = into.get(g.secid());
                into.put(g.secid(), known != null ? known : m.name());
            }
        }
        for (TextCodes.Hit hit : TextCodes.find(normalized)) {
            bySymbol.computeIfAbsent(hit.security().symbol(), k -> new Found(hit.security()))
                    .add("text_code", hit.name(), hit.start());
        }
        List<Ticker> tickers = new ArrayList<>(bySymbol.size());
        for (Found f : bySymbol.values()) {
            tickers.add(f.toTicker(normalized));
        }
        return new Result(tickers, groups(boards), groups(indices));
    }

    private static List<Board> groups(Map<String, String> bySecid) {
        List<Board> out = new ArrayList<>(bySecid.size());
        bySecid.forEach((secid, name) -> out.add(new Board(secid, name)));
        return out;
    }

    /** Counts non-overlapping occurrences of {@code needle}. */
    static int occurrences(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }

    private static final class Found {
        private final SecurityIds.Security security;
        private final Set<String> evidence = new LinkedHashSet<>();
        private final Set<Integer> codePositions = new HashSet<>();
        private String name;
        private String venue;

        Found(SecurityIds.Security security) {
            this.security = security;
            this.venue = security.venue();
        }

        void add(String kind, String foundName, int codePosition) {
            evidence.add(kind);
            if (name == null && foundName != null) {
                name = foundName;
            }
            if (codePosition >= 0) {
                codePositions.add(codePosition);
            }
        }

        Ticker toTicker(String text) {
            int byName = name == null ? 0 : occurrences(text, name);
            int mentions = Math.max(1, Math.max(byName, codePositions.size()));
            return new Ticker(security.symbol(), security.code(), security.exchange(), venue, name,
                    new ArrayList<>(evidence), mentions);
        }
    }
}
