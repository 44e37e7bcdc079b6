package io.newsflow.enrich.metrics;

import io.newsflow.enrich.CharSet;
import io.newsflow.enrich.metrics.Subjects.Mention;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Companies no dictionary lists, found by the form of their registered names
 * ({@code 元境生生（北京）科技有限公司}, {@code 上海中路（集团）有限公司}, {@code 瀚星创业投资有限公司}, and
 * partnerships such as {@code 淄博晓希企业管理合伙企业（有限合伙）}): news
 * about unlisted companies, subsidiaries and holders names them this way at least once. Each is
 * a mention under its short name (the registered name without the legal ending and the region),
 * and so is every later place the article writes that short name, the part before the region,
 * or the alias it gives in brackets ({@code （以下简称“东方报业”）}).
 */
final class RegisteredNames {
    /** Longest name body (ideographs and letters, without the bracket) read back from the legal ending. */
    private static final int MAX_BODY = 16;
    /** Words right before a name that end it: 小米关联公司瀚星…, 第一大股东上海中路…, 持有湖南北影…, 7亿元用于晶科光伏制造…. */
    static final List<String> STOP_BEFORE = List.of("公司", "股东", "持有", "旗下", "显示", "宣布", "成立", "设立",
            "收购", "入股", "增资", "参股", "认购", "通过", "联合", "包括", "其中", "企业", "名称", "管理人", "发起人", "合伙人",
            "注册", "投资方", "获得", "披露", "用于", "位于", "属于", "对于", "关于", "基于", "由于");
    private static final CharSet STOP_LAST = CharSet.lastCharsOf(STOP_BEFORE);
    /** Characters that end a name read backwards, unless the part after them is only a generic word (华为技术). */
    private static final String BOUNDARY = "据在与和及对向是为从被让将把的等如由给跟同令使称了或其该";
    /** Bodies too generic to be a name alone: a boundary character before them belongs to the name (华为技术有限公司). */
    private static final Set<String> GENERIC_BODY = Set.of("技术", "科技", "投资", "实业", "发展", "控股", "集团", "信息", "网络",
            "电子", "贸易", "管理", "咨询", "服务", "文化", "传媒", "能源", "资本", "置业", "地产", "医药", "生物");
    /** Heads that make a registered-name form no name: 该有限公司, 一家有限公司, 子公司. */
    private static final Pattern GENERIC = Pattern.compile("^(?:本|其|各|这|那|此|某|多|两|几|一家|全资|子|母|控股子|合资|上市|有限)");
    /**
     * Aliases that name a role, not the company: （以下简称“目标公司”）, （下称“标的公司”）, （简称“发行人”）,
     * （以下简称“收购人”）. They still point back to it where the article writes them later.
     */
    private static final Pattern GENERIC_ALIAS = Pattern.compile(
            "(?:目标|标的|合资|新|本|该|项目|子|孙|参股|控股|全资子|被投资|上市|挂牌|拟上市)?(?:公司|企业|集团|基金|银行)"
                    + "|发行人|收购人|申请人|担保人|被担保人|信息披露义务人|控股股东|实际控制人|股东|受让方|转让方|出让方|交易对方|甲方|乙方|丙方|本行|我行");
    /** The alias a registered name is given right after it: （东方报业）, （以下简称“利宏科技”）, （下称"东方报业"）. */
    private static final Pattern ALIAS = Pattern.compile("[（(](?:以下简称|以下称|下简称|下称|简称)?[：:]?[\"“「]?([\\p{IsHan}A-Za-z]{2,8})[\"”」]?[）)]");

    private RegisteredNames() {}

