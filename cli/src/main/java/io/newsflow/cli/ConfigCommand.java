package io.newsflow.cli;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.streams.StreamsConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

@Command(name = "config", mixinStandardHelpOptions = true,
        description = {"Print the effective configuration of a command: every option's value and where it came from, "
                + "and the Kafka client settings, with secrets masked.",
                "Precedence, lowest first: the option's default < the configuration file (--config FILE or NEWSFLOW_CONFIG; "
                        + "the command's section wins over the top level) < environment (NEWSFLOW_<OPTION>, then "
                        + "NEWSFLOW_<COMMAND>_<OPTION>) < the command line. Keys are long option names without the dashes; "
                        + "the file's `kafka:` section holds Kafka client settings (under --command-config and -X).",
                "Unknown keys in the file or NEWSFLOW_ variables, and values an option cannot take, are refused "
                        + "before anything runs."},
        footer = {"", "Examples:", "  ./newsflow config enrich --config newsflow.yaml",
                "  NEWSFLOW_ENRICH_THREADS=2 ./newsflow config enrich",
                "", "A configuration file (YAML):",
                "  bootstrap-servers: kafka-1:9092,kafka-2:9092",
                "  replication-factor: 3",
                "  metrics-port: 9400",
                "  enrich:",
                "    threads: 2",
                "  sink:",
                "    rules: /etc/newsflow/alert-rules.yaml",
                "  kafka:",
                "    security.protocol: SASL_SSL",
                "    sasl.mechanism: SCRAM-SHA-512%n"})
final class ConfigCommand implements Callable<Integer> {
    private static final Pattern SECRET = Pattern.compile("(?i).*(password|secret|jaas|token|credential|ssl\\.key).*");
    static final String MASK = "********";

    @Parameters(paramLabel = "COMMAND [OPTION...]", arity = "1..*",
            description = "The command as you would run it, e.g. `enrich --threads 2` or `ingest watch inbox/`.")
    List<String> target;

    @Override
    public Integer call() {
        CommandLine probe = new CommandLine(new NewsflowCommand());
        probe.setDefaultValueProvider(NewsflowConfig.current());
        ParseResult result;
        try {
            result = probe.parseArgs(target.toArray(new String[0]));
        } catch (CommandLine.ParameterException e) {
            throw new UserException(e.getMessage());
        }
        ParseResult command = result;
        while (command.hasSubcommand()) {
            command = command.subcommand();
        }
        if (command == result) {
            throw new UserException("name a command, e.g. `newsflow config enrich`");
        }
        String name = NewsflowConfig.commandPath(command.commandSpec()).replace('.', ' ');
        System.out.println("# newsflow " + name + (NewsflowConfig.current().file() != null ? "   (config file " + NewsflowConfig.current().file() + ")" : ""));
        System.out.printf("%-22s %-40s %s%n", "OPTION", "VALUE", "FROM");
        KafkaOptions kafka = kafkaOptions(command);
        for (OptionSpec o : command.commandSpec().options()) {
            if (!NewsflowConfig.configurable(o)) {
                continue;
            }
            Object value = o.getValue();
            String source;
            if (command.hasMatchedOption(o)) {
                source = "command line";
            } else {
                NewsflowConfig.Resolved r = NewsflowConfig.current().resolve(o);
                source = r == null ? "default" : (r.source() == NewsflowConfig.Source.ENV ? "environment " : "file ") + r.where();
            }
            System.out.printf("%-22s %-40s %s%n", NewsflowConfig.key(o), mask(NewsflowConfig.key(o), value == null ? "" : value.toString()), source);
        }
        if (kafka != null) {
            System.out.println();
            System.out.printf("%-40s %-30s %s%n", "KAFKA CLIENT SETTING", "VALUE", "FROM");
            Map<String, String> sources = new LinkedHashMap<>();
            NewsflowConfig.current().kafkaSettings().keySet().forEach(k -> sources.put(k, "file kafka." + k));
            Map<String, String> merged = kafka.clientProperties();
            if (kafka.commandConfig != null) {
                kafka.fileProperties().keySet().forEach(k -> sources.put(k, "--command-config " + kafka.commandConfig));
            }
            kafka.properties.keySet().forEach(k -> sources.put(k, "command line -X"));
            if (merged.isEmpty()) {
                System.out.println("(none: plaintext, no authentication)");
            }
            merged.forEach((k, v) -> System.out.printf("%-40s %-30s %s%n", k, mask(k, v), sources.getOrDefault(k, "")));
        }
        return 0;
    }

    private static KafkaOptions kafkaOptions(ParseResult command) {
        for (Object mixin : command.commandSpec().mixins().values().stream().map(m -> m.userObject()).toList()) {
            if (mixin instanceof KafkaOptions k) {
                return k;
            }
        }
        return null;
    }

    static String mask(String key, String value) {
        return (SECRET.matcher(key).matches() || KAFKA_PASSWORDS.contains(key)) && !value.isEmpty() ? MASK : value;
    }

    /** Every setting the Kafka clients and Streams declare as a password, whatever its name says. */
    private static final Set<String> KAFKA_PASSWORDS = passwordKeys();

    private static Set<String> passwordKeys() {
        Set<String> keys = new HashSet<>();
        for (ConfigDef def : List.of(ProducerConfig.configDef(),
                ConsumerConfig.configDef(), AdminClientConfig.configDef(),
                StreamsConfig.configDef())) {
            def.configKeys().forEach((name, k) -> {
                if (k.type == ConfigDef.Type.PASSWORD) {
                    keys.add(name);
                }
            });
        }
        return keys;
    }
}
