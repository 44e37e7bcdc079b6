package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.broker.EmbeddedBroker;
import io.newsflow.enrich.topology.EnrichCounters;
import io.newsflow.enrich.topology.EnrichService;
import io.newsflow.runtime.KafkaSettings;
import io.newsflow.runtime.StreamsService;
import io.newsflow.runtime.TopicAdmin;
import io.newsflow.schema.DeadLetter;
import io.newsflow.schema.NewsflowSerdes;
import io.newsflow.schema.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The end-to-end pipeline test on the embedded KRaft broker (always runs). */
class EmbeddedBrokerPipelineIT extends AbstractPipelineIT {
    @TempDir
    static Path brokerDir;
    static EmbeddedBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = EmbeddedBroker.start(brokerDir, 0, Map.of());
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Override
    protected String bootstrapServers() {
        return broker.bootstrapServers();
    }

    @Test
    void recordsThatAreNotRawArticlesAreDeadLetteredWithTheirBytes() throws Exception {
        KafkaSettings kafka = KafkaSettings.of(broker.bootstrapServers());
        TopicAdmin.ensureTopics(kafka);
        byte[] garbage = "{\"not\": \"avro\"}".getBytes(StandardCharsets.UTF_8);
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.bootstrapServers()), new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.RAW, "garbage".getBytes(StandardCharsets.UTF_8), garbage)).get();
        }
        try (StreamsService enrich = EnrichService.start(kafka, work.resolve("enrich-state"), new EnrichCounters())) {
            await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> assertThat(readAll(kafka, Topics.DLQ))
                    .map(r -> NewsflowSerdes.deadLetter().decode(r.value()))
                    .filteredOn(d -> d.getReason().equals("UNDECODABLE_RECORD"))
                    .singleElement()
                    .satisfies(d -> assertThat(d.getOriginalValue().array()).isEqualTo(garbage))
                    .extracting(DeadLetter::getStage).isEqualTo("enrich"));
        }
    }
}
