package io.newsflow.enrich.metrics;

import io.newsflow.enrich.CharSet;
import io.newsflow.enrich.WordList;
import io.newsflow.enrich.tickers.NameForms;
import io.newsflow.schema.Ticker;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a figure is about: the company named last before it (in its sentence, else its paragraph),
 * else the article's main subject — the company the title starts with ({@code 商汤集团首份年报：…},
 * {@code 中国铝业：…}, but the rated company in {@code 高盛：维持信义能源买入评级}), else its most
 * mentioned ticker. Companies are the tickers' names and the title's company. A figure about a
 * market — an index, northbound money, a sector, the two exchanges ({@code 沪指微涨0.04%},
 * {@code 北向资金净买入34.53亿元}) — has no company for subject, whatever the article's main one.
 */
final class Subjects {
    /**
     * A company mention at {@code position}, written in {@code length} characters: the company's
     * name, or a listing day's form of it ({@code N和辉-U} for 和辉光电).
     */
    record Mention(int position, String name, String symbol, int length) {
        Mention(int position, String name, String symbol) {
            this(position, name, symbol, name == null ? 0 : name.length());
        }

        int end() {
            return position + length;
        }

        /** Adds every place {@code text} writes {@code written} that no mention covers yet, as a mention of {@code name}. */
        static void addUncovered(List<Mention> mentions, String text, String written, String name) {
            for (int i = text.indexOf(written); i >= 0; i = text.indexOf(written, i + written.length())) {
                if (!overlapsAny(mentions, i, i + written.length())) {
                    mentions.add(new Mention(i, name, null, written.length()));
                }
            }
        }

