package io.newsflow.enrich.metrics;

import io.newsflow.schema.Ticker;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a figure is about: the company named last before it (in its sentence, else its paragraph),
 * else the article's main subject — the company the title starts with ({@code 商汤集团首份年报：…},
 * {@code 中国铝业：…}), else its most mentioned ticker. Companies are the tickers' names and the
 * title's company.
 */
final class Subjects {
    /** A company mention at {@code position}. */
    record Mention(int position, String name, String symbol) {}

    private static final Pattern TITLE_COMPANY = Pattern.compile(
            "^([\\p{IsHan}A-Za-z]{2,10}?(?:集团|股份|控股|科技|银行|证券|保险|汽车|电子|医药|药业|能源|电器|电气|实业|地产|公司|智能|新能源))");
    private static final Pattern TITLE_SPEAKER = Pattern.compile("^([\\p{IsHan}A-Za-z]{2,8})[：:]");

    private final List<Mention> mentions;
    private final Mention main;

    private Subjects(List<Mention> mentions, Mention main) {
        this.mentions = mentions;
        this.main = main;
    }

    static Subjects of(String title, String text, List<Ticker> tickers) {
        List<Mention> mentions = new ArrayList<>();
        for (Ticker t : tickers) {
            if (t.getName() != null && t.getName().length() >= 2) {
                addAll(mentions, text, t.getName(), t.getSymbol());
            }
        }
        String titleCompany = titleCompany(title);
        Mention main = null;
        if (titleCompany != null) {
            String symbol = tickers.stream().filter(t -> titleCompany.equals(t.getName())).map(Ticker::getSymbol).findFirst()
                    .orElse(tickers.size() == 1 && tickers.get(0).getName() == null ? tickers.get(0).getSymbol() : null);
            main = new Mention(-1, titleCompany, symbol);
            addAll(mentions, text, titleCompany, symbol);
        } else {
            Ticker top = tickers.stream().max(Comparator.comparingInt(Ticker::getMentions)).orElse(null);
            boolean unique = top != null && tickers.stream().filter(t -> t.getMentions() == top.getMentions()).count() == 1;
            if (unique && top.getName() != null) {
                main = new Mention(-1, top.getName(), top.getSymbol());
            }
        }
        mentions.sort(Comparator.comparingInt(Mention::position));
        return new Subjects(mentions, main);
    }

    private static void addAll(List<Mention> into, String text, String name, String symbol) {
        for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length())) {
            into.add(new Mention(i, name, symbol));
        }
    }

    static String titleCompany(String title) {
        Matcher company = TITLE_COMPANY.matcher(title);
        if (company.find()) {
            return company.group(1);
        }
        Matcher speaker = TITLE_SPEAKER.matcher(title);
        return speaker.find() ? speaker.group(1) : null;
    }

    /**
     * The subject of a figure at {@code position}: the company named last before it in its
     * sentence, else the article's main subject, else the company named last in its paragraph.
     */
    Mention at(int position, int sentenceStart, int paragraphStart) {
        Mention last = null;
        for (Mention m : mentions) {
            if (m.position() >= position) {
                break;
            }
            last = m;
        }
        if (last != null && last.position() >= sentenceStart) {
            return last;
        }
        if (main != null) {
            return main;
        }
        return last != null && last.position() >= paragraphStart ? last : null;
    }

    Mention main() {
        return main;
    }

    /** These subjects with another article's main subject (the title is read with the body's). */
    Subjects withMain(Subjects other) {
        return new Subjects(mentions, other.main);
    }
}
