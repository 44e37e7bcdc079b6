package io.newsflow.cli;

import io.newsflow.enrich.Enricher;
import io.newsflow.enrich.tickers.BundledNames;
import io.newsflow.enrich.tickers.TickerNames;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The option of every command that enriches: an operator's own company-name list on top of the bundled one. */
final class NameOptions {
    @Option(names = "--ticker-names", paramLabel = "FILE",
            description = "CSV of company names to find in text, one security per line: code,exchange,name,aliases "
                    + "(e.g. 600519,SH,贵州茅台,茅台|Moutai). Added to the bundled list and to the names learned from markup.")
    Path tickerNames;

    /** The enricher with the bundled names and the operator's file; a bad file is a user error naming its line. */
    Enricher enricher() {
        if (tickerNames == null) {
            return new Enricher();
        }
        if (!Files.isRegularFile(tickerNames)) {
            throw new UserException("--ticker-names: no such file: " + tickerNames);
        }
        try {
            TickerNames names = BundledNames.load(tickerNames);
            return new Enricher(names);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new UserException("--ticker-names: " + e.getMessage());
        }
    }
}