        /** Whether any of {@code mentions} covers part of {@code [start, end)}. */
        static boolean overlapsAny(List<Mention> mentions, int start, int end) {
            for (Mention m : mentions) {
                if (m.position() < end && start < m.end()) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Endings of a company's name that a title's opening company is read by. */
    private static final String TITLE_COMPANY_ENDINGS = "集团|股份|控股|科技|银行|证券|保险|汽车|电子|医药|药业|能源|电器|电气|实业|地产|公司|智能|新能源";
    private static final Pattern TITLE_COMPANY = Pattern.compile("^([\\p{IsHan}A-Za-z]{2,10}?(?:" + TITLE_COMPANY_ENDINGS + "))");
    /** Endings of a company's name, for a name read without a dictionary beside the article's main company: the title's and a few more. */
    private static final String COMPANY_ENDINGS = TITLE_COMPANY_ENDINGS + "|锂电|电池|半导体";
    private static final Pattern COMPANY_ENDING = Pattern.compile("(?:" + COMPANY_ENDINGS + ")$");
    private static final Pattern COMPANY_ENDING_ANYWHERE = Pattern.compile(COMPANY_ENDINGS);
    /** A title that counts a company's shares: 11760万股泛海控股股票, 10.9亿股方正证券股票, 1330万股中路股份股票. */
    private static final Pattern TITLE_SHARES_OF = Pattern.compile("[0-9.]+[万亿]*股(\\p{IsHan}{2,8}?)(?:股票|股份(?!股票))");
    /** A title opening with a quoted name or nickname: "镁信健康", "AI第一股". */
    private static final Pattern TITLE_QUOTED = Pattern.compile("[\"“]([^\"”]{2,12})[\"”]");
    /** What a company does right after a title quotes its name: "镁信健康"完成…融资, "京沪计划"拟减持…. */
    private static final Pattern QUOTED_DOER_VERB = Pattern.compile("完成|获|宣布|拟|发布|暂缓|递表|赴港|回应|闯关|冲刺|上市|遭|被");
    private static final Pattern TITLE_SPEAKER = Pattern.compile("^([\\p{IsHan}A-Za-z]{2,8})[：:]");
    /** Title heads that are columns, markets, sectors or authorities, not companies: 港股午评：, 美国商务部：, 消费电子板块. */
    private static final Pattern NOT_A_COMPANY = Pattern.compile(
            "(?:评|快讯|简讯|资讯|闻|报|速递|必读|观察|复盘|前瞻|解读|盘点|数据|部|局|委|会|署|厅|政府|央行)$|^(?:沪指|两市)");
    /** Words of a rating headline: the company after the colon is the one rated. */
    private static final Pattern RATING = Pattern.compile("评级|目标价|买入|增持|减持|中性|跑赢|跑输|上调|下调|维持|首予|首次覆盖");
    /** The market a title names before its company: 港股京城机电股份大涨 is about 京城机电股份. */
    private static final Pattern MARKET_PREFIX = Pattern.compile("^(?:港股|A股|美股|中概股)");
    private static final Pattern SECTOR_AFTER = Pattern.compile("^(?:板块|概念|行业|产业|指数|ETF|基金|独角兽|龙头|巨头|赛道|领域|新贵)");
    /**
     * Words that make a figure a market's rather than a company's: indices, the exchanges, money
     * flows between markets, ETFs. Matched in the figure's clause, or in its sentence since the
     * figure before it.
     */
    private static final List<String> MARKET_WORDS = List.of("沪指", "深成指", "创业板指", "科创50", "沪深300", "上证50",
            "中证500", "恒指", "国指", "道指", "纳指", "标普", "两市", "大盘", "北向资金", "北上资金", "南向资金", "南下资金", "沪股通",
            "深股通", "港股通", "ETF", "道琼斯", "标准普尔500", "标准普尔 500", "纳斯达克综合指数", "纳斯达克指数", "恒生指数", "恒生科技指数",
            "上证指数", "上证综指", "深证成指", "日经225", "富时100");
    /** Words that make a figure a market's only in its own clause: 板块指数大涨超3%, 行业跌约11% (but 电池行业龙头，营收…). */
    private static final List<String> CLAUSE_MARKET_WORDS = List.of("指数", "板块", "行业", "概念股", "市场规模", "市场整体", "整体市场", "市场总规模", "市场总额", "市场总量", "市场总值", "全市场");
    /**
     * Scopes that make a figure a market's when they open its clause, after its period at most (国内原料黄金产量为328.98吨,
     * 2021 年上半年全球新能源汽车销售量…, 中国大陆 56 家…制造商): not 在国内市场占有率55% or 覆盖全国2500多家, a company's reach.
     */
    private static final List<String> OPENING_SCOPES = List.of("全国", "全球", "国内", "我国", "中国大陆", "全行业");
    /** A share of the market a scope names: after it, the figure is a company's share (国内市场份额, 全球市占率). */
    private static final Pattern SHARE_OF_SCOPE = Pattern.compile("(?:\\p{IsHan}{0,4}?市场)?(?:份额|占有率|市占率|占比)");
    /** What may stand before such a scope in its clause: the clause's period (2021 年上半年, 1-10月). */
    private static final CharSet PERIOD_CHARS = CharSet.of("0123456789 年月日季度上下半前今去本第一二三四Q-－");
    /** The two lists by first character: most characters of a date or a 市值 start one of them, few start a word of them. */
    private static final WordList MARKET_LIST = WordList.of(MARKET_WORDS);
    private static final WordList CLAUSE_MARKET_LIST = WordList.of(CLAUSE_MARKET_WORDS);
    /** A market named as a company's part, benchmark or share (公司锂电板块, 跑赢沪深300, 占两市成交额) is not the figure's subject. */
    private static final List<String> MARKET_AS_OBJECT = List.of("公司", "该股", "旗下", "作为", "占", "跑赢", "跑输", "高于", "低于", "相对", "入选");
    private static final CharSet OBJECT_FIRST = CharSet.firstCharsOf(MARKET_AS_OBJECT);
    /** A note in brackets after a name in a list, its code most often: 京东方A（000725.SZ）、荣盛石化（002493.SZ）. */
    private static final Pattern BRACKETED_NOTE = Pattern.compile("[（(][^（()）]{1,16}[)）]");
    /** What joins names in a list: the figures' list joins ({@link QuantityScanner#LIST_JOIN}) and 与, which joins names only. */
    private static final Pattern LIST_GAP = Pattern.compile("\\s?(?:、|和|及|与|以及)\\s?");
    /** Prepositions that name the other party of a deal right before its name (not 对: 维持对苹果的评级 rates 苹果). */
    private static final String COUNTERPARTY_BEFORE = "向与从跟";
    /**
     * Verbs of a deal or a dispute whose object, right after them, is the other party: 赔偿奥克斯空调, 起诉格力电器,
     * 收购天士力, 卖京东股份, 购买子公司锐凌无线51%股权 — the figures are the actor's (what it pays, the stake it buys or sells).
     */
    private static final List<String> COUNTERPARTY_VERBS = List.of("赔偿", "起诉", "收购", "入股", "增资", "出售给", "转让给", "卖给", "出售", "卖",
            "支付给", "购买",
            // a rival it is measured against: 超越上汽大众，拿下…，其1月份共销售143,556辆 is the overtaking company's
            "超越", "反超", "力压", "击败", "甩开", "赶超", "超过", "领先于", "落后于", "不敌",
            // the company whose shares are held: 通过子公司持有紫光国微32.39%的股权 is the holder's stake
            "持有的", "持有",
            // the company whose shares a holder trades: 中国人寿已连续5个季度减持万科A，持股比例从2.16%降至0.73% is the holder's
            "减持", "增持", "清仓");
    /**
     * An adviser's or a client's role right before a company's name (独家保荐人为华泰证券, 财务顾问是中信证券,
     * 招标单位为中广核风电): it serves or buys, the figures are its client's or the bidder's.
     */
    private static final Pattern ADVISER_BEFORE = Pattern.compile(
            "(?:保荐人|保荐机构|承销商|财务顾问|审计机构|会计师事务所|法律顾问|评估机构|托管人|托管行"
                    + "|招标单位|招标人|招标方|采购人|采购方|采购单位|业主单位|业主|发包方|发包人)(?:均|分别)?(?:为|是|：|:)$");
    /** Role words that may stand between such a preposition and the party's name. */
    private static final List<String> COUNTERPARTY_ROLES = List.of("受让方", "转让方", "出让方", "交易对方", "对方", "控股子公司", "全资子公司", "子公司", "参股公司");
    /** Words after a company's name that make it a platform things happen on: 阿里拍卖, 京东法拍, 淘宝直播间. */
    private static final Pattern PLATFORM_AFTER = Pattern.compile("(?:网)?(?:司法拍卖|拍卖|法拍|平台|官网|网站|商城|旗舰店|直播间|小程序|App|APP|app)");
    /** Words after a company's name that make it part of an association's name: 中国黄金协会, 中国证券业协会. */
    private static final Pattern ASSOCIATION_AFTER = io.newsflow.enrich.tickers.TickerNames.ASSOCIATION_AFTER;
    /**
     * The characters {@link #PLATFORM_AFTER}, {@link #DATA_SOURCE_AFTER}, {@link #ASSOCIATION_AFTER} and
     * {@link #RESEARCH_DESK_AFTER} can start with:
     * they are tried after a mention only when the next character is one of these.
     */
    private static final CharSet NOT_A_SUBJECT_FIRST = CharSet.of(
            "网司拍法平官商旗直小发最数统监调业协学联策研宏首分ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
    /**
     * The rest of a circumstance a company is named in, after 在 and its name (在苹果 iPhone 新机发布带动下, 在华为的推动下):
     * it drives the figure, whose subject is another.
     */
    private static final Pattern CIRCUMSTANCE_AFTER = Pattern.compile(
            "[^，。；,;]{0,16}?(?:带动|推动|影响|拉动|刺激|帮助|支持|引领|助力|冲击|拖累|压力)下");
    /** A listed name with an ending its short form drops: 安踏体育, 腾讯控股, 京东集团 (two ideographs at least before it). */
    private static final Pattern GENERIC_ENDING = Pattern.compile("(\\p{IsHan}{2,4})(?:体育|集团|控股|股份)");
    /** Particles a short name may follow directly: 而安踏, 和腾讯, 对京东. */
    private static final CharSet SHORT_FORM_BEFORE = CharSet.of("而和与及的在对将是被让为从向但且由据");
    /** What after a short name makes it part of another name: 紫光集团, 百世网络, a Latin suffix. */
    private static final Pattern SHORT_FORM_NOT_AFTER = Pattern.compile(
            "集团|控股|股份|科技|网络|实业|投资|资本|电子|银行|证券|保险|汽车|能源|电器|医药|地产|置业|国际|[A-Za-z\\p{IsHan}]{0,2}(?:有限)?公司");
    /** Words after a company's name that make it a source of data: 上海钢联发布数据显示, 东方财富Choice数据显示, 中信证券统计，… */
    private static final Pattern DATA_SOURCE_AFTER = Pattern.compile("[A-Za-z]*(?:发布的?|最新)?(?:(?:数据|统计|监测|调研|调查)(?:显示|表明|称)|统计[，,：:])");
    /** Words after 从 and a company's name that make it a source of news: 从阿里拍卖获悉 (with the platform word between). */
    private static final Pattern SOURCE_AFTER = Pattern.compile("\\p{IsHan}{0,4}?(?:获悉|了解到|得知|处获悉|处了解到)");
    private static final Pattern PER_SHARES = Pattern.compile("每\\d+股");
    /** A count of companies as a pool (99家上市公司, 其中10家), not of intermediaries such as 17家券商 that serve one. */
    private static final Pattern COMPANY_COUNT = Pattern.compile(
            "\\d+家(?:A股|境内|中国|国内|头部|主要)?(?:上市公司|公司|企业)|其中\\d+家");
    /**
     * Figures cited from someone else's statistics (据中国汽车工业协会统计, 欧洲汽车制造商协会数据, Canalys 的最新报告，数据显示):
     * a source's name or 数据/报告 before 统计, 数据 or 显示, in the sentence before the figure.
     */
    private static final Pattern OTHERS_DATA = Pattern.compile(
            "据(?!此)[^，。；,;]{0,24}?(?:统计|数据|报告|调查|调研)|(?:数据|报告|统计)显示");
    /** Words that put the figure back on the article's own company though statistics are cited (数据显示，公司… / 其10月销量…). */
    private static final Pattern OWN_COMPANY_WORD = Pattern.compile("公司|财报|公告|年报|季报|业绩|招股|该股|其(?![中他它余实次])");
    /**
     * Totals of a market in its clause: a whole category's output or sales (总出货量, 乘用车, 插电混动车型总计); not a share of a
     * total (占总装机量比例高达49.7% is the company's share).
     */
    private static final Pattern MARKET_TOTAL = Pattern.compile("(?<!占)(?:总出货量|总销量|总交付量|总装机量)|乘用车|车型总计|行业总");
    /** Words after a firm's name that make it the author of a view (中信建投策略：…, 中信证券研报): its research desk, not its business. */
    private static final Pattern RESEARCH_DESK_AFTER = Pattern.compile("策略|研报|宏观|首席|研究所|研究院|研究部|分析师");
    /** A broker's name, whose previews and outlooks are about the market it studies. */
    private static final Pattern BROKER = Pattern.compile("(?:证券|建投|中金公司|中金|期货)$");
    /** What a broker's name heads when the title is its research: 中信证券中报预览, 华泰证券2022年展望. */
    private static final Pattern BROKER_VIEW_AFTER = Pattern.compile("[0-9年]{0,5}(?:中报|年报|季报|三季报|一季报)?(?:预览|展望|前瞻|观点|点评|研判)");
    /** Words after ST that are about stocks under risk warning in general, not one stock's name. */
    private static final Pattern ST_GENERIC = Pattern.compile(
            "股票|股份|板块|公司|个股|类股|概念|标的|企业|摘帽|摘星|戴帽|风险|新规|制度|行业|龙头|股东|公告|退市|连板|涨停|跌停");
    /** Endings that make a name a company or a security without a dictionary: groups and convertible bonds. */
    private static final List<String> UNLISTED_ENDINGS = List.of("集团", "转债");
    /** A bond's short name (year, issuer, series) right before its six-digit code in brackets. */
    private static final Pattern BOND_NAME = Pattern.compile("\\d{2}\\p{IsHan}{2,4}\\d{2}(?=\\s?$)");
    /** A bond's six-digit code in brackets, right after its short name. */
    private static final Pattern BOND_CODE = Pattern.compile("[（(]\\d{6}[)）]");
    /** Characters a name without a dictionary does not run across: particles before it (是北影控股集团). */
    static final String NAME_BOUNDARY = "据在与和及对向是为从被让将把的等如由给跟同令使称了或其该";
    /** Heads that make an ending generic, not a name: 大型企业集团, 各集团, 预期本集团, 可转债, 中证转债 (an index). */
    private static final Pattern GENERIC_HEAD = Pattern.compile(
            "^(?:本|其|各|这|那|此|某|多|两|几|一|全|子|母|大型|上市|国有|民营|外资|央企|企业|中证)|(?:可|企业|产业|旗下|所属|控股子|本|该|其)$"
                    // hot money and gangs are groups of no company: 游资集团, 犯罪集团
                    + "|游资|财团|犯罪|诈骗|利益");
    /** The rest of a list a company opens or continues, up to its 等: 、滨江、金地、万达等. */
    private static final Pattern GROUP_AFTER = Pattern.compile("(?:[、和及与][\\p{IsHan}A-Za-z]{1,8}?){0,8}等(?![待级同于候])");
    /** The subject of a figure that follows one without a company: none either. */
    static final Mention NONE = new Mention(-1, null, null);

    private final String text;
    private final List<Mention> mentions;
    /** The mentions' positions, ascending, for finding the last one before a figure without a walk from the start. */
    private final int[] positions;
    private final Mention main;
    /** The ticker the text names most, when one does, whether or not the title names it; null otherwise. */
    private final Mention mostNamed;

    private Subjects(String text, List<Mention> mentions, Mention main, Mention mostNamed) {
        this.text = text;
        this.mentions = mentions;
        this.positions = mentions.stream().mapToInt(Mention::position).toArray();
        this.main = main;
        this.mostNamed = mostNamed;
    }

    static Subjects of(String title, String text, List<Ticker> tickers) {
        return of(title, text, tickers, Map.of());
    }

    /** With every name each ticker was found under ({@code nameForms} by symbol), not only the one it carries. */
    static Subjects of(String title, String text, List<Ticker> tickers, Map<String, ? extends Collection<String>> nameForms) {
        List<Mention> mentions = new ArrayList<>();
        List<Mention> shortForms = new ArrayList<>(); // added last, where no other name covers them
        for (Ticker t : tickers) {
            Set<String> names = new LinkedHashSet<>();
            if (t.getName() != null) {
                names.add(t.getName());
            }
            Collection<String> forms = nameForms.get(t.getSymbol());
            if (forms != null) {
                names.addAll(forms);
            }
            for (String name : names) {
                if (name.length() >= 2) {
                    // N和辉-U is 和辉光电 on its first days: the figures are the company's, under its name.
                    addAll(mentions, text, name, NameForms.isListingDayForm(name, t.getName()) ? t.getName() : name, t.getSymbol());
                }
            }
            Matcher stem = t.getName() == null ? null : GENERIC_ENDING.matcher(t.getName());
            if (stem != null && stem.matches()) {
                addShortForm(shortForms, text, stem.group(1), t.getName(), t.getSymbol());
            }
        }
        String rated = ratedCompany(title, tickers);
        String named = titleCompany(title, tickers);
        String titleCompany = rated != null ? rated : named != null && researchDesk(title, named) ? null : named;
        Mention main = null;
        String latin;
        // The ticker the text names most, when no other is named as often: the main company if the title writes it too
        Ticker top = tickers.stream().max(Comparator.comparingInt(Ticker::getMentions)).orElse(null);
        boolean unique = top != null && tickers.stream().filter(t -> t.getMentions() == top.getMentions()).count() == 1;
        if (titleCompany != null) {
            String symbol = tickers.stream().filter(t -> titleCompany.equals(t.getName())).map(Ticker::getSymbol).findFirst()
                    // 商汤集团 in the title, the ticker found as 商汤 (商汤-W): the same company, written longer
                    .or(() -> tickers.stream().filter(t -> t.getName() != null && t.getName().length() >= 2
                            && titleCompany.startsWith(t.getName())).map(Ticker::getSymbol).findFirst())
                    .orElse(tickers.size() == 1 && tickers.get(0).getName() == null ? tickers.get(0).getSymbol() : null);
            main = new Mention(-1, titleCompany, symbol);
            addAll(mentions, text, titleCompany, titleCompany, symbol);
        } else if ((latin = titleLatinName(title, text)) != null) {
            // LG Display 不敌京东方…, NVIDIA三大业务收入创纪录: a company written in Latin letters opens the title
            String name = KnownCompanies.reportedName(latin); // Intel is 英特尔
            main = new Mention(-1, name, null);
            for (int i = LatinNames.indexOfWord(text, latin, 0); i >= 0; i = LatinNames.indexOfWord(text, latin, i + latin.length())) {
                mentions.add(new Mention(i, name, null, latin.length())); // as a word: Meta in Metaverse is no mention
            }
        } else {
            String titled = top == null || top.getName() == null ? null : titledForm(title, top.getName(), nameForms.get(top.getSymbol()));
            if (unique && titled != null && !listedInTitle(title, titled) && !researchDesk(title, titled)) {
                main = new Mention(-1, top.getName(), top.getSymbol());
            }
        }
        List<Mention> namedKnown = KnownCompanies.find(title, text);
        String known;
        if (main == null && (known = KnownCompanies.titleName(title, text, namedKnown)) != null) {
            // 华为Mate 50发布, 三星Q3营业利润…: a company no listing holds opens the title. Not one the title names elsewhere
            // and the text names most: market reports (Canalys：…联想占 37%) and buyers' guides name companies so.
            main = new Mention(-1, known, null);
        }
        // Beside a main company only a name with a company's ending counts, so a title without one needs no search.
        String recurring = main == null || COMPANY_ENDING_ANYWHERE.matcher(title).find() ? RecurringSubject.of(title, text) : null;
        if (recurring != null && main == null) {
            main = new Mention(-1, recurring, null);
            addAll(mentions, text, recurring, recurring, null);
        } else if (recurring != null && COMPANY_ENDING.matcher(recurring).find() && !recurring.contains(main.name())
                && !main.name().contains(recurring) && !main.name().equals(KnownCompanies.nameOf(recurring))) {
            // 中航锂电完成新一轮120亿元股权融资 in an article whose title names 宁德时代 too: a company's name the title writes and
            // three clauses open with is a company wherever it is written, though not the article's main one (a product,
            // 鸿蒙系统, opens clauses as well: hence the company ending)
            Mention.addUncovered(mentions, text, recurring, recurring);
        }
        RegisteredNames.addTo(text, mentions);
        NamesAfterRoles.addTo(text, mentions);
        LatinNames.addTo(title, text, mentions, main != null);
        unlistedNames(text, mentions, tickers);
        FinancialFirmNames.addTo(text, mentions);
        KnownCompanies.addUncovered(namedKnown, mentions);
        bracketedDoers(title, text, mentions);
        fundCashtags(text, mentions);
        latinHolders(text, mentions);
        for (Mention m : shortForms) {
            // 上汽 of 上汽集团 inside 上汽通用五菱: the longer name another list found is the company meant
            if (!Mention.overlapsAny(mentions, m.position(), m.end())) {
                mentions.add(m);
            }
        }
        // A company named as a platform or a source of news, data or views (在阿里拍卖平台, 从阿里拍卖获悉, 上海钢联发布数据显示,
        // 中信建投策略认为), or as the start of an association's name (中国黄金协会), is no figure's subject.
        mentions.removeIf(m -> m.end() < text.length() && NOT_A_SUBJECT_FIRST.contains(text.charAt(m.end()))
                && (PLATFORM_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()
                || DATA_SOURCE_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()
                || ASSOCIATION_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()
                || RESEARCH_DESK_AFTER.matcher(text).region(m.end(), text.length()).lookingAt())
                || m.position() > 0 && text.charAt(m.position() - 1) == '在' && (text.startsWith("上", m.end())
                        || CIRCUMSTANCE_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 24)).lookingAt())
                || m.position() > 0 && text.charAt(m.position() - 1) == '从' && SOURCE_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()
                || researchUnitAfter(text, m.end())
                || m.name() != null && BROKER.matcher(m.name()).find() && BROKER_VIEW_AFTER.matcher(text).region(m.end(), text.length()).lookingAt());
        withSymbols(mentions, tickers);
        mentions.sort(Comparator.comparingInt(Mention::position).thenComparing(m -> -m.length()));
        Mention mostNamed = unique && top.getName() != null && top.getMentions() > 1 ? new Mention(-1, top.getName(), top.getSymbol()) : null;
        return new Subjects(text, withoutNested(mentions), main, mostNamed);
    }

    /** A fund in a social post's cashtag: $安信民稳增长混合A(F008809)$ (stocks' cashtags are read as tickers). */
    private static final Pattern FUND_CASHTAG = Pattern.compile("\\$([^$()（）\\s]{2,24})[(（](?:F|OF)\\d{6}[)）]\\$");

    /** Adds each fund a cashtag names, where no mention covers it: the fund is what its figures are about. */
    private static void fundCashtags(String text, List<Mention> mentions) {
        if (text.indexOf('$') < 0) {
            return;
        }
        Matcher m = FUND_CASHTAG.matcher(text);
        while (m.find()) {
            if (!Mention.overlapsAny(mentions, m.start(1), m.end(1))) {
                mentions.add(new Mention(m.start(1), m.group(1), null));
            }
        }
    }

    /** A research or rating unit named after its firm: 上海证券基金评价研究中心, 中金研究院, 国泰君安研究所. */
    private static final Pattern RESEARCH_UNIT_AFTER = Pattern.compile("\\p{IsHan}{0,6}?(?:研究中心|研究所|研究院|研究部|评价中心)");

    /** Whether the words after a company's name make it a research unit's, which reports figures but is not their subject. */
    private static boolean researchUnitAfter(String text, int end) {
        // only a few characters after the name are looked at: a search to the end of the text would cost one per mention
        for (int k = end; k < text.length() && k - end <= 6; k++) {
            if (text.startsWith("研究", k) || text.startsWith("评价中心", k)) {
                return RESEARCH_UNIT_AFTER.matcher(text).region(end, text.length()).lookingAt();
            }
        }
        return false;
    }

    /** A company found by its name's form or a list under the name of one of the article's tickers gets its symbol (Intel → 英特尔, INTC). */
    private static void withSymbols(List<Mention> mentions, List<Ticker> tickers) {
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.symbol() == null && m.name() != null) {
                for (Ticker t : tickers) {
                    if (m.name().equals(t.getName())) {
                        mentions.set(i, new Mention(m.position(), m.name(), t.getSymbol(), m.length()));
                        break;
                    }
                }
            }
        }
    }

