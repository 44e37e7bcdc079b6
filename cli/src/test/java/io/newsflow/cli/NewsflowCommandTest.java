package io.newsflow.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.enrich.SamplePosts;
import io.newsflow.schema.RecordJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** The command line as a user meets it: help, usage errors, one-line errors, extract output. */
class NewsflowCommandTest {

    record Result(int exitCode, String out, String err) {}

    static Result run(String... args) {
        return run(System.getenv(), args);
    }

    /** With this environment (NEWSFLOW_* variables); the process's configuration is reset afterwards. */
    static Result run(Map<String, String> env, String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = NewsflowCommand.execute(env, args);
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
            NewsflowConfig.install(NewsflowConfig.load(new String[0], Map.of()));
        }
    }

    @Test
    void helpListsEveryCommand() {
        Result r = run("--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("run", "extract", "tail", "broker", "ingest", "enrich", "sink");
        for (String command : List.of("run", "extract", "tail", "broker", "ingest", "enrich", "sink", "topics")) {
            Result sub = run(command, "--help");
            assertThat(sub.exitCode()).as(command).isZero();
            assertThat(sub.out()).as(command).contains("Usage: newsflow " + command);
        }
    }

    @Test
    void servicesAreRecognizedFromTheParsedCommandNotFromWordPositions() {
        assertThat(isService("enrich")).isTrue();
        assertThat(isService("--verbose", "sink", "--bootstrap-servers", "k:9092")).isTrue();
        assertThat(isService("ingest", "--bootstrap-servers", "k:9092", "watch", "/data/posts")).isTrue();
        assertThat(isService("ingest", "feed", "--interval", "30s", "http://example.com/feed")).isTrue();
        assertThat(isService("run", "examples/archive", "--watch", "/data/posts")).isTrue();

        assertThat(isService("run", "examples/archive")).isFalse();
        assertThat(isService("ingest", "archive", "watch")).as("a directory named watch").isFalse();
        assertThat(isService("ingest", "--bootstrap-servers", "watch", "/data/posts")).as("a host named watch").isFalse();
        assertThat(isService("extract", "enrich")).isFalse();
        assertThat(isService("enrich", "--no-such-option")).as("does not parse").isFalse();
    }

    private static boolean isService(String... args) {
        return NewsflowCommand.isService(new picocli.CommandLine(new NewsflowCommand()), args);
    }

    @Test
    void usageErrorsExitWith2AndSayWhatIsWrong() {
        Result r = run("run");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("Missing required parameter");
        assertThat(run("tail", "news.search", "--timeout", "soon").err()).contains("'soon' is not a duration");
    }

    @Test
    void runtimeErrorsAreOneLineWithoutStackTrace() {
        Result r = run("extract", "/no/such/dir");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("newsflow: error: no such file or directory: /no/such/dir");
    }

    @Test
    void servicesWithoutAClusterSaySoInsteadOfHanging() {
        Result r = run("enrich", "--data-dir", "target/no-broker-here");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("newsflow: error: no Kafka cluster: pass --bootstrap-servers");
    }

    @Test
    void extractPrintsOneJsonObjectPerPostNamingItsSource() throws Exception {
        Result r = run("extract", SamplePosts.dir().toString());
        assertThat(r.exitCode()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize((int) java.nio.file.Files.list(SamplePosts.dir()).filter(p -> p.toString().endsWith(".md")).count());
        for (String line : lines) {
            JsonNode json = RecordJson.MAPPER.readTree(line);
            assertThat(json.get("source").asText()).startsWith(SamplePosts.dir().toString());
            assertThat(json.has("id") || json.has("dead_letter")).isTrue();
        }
        JsonNode seed = lines.stream().map(l -> {
            try {
                return RecordJson.MAPPER.readTree(l);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).filter(j -> j.get("source").asText().endsWith("seed.md")).findFirst().orElseThrow();
        assertThat(seed.get("id").asText()).isEqualTo("202203272324148410");
        assertThat(seed.get("published_at").asText()).isEqualTo("2022-03-27T14:02:05Z");
    }

    @Test
    void extractReportsDeadLettersWithTheirReason(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path post = dir.resolve("broken.md");
        java.nio.file.Files.writeString(post, "no front matter");
        JsonNode json = RecordJson.MAPPER.readTree(run("extract", post.toString()).out());
        assertThat(json.get("dead_letter").get("reason").asText()).isEqualTo("NO_FRONT_MATTER");
        assertThat(json.get("source").asText()).isEqualTo(post.toString());
    }
}
