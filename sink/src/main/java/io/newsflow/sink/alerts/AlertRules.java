package io.newsflow.sink.alerts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The alert rules of a YAML file (see examples/alert-rules.yaml): {@code watchlist},
 * {@code thresholds}, {@code keywords} and {@code burst} lists. Every problem — an unknown key, a
 * missing id, a bad operator or duration — fails with the path of the value at fault.
 */
public final class AlertRules {
    private static final Set<String> SECTIONS = Set.of("watchlist", "thresholds", "keywords", "burst");
    private static final Set<String> OPS = Set.of(">", ">=", "<", "<=", "==");
    private static final Pattern DURATION = Pattern.compile("^(\\d+)(s|m|h|d)$");

    private final List<AlertRule> rules;
    /**
     * The rules grouped by kind once, rather than filtered for every article evaluated; keyed by the
     * exact class, which is the kind because {@link AlertRule} is sealed and its kinds are records.
     */
    private final Map<Class<?>, List<AlertRule>> byKind;

    public AlertRules(List<AlertRule> rules) {
        this.rules = List.copyOf(rules);
        this.byKind = Map.copyOf(this.rules.stream()
                .collect(java.util.stream.Collectors.groupingBy(AlertRule::getClass, java.util.stream.Collectors.toUnmodifiableList())));
    }

    public List<AlertRule> rules() {
        return rules;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AlertRules other && rules.equals(other.rules);
    }

    @Override
    public int hashCode() {
        return rules.hashCode();
    }

    @Override
    public String toString() {
        return "AlertRules" + rules;
    }

    public static AlertRules none() {
        return new AlertRules(List.of());
    }

    public static AlertRules read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the rules file " + file + ": " + e.getMessage(), e);
        }
    }

    public static AlertRules parse(String yaml, String origin) {
        Object root;
        try {
            root = new Load(LoadSettings.builder().setAllowDuplicateKeys(false).setMaxAliasesForCollections(10).build())
                    .loadFromString(yaml);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(origin + ": not valid YAML: " + e.getMessage(), e);
        }
        if (root == null) {
            return none();
        }
        Map<String, Object> top = map(root, origin);
        List<AlertRule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Map.Entry<String, Object> section : top.entrySet()) {
            if (!SECTIONS.contains(section.getKey())) {
                throw new IllegalArgumentException(origin + ": unknown section '" + section.getKey() + "' (known: " + SECTIONS + ")");
            }
            List<?> items = section.getValue() instanceof List<?> l ? l : null;
            if (items == null) {
                throw new IllegalArgumentException(origin + ": " + section.getKey() + " must be a list of rules");
            }
            for (int i = 0; i < items.size(); i++) {
                String path = origin + ": " + section.getKey() + "[" + i + "]";
                Map<String, Object> r = map(items.get(i), path);
                String id = string(r, "id", path);
                if (!ids.add(id)) {
                    throw new IllegalArgumentException(path + ": the id '" + id + "' is used twice");
                }
                rules.add(switch (section.getKey()) {
                    case "watchlist" -> {
                        only(r, path, "id", "tickers", "boards");
                        yield new AlertRule.Watchlist(id, strings(r, "tickers", path), strings(r, "boards", path));
                    }
                    case "thresholds" -> {
                        only(r, path, "id", "metric", "op", "value", "tickers");
                        String op = string(r, "op", path);
                        if (!OPS.contains(op)) {
                            throw new IllegalArgumentException(path + ".op: '" + op + "' is not one of " + OPS);
                        }
                        Object v = r.get("value");
                        if (!(v instanceof Number n)) {
                            throw new IllegalArgumentException(path + ".value: a number is needed");
                        }
                        yield new AlertRule.Threshold(id, string(r, "metric", path), op, n.doubleValue(), strings(r, "tickers", path));
                    }
                    case "keywords" -> {
                        only(r, path, "id", "words");
                        Set<String> words = strings(r, "words", path);
                        if (words.isEmpty()) {
                            throw new IllegalArgumentException(path + ".words: at least one word is needed");
                        }
                        yield new AlertRule.Keyword(id, List.copyOf(words));
                    }
                    default -> {
                        only(r, path, "id", "min_articles", "window", "grace");
                        Object n = r.get("min_articles");
                        if (!(n instanceof Number count) || count.intValue() < 2) {
                            throw new IllegalArgumentException(path + ".min_articles: a whole number of at least 2 is needed");
                        }
                        yield new AlertRule.Burst(id, count.intValue(), duration(r, "window", path, null),
                                duration(r, "grace", path, Duration.ofMinutes(10)));
                    }
                });
            }
        }
        return new AlertRules(List.copyOf(rules));
    }

    @SuppressWarnings("unchecked")
    public <T extends AlertRule> List<T> of(Class<T> kind) {
        return (List<T>) byKind.getOrDefault(kind, List.of());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o, String path) {
        if (!(o instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException(path + ": a mapping (key: value) is needed");
        }
        return (Map<String, Object>) m;
    }

    private static void only(Map<String, Object> r, String path, String... keys) {
        Set<String> allowed = Set.of(keys);
        for (String k : r.keySet()) {
            if (!allowed.contains(k)) {
                throw new IllegalArgumentException(path + ": unknown key '" + k + "' (known: " + List.of(keys) + ")");
            }
        }
    }

    private static String string(Map<String, Object> r, String key, String path) {
        Object v = r.get(key);
        if (v == null || v.toString().isBlank()) {
            throw new IllegalArgumentException(path + "." + key + ": missing");
        }
        return v.toString().strip();
    }

    private static Set<String> strings(Map<String, Object> r, String key, String path) {
        Object v = r.get(key);
        if (v == null) {
            return Set.of();
        }
        if (!(v instanceof List<?> list)) {
            throw new IllegalArgumentException(path + "." + key + ": a list is needed");
        }
        Set<String> out = new LinkedHashSet<>();
        for (Object o : list) {
            out.add(String.valueOf(o).strip());
        }
        return Set.copyOf(out);
    }

    private static Duration duration(Map<String, Object> r, String key, String path, Duration fallback) {
        Object v = r.get(key);
        if (v == null && fallback != null) {
            return fallback;
        }
        Matcher m = v == null ? null : DURATION.matcher(v.toString().strip());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException(path + "." + key + ": a duration such as 30m, 1h or 1d is needed");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
    }
}
