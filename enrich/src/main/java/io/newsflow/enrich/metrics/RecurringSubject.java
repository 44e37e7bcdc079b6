package io.newsflow.enrich.metrics;

import io.newsflow.enrich.CharSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The subject of an article about a company no dictionary lists and whose title gives no company
 * form ({@code …快狗打车4年烧掉28亿…}): a name of two to six ideographs, written whole in the title,
 * that opens at least three clauses of the body as their actor, right before a verb, a particle or a
 * number ({@code 快狗打车表示}, {@code 快狗打车在…}, {@code 快狗打车的}, {@code 哪吒汽车2021年…}). Three, because a topic word of the
 * title opens a clause or two as well. When the title has another main company, {@link Subjects} still takes such a
 * name for a company wherever it is written, if it ends like one ({@code 中航锂电} in an article on 宁德时代's rival).
 */
final class RecurringSubject {
    private static final int MIN_OPENINGS = 3;
    private static final CharSet CLAUSE_END = CharSet.of("，。；：！？\n");
    /** Particles that end an actor's name: 快狗打车在, 瑞幸咖啡向, 耐看娱乐的. */
    private static final CharSet PARTICLE = CharSet.of("在与和及对向是为从被将把的等由给跟称了或已于也还则亦并");
    /** Verbs that end an actor's name. */
    private static final List<String> VERBS = List.of("宣布", "表示", "公告", "发布", "披露", "提交", "完成", "获得", "计划", "正式",
            "近日", "今日", "日前", "透露", "回应", "推出", "递表", "成立", "实现", "录得", "交付", "拟", "曾", "仍");
    /** Words that open clauses as actors without being a company. */
    private static final Set<String> NOT_NAMES = Set.of("公司", "本公司", "该公司", "集团", "我们", "我国", "其中", "目前", "今年", "去年",
            "同时", "此外", "对此", "市场", "行业", "机构", "券商", "投资者", "消费者", "记者", "分析师", "监管", "政府", "业内", "数据",
            "报告", "消费券", "北向资金", "南向资金", "北上资金", "南下资金", "外资", "内资", "主力资金", "游资", "陆股通", "沪股通", "深股通", "港股通", "两市", "大盘", "净利润", "营收", "营业收入", "中国", "全国", "国内", "海外", "美国",
            "日本", "欧洲", "欧盟", "英国", "德国", "香港", "各地", "全球", "世界", "截至", "截止", "自从",
            // activities and sectors a story is about, which open its clauses as topics: 打新收益下滑, 职业教育吸金超40亿
            "打新", "港股打新", "定增", "回购", "减持", "增持", "分红", "理财", "基金", "职业教育", "在线教育", "教育", "机器人",
            "新能源", "光伏", "芯片", "半导体", "白酒", "医药", "医疗", "房地产", "楼市", "车市", "汽车", "手机", "游戏", "电商",
            // and markets: 港股打新, A股市场
            "港股", "A股", "美股", "中概股", "港交所", "上交所", "深交所", "北交所", "科创板", "创业板", "主板");
    /** A change a title and its clauses open with, not a name: 环比增加89.85亿元, 同比下降. */
    private static final Pattern CHANGE = Pattern.compile("^(?:环比|同比)|(?:增加|减少|增长|下降|上涨|下跌|上升|回落)$");
    /** Endings of a field, a technology or a sector a story is about, not of a company: 隐私计算, 数字经济, 自动驾驶赛道. */
    private static final Pattern FIELD = Pattern.compile("(?:计算|技术|经济|赛道|产业|行业|市场|领域|板块|概念)$");
    /** Heads of comparisons and of places' parts, not of names: 比上年, 较去年, 全国各地. */
    private static final CharSet NOT_A_HEAD = CharSet.of("比较同与和及全各每该本此其");

    private RecurringSubject() {}

    /** The name, or null when no name opens enough clauses. */
    static String of(String title, String text) {
        Map<String, Integer> openings = null;
        for (int i = 0; i < text.length(); i++) {
            if (i > 0 && !CLAUSE_END.contains(text.charAt(i - 1))) {
                continue;
            }
            if (i + 1 >= text.length() || title.indexOf(text.charAt(i)) < 0 || title.indexOf(text.charAt(i + 1)) < 0) {
                continue; // the title writes the name whole, so it writes its first two characters
            }
            String name = actorAt(text, i);
            if (name != null && !NOT_A_HEAD.contains(name.charAt(0)) && title.contains(name) && !NOT_NAMES.contains(name)
                    && !CHANGE.matcher(name).find() && !FIELD.matcher(name).find()) {
                if (openings == null) {
                    openings = new HashMap<>();
                }
                openings.merge(name, 1, Integer::sum);
            }
        }
        if (openings == null) {
            return null;
        }
        String best = null;
        int most = MIN_OPENINGS - 1;
        for (Map.Entry<String, Integer> e : openings.entrySet()) {
            if (e.getValue() > most || e.getValue() == most && best != null && e.getKey().length() > best.length()) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    /** The two to six ideographs at {@code start} that end right before a particle or a verb, or null. */
    private static String actorAt(String text, int start) {
        for (int end = start; end < text.length() && end - start <= 6; end++) {
            char c = text.charAt(end);
            if (c >= '0' && c <= '9' && end - start >= 3) {
                // A year or a figure right after the name (哪吒汽车2021年累计交付); three ideographs at least,
                // since two before a number are as often a measure (增长13.3%, 出口3.47万亿元).
                return text.substring(start, end);
            }
            if (!Character.isIdeographic(c)) {
                return null;
            }
            if (end - start >= 2 && (PARTICLE.contains(c) || startsVerb(text, end))) {
                return text.substring(start, end);
            }
        }
        return null;
    }

    private static final CharSet VERB_FIRST = CharSet.firstCharsOf(VERBS);

    private static boolean startsVerb(String text, int at) {
        if (!VERB_FIRST.contains(text.charAt(at))) {
            return false;
        }
        for (String verb : VERBS) {
            if (text.startsWith(verb, at)) {
                return true;
            }
        }
        return false;
    }
}