    /**
     * Adds a mention for each registered name in {@code text} that no mention already covers (a listed
     * company's full name stays the listed company's), and for the later places it is written short.
     */
    static void addTo(String text, List<Mention> mentions) {
        List<Mention> found = new ArrayList<>();
        Set<String> aliases = new LinkedHashSet<>();
        List<String> aliasNames = new ArrayList<>();
        // The next 公司 and the next 合伙企业, each searched for again only once passed: searching both
        // from every 公司 would rescan a long text to its end for a partnership it does not have.
        int company = text.indexOf("公司");
        int nextPartnership = text.indexOf(PARTNERSHIP);
        while (company >= 0 || nextPartnership >= 0) {
            boolean partnership = company < 0 || nextPartnership >= 0 && nextPartnership < company;
            int at = partnership ? nextPartnership : company;
            if (partnership) {
                nextPartnership = text.indexOf(PARTNERSHIP, at + 2);
                if (company >= 0 && company < at + 2) {
                    company = text.indexOf("公司", at + 2);
                }
            } else {
                company = text.indexOf("公司", at + 2);
            }
            int ending = partnership ? at : legalEnding(text, at);
            if (ending < 0) {
                continue;
            }
            int end = partnership ? partnershipEnd(text, at) : at + 2;
            Name name = readBack(text, ending, partnership);
            if (name != null && partnership) {
                name = name.withoutScope();
            }
            if (name == null) {
                continue;
            }
            int start = name.start();
            if (Mention.overlapsAny(mentions, start, end) || Mention.overlapsAny(found, start, end)) {
                continue;
            }
            Matcher alias = ALIAS.matcher(text).region(end, text.length());
            boolean aliased = alias.lookingAt();
            // The article's own short name for the company (以下简称“北京国资公司”) is the name it goes by.
            String called = aliased && !GENERIC_ALIAS.matcher(alias.group(1)).matches() ? alias.group(1) : name.shortName();
            // The mention runs over the alias's brackets: the alias written there is no second mention.
            found.add(new Mention(start, called, null, (aliased ? alias.end() : end) - start));
            List<String> forms = new ArrayList<>(List.of(name.shortName()));
            if (name.beforeRegion() != null) {
                forms.add(name.beforeRegion());
            }
            if (aliased) {
                forms.add(alias.group(1)); // a role's alias too: 目标公司 written later is still this company
            }
            for (String form : forms) {
                if (form.length() >= 2 && aliases.add(form)) {
                    aliasNames.add(called);
                }
            }
        }
        if (found.isEmpty()) {
            return;
        }
        List<String> forms = new ArrayList<>(aliases);
        for (int k = 0; k < forms.size(); k++) {
            String form = forms.get(k);
            for (int i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + form.length())) {
                int s = i, e = i + form.length();
                if (!Mention.overlapsAny(mentions, s, e) && !Mention.overlapsAny(found, s, e)) {
                    found.add(new Mention(i, aliasNames.get(k), null, form.length()));
                }
            }
        }
        mentions.addAll(found);
    }

    /** A partnership's legal ending, 淄博晓希企业管理合伙企业（有限合伙）: holders of listed companies are often one. */
    private static final String PARTNERSHIP = "合伙企业";
    /** What a partnership's name says of its business after its own name: 企业管理, 股权投资, 创业投资. */
    private static final Pattern PARTNERSHIP_SCOPE = Pattern.compile(
            "(?:企业管理|投资管理|资产管理|基金管理|股权投资|创业投资|产业投资|投资咨询|管理咨询|私募基金|私募|基金|投资|管理|咨询|科技)+(?:中心)?$");

    /** The end of a partnership's registered name: after 合伙企业 and its （有限合伙） when written. */
    private static int partnershipEnd(String text, int at) {
        int end = at + PARTNERSHIP.length();
        for (String form : List.of("（有限合伙）", "(有限合伙)", "（有限合伙", "(有限合伙")) {
            if (text.startsWith(form, end)) {
                return end + form.length();
            }
        }
        return end;
    }

    /** Where the legal ending that ends with the 公司 at {@code at} starts (有限公司, 股份有限公司, 有限责任公司, 股份公司), or -1. */
    private static int legalEnding(String text, int at) {
        if (text.startsWith("有限", at - 2)) {
            return text.startsWith("股份", at - 4) ? at - 4 : at - 2;
        }
        if (text.startsWith("有限责任", at - 4)) {
            return at - 4;
        }
        return text.startsWith("股份", at - 2) ? at - 2 : -1;
    }

    private record Name(int start, String shortName, String beforeRegion) {
        /** The name without the business it names after itself, or null when nothing is left but that. */
        Name withoutScope() {
            String bare = PARTNERSHIP_SCOPE.matcher(shortName).replaceFirst("");
            return bare.length() < 2 ? null : new Name(start, bare, beforeRegion);
        }
    }

    /**
     * The name before a legal ending at {@code ending}: ideographs and letters read backwards, with
     * one bracket of two to four ideographs (a region, or 集团), up to punctuation, a stop word or a
     * particle; null when too short or generic, or when nothing ends it within {@link #MAX_BODY}.
     */
    private static Name readBack(String text, int ending, boolean partnership) {
        int start = ending, bracketOpen = -1, bracketClose = -1, body = 0;
        while (start > 0 && body < MAX_BODY) {
            char c = text.charAt(start - 1);
            if ((c == '）' || c == ')') && bracketOpen < 0) {
                int open = bracketStart(text, start - 1);
                if (open < 0) {
                    break;
                }
                bracketOpen = open;
                bracketClose = start - 1;
                start = open;
                continue;
            }
            if (!Character.isIdeographic(c) && !isLatin(c)) {
                break;
            }
            if (stopsBefore(text, start) && !(partnership && text.startsWith("企业", start - 2))) {
                break; // 企业 ends a company's name read back, but is part of a partnership's (晓希企业管理)
            }
            if (BOUNDARY.indexOf(c) >= 0 && !GENERIC_BODY.contains(bodyOf(text, start, ending, bracketOpen, bracketClose))) {
                break;
            }
            start--;
            body++;
        }
        String plain = bodyOf(text, start, ending, bracketOpen, bracketClose);
        if (body >= MAX_BODY || plain.length() < 2 || GENERIC_BODY.contains(plain) || GENERIC.matcher(plain).find()) {
            return null;
        }
        String bracket = bracketOpen < 0 ? "" : text.substring(bracketOpen + 1, bracketClose);
        String shortName = "集团".equals(bracket) ? plain + bracket : plain;
        String beforeRegion = bracketOpen > start + 1 && !"集团".equals(bracket) && bracketClose + 1 < ending
                ? text.substring(start, bracketOpen) : null;
        return new Name(start, shortName, beforeRegion);
    }

    /** The name's characters from {@code start} to the ending, without its bracket. */
    private static String bodyOf(String text, int start, int ending, int bracketOpen, int bracketClose) {
        return bracketOpen < 0 ? text.substring(start, ending)
                : text.substring(start, bracketOpen) + text.substring(bracketClose + 1, ending);
    }

    /** The opening bracket of a bracket of two to four ideographs closing at {@code close}, or -1. */
    private static int bracketStart(String text, int close) {
        for (int i = close - 1; i >= 0 && close - i <= 5; i--) {
            char c = text.charAt(i);
            if (c == '（' || c == '(') {
                return close - i - 1 >= 2 ? i : -1;
            }
            if (!Character.isIdeographic(c)) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether a word of {@link #STOP_BEFORE} ends right before {@code start}. */
    static boolean stopsBefore(String text, int start) {
        if (start == 0 || !STOP_LAST.contains(text.charAt(start - 1))) {
            return false; // most characters end no stop word: the list is walked only for the few that do
        }
        for (String w : STOP_BEFORE) {
            if (start >= w.length() && text.startsWith(w, start - w.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLatin(char c) {
        return c < 128 && Character.isLetter(c);
    }
}
