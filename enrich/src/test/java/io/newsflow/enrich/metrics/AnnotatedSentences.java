package io.newsflow.enrich.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.enrich.Enricher;
import io.newsflow.enrich.EnrichmentOutcome;
import io.newsflow.enrich.PostInput;
import io.newsflow.schema.Metric;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Scores the extractor on hand-annotated sentences (one JSON object per line: text, optional
 * title, publication date, figures). A figure is found when an extracted metric has its value and
 * unit; of the found ones, how many also have the annotated key, period, qualifier and subject.
 */
final class AnnotatedSentences {
    private AnnotatedSentences() {}

    /** Counts over a set; {@code misses} lists what was missed or extra, for reading. */
    record Score(int found, int extra, int missed, int keys, int periods, int qualifiers, int subjects,
                 int subjectAndPeriod, int subjectsAnnotated, List<String> misses) {
        double precision() {
            return found / (double) (found + extra);
        }

        double recall() {
            return found / (double) (found + missed);
        }

        double f1() {
            return 2 * precision() * recall() / (precision() + recall());
        }

        double share(int of) {
            return of / (double) found;
        }

        /** Of the found figures whose annotation names a subject (or says there is none), the share with {@code of} right. */
        double subjectShare(int of) {
            return of / (double) subjectsAnnotated;
        }

        @Override
        public String toString() {
            String text = String.format("%d found, %d extra, %d missed; precision %.3f recall %.3f F1 %.3f; of those found: key %.3f "
                    + "period %.3f qualifier %.3f", found, extra, missed, precision(), recall(), f1(), share(keys), share(periods),
                    share(qualifiers));
            return subjectsAnnotated == 0 ? text : text + String.format(" subject %.3f subject-and-period %.3f",
                    subjectShare(subjects), subjectShare(subjectAndPeriod));
        }
    }

    static Score score(InputStream sentences) throws IOException {
        return score(sentences, null);
    }

