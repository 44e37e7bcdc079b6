package io.newsflow.enrich.metrics;

import io.newsflow.enrich.metrics.Subjects.Mention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Companies written in Latin letters that no dictionary lists ({@code ESR}, {@code FF}, {@code Citadel}):
 * a Latin word that opens a clause and runs into Chinese ({@code ESR在中国管理的…}) is taken for a name
 * when the title also names it, or two clauses open with it and the title names no other company (a
 * product the title's company makes, {@code SenseCore}, opens clauses too), and it is none of the financial terms,
 * markets and data sources written the same way ({@code GDP}, {@code ETF}, {@code LME}, {@code Wind}).
 */
final class LatinNames {
    /** A Latin word opening a clause before Chinese, without digits (Q2, Model3 are periods and products). */
    private static final Pattern CLAUSE_OPENING = Pattern.compile(
            "(?:^|(?<=[，。；：！？\\n“\"（(、]))\\s?([A-Z][A-Za-z&]{1,14})(?![A-Za-z0-9&])\\s?(?=\\p{IsHan})");
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
            "OK", "BD", "RMB", "USD", "HKD", "EUR", "JPY", "GBP", "CNY", "CNH");

    private LatinNames() {}

    /** Adds every word-bounded place {@code text} writes such a name that no mention covers yet. */
    static void addTo(String title, String text, List<Mention> mentions, boolean titleNamesACompany) {
        Map<String, Integer> openings = null;
        Matcher m = CLAUSE_OPENING.matcher(text);
        while (m.find()) {
            if (openings == null) {
                openings = new HashMap<>();
            }
            openings.merge(m.group(1), 1, Integer::sum);
        }
        if (openings == null) {
            return;
        }
        List<Mention> found = new ArrayList<>();
        for (Map.Entry<String, Integer> e : openings.entrySet()) {
            String name = e.getKey();
            boolean inTitle = indexOfWord(title, name, 0) >= 0;
            if (NOT_NAMES.contains(name) || !inTitle && (e.getValue() < 2 || titleNamesACompany)) {
                continue;
            }
            for (int i = indexOfWord(text, name, 0); i >= 0; i = indexOfWord(text, name, i + name.length())) {
                if (!overlaps(mentions, i, i + name.length())) {
                    found.add(new Mention(i, name, null));
                }
            }
        }
        mentions.addAll(found);
    }

    /** Where {@code text} writes {@code word} from {@code from} on, not inside a longer Latin word or a number, or -1. */
    private static int indexOfWord(String text, String word, int from) {
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

    private static boolean overlaps(List<Mention> mentions, int start, int end) {
        for (Mention m : mentions) {
            if (m.position() < end && start < m.end()) {
                return true;
            }
        }
        return false;
    }
}
