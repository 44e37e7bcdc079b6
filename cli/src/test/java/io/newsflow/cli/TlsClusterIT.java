package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.broker.EmbeddedBroker;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline, as a user runs it from the command line, against a broker that only speaks TLS to
 * clients: the trust store given once in a {@code --command-config} file reaches every client
 * (admin, producer, both Streams apps), and without it the command fails with the handshake's
 * reason instead of hanging.
 */
class TlsClusterIT {
    private static final String PASSWORD = "changeit";

    @TempDir
    Path work;

    @Test
    void runWorksOverTlsWithTheTrustStoreAndFailsClearlyWithoutIt() throws Exception {
        Path keyStore = work.resolve("broker.p12");
        Path trustStore = work.resolve("clients.p12");
        Path certificate = work.resolve("broker.crt");
        keytool("-genkeypair", "-alias", "broker", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                "-keystore", keyStore.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD);
        keytool("-exportcert", "-rfc", "-alias", "broker", "-keystore", keyStore.toString(), "-storepass", PASSWORD,
                "-file", certificate.toString());
        keytool("-importcert", "-noprompt", "-alias", "broker", "-file", certificate.toString(),
                "-keystore", trustStore.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD);

        int tlsPort = EmbeddedBroker.freePort();
        Map<String, String> tls = Map.of(
                "listeners", "PLAINTEXT://localhost:{client},CONTROLLER://localhost:{controller},SSL://localhost:" + tlsPort,
                "advertised.listeners", "PLAINTEXT://localhost:{client},SSL://localhost:" + tlsPort,
                "listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT,SSL:SSL",
                "listener.name.ssl.ssl.keystore.location", keyStore.toString(),
                "listener.name.ssl.ssl.keystore.password", PASSWORD,
                "listener.name.ssl.ssl.keystore.type", "PKCS12");
        try (EmbeddedBroker broker = EmbeddedBroker.start(work.resolve("broker"), 0, tls)) {
            String bootstrap = "localhost:" + tlsPort;
            Path clientConfig = work.resolve("client.properties");
            Files.writeString(clientConfig, String.join("\n",
                    "security.protocol=SSL",
                    "ssl.truststore.location=" + trustStore,
                    "ssl.truststore.password=" + PASSWORD,
                    "ssl.truststore.type=PKCS12", ""), StandardCharsets.UTF_8);
            Path archive = AbstractPipelineIT.copyArchive(work.resolve("archive"));
            Path summaryFile = work.resolve("summary.json");

            NewsflowCommandTest.Result run = NewsflowCommandTest.run("run", archive.toString(), "--bootstrap-servers", bootstrap,
                    "--command-config", clientConfig.toString(), "--data-dir", work.resolve("data").toString(),
                    "--summary", summaryFile.toString());

            assertThat(run.exitCode()).as(run.err()).isZero();
            var summary = io.newsflow.schema.RecordJson.MAPPER.readTree(summaryFile.toFile());
            assertThat(summary.path("ingested").asLong()).as(summary.toString()).isEqualTo(93);
            assertThat(summary.path("search_documents").asLong()).as(summary.toString()).isEqualTo(93);
            assertThat(summary.path("unaccounted").asLong()).as(summary.toString()).isZero();

            // TLS without a trust store that knows the broker's certificate: the handshake is refused.
            NewsflowCommandTest.Result untrusted = NewsflowCommandTest.run("topics", "--bootstrap-servers", bootstrap,
                    "-X", "security.protocol=SSL", "--data-dir", work.resolve("data").toString());
            assertThat(untrusted.exitCode()).isEqualTo(1);
            String error = untrusted.err().lines().filter(l -> l.startsWith("newsflow: error:")).findFirst().orElse(untrusted.err());
            assertThat(error).as("one line that says why").contains("SSL handshake failed").contains("certification path");
        }
    }

    private static void keytool(String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("keytool %s: %s", args[0], output).isZero();
    }
}
