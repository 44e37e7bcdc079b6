package io.newsflow.cli;

import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "newsflow", mixinStandardHelpOptions = true, version = "newsflow 0.1.0",
        description = {"Kafka-native pipeline for Chinese financial news: ingest posts, enrich them into clean, "
                + "identified articles, and write search documents.", ""},
        subcommands = {RunCommand.class, ExtractCommand.class, TailCommand.class, BrokerCommand.class,
                IngestCommand.class, EnrichCommand.class, SinkCommand.class, TopicsCommand.class, BenchCommand.class,
                ConfigCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Start with:  ./newsflow run examples/archive --summary summary.json",
                "Then:        ./newsflow tail news.search --from-beginning",
                "Every command has --help. Add --verbose (before the command) for Kafka's own logs.%n"})
public final class NewsflowCommand implements Runnable {
    @CommandLine.Option(names = {"-v", "--verbose"}, description = "Log at INFO, including Kafka's own logs.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command (run, extract, tail, broker, ingest, enrich, sink, topics, bench, config)");
    }

    public static void main(String[] args) {
        int code;
        try {
            code = execute(args);
        } finally {
            CtrlC.finished();
        }
        System.exit(code);
    }

    /** Runs the command line and returns its exit code (0 ok, 1 error, 2 usage). */
    public static int execute(String... args) {
        return execute(System.getenv(), args);
    }

    /** With this environment instead of the process's (for tests of NEWSFLOW_* variables). */
    static int execute(Map<String, String> environment, String... args) {
        for (String arg : args) {
            if (arg.equals("-v") || arg.equals("--verbose")) {
                System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
                System.setProperty("org.slf4j.simpleLogger.log.io.newsflow", "info");
            }
        }
        CommandLine cli = new CommandLine(new NewsflowCommand());
        try {
            NewsflowConfig config = NewsflowConfig.load(args, environment);
            config.validate(cli.getCommandSpec());
            NewsflowConfig.install(config);
            cli.setDefaultValueProvider(config);
        } catch (NewsflowConfig.ConfigException e) {
            cli.getErr().println("newsflow: error: " + e.getMessage());
            return 2;
        }
        if (isService(cli, args)) {
            // Long-running services log their lifecycle (state changes, reloads) and dead letters; never per
            // record. Set before any io.newsflow logger exists: parsing creates none.
            System.setProperty("org.slf4j.simpleLogger.log.io.newsflow", "info");
        }
        CommandLine config = cli.getSubcommands().get("config");
        config.setStopAtPositional(true);
        config.setUnmatchedOptionsArePositionalParams(true);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("newsflow: error: " + oneLine(e));
            return 1;
        });
        return cli.execute(args);
    }

    /**
     * Whether the command line, as picocli parses it, names a {@link LongRunning} command that runs
     * until stopped (enrich, sink, broker, ingest watch/feed, run --watch). A line that does not parse
     * is not a service: executing it reports the error.
     */
    static boolean isService(CommandLine cli, String[] args) {
        try {
            CommandLine.ParseResult parsed = cli.parseArgs(args);
            while (parsed.hasSubcommand()) {
                parsed = parsed.subcommand();
            }
            return parsed.commandSpec().userObject() instanceof LongRunning command && command.runsUntilStopped();
        } catch (CommandLine.PicocliException e) {
            return false;
        }
    }

    static String oneLine(Exception e) {
        // Wrappers without a message of their own: say what the cause says.
        Throwable t = e.getMessage() == null && e.getCause() != null ? e.getCause() : e;
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return message.replace('\n', ' ');
    }
}
