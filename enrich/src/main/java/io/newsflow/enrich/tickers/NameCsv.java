package io.newsflow.enrich.tickers;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a name list in the operators' format, one security per line:
 * {@code code,exchange,name,aliases} with aliases separated by {@code |}, e.g.
 * {@code 600519,SH,贵州茅台,茅台}. Blank lines, {@code #} comments and a {@code code,…} header are
 * skipped. Codes are checked against their exchange and written the way tickers are (Hong Kong
 * padded to five digits, legacy Beijing codes as 920xxx); a bad line fails with its number.
 */
public final class NameCsv {
    private static final Set<String> EXCHANGES = Set.of("SH", "SZ", "BJ", "NQ", "HK", "US");

    private NameCsv() {}

    /** The entries of a file; {@code origin} names it in errors and in each entry's source. */
    public static List<NameEntry> read(BufferedReader in, String origin) throws IOException {
        List<NameEntry> out = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
            number++;
            String trimmed = line.strip();
            if (number == 1 && trimmed.startsWith("\uFEFF")) {
                trimmed = trimmed.substring(1);
            }
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.toLowerCase(Locale.ROOT).startsWith("code,")) {
                continue;
            }
            String[] f = trimmed.split(",", -1);
            if (f.length < 3 || f.length > 4) {
                throw bad(origin, number, "expected code,exchange,name[,aliases] but found " + f.length + " fields");
            }
            String exchange = f[1].strip().toUpperCase(Locale.ROOT);
            if (!EXCHANGES.contains(exchange)) {
                throw bad(origin, number, "exchange '" + f[1].strip() + "' is not one of SH, SZ, BJ, NQ, HK, US");
            }
            int at = number;
            SecurityIds.Security security = security(f[0].strip(), exchange)
                    .orElseThrow(() -> bad(origin, at, "'" + f[0].strip() + "' is not a " + exchange + " stock code"));
            List<String> names = new ArrayList<>();
            names.add(f[2]);
            if (f.length == 4 && !f[3].isBlank()) {
                names.addAll(List.of(f[3].split("\\|")));
            }
            for (String name : names) {
                String form = NameForms.normalize(name);
                if (form.isEmpty()) {
                    throw bad(origin, number, "empty name");
                }
                out.add(new NameEntry(form, security, origin));
            }
        }
        return out;
    }

    private static Optional<SecurityIds.Security> security(String code, String exchange) {
        return switch (exchange) {
            case "HK" -> code.matches("\\d{1,5}") ? Optional.of(SecurityIds.hongKong(code)) : Optional.empty();
            case "US" -> code.matches("[A-Za-z][A-Za-z0-9.]{0,9}")
                    ? Optional.of(new SecurityIds.Security(code.toUpperCase(Locale.ROOT), "US", null)) : Optional.empty();
            default -> SecurityIds.aShare(code, exchange).filter(s -> s.exchange().equals(exchange));
        };
    }

    private static IllegalArgumentException bad(String origin, int line, String why) {
        return new IllegalArgumentException(origin + " line " + line + ": " + why);
    }
}
