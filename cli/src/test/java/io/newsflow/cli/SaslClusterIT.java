package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.broker.EmbeddedBroker;
import io.newsflow.runtime.KafkaSettings;
import io.newsflow.runtime.TopicAdmin;
import io.newsflow.schema.Topics;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline against a broker that demands SASL/SCRAM: it runs with credentials given as plain
 * Kafka client settings, and a client with a wrong password is refused at once with the broker's
 * reason (not a hang).
 */
class SaslClusterIT {
    @TempDir
    Path work;

    private static final String JAAS = "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"newsflow\" password=\"%s\";";

    @Test
    void thePipelineRunsWithCredentialsAndIsRefusedWithWrongOnes() throws Exception {
        int saslPort = EmbeddedBroker.freePort();
        Map<String, String> sasl = Map.of(
                "listeners", "PLAINTEXT://localhost:{client},CONTROLLER://localhost:{controller},SASL_PLAINTEXT://localhost:" + saslPort,
                "advertised.listeners", "PLAINTEXT://localhost:{client},SASL_PLAINTEXT://localhost:" + saslPort,
                "listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT",
                "sasl.enabled.mechanisms", "SCRAM-SHA-256",
                "listener.name.sasl_plaintext.scram-sha-256.sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required;");
        try (EmbeddedBroker broker = EmbeddedBroker.start(work.resolve("broker"), 0, sasl)) {
            try (Admin admin = Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
                admin.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion("newsflow",
                        new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_256, 4096), "s3cret"))).all().get();
                TopicAdmin.ensureTopics(admin, Topics.ALL, 1);
            }
            String bootstrap = "localhost:" + saslPort;
            KafkaSettings good = new KafkaSettings(bootstrap, Map.of("security.protocol", "SASL_PLAINTEXT",
                    "sasl.mechanism", "SCRAM-SHA-256", "sasl.jaas.config", String.format(JAAS, "s3cret")), 1);
            Path archive = AbstractPipelineIT.copyArchive(work.resolve("archive"));
            RunSummary summary = new PipelineRun(good, work.resolve("streams"), Duration.ofMinutes(3),
                    new PrintStream(OutputStream.nullOutputStream())).run(List.of(archive), false);
            assertThat(summary.ingested()).isEqualTo(93);
            assertThat(summary.searchDocuments()).isEqualTo(93);
            assertThat(summary.unaccounted()).isZero();

            KafkaSettings wrong = new KafkaSettings(bootstrap, Map.of("security.protocol", "SASL_PLAINTEXT",
                    "sasl.mechanism", "SCRAM-SHA-256", "sasl.jaas.config", String.format(JAAS, "guess")), 1);
            // Refused by the broker (an authentication error), not left to run into a client timeout.
            assertThatThrownBy(() -> {
                try (Admin admin = TopicAdmin.open(wrong)) {
                    TopicAdmin.ensureTopics(admin, Topics.ALL, 1);
                }
            }).hasRootCauseInstanceOf(org.apache.kafka.common.errors.SaslAuthenticationException.class)
                    .hasStackTraceContaining("Authentication failed");
        }
    }
}