    /**
     * The company a title opens with in Latin letters, read as {@link LatinNames} reads a name opening a clause
     * (NVIDIA三大业务…, LG Display 不敌…), or null: none for terms, markets
     * and periods written so (GDP, A股, Q3 — digits make no name), for the first of a list (AMD和英特尔), and for a
     * word the text does not write again (a product or a term the title opens with is seldom the body's subject).
     */
    static String titleLatinName(String title, String text) {
        String name = title.isEmpty() ? null : LatinNames.nameAt(title, 0);
        if (name == null || LatinNames.notAName(name) || LatinNames.indexOfWord(text, name, 0) < 0) {
            return null;
        }
        int after = name.length() < title.length() && title.charAt(name.length()) == ' ' ? name.length() + 1 : name.length();
        return after < title.length() && LIST_AFTER.indexOf(title.charAt(after)) >= 0 ? null : name;
    }

    /** Joiners after a title's first name that make it one of a list. */
    static final String LIST_AFTER = "和与及、";

    /**
     * The company a rating headline is about: {@code 高盛：维持信义能源买入评级} names a broker before
     * the colon and the rated listed company after it. Null for any other title, and when the
     * speaker is itself a company ({@code 美的集团：拟收购科陆电子20%股份}).
     */
    private static String ratedCompany(String title, List<Ticker> tickers) {
        Matcher speaker = TITLE_SPEAKER.matcher(title);
        if (!speaker.find()) {
            return null;
        }
        String rest = title.substring(speaker.end());
        String speakerName = speaker.group(1);
        if (!RATING.matcher(rest).find() || TITLE_COMPANY.matcher(speakerName).find() || isTickerName(speakerName, tickers)) {
            return null;
        }
        int first = Integer.MAX_VALUE;
        String company = null;
        for (Ticker t : tickers) {
            String name = t.getName();
            int at = name == null || name.length() < 2 || name.equals(speakerName) ? -1 : rest.indexOf(name);
            if (at >= 0 && at < first) {
                first = at;
                company = name;
            }
        }
        return company;
    }

