package io.newsflow.enrich.tickers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An immutable set of names (and their short {@link NameForms#forms forms}) for securities, with
 * the automaton that finds them all in one pass. Names listed as {@code blocked} are words that
 * contain a company name without being about it (上海证券报, 中国证监会): they are matched like
 * names so that the longer word wins, and then dropped.
 */
public final class NameDictionary {
    /** A word of the dictionary: the securities it names (none for a blocked word). */
    public record Word(String text, List<SecurityIds.Security> securities) {
        public boolean blocked() {
            return securities.isEmpty();
        }
    }

    private static final NameDictionary EMPTY = of(List.of(), Set.of());

    private final List<Word> words;
    private final Map<String, Integer> byText;
    private final NameAutomaton automaton;
    /** The names (not blocked words), sorted, for looking up the names a written prefix starts. */
    private final String[] sortedNames;
    private final int entries;

    private NameDictionary(List<Word> words, Map<String, Integer> byText, int entries) {
        this.words = words;
        this.byText = byText;
        this.entries = entries;
        this.automaton = NameAutomaton.of(words.stream().map(Word::text).toList());
        this.sortedNames = words.stream().filter(w -> !w.blocked()).map(Word::text).sorted().toArray(String[]::new);
    }

    public static NameDictionary empty() {
        return EMPTY;
    }

    /** A dictionary of {@code entries} (each under its name and short forms) and {@code blocked} words. */
    public static NameDictionary of(Collection<NameEntry> entries, Collection<String> blocked) {
        Map<String, List<SecurityIds.Security>> bySpelling = new LinkedHashMap<>();
        for (String word : blocked) {
            String form = NameForms.normalize(word);
            if (!form.isEmpty()) {
                bySpelling.put(form, List.of());
            }
        }
        for (NameEntry entry : entries) {
            for (String form : NameForms.forms(entry.name())) {
                List<SecurityIds.Security> named = bySpelling.computeIfAbsent(form, k -> new ArrayList<>(1));
                if (named instanceof ArrayList<SecurityIds.Security> open && !open.contains(entry.security())) {
                    open.add(entry.security());
                }
            }
        }
        List<Word> words = new ArrayList<>(bySpelling.size());
        Map<String, Integer> byText = new LinkedHashMap<>();
        bySpelling.forEach((text, securities) -> {
            byText.put(text, words.size());
            words.add(new Word(text, List.copyOf(securities)));
        });
        return new NameDictionary(List.copyOf(words), Map.copyOf(byText), entries.size());
    }

    /** True when {@code normalizedName} already names the security with {@code symbol}. */
    public boolean knows(String normalizedName, String symbol) {
        Integer w = byText.get(normalizedName);
        return w != null && words.get(w).securities().stream().anyMatch(s -> s.symbol().equals(symbol));
    }

    /** Every occurrence of every word in a {@link NameForms#normalize normalized} text. */
    public void scan(CharSequence normalizedText, NameAutomaton.Occurrence out) {
        automaton.scan(normalizedText, out);
    }

    /**
     * The word that names the securities every name starting with {@code prefix} names, when they
     * all name the same ones: 和辉 starts only 和辉光电 (and its form 和辉光电-U). Null when no name
     * starts with it or names starting with it name different securities (中国 …).
     */
    public Word onlyNameStartingWith(String prefix) {
        int at = Arrays.binarySearch(sortedNames, prefix);
        Word found = null;
        for (int i = at >= 0 ? at : -at - 1; i < sortedNames.length && sortedNames[i].startsWith(prefix); i++) {
            Word w = words.get(byText.get(sortedNames[i]));
            if (found != null && !found.securities().equals(w.securities())) {
                return null;
            }
            if (found == null || w.text().length() < found.text().length()) {
                found = w; // the shortest of one company's names: 和辉光电, not 和辉光电-U
            }
        }
        return found;
    }

    public Word word(int index) {
        return words.get(index);
    }

    /** Number of entries it was built from (names, not short forms). */
    public int size() {
        return entries;
    }
}
