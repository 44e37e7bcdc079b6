package io.newsflow.cli;

import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The same end-to-end test against Kafka in a container (apache/kafka image). Skipped where no
 * Docker engine runs, such as the project's CI machines; the embedded-broker test always runs.
 */
@Testcontainers(disabledWithoutDocker = true)
class ContainerPipelineIT extends AbstractPipelineIT {
    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.0");

    @Override
    protected String bootstrapServers() {
        return KAFKA.getBootstrapServers();
    }
}