    /**
     * Adds companies and securities no dictionary knows, by the form of their names: a group
     * ({@code 国家能源集团}, {@code 晋能控股集团}) or a convertible bond ({@code 盘龙转债}), two to six
     * ideographs before the ending, starting after punctuation or a particle (是, 与, 在 …). Generic
     * heads ({@code 该集团}, {@code 大型企业集团}, {@code 可转债}) and names inside a known one are left out. Also
     * financial firms a 分别 list names ({@link FinancialFirmNames#addListed}), bonds by their short names before their
     * codes, and stocks under risk warning by their ST names.
     */
    private static void unlistedNames(String text, List<Mention> mentions, List<Ticker> tickers) {
        for (String ending : UNLISTED_ENDINGS) {
            for (int at = text.indexOf(ending); at >= 0; at = text.indexOf(ending, at + ending.length())) {
                int start = headStart(text, at, 6, NAME_BOUNDARY);
                String head = start < 0 ? "" : text.substring(start, at);
                if (head.length() < 2 || GENERIC_HEAD.matcher(head).find()) {
                    continue;
                }
                if (!Mention.overlapsAny(mentions, start, at + ending.length())) {
                    String name = head + ending;
                    mentions.add(new Mention(start, name, null, name.length()));
                }
            }
        }
        FinancialFirmNames.addListed(text, mentions);
        foreignListed(text, mentions);
        // A corporate bond by its exchange short name, with its code after it: 16富力04(136360), 20恒大03（149088）.
        // Each kind of bracket has its own next position: searching both from every bracket would rescan a text
        // that uses one kind to its end for the other, once per bracket.
        int nextHalf = text.indexOf('('), nextFull = text.indexOf('（');
        while (nextHalf >= 0 || nextFull >= 0) {
            int open = nextFull < 0 || nextHalf >= 0 && nextHalf < nextFull ? nextHalf : nextFull;
            if (open == nextHalf) {
                nextHalf = text.indexOf('(', open + 1);
            } else {
                nextFull = text.indexOf('（', open + 1);
            }
            if (!BOND_CODE.matcher(text).region(open, Math.min(text.length(), open + 8)).lookingAt()) {
                continue;
            }
            Matcher bond = BOND_NAME.matcher(text).region(Math.max(0, open - 9), open);
            if (bond.find() && (bond.start() == 0 || !isAsciiLetterOrDigit(text.charAt(bond.start() - 1)))) {
                int s0 = bond.start(), e0 = bond.end();
                if (!Mention.overlapsAny(mentions, s0, e0)) {
                    mentions.add(new Mention(s0, bond.group(), null, e0 - s0));
                }
            }
        }
        // A listed company under risk warning by a name the dictionary no longer has (*ST亚联, ST尤夫): ST and two
        // ideographs is a stock's short name by its form.
        for (int at = text.indexOf("ST"); at >= 0; at = text.indexOf("ST", at + 2)) {
            int start = at > 0 && text.charAt(at - 1) == '*' ? at - 1 : at;
            int end = at + 4;
            if (end > text.length() || start > 0 && isAsciiLetterOrDigit(text.charAt(start - 1))
                    || !Character.isIdeographic(text.charAt(at + 2)) || !Character.isIdeographic(text.charAt(at + 3))) {
                continue;
            }
            if (ST_GENERIC.matcher(text).region(at + 2, end).matches()) {
                continue; // ST股票, ST板块, *ST摘帽: words about such stocks, not one of them
            }
            if (!Mention.overlapsAny(mentions, start, end)) {
                String head = text.substring(at + 2, end);
                // ST中利 for the article's 中利集团: the listed company its form abbreviates, when the article has its ticker.
                Ticker listed = tickers.stream().filter(t -> t.getName() != null && t.getName().startsWith(head)).findFirst().orElse(null);
                String name = listed != null ? listed.getName() : text.substring(start, end);
                mentions.add(new Mention(start, name, listed != null ? listed.getSymbol() : null, end - start));
            }
        }
    }

