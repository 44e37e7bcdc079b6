package io.newsflow.enrich.tickers;

import io.newsflow.enrich.Nfkc;
import io.newsflow.schema.Board;
import io.newsflow.schema.Ticker;
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
    /**
     * The securities, boards and indices of one article, and the name/security pairs its markup
     * shows (what the name dictionary can learn from it).
     */
    /**
     * @param nameForms every name each ticker (by symbol) was found under in the article, markup and
     *                  text alike (招商银行 and 招行): the ticker itself carries one
     */
    public record Result(List<Ticker> tickers, List<Board> boards, List<Board> indices, List<NameEntry> namePairs,
                         Map<String, Set<String>> nameForms) {}

    private TickerExtractor() {}

    /** Markup and codes only, no name dictionary. */
    public static Result extract(List<MarkupMention> markup, String text) {
        return extract(markup, text, TickerNames.none());
    }

    public static Result extract(List<MarkupMention> markup, String text, TickerNames names) {
        String normalized = Nfkc.normalize(text);
        Map<String, Found> bySymbol = new LinkedHashMap<>();
        Map<String, String> boards = new LinkedHashMap<>();
        Map<String, String> indices = new LinkedHashMap<>();
        Map<String, NameEntry> pairs = new LinkedHashMap<>();
        for (MarkupMention m : markup) {
            if (m.named() instanceof SecurityIds.Security s) {
                bySymbol.computeIfAbsent(s.symbol(), k -> new Found(s)).add(m.evidence(), m.name(), -1);
                if (m.name() != null) {
                    String form = NameForms.normalize(m.name());
                    if (NameForms.learnable(form, s.code())) {
                        pairs.putIfAbsent(form + "|" + s.symbol(), new NameEntry(form, s, "markup"));
                    }
                }
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
        for (TickerNames.Hit hit : names.find(normalized, Set.copyOf(bySymbol.keySet()))) {
            bySymbol.computeIfAbsent(hit.security().symbol(), k -> new Found(hit.security())).addName(hit.name(), hit.written(), hit.start());
        }
        List<Ticker> tickers = new ArrayList<>(bySymbol.size());
        Map<String, Set<String>> forms = new LinkedHashMap<>();
        for (Found f : bySymbol.values()) {
            tickers.add(f.toTicker(normalized));
            forms.put(f.security.symbol(), Set.copyOf(f.forms));
        }
        return new Result(tickers, groups(boards), groups(indices), List.copyOf(pairs.values()), forms);
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
        private final Set<Integer> namePositions = new HashSet<>();
        private final Set<String> forms = new LinkedHashSet<>();
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
            if (foundName != null) {
                forms.add(foundName);
            }
            if (codePosition >= 0) {
                codePositions.add(codePosition);
            }
        }

        void addName(String foundName, String written, int position) {
            if (name != null && foundName != null && name.length() > foundName.length() && name.endsWith(foundName)) {
                name = foundName; // 记者从中国石化（600028）: the words before a code ran into the name the dictionary knows
            }
            add("name", foundName, -1);
            forms.add(written);
            namePositions.add(position);
        }

        Ticker toTicker(String text) {
            int byName = name == null ? 0 : occurrences(text, name);
            int mentions = Math.max(1, Math.max(Math.max(byName, namePositions.size()), codePositions.size()));
            return new Ticker(security.symbol(), security.code(), security.exchange(), venue, name,
                    new ArrayList<>(evidence), mentions);
        }
    }
}
