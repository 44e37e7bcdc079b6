package io.newsflow.enrich.revision;

import io.newsflow.enrich.ContentHash;
import io.newsflow.enrich.Nfkc;
import io.newsflow.schema.EnrichedArticle;
import io.newsflow.schema.Board;
import io.newsflow.schema.Link;
import io.newsflow.schema.Ticker;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Folds a new version of an article into the one already emitted, so that the emitted record is
 * always the most complete view: a version whose text adds nothing (a digest of a text already
 * seen, an exact copy under another path) keeps the earlier text; a changed or richer version
 * wins the text. Either way links, tags and the outlet are kept from both, so a poorer copy (media
 * copies strip stock links) never loses what an earlier version had.
 */
public final class ArticleMerge {
    private static final Set<String> DATE_FALLBACK_WARNINGS = Set.of("DATE_FROM_FILE_NAME", "DATE_FROM_ID", "DATE_FROM_BODY", "UNREADABLE_DATE");
    /** A one-paragraph version is a lead of the earlier text when that text is this many times longer. */
    private static final int SUMMARY_LENGTH_FACTOR = 3;

    private ArticleMerge() {}

    /** The outcome of folding one version in. */
    public sealed interface Result {
        /** The version adds nothing: no output, counted as a duplicate. */
        record Duplicate() implements Result {}

        /** The version changes the article: emit {@code article}, the next revision. */
        record Revision(EnrichedArticle article) implements Result {}
    }

    /**
     * @param previous the last emitted revision of the article
     * @param incoming the enricher's view of the new version (revision 1, same id)
     */
    public static Result merge(EnrichedArticle previous, EnrichedArticle incoming) {
        boolean incomingAddsNothing = covers(previous, incoming.getText()) || isLeadOf(incoming, previous);
        EnrichedArticle base = incomingAddsNothing ? previous : incoming;
        EnrichedArticle other = incomingAddsNothing ? incoming : previous;

        // The first publication time stays unless only the new version has a real date line.
        boolean datedByIncoming = hasDateFallback(previous) && !hasDateFallback(incoming);
        EnrichedArticle dated = datedByIncoming ? incoming : previous;
        String title = base.getTitle().isEmpty() ? other.getTitle() : base.getTitle();
        List<String> warnings = new ArrayList<>();
        for (String w : base.getWarnings()) {
            if (!DATE_FALLBACK_WARNINGS.contains(w) && !(w.equals("NO_TITLE") && !title.isEmpty())) {
                warnings.add(w);
            }
        }
        for (String w : dated.getWarnings()) {
            if (DATE_FALLBACK_WARNINGS.contains(w)) {
                warnings.add(w);
            }
        }

        EnrichedArticle merged = EnrichedArticle.newBuilder(base)
                .setId(previous.getId())
                .setRevision(previous.getRevision())
                .setTitle(title)
                .setPublishedAt(dated.getPublishedAt())
                .setCanonicalUrl(firstNonNull(base.getCanonicalUrl(), other.getCanonicalUrl()))
                .setCategory(firstNonNull(base.getCategory(), other.getCategory()))
                .setMedia(firstNonNull(base.getMedia(), other.getMedia()))
                .setDigest(firstNonNull(base.getDigest(), other.getDigest()))
                .setTags(union(base.getTags(), other.getTags()))
                .setLinks(unionLinks(base.getLinks(), other.getLinks()))
                .setTickers(unionTickers(base.getTickers(), other.getTickers()))
                .setBoards(unionBoards(base.getBoards(), other.getBoards()))
                .setIndices(unionBoards(base.getIndices(), other.getIndices()))
                .setWarnings(warnings)
                .build();
        merged.setContentHash(ContentHash.ofArticle(merged));
        if (merged.getContentHash().equals(previous.getContentHash())) {
            return new Result.Duplicate();
        }
        merged.setRevision(previous.getRevision() + 1);
        return new Result.Revision(merged);
    }

    /** True when every paragraph of {@code text} already occurs in the earlier text or lead. */
    static boolean covers(EnrichedArticle previous, String text) {
        String known = comparable(previous.getText()) + "\n" + comparable(previous.getDigest());
        for (String paragraph : text.split("\n")) {
            String p = comparable(paragraph);
            if (!p.isEmpty() && !known.contains(p)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the version is one paragraph and the earlier text is a much longer article: the
     * feed's digest of an article whose full text is already known, even when worded differently.
     */
    static boolean isLeadOf(EnrichedArticle incoming, EnrichedArticle previous) {
        String text = incoming.getText();
        String earlier = previous.getText();
        return text.indexOf('\n') < 0 && earlier.chars().filter(c -> c == '\n').count() >= 2
                && (long) text.length() * SUMMARY_LENGTH_FACTOR < earlier.length();
    }

    /** Compatibility forms folded (full-width letters and digits) and all whitespace removed. */
    private static String comparable(String text) {
        if (text == null) {
            return "";
        }
        String folded = Nfkc.normalize(text);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean hasDateFallback(EnrichedArticle article) {
        return article.getWarnings().stream().anyMatch(w -> w.startsWith("DATE_FROM_"));
    }

    private static <T> T firstNonNull(T first, T second) {
        return first != null ? first : second;
    }

    private static List<String> union(List<String> first, List<String> second) {
        Set<String> all = new LinkedHashSet<>(first);
        all.addAll(second);
        return new ArrayList<>(all);
    }

    /** Tickers of both versions by symbol: evidence joined, the larger mention count, the first name. */
    private static List<Ticker> unionTickers(List<Ticker> first, List<Ticker> second) {
        Map<String, Ticker> bySymbol = new LinkedHashMap<>();
        for (List<Ticker> tickers : List.of(first, second)) {
            for (Ticker t : tickers) {
                Ticker known = bySymbol.get(t.getSymbol());
                if (known == null) {
                    bySymbol.put(t.getSymbol(), Ticker.newBuilder(t).build());
                } else {
                    known.setEvidence(union(known.getEvidence(), t.getEvidence()));
                    known.setMentions(Math.max(known.getMentions(), t.getMentions()));
                    known.setName(firstNonNull(known.getName(), t.getName()));
                    known.setVenue(firstNonNull(known.getVenue(), t.getVenue()));
                }
            }
        }
        return new ArrayList<>(bySymbol.values());
    }

    private static List<Board> unionBoards(List<Board> first, List<Board> second) {
        Map<String, Board> byCode = new LinkedHashMap<>();
        for (List<Board> boards : List.of(first, second)) {
            for (Board b : boards) {
                Board known = byCode.putIfAbsent(b.getCode(), Board.newBuilder(b).build());
                if (known != null && known.getName() == null) {
                    known.setName(b.getName());
                }
            }
        }
        return new ArrayList<>(byCode.values());
    }

    private static List<Link> unionLinks(List<Link> first, List<Link> second) {
        Map<String, Link> byTarget = new LinkedHashMap<>();
        for (List<Link> links : List.of(first, second)) {
            for (Link link : links) {
                byTarget.putIfAbsent(link.getNormalized() != null ? link.getNormalized() : link.getUrl(), link);
            }
        }
        return new ArrayList<>(byTarget.values());
    }
}