    /**
     * A name in corner brackets right before its round (36氪's style): 「螳螂科技」完成近亿元A轮融资, 「行深智能」获1亿人民币A轮融资;
     * not other bracketed words (「美联储」宣布加息, 「跨境理财通」上线), as Hong Kong outlets use 「」 for quotes.
     */
    private static final Pattern BRACKETED_DOER = Pattern.compile(
            "「([^」\\s，。、]{2,12})」(?=(?:获得?|完成|再获)[^，。；]{0,16}?(?:融资|投资|注资|轮))");

    /** Companies the title or text names in corner brackets as doers (36氪's style), wherever the text writes them. */
    private static void bracketedDoers(String title, String text, List<Mention> mentions) {
        if (title.indexOf('「') < 0 && text.indexOf('「') < 0) {
            return;
        }
        for (String in : List.of(title, text)) {
            Matcher m = BRACKETED_DOER.matcher(in);
            while (m.find()) {
                Mention.addUncovered(mentions, text, m.group(1), m.group(1));
            }
        }
    }

    /** A code on an exchange abroad in brackets: 奥林巴斯（7733.T）, 三星电子(005930.KS), 丰田(TM.N). */
    private static final Pattern FOREIGN_CODE = Pattern.compile(
            "[（(]\\s?[0-9A-Z]{1,6}[.．](?:T|KS|KQ|N|O|OQ|L|PA|DE|F|AS|SW|TO|AX|SI|TW|BK|JK)\\s?[)）]");
    /** What a name read back from such a code may start after: the role or description before it (全球内窥镜龙头奥林巴斯). */
    private static final Pattern DESCRIPTION_BEFORE = Pattern.compile(
            ".*(?:日本|美国|韩国|德国|法国|英国|瑞士|荷兰|欧洲|台湾|此前|龙头|巨头|公司|企业|品牌|厂商|制造商|旗下|的|年|月|日)");

    /**
     * Companies listed abroad, by the name written right before their code in brackets (全球内窥镜龙头奥林巴斯（7733.T）):
     * there, and wherever the text writes that name again.
     */
    private static void foreignListed(String text, List<Mention> mentions) {
        if (!hasExchangeSuffix(text)) {
            return;
        }
        Matcher code = FOREIGN_CODE.matcher(text);
        while (code.find()) {
            int end = code.start();
            int start = end;
            while (start > 0 && end - start < 12 && (Character.isIdeographic(text.charAt(start - 1)) || isAsciiLetter(text.charAt(start - 1)))
                    && NAME_BOUNDARY.indexOf(text.charAt(start - 1)) < 0) {
                start--;
            }
            Matcher description = DESCRIPTION_BEFORE.matcher(text.substring(start, end));
            if (description.lookingAt()) {
                start += description.end();
            }
            String written = text.substring(start, end);
            if (written.length() < 2 || Mention.overlapsAny(mentions, start, end)) {
                continue;
            }
            // 索尼（6758.T） is 索尼集团, as the list reports it
            Mention.addUncovered(mentions, text, written, KnownCompanies.reportedName(written));
        }
    }

