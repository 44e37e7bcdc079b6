package io.newsflow.enrich.metrics;

import io.newsflow.enrich.metrics.Subjects.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Fund houses, brokers, banks, insurers and trusts no dictionary lists, by the form of their names:
 * two to four ideographs opening a clause right before the kind of firm ({@code 景顺长城基金今日晚间公告},
 * {@code 安信证券相关负责人}, {@code 网商银行在7月21日宣布}). Most are unlisted, so no ticker names them,
 * yet financial news is mostly about them. Kinds of firms and funds ({@code 公募基金}, {@code 商业银行},
 * {@code 新发基金}) and the words such a name starts ({@code 证券时报}, {@code 银行间}, {@code 基金经理}) are left out.
 */
final class FinancialFirmNames {
    /** The kinds of firm whose names end with their kind; 期货 and 理财 are left out (原油期货, 银行理财 are goods). */
    private static final List<String> KINDS = List.of("基金", "证券", "银行", "保险", "信托");
    private static final int MAX_HEAD = 5;
    /** Characters that end a name read backwards: particles and prepositions (是景顺长城基金, 据安信证券). */
    private static final String BOUNDARY = "据在与和及对向是为从被让将把的等如由给跟同令使称了或其该经于用除就";
    /** Words a clause may open with before the name: 目前广发基金…, 其中华夏基金…. */
    private static final Pattern LEAD = Pattern.compile("^(?:目前|当前|其中|今年|去年|此外|同时|另外|包括|例如|比如|而|但|也|并|即)");
    /** Heads of kinds of firms and funds, not of one firm. */
    private static final Pattern GENERIC_HEAD = Pattern.compile(
            "公募|私募|社保|养老|产业|指数|货币|债券|股票|混合|偏股|偏债|主动|被动|权益|政府|引导|并购|主权|专项|投资|商业|国有|股份|城商|农商|"
                    + "村镇|外资|中资|头部|大型|中小|上市|境内|境外|海外|国内|其他|部分|中外|合资|民营|地方|政策|开发|券商|银行|保险|"
                    + "新发|新成立|次新|爆款|明星|绩优|同类|相关|上述|全部|所有|个人|机构|资产|原油|黄金|商品|期货|医疗|健康|财产|人寿|"
                    + "寿险|互联网|数字|网络|民间|农村|中央|储蓄|投资者|散户|社会|农业|存款|失业|工伤|生育|重疾|意外|责任|长期|护理|信用|"
                    + "地产|土地|慈善|单一|集合|家族|资金|纾困|救助|创投|创业|风投|天使|科创|行业|主题|量化|封闭|开放|定开|短债|纯债|固收|"
                    + "稳健|配置|价值|成长|科技|消费|医药|能源|半导体|白酒|芯片|军工|光伏|亿|万|元|类|型|只|家|款|支|"
                    + "医保|公积金|第|批|全国|买入|卖出|持有|指出|指导|推动|完善|归还|委托|提交|整合|按|无论|个别|另|抓好|要求|鼓励|加入|遴选|拆分|备案|"
                    + "大病|补充|普惠|惠民|人身|少儿|教育|旅游|汽车|车|确保|隶属|返回|获得|管理|督促|辖内|盈利|申请|新设|甚至|此次|母|公司|方|基金|证券|信托|"
                    + "大额|母子|发展|人民币|美元|托管|不|且|仅|以|含|有|首例|[一二三四五六七八九]成|"
                    + "年|月|日|度|份|后|前|来|今|新增|主要|上|下|^(?:这|那|此|本|各|多|该|其|每|某|两|几|一|首|全)");
    /** What after the kind makes the words no firm's name: 证券时报, 银行间, 基金经理, 保险业, 证券化, 基金会. */
    private static final Pattern NOT_A_FIRM_AFTER = Pattern.compile(
            "^(?:业|间|卡|股|化|费|金|报|时报|日报|经理|份额|规模|产品|计划|合约|账户|指数|市场|行业|板块|净值|代码|名称|类|型|法|会|交易所|从业|持有|资产|公司|"
                    + "投资|机构|通道|业务|资金|监管|协会|期货|部|网|小镇|APP|App|app|渠道|存款|借款|同业|理财|管理人|申报|合作|简称|交易|、)");

    private FinancialFirmNames() {}

    /** Adds a mention for each such name that no mention covers yet. */
    static void addTo(String text, List<Mention> mentions) {
        List<Mention> found = null;
        for (String kind : KINDS) {
            for (int at = text.indexOf(kind); at >= 0; at = text.indexOf(kind, at + kind.length())) {
                int end = at + kind.length();
                if (NOT_A_FIRM_AFTER.matcher(text).region(end, text.length()).lookingAt()) {
                    continue;
                }
                int start = at;
                while (start > 0 && at - start < MAX_HEAD + 2 && Character.isIdeographic(text.charAt(start - 1))
                        && BOUNDARY.indexOf(text.charAt(start - 1)) < 0) {
                    start--;
                }
                boolean bounded = start == 0 || !Character.isIdeographic(text.charAt(start - 1))
                        || BOUNDARY.indexOf(text.charAt(start - 1)) >= 0;
                // 易方达基金、广发基金…: firms listed together are a group, whose figure is none of theirs; 第2名广发证券,
                // 1号远望基金: a rank or a product's number runs into the name
                if (!bounded || start > 0 && (text.charAt(start - 1) == '、' || Character.isDigit(text.charAt(start - 1)))) {
                    continue;
                }
                java.util.regex.Matcher lead = LEAD.matcher(text).region(start, at);
                if (lead.lookingAt()) {
                    start = lead.end();
                }
                String head = text.substring(start, at);
                if (head.length() < 2 || head.length() > MAX_HEAD || GENERIC_HEAD.matcher(head).find()) {
                    continue;
                }
                int s0 = start;
                if (overlaps(mentions, s0, end) || found != null && overlaps(found, s0, end)) {
                    continue;
                }
                if (found == null) {
                    found = new ArrayList<>();
                }
                found.add(new Mention(s0, head + kind, null));
            }
        }
        if (found != null) {
            mentions.addAll(found);
        }
    }

    private static boolean overlaps(List<Mention> mentions, int start, int end) {
        for (Mention m : mentions) {
            if (m.position() < end && start < m.end()) {
                return true;
            }
        }
        return false;
    }
}
