package io.newsflow.enrich.post;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.FailsafeSchema;

/**
 * Reads front matter: plain {@code key: value} lines without a parser when that is all there is
 * ({@link PlainYamlLines}, same result), else strict YAML 1.2 (failsafe schema: every scalar stays the text it was
 * written as, so {@code date} is never a timestamp and {@code title: 1e3} is not a number; aliases
 * limited), then, when the generator's unescaped quotes make that fail, a
 * line-by-line reading of {@code key: value} pairs and {@code - item} lists.
 */
public final class FrontMatterParser {
    /** Patterns used per post, compiled once. */
    private static final Pattern TAG_SEPARATORS = Pattern.compile("[,，\\s]+");
    private static final Pattern BRACKETS = Pattern.compile("^\\[|]$");

    private static final Pattern KEY_LINE = Pattern.compile("^([A-Za-z_][A-Za-z0-9_-]*)[ \\t]*:(?:[ \\t]+(.*))?$");
    private static final Pattern LIST_ITEM = Pattern.compile("^[ \\t]*-[ \\t]+(.*)$");

    private final LoadSettings settings;
    private final int maxChars;

    public FrontMatterParser(int maxChars) {
        this.settings = LoadSettings.builder()
                .setSchema(new FailsafeSchema())
                .setMaxAliasesForCollections(20)
                .setAllowRecursiveKeys(false)
                .setAllowDuplicateKeys(true)
                .setCodePointLimit(maxChars)
                .build();
        this.maxChars = maxChars;
    }

    /** Reads the block; never throws. Returns null when not even one {@code key: value} line is there. */
    public FrontMatter parse(String block) {
        Map<String, Object> plain = PlainYamlLines.read(block, maxChars);
        if (plain != null) {
            return fields(plain);
        }
        FrontMatter strict = strict(block);
        return strict != null ? strict : lenient(block);
    }

    /** The strict YAML reading alone: null when the block is not a YAML mapping. */
    FrontMatter strict(String block) {
        Object loaded;
        try {
            loaded = yaml(block);
        } catch (RuntimeException e) {
            return null;
        }
        return loaded instanceof Map<?, ?> map ? fields(map) : null;
    }

    /** What the YAML parser makes of the block (throws when it is not YAML). */
    Object yaml(String block) {
        return new Load(settings).loadFromString(block);
    }

    private static FrontMatter fields(Map<?, ?> map) {
        return new FrontMatter(scalar(map.get("title")), scalar(map.get("date")), list(map.get("categories")),
                list(map.get("tags")), scalar(map.get("author")), false);
    }

    private static String scalar(Object value) {
        if (value == null || value instanceof Map || value instanceof Collection) {
            return null;
        }
        return value.toString();
    }

    private static List<String> list(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof Collection<?> items) {
            for (Object item : items) {
                String s = scalar(item);
                if (s != null && !s.isBlank()) {
                    out.add(s.strip());
                }
            }
        } else {
            String s = scalar(value);
            if (s != null) {
                // "a b" and "a, b" are both used for several tags in a scalar.
                for (String part : TAG_SEPARATORS.split(s)) {
                    if (!part.isBlank()) {
                        out.add(part.strip());
                    }
                }
            }
        }
        return out;
    }

    private static FrontMatter lenient(String block) {
        String title = null;
        String date = null;
        String author = null;
        List<String> categories = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        String currentKey = null;
        boolean sawKey = false;
        for (String line : block.split("\n", -1)) {
            Matcher key = KEY_LINE.matcher(line);
            if (key.matches()) {
                sawKey = true;
                currentKey = key.group(1);
                String value = key.group(2) == null ? "" : unquote(key.group(2).strip());
                switch (currentKey) {
                    case "title" -> title = value;
                    case "date" -> date = value;
                    case "author" -> author = value;
                    case "categories" -> addScalarList(categories, value);
                    case "tags" -> addScalarList(tags, value);
                    default -> { }
                }
                continue;
            }
            Matcher item = LIST_ITEM.matcher(line);
            if (item.matches() && currentKey != null) {
                String value = unquote(item.group(1).strip());
                if ("categories".equals(currentKey)) {
                    categories.add(value);
                } else if ("tags".equals(currentKey)) {
                    tags.add(value);
                }
            }
        }
        return sawKey ? new FrontMatter(title, date, categories, tags, author, true) : null;
    }

    private static void addScalarList(List<String> into, String value) {
        if (!value.isBlank() && !value.equals("[]")) {
            for (String part : TAG_SEPARATORS.split(BRACKETS.matcher(value).replaceAll(""))) {
                String p = unquote(part.strip());
                if (!p.isBlank()) {
                    into.add(p);
                }
            }
        }
    }

    /** Strips one pair of surrounding quotes; the inside is taken as is (quotes in it were never escaped). */
    static String unquote(String value) {
        if (value.length() >= 2) {
            char first = value.charAt(0);
            char last = value.charAt(value.length() - 1);
            if (first == '"' && last == '"') {
                return value.substring(1, value.length() - 1);
            }
            if (first == '\'' && last == '\'') {
                return value.substring(1, value.length() - 1).replace("''", "'");
            }
        }
        return value;
    }
}
