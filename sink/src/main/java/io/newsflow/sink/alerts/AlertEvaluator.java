package io.newsflow.sink.alerts;

import io.newsflow.schema.Board;
import io.newsflow.schema.EnrichedArticle;
import io.newsflow.schema.Metric;
import io.newsflow.schema.Ticker;
import java.util.ArrayList;
import java.util.List;

/**
 * Which watchlist, threshold and keyword rules an article matches: plain data in, alerts out
 * (burst rules need a window across articles and live in the topology).
 */
public final class AlertEvaluator {
    private static final int CONTEXT = 20;

    private AlertEvaluator() {}

    public static List<Alert> evaluate(EnrichedArticle a, AlertRules rules) {
        List<Alert> out = new ArrayList<>();
        for (AlertRule.Watchlist w : rules.of(AlertRule.Watchlist.class)) {
            for (Ticker t : a.getTickers()) {
                if (w.tickers().contains(t.getSymbol())) {
                    String name = t.getName() == null ? t.getSymbol() : t.getName() + " (" + t.getSymbol() + ")";
                    out.add(alert(a, w.id(), "watchlist", t.getSymbol(), "watch-listed " + name + " is mentioned ("
                            + String.join(", ", t.getEvidence()) + ")", t.getName()));
                }
            }
            for (Board b : a.getBoards()) {
                if (w.boards().contains(b.getCode())) {
                    out.add(alert(a, w.id(), "watchlist", b.getCode(), "watch-listed board " + (b.getName() == null ? b.getCode()
                            : b.getName() + " (" + b.getCode() + ")") + " is mentioned", b.getName()));
                }
            }
        }
        for (AlertRule.Threshold th : rules.of(AlertRule.Threshold.class)) {
            for (Metric m : a.getMetrics()) {
                if (!m.getKey().equals(th.metric()) || !th.holds(m.getValue())
                        || !th.tickers().isEmpty() && (m.getSubjectSymbol() == null || !th.tickers().contains(m.getSubjectSymbol()))) {
                    continue;
                }
                String about = m.getSubject() == null ? "" : m.getSubject() + " ";
                out.add(alert(a, th.id(), "threshold", m.getSubjectSymbol(), about + m.getKey() + " = " + m.getValue() + " " + m.getUnit()
                        + (m.getPeriod() == null ? "" : " (" + m.getPeriod() + ")") + " " + th.op() + " " + th.value(), m.getText()));
            }
        }
        for (AlertRule.Keyword k : rules.of(AlertRule.Keyword.class)) {
            for (String word : k.words()) {
                boolean inTitle = a.getTitle().contains(word);
                String where = inTitle ? a.getTitle() : paragraphWith(a.getText(), word);
                if (where == null) {
                    continue;
                }
                String evidence = around(where, where.indexOf(word), word.length());
                // A keyword in the title is about the whole article; in the text, about the securities of its paragraph
                // (a daily brief names many companies, and 停牌 in one item is not news about the others).
                List<Ticker> concerned = new ArrayList<>();
                for (Ticker t : a.getTickers()) {
                    if (inTitle || t.getName() != null && where.contains(t.getName()) || where.contains(t.getCode())) {
                        concerned.add(t);
                    }
                }
                if (concerned.isEmpty()) {
                    out.add(alert(a, k.id(), "keyword", null, "keyword " + word, evidence));
                }
                for (Ticker t : concerned) {
                    out.add(alert(a, k.id(), "keyword", t.getSymbol(), "keyword " + word + " in an article about "
                            + (t.getName() == null ? t.getSymbol() : t.getName()), evidence));
                }
                break; // one alert per rule and ticker, whichever word matched first
            }
        }
        return out;
    }

    private static Alert alert(EnrichedArticle a, String rule, String kind, String ticker, String reason, String evidence) {
        return new Alert(rule, kind, a.getId(), ticker, reason, evidence, a.getTitle(), a.getCanonicalUrl(), a.getPublishedAt());
    }

    private static String paragraphWith(String text, String word) {
        int at = text.indexOf(word);
        if (at < 0) {
            return null;
        }
        int from = text.lastIndexOf('\n', at) + 1;
        int to = text.indexOf('\n', at);
        return text.substring(from, to < 0 ? text.length() : to);
    }

    private static String around(String text, int at, int length) {
        int from = Math.max(0, at - CONTEXT);
        int to = Math.min(text.length(), at + length + CONTEXT);
        return text.substring(from, to).replace('\n', ' ');
    }
}