    /**
     * With {@code articles}, a directory holding the source articles by file name: each sentence is
     * scored within its whole article as the pipeline enriches it (the article's tickers, names and
     * earlier periods in view), taking the metrics whose offsets fall inside the sentence. Sentences
     * whose article is absent or whose text is not found in it verbatim are scored alone.
     */
    static Score score(InputStream sentences, java.nio.file.Path articles) throws IOException {
        ObjectMapper json = new ObjectMapper();
        int found = 0, extra = 0, missed = 0, keys = 0, periods = 0, qualifiers = 0, subjects = 0, both = 0, inArticles = 0;
        int subjectsAnnotated = 0;
        List<String> misses = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(sentences, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode s = json.readTree(line);
                List<Metric> ours = articles == null ? null : inArticle(s, articles);
                if (ours == null) {
                    ours = new ArrayList<>(extract(s.get("text").asText(), text(s.get("title")), s.get("published").asText())
                            .stream().filter(m -> m.getOffset() != null).toList());
                } else {
                    inArticles++;
                }
                for (JsonNode g : s.get("figures")) {
                    double v = g.get("value").asDouble();
                    Metric match = ours.stream().filter(m -> Math.abs(m.getValue() - v) <= 1e-9 * Math.max(1, Math.abs(v))
                            && m.getUnit().equals(g.get("unit").asText())).findFirst().orElse(null);
                    if (match == null) {
                        missed++;
                        misses.add("missed " + g.get("value").asText() + " " + g.get("unit").asText() + " in " + s.get("text").asText());
                        continue;
                    }
                    ours.remove(match);
                    found++;
                    keys += match.getKey().equals(g.get("key").asText()) ? 1 : 0;
                    boolean period = Objects.equals(text(g.get("period")), match.getPeriod());
                    periods += period ? 1 : 0;
                    qualifiers += Objects.equals(text(g.get("qualifier")), match.getQualifier()) ? 1 : 0;
                    if (!period) {
                        misses.add("period " + match.getText() + ": " + text(g.get("period")) + " wanted, " + match.getPeriod() + " found");
                    }
                    if (!match.getKey().equals(g.get("key").asText())) {
                        misses.add("key " + match.getText() + ": " + g.get("key").asText() + " wanted, " + match.getKey() + " found");
                    }
                    if (g.has("subject")) {
                        subjectsAnnotated++;
                        boolean subject = sameSubject(text(g.get("subject")), match.getSubject());
                        subjects += subject ? 1 : 0;
                        both += subject && period ? 1 : 0;
                        if (!subject) {
                            misses.add("subject " + match.getText() + ": " + text(g.get("subject")) + " wanted, " + match.getSubject()
                                    + " found, in " + s.get("text").asText());
                        }
                    }
                }
                for (Metric m : ours) {
                    extra++;
                    misses.add("extra " + m.getText() + " = " + m.getValue() + " " + m.getUnit() + " in " + s.get("text").asText());
                }
            }
        }
        if (articles != null) {
            misses.add(0, inArticles + " sentences scored within their articles");
        }
        return new Score(found, extra, missed, keys, periods, qualifiers, subjects, both, subjectsAnnotated, misses);
    }

    private static final Enricher ENRICHER = new Enricher();

    /**
     * The metrics the pipeline finds in the sentence when it is an article's only paragraph: the
     * whole enrichment runs, so subjects come from the tickers and names it recognizes, as they do
     * for a real article. Sentences without a title get a neutral one without figures or names.
     */
    private static List<Metric> extract(String sentence, String title, String published) {
        String post = "---\ntitle: \"" + (title == null ? "快讯" : title.replace("\\", "\\\\").replace("\"", "\\\""))
                + "\"\ndate: " + published + " 12:00:00 +0800\n---\n\n<p>" + org.jsoup.nodes.Entities.escape(sentence) + "</p>\n";
        EnrichmentOutcome outcome = ENRICHER.enrich(new PostInput(published + "-sentence.md", post.getBytes(StandardCharsets.UTF_8)));
        if (!(outcome instanceof EnrichmentOutcome.Article article)) {
            throw new IllegalStateException("not enriched: " + outcome + " for " + sentence);
        }
        return article.article().getMetrics();
    }

    /** The metrics of the sentence within its enriched article, or null when that cannot be done. */
    private static List<Metric> inArticle(JsonNode sentence, java.nio.file.Path articles) throws IOException {
        String source = sentence.path("source").asText("");
        java.nio.file.Path file = articles.resolve(source.substring(source.lastIndexOf('/') + 1));
        if (source.isEmpty() || !java.nio.file.Files.isRegularFile(file)) {
            return null;
        }
        EnrichmentOutcome outcome = ENRICHER.enrich(new PostInput(source, java.nio.file.Files.readAllBytes(file)));
        if (!(outcome instanceof EnrichmentOutcome.Article article)) {
            return null;
        }
        int[] span = locate(article.article().getText(), sentence.get("text").asText());
        if (span == null) {
            return null;
        }
        List<Metric> out = new ArrayList<>();
        for (Metric m : article.article().getMetrics()) {
            if (m.getOffset() != null && m.getOffset() >= span[0] && m.getOffset() < span[1]) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * Where the article's text writes the sentence, or null: verbatim, else with its white space written
     * otherwise (a source line wrapped inside a sentence, Hi nova 9\nPro, is one space in the enriched text).
     */
    static int[] locate(String articleText, String sentence) {
        int at = articleText.indexOf(sentence);
        if (at >= 0) {
            return new int[] {at, at + sentence.length()};
        }
        StringBuilder regex = new StringBuilder();
        for (String part : sentence.strip().split("\\s+")) {
            regex.append(regex.length() == 0 ? "" : "\\s*").append(java.util.regex.Pattern.quote(part));
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex.toString()).matcher(articleText);
        return m.find() ? new int[] {m.start(), m.end()} : null;
    }

    /** The same company: equal names, or one the short form of the other (贵州茅台 / 贵州茅台酒股份有限公司). */
    private static boolean sameSubject(String gold, String ours) {
        if (gold == null || ours == null) {
            return gold == null && ours == null;
        }
        String known = KnownCompanies.nameOf(gold);
        if (known != null && known.equals(ours)) {
            return true; // B站 written, 哔哩哔哩 reported: one company under the name the list reports it by
        }
        String g = NAME_PUNCTUATION.matcher(gold).replaceAll(""), o = NAME_PUNCTUATION.matcher(ours).replaceAll("");
        return g.equals(o) || g.contains(o) || o.contains(g);
    }

    /** Marks that write one name several ways (一汽-大众 and 一汽大众, 伯克希尔·哈撒韦): no subject is wrong for them. */
    private static final java.util.regex.Pattern NAME_PUNCTUATION = java.util.regex.Pattern.compile("[\\s\\-－·•・（）()]");

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
