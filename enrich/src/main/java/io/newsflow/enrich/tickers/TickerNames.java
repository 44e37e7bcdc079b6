package io.newsflow.enrich.tickers;

import io.newsflow.enrich.CharSet;
import io.newsflow.enrich.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds securities named only by their company name. Every dictionary (bundled seed, operator
 * file, names learned from the stream) is scanned over the article's text in comparison form;
 * overlapping matches are settled longest first, so a longer name or a blocked word
 * ({@code 上海证券报}) beats the name inside it. A match must also stand as a word: Latin names not
 * glued to other letters or digits, and not continued into an outlet's name (报, 日报, 网 …). Names
 * that are everyday words too ({@code 苹果}, {@code 小米}) count only with a cue: a code or link for
 * the same security, or a word such as 公司/股份/股价 right after them.
 */
public final class TickerNames {
    /**
     * A name found in the text. {@code start} is an offset in the text given to {@link #find};
     * {@code written} is how the text writes it where that is not the name itself (a listing day's
     * {@code N和辉-U} for 和辉光电).
     */
    public record Hit(SecurityIds.Security security, String name, int start, String written) {
        public Hit(SecurityIds.Security security, String name, int start) {
            this(security, name, start, name);
        }
    }

    private static final Pattern OUTLET_AFTER = Pattern.compile("^(?:报|时报|日报|晚报|周刊|网|电视台|之声)");
    /** Words after a name that make it the start of an association's name: 中国黄金协会 is not 中国黄金. */
    public static final Pattern ASSOCIATION_AFTER = Pattern.compile("^(?:业)?(?:协会|商会|学会|联合会(?!员))");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Zs}]+");
    /** The share-class marks after a new listing's name: -U (not yet profitable), -W (weighted votes) … */
    private static final Pattern LISTING_SUFFIX = Pattern.compile("-(?:UW|U|WD|W|SW|S)(?![A-Za-z])");
    private static final Pattern H_SHARE_AFTER = Pattern.compile("H股|港股");
    private static final List<String> HK_SENTENCE = List.of("港股", "香港", "港交所", "联交所", "H股", "恒生", "恒指", "港元", "港币", "南向");
    private static final List<String> US_SENTENCE = List.of("美股", "中概", "纳斯达克", "纳指", "道指", "标普", "纽交所", "纽约证券交易所", "ADR");
    private static final List<String> MAINLAND_SENTENCE = List.of("A股", "沪指", "上证", "深证", "深成指", "创业板", "科创板", "沪深", "两市");
    private static final String SENTENCE_END = "。！？；!?;\n";
    /**
     * Words after a name that make it a different company, a listed subsidiary the dictionaries do
     * not know: 比亚迪电子 is not 比亚迪, 京东物流 is not 京东.
     */
    private static final Pattern SUBSIDIARY_AFTER = Pattern.compile("^(?:电子|精电|半导体|物流|健康|医疗|科技|生物|能源|新能源|智能|电气|材料|置业|物业|服务|环境|国际|租赁|资本|银行|证券|信托|期货|基金)");
    /** Words after a name that make it a company: 公司, 股价 …, a colon, or a code in brackets (农产品(化肥…) is no cue). */
    private static final Pattern CUE_AFTER = Pattern.compile("^(?:公司|股份|集团|控股|股价|市值|财报|港股|美股|[:：]|[(（][0-9A-Za-z])");

    /** Characters that end a word before a name: 据蔚来, 和蔚来, 对蔚来 … */
    private static final String PARTICLES = "据在与和及对向是为从被让将把的等如由给跟同比令使称了及或";

    private final List<NameDictionary> dictionaries;
    private final Set<String> needCue;

    public TickerNames(List<NameDictionary> dictionaries, Set<String> needCue) {
        this.dictionaries = List.copyOf(dictionaries);
        this.needCue = Set.copyOf(needCue);
    }

    /** No names at all: only markup and codes find securities. */
    public static TickerNames none() {
        return new TickerNames(List.of(), Set.of());
    }

    /** These names plus {@code more} dictionaries (learned ones), sharing the cue list. */
    public TickerNames with(List<NameDictionary> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<NameDictionary> all = new ArrayList<>(dictionaries);
        all.addAll(more);
        return new TickerNames(all, needCue);
    }

    /** True when some dictionary already pairs {@code normalizedName} with {@code symbol}. */
    public boolean knows(String normalizedName, String symbol) {
        for (NameDictionary d : dictionaries) {
            if (d.knows(normalizedName, symbol)) {
                return true;
            }
        }
        return false;
    }

    /** Total entries over all dictionaries. */
    public int size() {
        return dictionaries.stream().mapToInt(NameDictionary::size).sum();
    }

    /**
     * The names in {@code text} (already NFKC), in text order.
     *
     * @param evidenced symbols already found by markup or codes (a cue for names that need one)
     */
    public List<Hit> find(String text, Set<String> evidenced) {
        if (dictionaries.isEmpty()) {
            return List.of();
        }
        Comparable form = Comparable.of(text);
        List<int[]> candidates = new ArrayList<>();
        for (int d = 0; d < dictionaries.size(); d++) {
            int dictionary = d;
            dictionaries.get(d).scan(form.chars, (start, end, word) -> candidates.add(new int[] {start, end, dictionary, word}));
        }
        candidates.sort(Comparator.<int[]>comparingInt(c -> c[0] - c[1]).thenComparingInt(c -> c[0]));
        boolean[] taken = new boolean[form.chars.length()];
        List<int[]> rejected = new ArrayList<>();
        Map<String, SecurityIds.Security> chosen = new HashMap<>();
        Supplier<String> articleMarket = memoized(() -> marketOf(text));
        List<Hit> hits = new ArrayList<>();
        for (int[] c : candidates) {
            if (overlaps(taken, c[0], c[1]) || rejected.stream().anyMatch(r -> r[0] <= c[0] && c[1] <= r[1])) {
                continue;
            }
            NameDictionary.Word word = dictionaries.get(c[2]).word(c[3]);
            int start = form.offsets[c[0]];
            int end = form.offsets[c[1] - 1] + 1;
            // A rejected match leaves its characters to the matches overlapping it (中国[平安银行]).
            if (!word.blocked() && !standsAlone(text, start, end)) {
                rejected.add(c); // ... but not to the shorter names inside it (京东 in 京东方精电)
                continue;
            }
            for (int i = c[0]; i < c[1]; i++) {
                taken[i] = true;
            }
            if (word.blocked()) {
                continue;
            }
            // One name is one security per article: the listing its first mention chose.
            SecurityIds.Security security = chosen.computeIfAbsent(word.text(), w -> word.securities().size() == 1
                    ? word.securities().get(0) : choose(word.securities(), market(text, start, end, articleMarket)));
            boolean cued = evidenced.contains(security.symbol())
                    || CUE_AFTER.matcher(text.subSequence(end, Math.min(text.length(), end + 4))).find();
            if (!cued && (needCue.contains(word.text()) || gluedShortName(text, start, end))) {
                continue;
            }
            hits.add(new Hit(security, WHITESPACE.matcher(text.substring(start, end)).replaceAll(""), start));
        }
        listingDayNames(text, hits, articleMarket);
        hits.sort(Comparator.comparingInt(Hit::start));
        return hits;
    }

    /**
     * New listings are written with a mark for their first days and a shortened name
     * ({@code N和辉-U}, {@code C和辉-U} for 和辉光电-U; {@code N中芯} for 中芯国际): N or C, two to four
     * ideographs, an optional share-class suffix. The ideographs count as the name they start when
     * every name they start is that one company's (longest prefix first).
     */
    private void listingDayNames(String text, List<Hit> hits, Supplier<String> articleMarket) {
        for (int i = 0; i + 2 < text.length(); i++) {
            char c = text.charAt(i);
            if (c != 'N' && c != 'C' || i > 0 && isLatinOrDigit(text.charAt(i - 1)) || !Character.isIdeographic(text.charAt(i + 1))) {
                continue;
            }
            int run = i + 1;
            while (run < text.length() && run - i <= 4 && Character.isIdeographic(text.charAt(run))) {
                run++;
            }
            int at = i;
            if (hits.stream().anyMatch(h -> h.start() == at + 1)) {
                continue; // the name itself follows the mark (N百济神州): found already
            }
            for (int end = run; end >= i + 3; end--) {
                NameDictionary.Word word = onlyNameStartingWith(text.substring(i + 1, end));
                if (word != null) {
                    Matcher suffix = LISTING_SUFFIX.matcher(text).region(end, text.length());
                    int writtenEnd = suffix.lookingAt() ? suffix.end() : end;
                    SecurityIds.Security security = word.securities().size() == 1 ? word.securities().get(0)
                            : choose(word.securities(), market(text, i, writtenEnd, articleMarket));
                    hits.add(new Hit(security, word.text(), i, text.substring(i, writtenEnd)));
                    i = writtenEnd - 1;
                    break;
                }
            }
        }
    }

    private NameDictionary.Word onlyNameStartingWith(String prefix) {
        for (NameDictionary d : dictionaries) {
            NameDictionary.Word w = d.onlyNameStartingWith(prefix);
            if (w != null) {
                return w;
            }
        }
        return null;
    }

    private static boolean overlaps(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Not part of a longer Latin word or number, not the start of an outlet's name (上海证券报), and
     * not the start of a subsidiary's name (比亚迪电子) or of an association's (中国黄金协会).
     */
    private static boolean standsAlone(String text, int start, int end) {
        if (isLatinOrDigit(text.charAt(start)) && start > 0 && isLatinOrDigit(text.charAt(start - 1))) {
            return false;
        }
        if (isLatinOrDigit(text.charAt(end - 1)) && end < text.length() && isLatinOrDigit(text.charAt(end))) {
            return false;
        }
        CharSequence after = text.subSequence(end, Math.min(text.length(), end + 5));
        return !OUTLET_AFTER.matcher(after).find() && !SUBSIDIARY_AFTER.matcher(after).find()
                && !(after.length() > 0 && "业协商学联".indexOf(after.charAt(0)) >= 0 && ASSOCIATION_AFTER.matcher(after).find());
    }

    /**
     * A two-character Chinese name right after another Chinese character that is not a particle
     * (据, 和, 对 …) is more often the tail of a longer word than a company: 增[长和]下降. So is a name of any
     * length whose 国 ends a word for a country (我国新能源: no 国新能源).
     */
    private static boolean gluedShortName(String text, int start, int end) {
        if (countryWordTail(text, start)) {
            return true; // 我国新能源汽车 is no 国新能源: the name's 国 ends a word for a country
        }
        if (end - start != 2 || start == 0 || !Character.isIdeographic(text.charAt(start))) {
            return false;
        }
        char before = text.charAt(start - 1);
        return Character.isIdeographic(before) && PARTICLES.indexOf(before) < 0;
    }

    /** Characters that make a word for a country or the state with a 国 after them: 我国, 全国, 中国, 美国, 各国 … */
    private static final String COUNTRY_HEADS = "我全中美各该本外两韩德法英泰强大出回祖万邻";
    /** Words those characters end before a name that starts with 国: 其中国泰君安, 此外国金证券, 卖出国电南瑞, 扩大国… */
    private static final java.util.Set<String> WORDS_ENDING_IN_A_HEAD = java.util.Set.of("其中", "之中", "集中", "此外", "另外", "以外",
            "海外", "卖出", "推出", "指出", "支出", "买出", "最大", "扩大", "加大", "重大", "巨大", "较大", "强大");

    /** Whether a name starting with 国 follows a character that makes a country word with it and no other word before. */
    private static boolean countryWordTail(String text, int start) {
        if (start == 0 || text.charAt(start) != '国' || COUNTRY_HEADS.indexOf(text.charAt(start - 1)) < 0) {
            return false;
        }
        return start < 2 || !WORDS_ENDING_IN_A_HEAD.contains(text.substring(start - 2, start));
    }

    private static boolean isLatinOrDigit(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    /**
     * The market a name's sentence is about: {@code HK} (港股, 恒指, 香港 …, or H股 right after the
     * name), {@code US} (美股, 中概股, 纳斯达克 …), {@code CN} (A股, 沪指, 创业板 …); without a cue in the
     * sentence, the one market the whole text talks about; null when that is unclear too.
     */
    private static String market(String text, int start, int end, Supplier<String> articleMarket) {
        if (H_SHARE_AFTER.matcher(text.subSequence(end, Math.min(text.length(), end + 2))).lookingAt()) {
            return "HK";
        }
        int from = start;
        while (from > 0 && SENTENCE_END.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = end;
        while (to < text.length() && SENTENCE_END.indexOf(text.charAt(to)) < 0) {
            to++;
        }
        String sentence = marketOf(text.subSequence(from, to));
        return sentence != null ? sentence : articleMarket.get();
    }

    private static Supplier<String> memoized(Supplier<String> compute) {
        String[] value = new String[1];
        boolean[] done = new boolean[1];
        return () -> {
            if (!done[0]) {
                value[0] = compute.get();
                done[0] = true;
            }
            return value[0];
        };
    }

    private static String marketOf(CharSequence text) {
        boolean hk = Words.containsAny(text, HK_SENTENCE);
        boolean us = Words.containsAny(text, US_SENTENCE);
        boolean cn = Words.containsAny(text, MAINLAND_SENTENCE);
        if (hk == us || cn) {
            return cn && !hk && !us ? "CN" : null;
        }
        return hk ? "HK" : "US";
    }

    /** One name, several listings (A and H shares, US ADRs): the market the sentence is about, else the mainland line first. */
    private static SecurityIds.Security choose(List<SecurityIds.Security> listed, String market) {
        if (listed.size() == 1) {
            return listed.get(0);
        }
        return listed.stream()
                .min(Comparator.comparingInt(s -> rank(s.exchange(), market)))
                .orElseThrow();
    }

    private static int rank(String exchange, String market) {
        if (exchange.equals(market) || "CN".equals(market) && (exchange.equals("SH") || exchange.equals("SZ") || exchange.equals("BJ"))) {
            return -1;
        }
        return switch (exchange) {
            case "SH" -> 0;
            case "SZ" -> 1;
            case "BJ" -> 2;
            case "HK" -> 3;
            case "US" -> 4;
            default -> 5;
        };
    }

    /** The text in comparison form, with each of its characters' offset in the original text. */
    private record Comparable(String chars, int[] offsets) {
        static Comparable of(String text) {
            char[] out = new char[text.length()];
            int[] offsets = new int[text.length()];
            int length = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (!CharSet.isPlainVisible(c) && (Character.isWhitespace(c) || Character.isSpaceChar(c))) {
                    continue;
                }
                offsets[length] = i;
                out[length++] = c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
            }
            return new Comparable(new String(out, 0, length), offsets);
        }
    }
}
