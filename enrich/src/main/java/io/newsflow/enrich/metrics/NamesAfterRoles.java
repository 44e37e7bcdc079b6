package io.newsflow.enrich.metrics;

import io.newsflow.enrich.CharSet;
import io.newsflow.enrich.metrics.Subjects.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Companies no dictionary lists, found by the role a sentence gives them right before their name:
 * a subsidiary ({@code 全资子公司盘江普定拟投资50亿元}) or a major holder named for what it holds or sells
 * ({@code 第二大股东政泉控股持有的约10.90亿股}, {@code 控股股东华润医药集团拟减持}). The name runs to the first particle, verb or punctuation after it. Only
 * that place is a mention: elsewhere the same words often name a project or a plant of the parent
 * ({@code 火电项目“盘江普定2×66万千瓦”}), whose figures are the parent's.
 */
final class NamesAfterRoles {
    private static final List<String> ROLES = List.of("子公司", "孙公司", "大股东", "控股股东", "股东");
    private static final CharSet ROLE_LAST = CharSet.lastCharsOf(ROLES);
    /** Single characters that end a name: particles and the verbs that usually follow a holder or a subsidiary. */
    private static final CharSet ENDS_NAME = CharSet.of("拟将以于在已获与和及的向为是对共持所被因由从把等或并还也均仍已曾");
    /** Words that end a name. */
    private static final List<String> ENDING_WORDS = List.of("计划", "出资", "投资", "认购", "减持", "增持", "签署", "签订", "完成",
            "披露", "公告", "发布", "宣布", "表示", "称", "合计", "累计", "通过", "近日", "日前", "目前", "此次", "本次");
    private static final CharSet ENDING_FIRST = CharSet.firstCharsOf(ENDING_WORDS);
    /** What follows a subsidiary's name: a particle or a verb's first character (拟, 将, 以, 已, 与 …) or a bracketed alias. */
    private static final CharSet FOLLOWS_NAME = CharSet.of("拟将以已与和及、（(为在于获向");
    private static final int MIN = 2;
    private static final int MAX = 6;

    private NamesAfterRoles() {}

    /** Adds a mention for each such name that no mention covers. */
    static void addTo(String text, List<Mention> mentions) {
        List<Mention> found = null;
        for (int i = 0; i < text.length(); i++) {
            if (!ROLE_LAST.contains(text.charAt(i))) {
                continue;
            }
            for (String role : ROLES) {
                int start = i + 1;
                if (start >= role.length() && text.startsWith(role, start - role.length())) {
                    String name = nameAt(text, start);
                    // A holder is named for what it holds (政泉控股持有的…股); 控股股东孟庆山提交的提案 is about the company.
                    // A subsidiary's name is followed by what it does (盘江普定拟投资); 子公司中标9.67亿元 names none.
                    int after = name == null ? -1 : start + name.length();
                    if (name != null && !(role.endsWith("公司") ? FOLLOWS_NAME.contains(text.charAt(after)) || holds(text, after)
                            : holds(text, after))) {
                        name = null;
                    }
                    if (name != null && role.equals("股东") && !HOLDER_ENDING.matcher(name).find()) {
                        name = null; // 股东束美珍减持: a person, whose sale is the listed company's news; 股东湘投控股拟减持 is a firm
                    }
                    if (name != null && !Mention.overlapsAny(mentions, start, start + name.length())) {
                        if (found == null) {
                            found = new ArrayList<>();
                        }
                        found.add(new Mention(start, name, null));
                    }
                    break;
                }
            }
        }
        if (found != null) {
            mentions.addAll(found);
        }
    }

    /** The name of two to six ideographs at {@code start}, ended by a particle, a verb or anything else; or null. */
    private static String nameAt(String text, int start) {
        int end = start;
        int bracketed = 0; // 包钢（集团）公司: a word in brackets inside the name, not counted in its length
        while (end < text.length() && end - start - bracketed <= MAX) {
            int inner = innerBracket(text, end);
            if (inner > 0 && end > start) {
                end += inner;
                bracketed += inner;
                continue;
            }
            if (!Character.isIdeographic(text.charAt(end)) || ENDS_NAME.contains(text.charAt(end)) || endingWordAt(text, end)) {
                break;
            }
            end++;
        }
        if (bracketed > 0 && (text.charAt(end - 1) == '）' || text.charAt(end - 1) == ')')) {
            return null; // a name ends in its brackets only as an alias, which the brackets after a name give
        }
        int length = end - start - bracketed;
        if (length < MIN || length > MAX || end >= text.length()) {
            return null;
        }
        String name = text.substring(start, end);
        // 股东大会, 子公司股权, 大股东户数: a word about the role, not a name
        return name.startsWith("大会") || name.startsWith("股权") || name.startsWith("户数") || name.startsWith("人数")
                || name.startsWith("权益") || name.startsWith("名单") || name.startsWith("公司") ? null : name;
    }

    /** The length of a word of one to three ideographs in brackets at {@code at} (（集团）), or 0. */
    private static int innerBracket(String text, int at) {
        char open = text.charAt(at);
        if (open != '（' && open != '(') {
            return 0;
        }
        for (int i = at + 1; i < text.length() && i - at <= 4; i++) {
            char c = text.charAt(i);
            if ((c == '）' || c == ')') && i > at + 1) {
                return i - at + 1;
            }
            if (!Character.isIdeographic(c)) {
                return 0;
            }
        }
        return 0;
    }

    /** Endings of a firm's name, which a plain 股东 (not 大股东 or 控股股东) must show: people hold shares too. */
    private static final Pattern HOLDER_ENDING = Pattern.compile(
            "(?:控股|投资|集团|资本|基金|有限|公司|合伙|企业|资管|创投|实业|信托)$");
    private static final List<String> HOLDING = List.of("持有", "所持", "持股", "拟减持", "减持", "增持", "质押", "拟转让", "转让", "拟出售");

    private static boolean holds(String text, int at) {
        for (String word : HOLDING) {
            if (text.startsWith(word, at)) {
                return true;
            }
        }
        return text.startsWith("拟以", at) && sellsLaterInClause(text, at + 2);
    }

    /** 控股股东香港起步拟以9.162元/股向…转让: a price or a means first, then the sale, in one clause. */
    private static boolean sellsLaterInClause(String text, int from) {
        for (int i = from; i < text.length() && i - from <= 40; i++) {
            char c = text.charAt(i);
            if (c == '，' || c == '。' || c == '；' || c == ',' || c == ';') {
                return false;
            }
            if (text.startsWith("转让", i) || text.startsWith("出售", i) || text.startsWith("减持", i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endingWordAt(String text, int at) {
        if (!ENDING_FIRST.contains(text.charAt(at))) {
            return false;
        }
        for (String word : ENDING_WORDS) {
            if (text.startsWith(word, at)) {
                return true;
            }
        }
        return false;
    }
}
