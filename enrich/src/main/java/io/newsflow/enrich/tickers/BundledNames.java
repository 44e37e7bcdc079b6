package io.newsflow.enrich.tickers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.LinkedHashSet;

/**
 * The name lists shipped with Newsflow: a seed dictionary built from name/code pairs in real
 * eastmoney markup ({@code seed-names.csv}, provenance in {@code seed-names.sources.tsv}), every
 * A-share's short name ({@code a-share-names.csv}, and those delisted since 2021 in {@code a-share-delisted-names.csv}), every Hong Kong equity's
 * ({@code hk-share-names.csv}) and the US-listed shares Chinese news names ({@code us-share-names.csv}), the words that contain a company name without being about it ({@code blocked-names.txt}), and the
 * names that are everyday words as well ({@code cue-names.txt}). An operator's file is added on top.
 */
public final class BundledNames {
    private static final String SEED = "seed-names.csv";
    private static final String A_SHARES = "a-share-names.csv";
    private static final String A_SHARES_DELISTED = "a-share-delisted-names.csv";
    private static final String HK_SHARES = "hk-share-names.csv";
    private static final String US_SHARES = "us-share-names.csv";

    private BundledNames() {}

    /** The bundled seed and word lists, no operator file; loaded once per JVM. */
    public static TickerNames shared() {
        return Shared.NAMES;
    }

    private static final class Shared {
        static final TickerNames NAMES = load(null);
    }

    /** The bundled lists plus an operator's CSV file ({@link NameCsv} format), when one is given. */
    public static TickerNames load(Path operatorFile) {
        List<NameEntry> entries = new ArrayList<>(seed());
        entries.addAll(aShares());
        entries.addAll(hkShares());
        entries.addAll(usShares());
        if (operatorFile != null) {
            try (BufferedReader in = Files.newBufferedReader(operatorFile, StandardCharsets.UTF_8)) {
                entries.addAll(NameCsv.read(in, operatorFile.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the ticker name file " + operatorFile + ": " + e.getMessage(), e);
            }
        }
        return new TickerNames(List.of(NameDictionary.of(entries, words("blocked-names.txt"))), Set.copyOf(words("cue-names.txt")));
    }

    /** The seed entries alone. */
    public static List<NameEntry> seed() {
        return csv(SEED);
    }

    /**
     * Every A-share by its short name, from a late-2025 listing (provenance per row in
     * {@code a-share-names.sources.tsv}), with the names an earlier listing used: the seed alone
     * knew large caps, and a company an article names without markup or code was nobody's subject —
     * and those of a mid-2021 listing gone since ({@code a-share-delisted-names.csv}), which archives of
     * 2021–2022 name as often as any.
     */
    public static List<NameEntry> aShares() {
        List<NameEntry> all = new ArrayList<>(csv(A_SHARES));
        all.addAll(csv(A_SHARES_DELISTED));
        return all;
    }

    /**
     * Every Hong Kong equity by its Chinese short name, from an early-2026 listing (provenance in the
     * file's header): 中升控股 and 快狗打车 are written in mainland news as often as A-shares are.
     */
    public static List<NameEntry> hkShares() {
        return csv(HK_SHARES);
    }

    /**
     * US-listed shares by the Chinese short names eastmoney gives them: the Chinese companies listed
     * there (拼多多, 富途控股, 触宝) and the large caps mainland news reports on (英伟达, 特斯拉);
     * provenance per row in {@code us-share-names.sources.tsv}.
     */
    public static List<NameEntry> usShares() {
        return csv(US_SHARES);
    }

    /** A bundled name list in {@link NameCsv} format. */
    private static List<NameEntry> csv(String name) {
        try (BufferedReader in = resource(name)) {
            return NameCsv.read(in, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> words(String file) {
        Set<String> out = new LinkedHashSet<>();
        try (BufferedReader in = resource(file)) {
            String line;
            while ((line = in.readLine()) != null) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    out.add(NameForms.normalize(word));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }

    private static BufferedReader resource(String name) {
        InputStream in = BundledNames.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("the bundled resource " + name + " is missing from the jar");
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
