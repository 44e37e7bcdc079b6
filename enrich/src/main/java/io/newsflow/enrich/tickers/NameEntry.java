package io.newsflow.enrich.tickers;

/**
 * One dictionary entry: a name (in {@link NameForms#normalize comparison form}) for a security,
 * and where the pair came from ({@code seed}, an operator file, or the article that taught it).
 */
public record NameEntry(String name, SecurityIds.Security security, String source) {
    public NameEntry {
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a dictionary name cannot be empty");
        }
    }
}
