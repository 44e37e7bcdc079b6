package io.newsflow.enrich.tickers;

import io.newsflow.enrich.Nfkc;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one spelling names are compared in (NFKC, no spaces, Latin upper-cased: {@code 万  科Ａ} is
 * {@code 万科A}), which names are worth learning, and the short forms articles use for them
 * ({@code 小米集团-W} is written 小米集团, {@code 万科A} is written 万科, {@code *ST摩登} is written ST摩登).
 */
public final class NameForms {
    private static final Pattern HK_SUFFIX = Pattern.compile("-(?:W|SW|S|WR|R|B)$");
    private static final Pattern SHARE_CLASS = Pattern.compile("^(\\p{IsHan}{2,})[AB]$");
    private static final Pattern LINK_WORDS = Pattern.compile("行情|股吧|资金流|K图|查看|详情|点击|更多|公告|研报|数据");
    private static final int MIN_LENGTH = 2;
    private static final int MAX_LENGTH = 16;

    private NameForms() {}

    /** The comparison form: NFKC, whitespace removed, ASCII letters upper-cased. */
    public static String normalize(String name) {
        String nfkc = Nfkc.normalize(name);
        StringBuilder out = new StringBuilder(nfkc.length());
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                out.append(c);
            }
        }
        return out.toString().toUpperCase(Locale.ROOT);
    }

    /**
     * True when a name the markup shows next to {@code code} can go into the dictionary: two to
     * sixteen characters with a letter or ideograph, not the code itself, not link text such as 行情.
     */
    public static boolean learnable(String normalizedName, String code) {
        int length = normalizedName.codePointCount(0, normalizedName.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH || normalizedName.contains(code.toUpperCase(Locale.ROOT))) {
            return false;
        }
        boolean ideograph = normalizedName.codePoints().anyMatch(Character::isIdeographic);
        boolean digit = normalizedName.chars().anyMatch(Character::isDigit);
        if (!ideograph && (digit || length < 3 || !normalizedName.chars().allMatch(c -> Character.isLetter(c) || c == '&' || c == '.'))) {
            return false;
        }
        return !LINK_WORDS.matcher(normalizedName).find();
    }

    /**
     * Whether {@code written} is a new listing's first-day form of {@code name}: N or C, then the
     * name's start ({@code N和辉-U}, {@code C和辉-U} for 和辉光电). {@link TickerNames} finds these forms.
     */
    public static boolean isListingDayForm(String written, String name) {
        return name != null && written.length() >= 3 && !written.equals(name) && (written.charAt(0) == 'N' || written.charAt(0) == 'C')
                && name.startsWith(written.substring(1, 3));
    }

    /** The name and the shorter forms articles write it in, each normalized. */
    public static List<String> forms(String normalizedName) {
        List<String> out = new ArrayList<>(2);
        out.add(normalizedName);
        String shorter = HK_SUFFIX.matcher(normalizedName).replaceFirst("");
        var shareClass = SHARE_CLASS.matcher(shorter);
        if (shareClass.matches()) {
            shorter = shareClass.group(1);
        }
        if (!shorter.equals(normalizedName) && shorter.length() >= MIN_LENGTH) {
            out.add(shorter);
        }
        // *ST摩登 is written ST摩登 as often, and a name lists one of the two: each is the other's form.
        if (normalizedName.startsWith("*ST") && normalizedName.length() > 4) {
            out.add(normalizedName.substring(1));
        } else if (normalizedName.startsWith("ST") && normalizedName.length() > 3 && Character.isIdeographic(normalizedName.charAt(2))) {
            out.add("*" + normalizedName);
        }
        return out;
    }
}
