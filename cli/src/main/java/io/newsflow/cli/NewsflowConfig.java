package io.newsflow.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Newsflow's layered configuration: an option's value comes from the command line if given, else
 * from the environment ({@code NEWSFLOW_<COMMAND>_<OPTION>}, then {@code NEWSFLOW_<OPTION>}), else
 * from the configuration file (the command's section, then the top level), else its default. Keys
 * are options' long names; the file's {@code kafka} section holds Kafka client settings, passed
 * through unchanged. Unknown keys and variables are refused with their name, before anything runs.
 */
final class NewsflowConfig implements CommandLine.IDefaultValueProvider {
    /** Environment variables of the launcher, not options. */
    static final List<String> RESERVED_ENV = List.of("NEWSFLOW_JAVA_OPTS", "NEWSFLOW_CONFIG");
    static final String KAFKA_SECTION = "kafka";

    /** Where a value came from, for {@code newsflow config}. */
    enum Source { FILE, ENV }

    record Resolved(String value, Source source, String where) {}

    private final Path file;
    private final Map<String, Object> tree;
    private final Map<String, String> env;

    private NewsflowConfig(Path file, Map<String, Object> tree, Map<String, String> env) {
        this.file = file;
        this.tree = tree;
        this.env = env;
    }

    /** The configuration for these arguments: {@code --config FILE} among them, else {@code NEWSFLOW_CONFIG}, else none. */
    static NewsflowConfig load(String[] args, Map<String, String> env) {
        Path file = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--config") && i + 1 < args.length) {
                file = Path.of(args[i + 1]);
            } else if (args[i].startsWith("--config=")) {
                file = Path.of(args[i].substring("--config=".length()));
            }
        }
        if (file == null && env.get("NEWSFLOW_CONFIG") != null && !env.get("NEWSFLOW_CONFIG").isBlank()) {
            file = Path.of(env.get("NEWSFLOW_CONFIG"));
        }
        Map<String, String> ours = new LinkedHashMap<>();
        env.forEach((k, v) -> {
            if (k.startsWith("NEWSFLOW_") && !RESERVED_ENV.contains(k)) {
                ours.put(k, v);
            }
        });
        return new NewsflowConfig(file, file == null ? Map.of() : read(file), ours);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("--config: no such file: " + file);
        }
        try (Reader reader = Files.newBufferedReader(file)) {
            Object doc = new Load(LoadSettings.builder().setAllowDuplicateKeys(false).setMaxAliasesForCollections(10).build())
                    .loadFromReader(reader);
            if (doc == null) {
                return Map.of();
            }
            if (!(doc instanceof Map<?, ?> map)) {
                throw new ConfigException("config " + file + ": expected a map of option: value at the top");
            }
            return (Map<String, Object>) map;
        } catch (IOException e) {
            throw new ConfigException("config " + file + ": cannot read: " + e.getMessage());
        } catch (RuntimeException e) {
            if (e instanceof ConfigException) {
                throw e;
            }
            // Not the parser's message: it quotes the offending line, which may hold a password.
            String where = e instanceof org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException m && m.getProblemMark().isPresent()
                    ? " at line " + (m.getProblemMark().get().getLine() + 1) + ", column " + (m.getProblemMark().get().getColumn() + 1) : "";
            throw new ConfigException("config " + file + ": not valid YAML" + where);
        }
    }

    /** Refuses keys and variables that name no option of the command tree, naming them. */
    void validate(CommandSpec root) {
        checkSection(root, tree, "");
        for (String variable : env.keySet()) {
            if (!knownVariable(root, variable)) {
                throw new ConfigException("environment: " + variable + " names no option (e.g. NEWSFLOW_BOOTSTRAP_SERVERS, "
                        + "NEWSFLOW_ENRICH_THREADS; see `newsflow config --help`)");
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void checkSection(CommandSpec spec, Map<String, Object> section, String path) {
        for (var entry : section.entrySet()) {
            String key = String.valueOf(entry.getKey());
            if (path.isEmpty() && key.equals(KAFKA_SECTION)) {
                if (!(entry.getValue() instanceof Map)) {
                    throw new ConfigException("config " + file + ": 'kafka' must be a map of Kafka client settings");
                }
                continue;
            }
            CommandLine sub = spec.subcommands().get(key);
            if (sub != null && entry.getValue() instanceof Map<?, ?> map) {
                checkSection(sub.getCommandSpec(), (Map<String, Object>) map, path + key + ".");
                continue;
            }
            if (!optionKeys(spec, path.isEmpty()).contains(key)) {
                throw new ConfigException("config " + file + ": unknown key '" + path + key + "'"
                        + (path.isEmpty() ? "" : "; options of " + path.substring(0, path.length() - 1) + ": " + optionKeys(spec, false)));
            }
            if (entry.getValue() instanceof Map || entry.getValue() instanceof List) {
                throw new ConfigException("config " + file + ": '" + path + key + "' takes a single value");
            }
        }
    }

    /** Options a section may set: the command's own, or (at the top level) any command's. */
    private static TreeSet<String> optionKeys(CommandSpec spec, boolean everywhere) {
        TreeSet<String> keys = new TreeSet<>();
        collect(spec, everywhere, keys);
        return keys;
    }

    private static void collect(CommandSpec spec, boolean recurse, TreeSet<String> keys) {
        for (OptionSpec o : spec.options()) {
            if (configurable(o)) {
                keys.add(key(o));
            }
        }
        if (recurse) {
            spec.subcommands().values().forEach(c -> collect(c.getCommandSpec(), true, keys));
        }
    }

    private boolean knownVariable(CommandSpec root, String variable) {
        List<CommandSpec> all = new ArrayList<>();
        walk(root, all);
        for (CommandSpec spec : all) {
            for (OptionSpec o : spec.options()) {
                if (configurable(o) && (variable.equals(envName(null, o)) || variable.equals(envName(spec, o)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void walk(CommandSpec spec, List<CommandSpec> out) {
        out.add(spec);
        spec.subcommands().values().forEach(c -> walk(c.getCommandSpec(), out));
    }

    static boolean configurable(OptionSpec o) {
        return !o.usageHelp() && !o.versionHelp() && o.longestName().startsWith("--") && !o.isMultiValue()
                && !o.longestName().equals("--config");
    }

    static String key(OptionSpec o) {
        return o.longestName().substring(2);
    }

    /** {@code NEWSFLOW_<OPTION>} for spec null, else {@code NEWSFLOW_<COMMAND PATH>_<OPTION>}. */
    static String envName(CommandSpec spec, OptionSpec o) {
        String option = key(o).toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        if (spec == null || spec.parent() == null) {
            return "NEWSFLOW_" + option;
        }
        String path = commandPath(spec).toUpperCase(java.util.Locale.ROOT).replace('-', '_').replace('.', '_');
        return "NEWSFLOW_" + path + "_" + option;
    }

    /** "enrich", "ingest.watch": the command's names below the root. */
    static String commandPath(CommandSpec spec) {
        List<String> names = new ArrayList<>();
        for (CommandSpec s = spec; s != null && s.parent() != null; s = s.parent()) {
            names.add(0, s.name());
        }
        return String.join(".", names);
    }

    @Override
    public String defaultValue(CommandLine.Model.ArgSpec argSpec) {
        Resolved r = resolve(argSpec);
        return r == null ? argSpec.defaultValue() : r.value();
    }

    /** The value the environment or the file gives this option, or null (its own default applies). */
    Resolved resolve(CommandLine.Model.ArgSpec argSpec) {
        if (!(argSpec instanceof OptionSpec o) || !configurable(o) || o.command() == null) {
            return null;
        }
        CommandSpec spec = o.command();
        String scoped = envName(spec, o);
        if (env.containsKey(scoped)) {
            return new Resolved(env.get(scoped), Source.ENV, scoped);
        }
        String global = envName(null, o);
        if (env.containsKey(global)) {
            return new Resolved(env.get(global), Source.ENV, global);
        }
        String path = commandPath(spec);
        Object found = tree.get(key(o));
        String where = key(o);
        Object section = tree;
        String prefix = "";
        for (String name : path.isEmpty() ? new String[0] : path.split("\\.")) {
            prefix = prefix.isEmpty() ? name : prefix + "." + name;
            section = section instanceof Map<?, ?> m ? m.get(name) : null;
            if (section instanceof Map<?, ?> m && m.containsKey(key(o))) {
                found = m.get(key(o));
                where = prefix + "." + key(o);
            }
        }
        return found == null ? null : new Resolved(String.valueOf(found), Source.FILE, file + ": " + where);
    }

    /** The file's Kafka client settings (lowest precedence of the client settings). */
    Map<String, String> kafkaSettings() {
        Map<String, String> out = new LinkedHashMap<>();
        if (tree.get(KAFKA_SECTION) instanceof Map<?, ?> m) {
            m.forEach((k, v) -> out.put(String.valueOf(k), String.valueOf(v)));
        }
        return out;
    }

    Path file() {
        return file;
    }

    /** A configuration mistake: reported like a usage error. */
    static final class ConfigException extends RuntimeException {
        ConfigException(String message) {
            super(message);
        }
    }

    private static NewsflowConfig current = new NewsflowConfig(null, Map.of(), Map.of());

    /** The configuration of this process's command line (set once by {@link NewsflowCommand#execute}). */
    static NewsflowConfig current() {
        return current;
    }

    static void install(NewsflowConfig config) {
        current = config;
    }
}
