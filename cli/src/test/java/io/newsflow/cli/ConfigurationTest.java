package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Layered configuration as `newsflow config` reports it: default < file < environment < flag; unknown keys refused. */
class ConfigurationTest {
    @TempDir
    Path dir;

    private static NewsflowCommandTest.Result run(Map<String, String> env, String... args) {
        return NewsflowCommandTest.run(env, args);
    }

    private Path config(String yaml) throws Exception {
        return Files.writeString(dir.resolve("newsflow.yaml"), yaml);
    }

    private static String line(String out, String key) {
        return out.lines().filter(l -> l.startsWith(key + " ")).findFirst().orElseThrow(() -> new AssertionError(key + " not in:\n" + out));
    }

    @Test
    void eachLayerOverridesTheOneBelow() throws Exception {
        Path file = config("""
                bootstrap-servers: file-host:9092
                replication-factor: 3
                threads: 2
                enrich:
                  threads: 4
                  standby-replicas: 1
                """);
        var r = run(Map.of("NEWSFLOW_REPLICATION_FACTOR", "2", "NEWSFLOW_ENRICH_STANDBY_REPLICAS", "2"),
                "config", "enrich", "--config", file.toString(), "--bootstrap-servers", "flag-host:9092");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(line(r.out(), "bootstrap-servers")).contains("flag-host:9092", "command line");
        assertThat(line(r.out(), "replication-factor")).contains(" 2 ", "environment NEWSFLOW_REPLICATION_FACTOR");
        assertThat(line(r.out(), "standby-replicas")).contains(" 2 ", "environment NEWSFLOW_ENRICH_STANDBY_REPLICAS");
        assertThat(line(r.out(), "threads")).contains(" 4 ", "enrich.threads");
        assertThat(line(r.out(), "data-dir")).contains(".newsflow", "default");
    }

    @Test
    void kafkaSettingsPassThroughAndSecretsAreMasked() throws Exception {
        Path file = config("""
                kafka:
                  security.protocol: SASL_SSL
                  sasl.jaas.config: org.apache.kafka.common.security.scram.ScramLoginModule required username="u" password="hunter2";
                """);
        var r = run(Map.of(), "config", "sink", "--config", file.toString(), "-X", "ssl.truststore.password=changeit",
                "-X", "security.protocol=SASL_PLAINTEXT");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).doesNotContain("hunter2").doesNotContain("changeit");
        assertThat(line(r.out(), "sasl.jaas.config")).contains(ConfigCommand.MASK, "file kafka.sasl.jaas.config");
        assertThat(line(r.out(), "ssl.truststore.password")).contains(ConfigCommand.MASK);
        assertThat(line(r.out(), "security.protocol")).contains("SASL_PLAINTEXT", "command line -X");
    }

    @Test
    void anUnknownKeyIsRefusedByName() throws Exception {
        Path file = config("""
                enrich:
                  thread: 2
                """);
        var r = run(Map.of(), "enrich", "--config", file.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("unknown key 'enrich.thread'", "threads");
    }

    @Test
    void anUnknownVariableIsRefusedByName() {
        var r = run(Map.of("NEWSFLOW_BOOTSTRAP_SERVER", "x:9092"), "topics", "--help");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("NEWSFLOW_BOOTSTRAP_SERVER");
    }

    @Test
    void aBadValueNamesTheOption() throws Exception {
        Path file = config("""
                enrich:
                  threads: many
                """);
        var r = run(Map.of(), "config", "enrich", "--config", file.toString());

        assertThat(r.exitCode()).isNotZero();
        assertThat(r.err()).contains("--threads", "many");
    }
}
