package io.newsflow.cli;

import io.newsflow.enrich.SamplePosts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * One Newsflow stage running as its own JVM, as {@code newsflow enrich} / {@code newsflow sink}
 * would on a server, so a test can kill it with SIGKILL (no shutdown hook, no commit, no leaving
 * the group) and start it again on the same data directory.
 */
final class ServiceProcess {
    /** Short group sessions, so a restarted member replaces a killed one in seconds rather than 45 s. */
    static final List<String> FAST_FAILOVER = List.of("--property", "session.timeout.ms=6000", "--property", "heartbeat.interval.ms=1500");
    /** Sink arguments: the example alert rules, alerting on replayed posts too. */
    static final List<String> ALERTING = List.of("--rules", SamplePosts.dir().getParent().resolve("alert-rules.yaml").toString(),
            "--alert-on-replay");

    private final String stage;
    private final String bootstrap;
    private final Path dataDir;
    private final List<String> extraArgs;
    private final Path log;
    private Process process;
    private boolean killed;
    private int starts;
    private long logOffsetAtStart;
    private int killsWhileRunning;

    ServiceProcess(String stage, String bootstrap, Path dataDir, Path log, List<String> extraArgs) {
        this.stage = stage;
        this.bootstrap = bootstrap;
        this.dataDir = dataDir;
        this.log = log;
        this.extraArgs = extraArgs;
    }

    synchronized void start() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        logOffsetAtStart = Files.exists(log) ? Files.size(log) : 0;
        List<String> command = new ArrayList<>(List.of(java, "-Xmx384m", "-XX:+UseSerialGC",
                "-Dorg.apache.avro.SERIALIZABLE_PACKAGES=io.newsflow.schema",
                "-cp", System.getProperty("java.class.path"), "io.newsflow.cli.NewsflowCommand", stage,
                "--bootstrap-servers", bootstrap, "--data-dir", dataDir.toString()));
        command.addAll(extraArgs);
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        killed = false;
        starts++;
    }

    /** SIGKILL, and wait until the process is gone. */
    synchronized void kill() throws Exception {
        if (process != null) {
            if (!killed && !process.isAlive()) {
                throw new IllegalStateException(stage + " had stopped by itself (exit " + process.exitValue() + "); see " + log);
            }
            killed = true;
            process.destroyForcibly().waitFor();
            if (reachedRunningSinceStart()) {
                killsWhileRunning++;
            }
        }
    }

    /** SIGTERM, as an orchestrator stops a service; returns the exit code, or -1 if it did not exit within the bound. */
    synchronized int terminate(Duration bound) throws Exception {
        killed = true;
        process.destroy();
        return process.waitFor(bound.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
    }

    /** True if the stage stopped without being killed: a service must never give up by itself. */
    synchronized boolean exitedByItself() {
        return process != null && !killed && !process.isAlive();
    }

    synchronized int starts() {
        return starts;
    }

    /** Kills that hit the stage after it had started processing (its log says RUNNING), not while it was still joining. */
    synchronized int killsWhileRunning() {
        return killsWhileRunning;
    }

    /** Waits (bounded) until the stage has started processing since its last start; false if it did not in time. */
    boolean awaitRunning(Duration limit) {
        try {
            Awaitility.await().atMost(limit).pollInterval(Duration.ofMillis(200)).until(() -> {
                synchronized (this) {
                    return reachedRunningSinceStart();
                }
            });
            return true;
        } catch (ConditionTimeoutException e) {
            return false;
        }
    }

    /** How often {@code text} occurs in the stage's log so far (all its starts). */
    long logCount(String text) throws IOException {
        return Files.exists(log) ? Files.readString(log).split(Pattern.quote(text), -1).length - 1L : 0;
    }

    private boolean reachedRunningSinceStart() throws IOException {
        try (var in = Files.newInputStream(log)) {
            in.skipNBytes(logOffsetAtStart);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("-> RUNNING");
        }
    }

    String stage() {
        return stage;
    }

    Path log() {
        return log;
    }
}
