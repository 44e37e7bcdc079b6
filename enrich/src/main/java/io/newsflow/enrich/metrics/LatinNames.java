package io.newsflow.enrich.metrics;

import io.newsflow.enrich.metrics.Subjects.Mention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Companies written in Latin letters that no dictionary lists ({@code ESR}, {@code FF}, {@code Citadel}):
 * a Latin word that opens a clause and runs into Chinese ({@code ESR在中国管理的…}) is taken for a name
 * when the title also names it, or two clauses open with it and the title names no other company (a
 * product the title's company makes, {@code SenseCore}, opens clauses too), and it is none of the financial terms,
 * markets and data sources written the same way ({@code GDP}, {@code ETF}, {@code LME}, {@code Wind}).
 */
final class LatinNames {
    /** What a clause opens after: a Latin word right after one of these (and a space at most) opens a clause. */
    private static final io.newsflow.enrich.CharSet OPENS_AFTER = io.newsflow.enrich.CharSet.of("，。；：！？\n“\"（(、");
    private static final int MAX_WORD = 15;
    /** Terms, markets, regulators, data vendors and roles that open clauses the way a name does. */
    private static final Set<String> NOT_NAMES = Set.of("GDP", "CPI", "PPI", "PMI", "LPR", "MLF", "SLF", "PSL", "RRR", "ETF", "ETFs",
            "LOF", "FOF", "REIT", "REITs", "IPO", "SPO", "SPAC", "AI", "AIGC", "ST", "PT", "QDII", "QFII", "RQFII", "WTI", "LME", "COMEX",
            "NYMEX", "CBOT", "ICE", "CME", "NYSE", "NASDAQ", "HKEX", "SEC", "CSRC", "FDA", "EIA", "IEA", "OPEC", "IMF", "WTO", "WHO",
            "Fed", "FED", "ECB", "BOJ", "USDA", "MSCI", "FTSE", "CSI", "IP", "DAU", "MAU", "ARPU", "GMV", "SUV", "MPV", "EV", "PHEV",
            "BEV", "AR", "VR", "MR", "XR", "HPV", "PVC", "PTA", "PE", "PB", "PS", "EPS", "ROE", "ROA", "VC", "LP", "GP", "CEO", "CFO",
            "CTO", "COO", "CMO", "APP", "App", "NFT", "ESG", "TMT", "OLED", "LED", "LCD", "PCB", "MEMS", "CXO", "CRO", "CDMO", "SaaS",
            "API", "PC", "GPU", "CPU", "DRAM", "NAND", "HBM", "RCEP", "HJT", "TOPCon", "PERC", "Wind", "Choice", "iFinD", "Bloomberg",
            "Reuters", "OTC", "ABS", "ABN", "ABCP", "MBS", "CDS", "IT", "ICT", "IoT", "VIX", "OECD", "BIS", "BP", "EBITDA", "CAGR",
            "TTM", "KOL", "DTC", "OEM", "ODM", "B", "H", "A", "N", "U", "W", "DR", "GW", "MW", "KW", "kW", "GWh", "MWh", "kWh", "TWh",
            "OK", "BD", "RMB", "USD", "HKD", "EUR", "JPY", "GBP", "CNY", "CNH",
            // market researchers, whose reports are the source of figures, not their subject
            "Canalys", "Counterpoint", "IDC", "Gartner", "TrendForce", "Omdia", "Refinitiv", "DSCC", "CINNO", "Sigmaintell",
            "Statista", "eMarketer", "QuestMobile", "Strategy", "Analytics", "Frost", "Sullivan", "Euromonitor", "Mintel",
            "Nielsen", "Kantar", "GfK", "SNE", "EVTank", "GGII", "BNEF", "Wood", "Mackenzie", "Preqin", "PitchBook",
            "Crunchbase", "CB", "Insights", "Dealogic", "FactSet", "Morningstar",
            // committees, fuels and indicators that open titles the way a name does
            "FOMC", "LNG", "LPG", "Web", "NEV", "OTA", "ADAS", "DeFi",
            // technologies written the same way
            "EUV", "DUV", "SoC", "MCU", "ASIC", "FPGA", "IGBT", "SiC", "GaN", "LiDAR", "NPU", "IOT", "AIoT", "AIOT");

    private LatinNames() {}

    /** Adds every word-bounded place {@code text} writes such a name that no mention covers yet. */
    static void addTo(String title, String text, List<Mention> mentions, boolean titleNamesACompany) {
        Map<String, Integer> openings = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 'A' || c > 'Z' || !opensClause(text, i)) {
                continue;
            }
            String word = clauseOpeningWord(text, i);
            if (word != null) {
                if (openings == null) {
                    openings = new HashMap<>();
                }
                openings.merge(word, 1, Integer::sum);
            }
        }
        if (openings == null) {
            return;
        }
        List<Mention> found = new ArrayList<>();
        for (Map.Entry<String, Integer> e : openings.entrySet()) {
            String name = e.getKey();
            boolean inTitle = indexOfWord(title, name, 0) >= 0;
            if (notAName(name) || !inTitle && (e.getValue() < 2 || titleNamesACompany)) {
                continue;
            }
            String reported = KnownCompanies.reportedName(name); // Tesla is 特斯拉
            for (int i = indexOfWord(text, name, 0); i >= 0; i = indexOfWord(text, name, i + name.length())) {
                if (!Mention.overlapsAny(mentions, i, i + name.length())) {
                    found.add(new Mention(i, reported, null, name.length()));
                }
            }
        }
        mentions.addAll(found);
    }

    private static boolean opensClause(String text, int at) {
        if (at == 0) {
            return true;
        }
        int before = text.charAt(at - 1) == ' ' ? at - 2 : at - 1;
        return before < 0 || OPENS_AFTER.contains(text.charAt(before));
    }

    /**
     * The Latin name of one to three words (each of two to {@link #MAX_WORD} letters and {@code &}, the later ones
     * capitalised) at {@code start} when Chinese follows it, a space at most between; null when a digit is part of
     * its first word (Q2, Model3) or Chinese does not follow.
     */
    /** The Latin name at {@code start} as {@link #clauseOpeningWord} reads it, when it opens with a capital; else null. */
    static String nameAt(String text, int start) {
        char c = text.charAt(start);
        return c >= 'A' && c <= 'Z' ? clauseOpeningWord(text, start) : null;
    }

    /** Whether a name read so is one of the terms, markets and sources written the same way (its first word decides). */
    static boolean notAName(String name) {
        int space = name.indexOf(' ');
        return NOT_NAMES.contains(space < 0 ? name : name.substring(0, space));
    }

    private static String clauseOpeningWord(String text, int start) {
        int end = wordEnd(text, start);
        if (end < 0) {
            return null;
        }
        // LG Display 日前宣布, Strategy Analytics 报告: up to two more capitalised words, one space apart
        for (int words = 1; words < 3 && end + 1 < text.length() && text.charAt(end) == ' '
                && text.charAt(end + 1) >= 'A' && text.charAt(end + 1) <= 'Z'; words++) {
            int more = wordEnd(text, end + 1);
            if (more < 0) {
                break;
            }
            end = more;
        }
        int next = end < text.length() && text.charAt(end) == ' ' ? end + 1 : end;
        return next < text.length() && Character.isIdeographic(text.charAt(next)) ? text.substring(start, end) : null;
    }

    /** The end of a word of two to {@link #MAX_WORD} letters (and {@code &}) at {@code start}, or -1 when a digit is part of it. */
    private static int wordEnd(String text, int start) {
        int end = start + 1;
        while (end < text.length() && end - start < MAX_WORD && isLetterOrAmpersand(text.charAt(end))) {
            end++;
        }
        return end - start < 2 || end < text.length() && isWordChar(text.charAt(end)) ? -1 : end;
    }

    private static boolean isLetterOrAmpersand(char c) {
        return c < 128 && (Character.isLetter(c) || c == '&');
    }

    /** Where {@code text} writes {@code word} from {@code from} on, not inside a longer Latin word or a number, or -1. */
    static int indexOfWord(String text, String word, int from) {
        for (int i = text.indexOf(word, from); i >= 0; i = text.indexOf(word, i + 1)) {
            int end = i + word.length();
            if ((i == 0 || !isWordChar(text.charAt(i - 1))) && (end == text.length() || !isWordChar(text.charAt(end)))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isWordChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '&');
    }
}
