package io.newsflow.enrich.metrics;

import io.newsflow.enrich.metrics.Subjects.Mention;
import io.newsflow.enrich.tickers.NameAutomaton;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Companies the news names often that no bundled listing dictionary holds ({@code 华为}, {@code 三星},
 * {@code 谷歌}, {@code 大众汽车}, {@code 黑石}): unlisted Chinese firms and firms listed elsewhere, read from
 * {@code known-companies.txt}. Without them a figure about such a company fell to the article's other company or
 * to none. Each is reported under one name whichever form the text writes; names that are everyday words as
 * well count only with a cue in the article, and the file says which neighbours make a name part of another word.
 */
final class KnownCompanies {
    /** One company: the name reported, and what an everyday-word name needs around it. */
    record Entry(String name, List<String> cues, List<String> notAfter, String notBefore) {}

    private static final String FILE = "known-companies.txt";
    /** Entry of each word the automaton reports (every name and alias). */
    private static final List<Entry> ENTRY_OF_WORD = new ArrayList<>();
    private static final List<String> WORDS = new ArrayList<>();
    /** The name reported for each form. */
    private static final java.util.Map<String, String> NAME_OF_FORM = new java.util.HashMap<>();
    private static final NameAutomaton AUTOMATON;

    static {
        try (InputStream in = KnownCompanies.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + FILE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        AUTOMATON = NameAutomaton.of(WORDS);
    }

    private KnownCompanies() {}

    private static void add(String line) {
        String[] parts = line.split(";");
        List<String> cues = List.of();
        List<String> notAfter = List.of();
        String notBefore = "";
        for (int i = 1; i < parts.length; i++) {
            String option = parts[i].strip();
            int eq = option.indexOf('=');
            if (eq < 0) {
                throw new IllegalStateException(FILE + ": an option without '=' in " + line);
            }
            List<String> words = List.of(option.substring(eq + 1).split("\\|"));
            switch (option.substring(0, eq)) {
                case "cue" -> cues = words;
                case "not-after" -> notAfter = words;
                case "not-before" -> notBefore = String.join("", words);
                default -> throw new IllegalStateException(FILE + ": unknown option in " + line);
            }
        }
        String[] names = parts[0].strip().split("\\|");
        Entry entry = new Entry(names[0], cues, notAfter, notBefore);
        for (String name : names) {
            WORDS.add(name);
            ENTRY_OF_WORD.add(entry);
            NAME_OF_FORM.putIfAbsent(name, entry.name());
        }
    }

    /** The name reported for a company written {@code form} (B站 → 哔哩哔哩), or null when the list does not hold it. */
    static String nameOf(String form) {
        return NAME_OF_FORM.get(form);
    }

    /** The name reported for a company written {@code form}: the list's name when it holds the form, else the form itself (Tesla → 特斯拉). */
    static String reportedName(String form) {
        return NAME_OF_FORM.getOrDefault(form, form);
    }

    /** The number of companies and forms read, for tests. */
    static int forms() {
        return WORDS.size();
    }

    /**
     * Every place {@code text} names such a company, the longest form where forms overlap ({@code 三星SDI} over
     * {@code 三星}); read once per article, for {@link #titleName} and {@link #addUncovered} alike.
     */
    static List<Mention> find(String title, String text) {
        List<int[]> found = new ArrayList<>();
        java.util.Map<Entry, Boolean> cued = new java.util.IdentityHashMap<>(); // an article's cues are read once per company
        AUTOMATON.scan(text, (start, end, word) -> {
            if (accepted(text, start, end, ENTRY_OF_WORD.get(word), title, text, cued)) {
                found.add(new int[] {start, end, word});
            }
        });
        // Reported by end: the longest form at a start is the one to keep, and a form inside a longer one is none.
        found.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
        List<Mention> named = new ArrayList<>();
        int coveredTo = -1;
        for (int[] f : found) {
            if (f[0] < coveredTo) {
                continue;
            }
            coveredTo = f[1];
            named.add(new Mention(f[0], ENTRY_OF_WORD.get(f[2]).name(), null, f[1] - f[0]));
        }
        return named;
    }

    /** Adds the places {@link #find} found that no mention covers yet. */
    static void addUncovered(List<Mention> named, List<Mention> mentions) {
        for (Mention m : named) {
            if (!Mention.overlapsAny(mentions, m.position(), m.end())) {
                mentions.add(m);
            }
        }
    }

    /**
     * The company a title opens with, as the text names it again ({@code named}: what {@link #find} found in it), or
     * null: {@code 华为Mate 50发布…}, {@code 三星Q3营业利润…}; not the first of a list ({@code 三星和LG}).
     */
    static String titleName(String title, String text, List<Mention> named) {
        int[] longest = {0, -1};
        AUTOMATON.scan(title, (start, end, word) -> {
            if (start == 0 && end > longest[0] && accepted(title, start, end, ENTRY_OF_WORD.get(word), title, text, new java.util.HashMap<>())) {
                longest[0] = end;
                longest[1] = word;
            }
        });
        if (longest[1] < 0 || longest[0] < title.length() && Subjects.LIST_AFTER.indexOf(title.charAt(longest[0])) >= 0) {
            return null;
        }
        String reported = ENTRY_OF_WORD.get(longest[1]).name();
        return named.stream().anyMatch(m -> m.name().equals(reported)) ? reported : null;
    }

    /** Whether {@code in[start, end)} names the entry's company, with the article's title and text for its cues. */
    private static boolean accepted(String in, int start, int end, Entry entry, String title, String text, java.util.Map<Entry, Boolean> cued) {
        if (Subjects.isAsciiLetterOrDigit(in.charAt(start)) && start > 0 && Subjects.isAsciiLetterOrDigit(in.charAt(start - 1))
                || Subjects.isAsciiLetterOrDigit(in.charAt(end - 1)) && end < in.length() && Subjects.isAsciiLetterOrDigit(in.charAt(end))) {
            return false; // a Latin name is a whole word: Snap in Snapdragon, HP in 300HP are none
        }
        if (start > 0 && entry.notBefore().indexOf(in.charAt(start - 1)) >= 0) {
            return false;
        }
        for (String after : entry.notAfter()) {
            if (in.startsWith(after, end)) {
                return false;
            }
        }
        return entry.cues().isEmpty() || cued.computeIfAbsent(entry, e -> e.cues().stream().anyMatch(cue -> writesCue(title, cue) || writesCue(text, cue)));
    }

    /** Whether {@code in} writes {@code cue}; a Latin cue not inside a longer Latin word (iPhone in iPhone13, not PC in PCB). */
    private static boolean writesCue(String in, String cue) {
        for (int i = in.indexOf(cue); i >= 0; i = in.indexOf(cue, i + 1)) {
            int end = i + cue.length();
            if ((i == 0 || !Subjects.isAsciiLetter(in.charAt(i - 1))) && (end == in.length() || !Subjects.isAsciiLetter(in.charAt(end)))) {
                return true;
            }
        }
        return false;
    }
}
