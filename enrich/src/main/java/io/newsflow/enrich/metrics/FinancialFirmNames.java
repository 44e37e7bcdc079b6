package io.newsflow.enrich.metrics;

import io.newsflow.enrich.metrics.Subjects.Mention;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fund houses, brokers, banks, insurers and trusts no dictionary lists, by the form of their names:
 * two to five ideographs opening a clause right before the kind of firm ({@code 景顺长城基金今日晚间公告},
 * {@code 安信证券相关负责人}, {@code 网商银行在7月21日宣布}). Most are unlisted, so no ticker names them,
 * yet financial news is mostly about them. Kinds of firms and funds ({@code 公募基金}, {@code 商业银行},
 * {@code 新发基金}), the words such a name starts ({@code 证券时报}, {@code 银行间}, {@code 基金经理}) and
 * firms listed together ({@code 易方达基金、广发基金}: a group, whose figures are none of theirs) are left out —
 * unless 分别 hands each of them its own figure ({@link #addListed}).
 */
final class FinancialFirmNames {
    /** The kinds of firm whose names end with their kind; 期货 and 理财 are left out (原油期货, 银行理财 are goods). */
    private static final List<String> KINDS = List.of("基金", "证券", "银行", "保险", "信托");
    /** The kinds a 分别 list of firms may end each name with: these too, as every name of the list ends with one. */
    private static final List<String> LISTED_KINDS = List.of("基金", "证券", "银行", "保险", "信托", "资管", "期货", "理财");
    /** Two or more financial firms of one kind in a 、 list, each two to four ideographs before its kind. */
    private static final Pattern FIRM_LIST = Pattern.compile(
            "\\p{IsHan}{2,4}?(" + String.join("|", LISTED_KINDS) + ")(?:、\\p{IsHan}{2,4}?\\1)+");
    private static final int MAX_HEAD = 5;
    /** Characters a name is read back to: the particles of other names, and 于, 用, 除, 就 (用于, 除宁波银行外). */
    private static final String BOUNDARY = Subjects.NAME_BOUNDARY + "经于用除就";
    /** Words a clause or a list may open with before a firm's name: 目前广发基金…, 其中华夏基金…. */
    private static final String LEADS = "目前|当前|其中|今年|去年|此外|同时|另外|包括|例如|比如";
    /** Before one name: 近期安信证券… as well. */
    private static final Pattern LEAD = Pattern.compile(LEADS + "|近期|近日|日前|昨日|今日|本周|上周|周[一二三四五六日]|而|但|也|并|即");
    /** Before a list's first name: 依次为广发基金、… as well. */
    private static final Pattern LIST_LEAD = Pattern.compile("^(?:" + LEADS + "|依次为|依次是|分别是|如)");
    /** Kinds of firms and funds, whose names are no firm's: 公募基金, 国有银行, 股份制银行. */
    private static final String KINDS_OF_FIRMS = "公募|私募|社保|养老|产业|指数|货币|债券|股票|混合|偏股|偏债|主动|被动|权益|政府|引导|并购|"
            + "主权|专项|投资|商业|国有|股份制|城商|农商|村镇|外资|中资|头部|大型|中小|上市|境内|境外|海外|国内|其他|部分|中外|合资|民营|地方|"
            + "政策性|开发性|券商|银行|保险";
    /** A list name that opens with a kind of firm (公募基金、私募基金) or a count of firms (各, 多家). */
    private static final Pattern GENERIC_LIST_HEAD = Pattern.compile(KINDS_OF_FIRMS + "|各|多家");
    /** Heads of kinds of firms and funds, not of one firm: anywhere in the head, or (one character) at its start. */
    private static final Pattern GENERIC_HEAD = Pattern.compile(
            KINDS_OF_FIRMS + "|股份|政策|开发|"
                    + "新发|新成立|次新|爆款|明星|绩优|同类|相关|上述|全部|所有|个人|机构|资产|原油|黄金|商品|期货|医疗|健康|财产|人寿|"
                    + "寿险|互联网|数字|网络|民间|农村|中央|人民|储蓄|社会|农业|存款|失业|工伤|生育|重疾|意外|责任|长期|护理|信用|"
                    + "地产|土地|慈善|单一|集合|家族|资金|纾困|救助|创投|创业|风投|天使|科创|行业|主题|量化|封闭|开放|定开|短债|纯债|固收|"
                    + "稳健|配置|价值|成长|科技|消费|医药|能源|半导体|白酒|芯片|军工|光伏|医保|公积金|全国|重要性|影子|网红|股权|持股|市面|市场|"
                    // a strategy or a way to buy funds, not a fund house: “固收+”策略基金, 如何借道基金
                    + "策略|借道|如何|通过|购买|认购|申购|定投|"
                    + "大病|补充|普惠|惠民|人身|少儿|教育|旅游|汽车|买入|卖出|指出|指导|推动|完善|归还|委托|提交|整合|无论|个别|抓好|要求|"
                    + "鼓励|加入|遴选|拆分|备案|确保|隶属|返回|获得|管理|督促|辖内|盈利|申请|新设|甚至|此次|公司|发展|人民币|美元|托管|"
                    + "首例|首只|首家|首批|新增|主要|以来|之后|之前|此前|此后|今后|以后|年|月|日|度|份|[一二三四五六七八九十]成|基金|证券|信托|"
                    + "[这那单每一二三四五六七八九十两几][只支家]|母$|子$|还有|又有|可以|预计|百亿|千亿|万亿|大额|重点|"
                    + "^(?:这|那|此|本|各|多|每|某|两|几|一|全|不|且|仅|以|含|有|按|另|母|约|近|超|逾|批|只|款|支|类|型|车|方|第|来|还|又)");
    /**
     * What after the kind makes the words no firm's name (证券时报, 银行间, 基金经理, 保险业, 证券化, 基金会, 证券监督…)
     * or names a branch that trades for clients (东方财富证券拉萨团结路第二营业部: a trading seat, not the firm).
     */
    private static final Pattern NOT_A_FIRM_AFTER = Pattern.compile(
            "(?:业|间|卡|股|化|费|金|报|时报|日报|经理|份额|产品|计划|合约|账户|指数|市场|行业|板块|净值|代码|名称|类|型|法|会|交易所|从业|持有|资产|公司|"
                    + "投资|机构|通道|业务|资金|监管|监督|协会|期货|部|网|小镇|APP|App|app|渠道|存款|借款|同业|理财|管理人|申报|合作|简称|交易|发行|募集|申购|赎回|、|和|及|\\p{IsHan}{0,4}?(?:营业部|分公司|分行|支行))");
    /** What before the name makes it one of a list: 易方达基金和广发基金, 、天弘基金. */
    private static final String LISTED_AFTER = "、和及";

    private FinancialFirmNames() {}

    /** Adds a mention for each such name that no mention covers yet. */
    static void addTo(String text, List<Mention> mentions) {
        List<Mention> found = null;
        Matcher after = null, generic = null, lead = null;
        for (String kind : KINDS) {
            for (int at = text.indexOf(kind); at >= 0; at = text.indexOf(kind, at + kind.length())) {
                int end = at + kind.length();
                int start = Subjects.headStart(text, at, MAX_HEAD + 2, BOUNDARY);
                if (start < 0 || at - start < 2 || start > 0 && (LISTED_AFTER.indexOf(text.charAt(start - 1)) >= 0
                        || Character.isDigit(text.charAt(start - 1)))) {
                    continue; // unbounded, too short, one of a list, or run into a rank or a number (第2名广发证券, 1号远望基金)
                }
                if (after == null) {
                    after = NOT_A_FIRM_AFTER.matcher(text);
                    generic = GENERIC_HEAD.matcher(text);
                    lead = LEAD.matcher(text);
                }
                if (after.region(end, text.length()).lookingAt()) {
                    continue;
                }
                start = afterLeadsAndVerbs(text, start, at, lead);
                if (at - start < 2 || at - start > MAX_HEAD || generic.region(start, at).find()) {
                    continue;
                }
                if (Mention.overlapsAny(mentions, start, end) || found != null && Mention.overlapsAny(found, start, end)) {
                    continue;
                }
                if (found == null) {
                    found = new ArrayList<>();
                }
                found.add(new Mention(start, text.substring(start, end), null));
            }
        }
        if (found != null) {
            mentions.addAll(found);
        }
    }

    /**
     * Adds the financial firms no dictionary lists that a list of two or more of one kind names for the figures
     * 分别 hands out to each (广发基金、天弘基金、富国基金实现的年度盈利分别为352.82亿元、327.39亿元、301.92亿元). The
     * pattern runs only where a list can be, a 、 right after a kind of firm: run over the whole text it cost more
     * than all the other names.
     */
    static void addListed(String text, List<Mention> mentions) {
        int listEnd = 0;
        for (int sep = text.indexOf("分别") < 0 ? -1 : text.indexOf('、'); sep >= 0; sep = text.indexOf('、', sep + 1)) {
            if (sep < listEnd || !endsWithListedKind(text, sep)) {
                continue;
            }
            Matcher list = FIRM_LIST.matcher(text).region(Math.max(0, sep - 8), Math.min(text.length(), sep + 64));
            if (!list.find() || list.start() > sep) {
                continue;
            }
            listEnd = list.end();
            int s0 = list.start();
            Matcher lead = LIST_LEAD.matcher(text).region(s0, sep);
            if (lead.lookingAt() && sep - lead.end() >= 4) {
                s0 = lead.end(); // 目前广发基金、…: the list starts after the word it ran into
            } else if (s0 > 0 && Character.isIdeographic(text.charAt(s0 - 1)) && Subjects.NAME_BOUNDARY.indexOf(text.charAt(s0 - 1)) < 0) {
                continue; // the first name's head would run into the words before it
            }
            int split = text.indexOf("分别", listEnd);
            if (split < 0 || split > Subjects.sentenceEnd(text, listEnd)) {
                continue; // only where 分别 hands figures out to each: 工银理财、…、交银理财持股比例均为8.97% is the group's
            }
            String[] names = text.substring(s0, listEnd).split("、");
            if (Arrays.stream(names).anyMatch(n -> GENERIC_LIST_HEAD.matcher(n).lookingAt())) {
                continue; // 公募基金、私募基金: kinds of firms, not firms
            }
            int at = s0;
            for (String n : names) {
                if (!Mention.overlapsAny(mentions, at, at + n.length())) {
                    mentions.add(new Mention(at, n, null, n.length()));
                }
                at += n.length() + 1;
            }
        }
    }

    private static boolean endsWithListedKind(String text, int at) {
        for (String kind : LISTED_KINDS) {
            if (text.startsWith(kind, at - kind.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the name starts once the words the head ran into are cut off: a clause's opening word (其中华夏基金,
     * 近期安信证券; 其 and 同 are particles, so the reading back stopped right after them) and a verb of a deal
     * (收购恒丰银行, 入股网商银行).
     */
    private static int afterLeadsAndVerbs(String text, int start, int at, Matcher lead) {
        for (boolean cut = true; cut; ) {
            cut = false;
            for (int from = Math.max(0, start - 1); from <= start && !cut; from++) {
                if (lead.region(from, at).lookingAt() && lead.end() > start) {
                    start = lead.end(); // a lead can start one character back: the particle the reading stopped at
                    cut = true;
                }
            }
        }
        for (int i = at; i > start; i--) {
            if (RegisteredNames.stopsBefore(text, i)) {
                return i; // 持有基金: nothing is left of the name
            }
        }
        return start;
    }
}