    /** Whether a dot is followed by a capital letter anywhere (7733.T): without one no code abroad is written. */
    private static boolean hasExchangeSuffix(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '．') && text.charAt(i + 1) >= 'A' && text.charAt(i + 1) <= 'Z') {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a name without a dictionary starts that ends at {@code at}: up to {@code max} ideographs read back
     * to a character of {@code boundary}, punctuation or the text's start; -1 when {@code max} ideographs do not
     * reach one (the words before would run into the name).
     */
    static int headStart(String text, int at, int max, String boundary) {
        int start = at;
        while (start > 0 && at - start < max && Character.isIdeographic(text.charAt(start - 1))
                && boundary.indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        boolean bounded = start == 0 || !Character.isIdeographic(text.charAt(start - 1)) || boundary.indexOf(text.charAt(start - 1)) >= 0;
        return bounded ? start : -1;
    }

    /** Where the sentence holding {@code from} ends, as {@link MetricExtractor} splits sentences, or the text's end. */
    static int sentenceEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (MetricExtractor.SENTENCE_END.contains(text.charAt(i)) || text.charAt(i) == '\n') {
                return i;
            }
        }
        return text.length();
    }

    static boolean isAsciiLetter(char c) {
        return c < 0x80 && Character.isLetter(c);
    }

    static boolean isAsciiLetterOrDigit(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    /**
     * Drops a mention inside a longer listed name: the same ticker's shorter form (茅台 within 贵州茅台),
     * or another ticker's name that starts where the longer one does. One mention, the longer name.
     */
    private static List<Mention> withoutNested(List<Mention> sorted) {
        List<Mention> out = new ArrayList<>(sorted.size());
        Mention outer = null;
        for (Mention m : sorted) {
            // Inside a longer listed name (茅台 in 贵州茅台, 小鹏 in 小鹏汽车 of another listing): the longer name is the one written.
            boolean nested = outer != null && outer.symbol() != null && (m.symbol() == null || m.symbol().equals(outer.symbol())
                    || m.position() == outer.position())
                    && m.end() <= outer.end();
            if (!nested) {
                out.add(m);
                if (outer == null || m.end() > outer.end()) {
                    outer = m;
                }
            }
        }
        return out;
    }

    /**
     * 安踏 for 安踏体育, 腾讯 for 腾讯控股: a listed company found in the article also goes by its name without the ending,
     * where the short form stands alone — not inside another company's name (紫光集团 is no 紫光股份, 上海中路集团 no 中路股份,
     * 盘江普定 no 盘江股份): after punctuation, the text's start or a particle, and not before a company's ending.
     */
    private static void addShortForm(List<Mention> into, String text, String stem, String name, String symbol) {
        for (int i = text.indexOf(stem); i >= 0; i = text.indexOf(stem, i + stem.length())) {
            int end = i + stem.length();
            boolean freeBefore = i == 0 || !Character.isIdeographic(text.charAt(i - 1)) || SHORT_FORM_BEFORE.contains(text.charAt(i - 1));
            boolean freeAfter = end >= text.length() || !text.startsWith(name.substring(stem.length()), end)
                    && !SHORT_FORM_NOT_AFTER.matcher(text).region(end, text.length()).lookingAt();
            if (freeBefore && freeAfter) {
                into.add(new Mention(i, name, symbol, stem.length()));
            }
        }
    }

    /** Every place {@code text} writes {@code written}, as a mention of the company {@code name}. */
    private static void addAll(List<Mention> into, String text, String written, String name, String symbol) {
        for (int i = text.indexOf(written); i >= 0; i = text.indexOf(written, i + written.length())) {
            into.add(new Mention(i, name, symbol, written.length()));
        }
    }

    /** The ticker's name, or another name it was found under (ST摩登 for *ST摩登), as the title writes it; or null. */
    private static String titledForm(String title, String name, Collection<String> forms) {
        if (title.contains(name)) {
            return name;
        }
        if (forms != null) {
            for (String form : forms) {
                if (form.length() >= 2 && title.contains(form)) {
                    return form;
                }
            }
        }
        return null;
    }

    /**
     * Whether the title names {@code name} only as one of a list (天猫交易额5403亿元、京东3491亿元; 继腾讯、京东之后):
     * then the article is about the list, or about another company, not about this one.
     */
    private static boolean listedInTitle(String title, String name) {
        for (int at = title.indexOf(name); at >= 0; at = title.indexOf(name, at + 1)) {
            int end = at + name.length();
            boolean listed = at > 0 && title.charAt(at - 1) == '、' || end < title.length() && title.charAt(end) == '、';
            if (!listed) {
                return false;
            }
        }
        return true;
    }

    private static boolean isTickerName(String name, List<Ticker> tickers) {
        return tickers.stream().anyMatch(t -> name.equals(t.getName()));
    }

    /**
     * The company the title starts with, if any; a listed company's name is never mistaken for a column (中兴通讯：).
     * Also the company whose shares a title counts ({@code 11760万股泛海控股股票将进行网络拍卖}), one a title
     * quotes as the doer ({@code "镁信健康"完成超20亿元C轮融资}), and the company after a quoted nickname
     * ({@code "AI第一股"商汤集团暂缓上市}, {@code "动力电池第三极"中创新航IPO}).
     */
    static String titleCompany(String title, List<Ticker> tickers) {
        Matcher shares = TITLE_SHARES_OF.matcher(title);
        if (shares.lookingAt()) {
            return shares.group(1);
        }
        Matcher quoted = TITLE_QUOTED.matcher(title);
        if (quoted.lookingAt()) {
            String rest = title.substring(quoted.end());
            if (QUOTED_DOER_VERB.matcher(rest).lookingAt() && !NOT_A_COMPANY.matcher(quoted.group(1)).find()) {
                return quoted.group(1);
            }
            for (Ticker t : tickers) {
                if (t.getName() != null && t.getName().length() >= 2 && rest.startsWith(t.getName())) {
                    return t.getName();
                }
            }
            title = rest;
        }
        Matcher company = TITLE_COMPANY.matcher(title);
        if (company.find() && !NOT_A_COMPANY.matcher(company.group(1)).find()
                && !SECTOR_AFTER.matcher(title.substring(company.end())).find()) {
            String name = MARKET_PREFIX.matcher(company.group(1)).replaceFirst("");
            return name.length() >= 2 ? name : null;
        }
        Matcher speaker = TITLE_SPEAKER.matcher(title);
        if (!speaker.find()) {
            return null;
        }
        String name = speaker.group(1);
        return isTickerName(name, tickers) || !NOT_A_COMPANY.matcher(name).find() && TITLE_COMPANY.matcher(name).find() ? name : null;
    }

    /**
     * The subject of a figure at {@code position}, or null: the company named last in its clause;
     * none when its clause names a market; the subject of the figure it continues ({@code previous}, when
     * {@code continues} says so — 成交额8642亿，较上个交易日缩量1203亿; {@link #NONE} when that one had no subject);
     * the company named last in its sentence, unless a market is named after it and after the figure
     * before ({@code since}: that figure's end, or the sentence's start); none when a market is named
     * since then; else the article's main subject, else the company named last in its paragraph.
     */
    Mention at(int position, int clauseStart, int sentenceStart, int paragraphStart, Mention previous,
               java.util.function.BooleanSupplier continues, int since) {
        Mention found = find(position, clauseStart, sentenceStart, paragraphStart, previous, continues, since);
        // The main company under a shorter name (商汤 for the title's 商汤集团): one name per company in an article.
        return found != null && main != null && main.symbol() != null && main.symbol().equals(found.symbol()) ? main : found;
    }

    private Mention find(int position, int clauseStart, int sentenceStart, int paragraphStart, Mention previous,
                         java.util.function.BooleanSupplier continues, int since) {
        int before = lastBefore(position);
        Mention last = before < 0 ? null : mentions.get(before);
        if (last != null && last.position() >= clauseStart) {
            return notActor(last) ? actor(before, sentenceStart, last) : endsGroup(last) ? null : last;
        }
        if (marketAt(clauseStart, position, true) || opensWithScope(clauseStart, position)) {
            return null;
        }
        Mention described = describedAfter(position);
        if (described != null) {
            return described; // 总市值近200亿元的西南焦煤龙头盘江股份: the company the figure describes, named after it
        }
        boolean namedSince = last != null && last.position() >= sentenceStart && last.position() >= since;
        if (previous != null && !namedSince && continues.getAsBoolean()) {
            // 中金公司浮亏最多，达到2.2亿元 continues the label of the figure before, not its company: one named since wins.
            return previous == NONE ? null : previous;
        }
        if (previous == NONE && !namedSince && marketAt(sentenceStart, position, false)) {
            return null; // 道琼斯指数收于33301.93点，上涨61.75点，涨幅0.19%: the index's figures, though a new label starts
        }
        if (last != null && last.position() >= sentenceStart) {
            if (marketAt(Math.max(since, last.end()), position, false)) {
                return null;
            }
            return notActor(last) ? actor(before, sentenceStart, last) : endsGroup(last) ? null : last;
        }
        if (marketAt(since, position, false)) {
            return null;
        }
        if (last != null && anaphor(sentenceStart, position)) {
            // 该股早盘成交1027万手: the stock named last, in an earlier sentence; but after a list (三一重工、…、华菱线缆、中车电气等),
            // which of them is meant only the article says: its own company, else the one it names most
            Mention own = main != null ? main : mostNamed;
            if (own != null && listItem(last)) {
                return own;
            }
            // 该股今日报收11.93元 after a holder's sale (持苏州固锝…股份的苏州通博…): the stock, not the holder named since
            return !listed(last) && text.lastIndexOf("该股", position) >= sentenceStart ? lastListed(position, last) : last;
        }
        if (companiesCounted(sentenceStart, position)) {
            return null; // 已有99家上市公司发布…方案，合计分红金额达到720.26亿元: the total of the companies counted
        }
        if (main != null && marketTotal(clauseStart, position)) {
            return null; // 2021年全年PC总出货量达到3.488亿台, 新能源乘用车终端销246179辆: a market's total, not the article's company's
        }
        if (main != null && citesOthersData(sentenceStart, position)) {
            return null; // 据中国汽车工业协会统计，…销量合计2262．1万辆: a market's figure, not the article's company's
        }
        if (main != null) {
            return main;
        }
        return last != null && last.position() >= paragraphStart ? last : null;
    }

    /**
     * Whether a company is named as the other party of a deal (公司拟向东方电气发行股份, 与受让方宁波银行签订,
     * 需赔偿奥克斯空调) or as its adviser (保荐人为华泰证券):
     * the figures that follow are the acting company's, not the party's.
     */
    private boolean counterparty(Mention m) {
        int at = m.position();
        for (String role : COUNTERPARTY_ROLES) {
            if (at >= role.length() && text.startsWith(role, at - role.length())) {
                at -= role.length();
                break;
            }
        }
        if (at > 0 && COUNTERPARTY_BEFORE.indexOf(text.charAt(at - 1)) >= 0) {
            return true;
        }
        if (investor(m)) {
            return true;
        }
        if (at > 0 && text.charAt(at - 1) == '是' && text.startsWith("的", m.end()) && m.end() + 1 < text.length()
                && Character.isDigit(text.charAt(m.end() + 1))) {
            return true; // 万科是保利的2.95倍: the base of a multiple
        }
        if (at > 0 && "为是：:".indexOf(text.charAt(at - 1)) >= 0
                && ADVISER_BEFORE.matcher(text).region(Math.max(0, at - 10), at).find()) {
            return true;
        }
        for (String verb : COUNTERPARTY_VERBS) {
            if (at >= verb.length() && text.startsWith(verb, at - verb.length())) {
                return true;
            }
        }
        if (at >= 2 && (text.startsWith("增持", at - 2) || text.startsWith("减持", at - 2)) && endingAt(at - 2) != null) {
            // JPMorgan Chase & Co.减持洛阳钼业…股份约818.78万股: a holder named right before the verb trades the shares; the
            // shares, price and amount are the holder's
            return true;
        }
        return rater(m, at);
    }

    /**
     * A holder written in Latin letters right before 增持, 减持 or 持有 and a listed company (港交所最新资料显示，…，JPMorgan Chase &
     * Co.减持洛阳钼业…, Citigroup Inc.增持中联重科…): the institutions of Hong Kong's disclosure notices, which no list holds.
     */
    private static void latinHolders(String text, List<Mention> mentions) {
        for (String verb : List.of("增持", "减持", "持有")) {
            for (int at = text.indexOf(verb); at > 0; at = text.indexOf(verb, at + 2)) {
                int start = at;
                while (start > 0 && (isAsciiLetter(text.charAt(start - 1)) || LATIN_NAME_CHARS.indexOf(text.charAt(start - 1)) >= 0)) {
                    start--;
                }
                while (start < at && !isAsciiLetter(text.charAt(start))) {
                    start++; // the name starts with a letter
                }
                String name = text.substring(start, at).strip();
                // (a word in lower case too: ETF减持, A股减持 name no holder)
                if (name.length() >= 4 && Character.isUpperCase(name.charAt(0)) && name.chars().anyMatch(Character::isLowerCase)
                        && !Mention.overlapsAny(mentions, start, at)) {
                    mentions.add(new Mention(start, name, null, at - start));
                }
            }
        }
    }

    /** Characters of a Latin company name besides letters: JPMorgan Chase & Co., Morgan Stanley, BlackRock, Inc. */
    private static final String LATIN_NAME_CHARS = " &.,'-0123456789";

    /** A broker that gives the rating a company gets (安恒信息获天风证券“买入”评级): it serves, the figures are the rated company's. */
    private boolean rater(Mention m, int at) {
        if (!(at >= 1 && text.charAt(at - 1) == '获' || at >= 2 && text.startsWith("获得", at - 2))) {
            return false;
        }
        int end = m.end();
        return RATING_AFTER.matcher(text).region(end, Math.min(text.length(), end + 10)).lookingAt();
    }

    /** A rating right after a broker's name: “买入”评级, 增持评级, 的买入评级. */
    private static final Pattern RATING_AFTER = Pattern.compile("(?:的)?[“\"「]?[\\p{IsHan}-]{1,6}[”\"」]?评级");

    /**
     * The company acting on a counterparty named at mention {@code index}: the company named before it in
     * its sentence that is no counterparty itself, else the article's main subject, else the party after all.
     */
    private Mention actor(int index, int sentenceStart, Mention party) {
        for (int i = index - 1; i >= 0 && mentions.get(i).position() >= sentenceStart; i--) {
            if (!notActor(mentions.get(i))) {
                return mentions.get(i);
            }
        }
        return main != null ? main : investor(party) ? null : party; // an investor's money is the round's, never the investor's
    }

    /** 获 as part of another word: 获悉, 获批, 获准, 获奖. */
    private static final Pattern INFORMED = Pattern.compile("获(?:悉|批|准|奖)");
    /** An amount and its round right after the last investor named after 获得: 6亿美元融资, 数千万元A轮融资, 5000万元的战略投资. */
    private static final Pattern INVESTED_AMOUNT_AFTER = Pattern.compile(
            "\\s?(?:数|近|超|约)?(?:[\\d.]+|[一二三四五六七八九十两百千万亿]+)\\s?[十百千万亿]*(?:美元|元|港元|人民币|欧元)?(?:人民币)?的?"
                    + "(?:(?:Pre-?)?[A-Za-z]\\d?\\+?轮|天使轮|种子轮|战略)?(?:融资|投资|注资)");
    /** Words after the investors a clause opens with 由 for: 由淡马锡、软银愿景基金二期联合领投. */
    private static final Pattern INVESTING_AFTER = Pattern.compile("[^，。；,;]{0,80}?(?:领投|参投|跟投|联合投资|共同投资|注资)");

    /**
     * An investor in a round (本轮融资由淡马锡、…以及沙特阿美旗下…基金联合领投): the money raised is the company's that
     * raises it, not the investors'.
     */
    private boolean investor(Mention m) {
        int clause = m.position();
        while (clause > 0 && "，。；,;\n".indexOf(text.charAt(clause - 1)) < 0) {
            clause--;
        }
        int by = text.lastIndexOf('由', m.position() - 1);
        if (by >= clause && !text.startsWith("由于", by) && !text.startsWith("由此", by)
                && INVESTING_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) {
            return true;
        }
        // 获得富达和贝莱德6亿美元融资: the investors named between 获得 and the amount of the round (not 获悉, 获批)
        int got = text.lastIndexOf('获', m.position() - 1);
        return got >= clause && !INFORMED.matcher(text).region(got, text.length()).lookingAt()
                && INVESTED_AMOUNT_AFTER.matcher(text).region(m.end(), text.length()).lookingAt();
    }

    /** What names a subsidiary a company acts through, right before its name: 通过全资子公司, 通过其控股子公司, 通过旗下. */
    private static final Pattern VEHICLE_BEFORE = Pattern.compile("通过(?:其|旗下|下属)?(?:全资|控股)?(?:子公司|孙公司)?$");

    /** Whether a company named before a figure does not act in it: a deal's other party, its adviser, an investor, a vehicle. */
    private boolean notActor(Mention m) {
        return counterparty(m) || vehicle(m);
    }

    /** A subsidiary a company acts through (通过全资子公司紫光春华持有…): the acting company is its parent, named before. */
    private boolean vehicle(Mention m) {
        return VEHICLE_BEFORE.matcher(text).region(Math.max(0, m.position() - 12), m.position()).find();
    }

    /**
     * Whether a company is named as one of a group ({@code 美的置业、龙湖、碧桂园等民营房企合计注册约410亿元},
     * {@code 比亚迪等车企}): the figures that follow are the group's, no one company's.
     */
    private boolean endsGroup(Mention m) {
        return GROUP_AFTER.matcher(text).region(m.end(), text.length()).lookingAt();
    }

    /** Whether {@code text[from, to)} counts companies (99家上市公司, 其中10家): the figures after it are theirs together. */
    private boolean companiesCounted(int from, int to) {
        return COMPANY_COUNT.matcher(text).region(Math.max(0, from), Math.min(to, text.length())).find();
    }

    /** Whether the clause names a market's total before {@code to} and nothing of the article's own company. */
    private boolean marketTotal(int from, int to) {
        return foundWithoutOwnCompany(MARKET_TOTAL, from, to);
    }

    /** Whether the sentence cites another's statistics before {@code to} and names nothing of the article's own company. */
    private boolean citesOthersData(int from, int to) {
        return foundWithoutOwnCompany(OTHERS_DATA, from, to);
    }

    /** Whether {@code words} occur in {@code [from, to)} and no word there points back at the article's own company. */
    private boolean foundWithoutOwnCompany(Pattern words, int from, int to) {
        int start = Math.max(0, from);
        int end = Math.min(to, text.length());
        return words.matcher(text).region(start, end).find() && !OWN_COMPANY_WORD.matcher(text).region(start, end).find();
    }

    /** Whether the title names {@code name} only as the author of a view. */
    private static boolean researchDesk(String title, String name) {
        int at = title.indexOf(name);
        return at >= 0 && (RESEARCH_DESK_AFTER.matcher(title).region(at + name.length(), title.length()).lookingAt()
                || BROKER.matcher(name).find() && BROKER_VIEW_AFTER.matcher(title).region(at + name.length(), title.length()).lookingAt());
    }

    /** The last mention of a listed company before {@code position}, else {@code fallback}. */
    private Mention lastListed(int position, Mention fallback) {
        for (int i = lastBefore(position); i >= 0; i--) {
            if (listed(mentions.get(i))) {
                return mentions.get(i);
            }
        }
        return fallback;
    }

    /** Whether a mention is of a company with shares traded: a ticker's, or one of the known companies (Meta, 三星电子). */
    private static boolean listed(Mention m) {
        return m.symbol() != null || m.name() != null && KnownCompanies.nameOf(m.name()) != null;
    }

    /** Whether a mention is an item of a list: 、 right before (not a number's: 11、壳牌) or after it. */
    private boolean listItem(Mention m) {
        int at = m.position();
        return at > 1 && text.charAt(at - 1) == '、' && !Character.isDigit(text.charAt(at - 2))
                || m.end() < text.length() && text.charAt(m.end()) == '、';
    }

    /** Whether {@code text[from, to)} points back to a company named before: 该股, 该公司, 该行 (a bank), 该集团. */
    private boolean anaphor(int from, int to) {
        for (int i = Math.max(0, from); i + 1 < to; i++) {
            if (text.charAt(i) == '该' && (text.startsWith("股", i + 1) || text.startsWith("公司", i + 1) || text.startsWith("行", i + 1)
                    || text.startsWith("集团", i + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The company a figure describes when the figure modifies its name ({@code 总市值近200亿元的西南焦煤龙头盘江股份}):
     * a 的 within a few characters after the figure, then a company named within a few more, in the same clause.
     */
    private Mention describedAfter(int position) {
        for (int i = position; i < text.length() && i < position + 16; i++) {
            char c = text.charAt(i);
            if ("，。；！？,;\n".indexOf(c) >= 0) {
                return null;
            }
            if (c == '的') {
                int next = lastBefore(i + 1) + 1;
                if (next >= mentions.size() || mentions.get(next).position() - (i + 1) > 10) {
                    return null;
                }
                Mention m = mentions.get(next);
                for (int k = i + 1; k < m.position(); k++) {
                    if ("，。；！？,;\n".indexOf(text.charAt(k)) >= 0) {
                        return null;
                    }
                }
                return counterparty(m) ? null : m; // 以1.2亿元的价格收购天士力: the price of a deal, not 天士力's figure
            }
        }
        return null;
    }

    /** Whether a company is named in {@code text[from, to)}. */
    boolean namedIn(int from, int to) {
        int before = lastBefore(to);
        return before >= 0 && mentions.get(before).position() >= from;
    }

    /** Index of the last mention that starts before {@code position}, or -1. */
    private int lastBefore(int position) {
        int low = 0, high = positions.length - 1, found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (positions[mid] < position) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found;
    }

    /**
     * Whether a market is named in {@code text[from, to)} as what the figure is about: a market word
     * (with the clause-only words when {@code clause}) not named as a company's part, a benchmark or
     * a share ({@link #MARKET_AS_OBJECT}).
     */
    private boolean marketAt(int from, int to, boolean clause) {
        for (int i = Math.max(0, from); i < to && i < text.length(); i++) {
            if ((startsAny(MARKET_LIST, i, to) || clause && startsAny(CLAUSE_MARKET_LIST, i, to)) && !namedAsObject(from, i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of {@link #OPENING_SCOPES} opens the clause at {@code from}, after its period at most, before {@code to}. */
    private boolean opensWithScope(int from, int to) {
        for (int i = from; i < to && i < text.length(); i++) {
            for (String scope : OPENING_SCOPES) {
                if (text.startsWith(scope, i)) {
                    // 国内市场份额为9.2%: the company's share of that market, not the market's figure
                    return !SHARE_OF_SCOPE.matcher(text).region(i + scope.length(), text.length()).lookingAt();
                }
            }
            if (!PERIOD_CHARS.contains(text.charAt(i))) {
                return false;
            }
        }
        return false;
    }

    /** Whether one of {@link #MARKET_AS_OBJECT} ends at most 4 characters before {@code at}, in the same clause. */
    private boolean namedAsObject(int from, int at) {
        int start = Math.max(from, at - 8);
        for (int k = at - 1; k >= start; k--) {
            if ("，。；,;".indexOf(text.charAt(k)) >= 0) {
                start = k + 1;
                break;
            }
        }
        for (int k = start; k < at; k++) {
            if (!OBJECT_FIRST.contains(text.charAt(k))) {
                continue;
            }
            for (String w : MARKET_AS_OBJECT) {
                if (k + w.length() <= at && at - (k + w.length()) <= 4 && text.startsWith(w, k)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean startsAny(WordList words, int at, int to) {
        String w = words.longestAt(text, at);
        return w != null && at + w.length() <= to;
    }

    /**
     * The company a figure of a 分别 list is about: in {@code 招商银行、贵州茅台分别获净买入7.57亿元、7.28亿元}
     * the {@code index}-th figure after 分别 belongs to the {@code index}-th company named before it in
     * the clause, or, when the clause names none, in the clause before it ({@code 中国石油、中国平安分红金额最高，
     * 分别为238.66亿元、160.25亿元}). Null when there is no 分别 after two or more companies, or fewer
     * companies than the index.
     */
    Mention respective(int position, int clauseStart, int sentenceStart, int index) {
        int respectively = -1;
        for (int i = Math.min(position, text.length()) - 2; i >= clauseStart && respectively < 0; i--) {
            if (text.charAt(i) == '分' && text.charAt(i + 1) == '别') {
                respectively = i; // searched within the clause only: the whole text before it would cost a scan per figure
            }
        }
        if (respectively < 0) {
            return null;
        }
        List<Mention> named = listBefore(clauseStart, respectively, 10);
        if (named != null && named.isEmpty() && clauseStart > sentenceStart) {
            int previousClause = clauseStart - 1;
            while (previousClause > sentenceStart && "，,；;：:".indexOf(text.charAt(previousClause - 1)) < 0) {
                previousClause--;
            }
            named = listBefore(previousClause, respectively, 12);
        }
        return named != null && named.size() >= 2 && index < named.size() ? named.get(index) : null;
    }

    /**
     * The companies listed from {@code from} up to a 分别 at {@code respectively}, at most {@code maxTail}
     * characters (no digits) after the last; null when the names are not one list (招商银行、贵州茅台和东方财富:
     * an unnamed item before or between them breaks the order) or the list ends too early.
     */
    private List<Mention> listBefore(int from, int respectively, int maxTail) {
        List<Mention> named = new ArrayList<>();
        int end = from;
        for (int i = lastBefore(from) + 1; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.position() >= respectively) {
                break;
            }
            if (m.position() < end) {
                continue; // inside the name before it
            }
            String gap = BRACKETED_NOTE.matcher(text.substring(end, m.position())).replaceAll("");
            if (named.isEmpty() ? gap.indexOf('、') >= 0 : !LIST_GAP.matcher(gap).matches()) {
                return null;
            }
            named.add(m);
            end = m.end();
        }
        if (named.isEmpty()) {
            return named;
        }
        // 每10股 is the basis of the figures (紧随其后，每10股派现金额分别为12.5元), not a figure between list and 分别
        String tail = PER_SHARES.matcher(BRACKETED_NOTE.matcher(text.substring(end, respectively)).replaceAll("")).replaceAll("每股");
        return tail.length() <= maxTail && tail.chars().noneMatch(Character::isDigit) ? named : null;
    }

    Mention main() {
        return main;
    }

    /** The company mention that ends right at {@code at}, or null. */
    Mention endingAt(int at) {
        for (Mention m : mentions) {
            if (m.end() == at) {
                return m;
            }
        }
        return null;
    }

}
