package io.newsflow.runtime;

import io.newsflow.schema.TopicDefinition;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/** Creates Newsflow's topics from their definitions where they do not exist yet. */
public final class TopicAdmin {
    private TopicAdmin() {}

    /** Opens an admin client that gives up on an unreachable cluster instead of hanging. */
    public static Admin open(KafkaSettings kafka) {
        return Admin.create(kafka.withDefaults(Map.of(
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 15_000)));
    }

    /**
     * Creates every missing topic; existing topics are left as they are.
     *
     * @return the names of the topics that were created
     */
    public static List<String> ensureTopics(Admin admin, Collection<TopicDefinition> topics, int replicationFactor)
            throws InterruptedException {
        try {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (TopicDefinition topic : topics) {
                if (!existing.contains(topic.name())) {
                    missing.add(new NewTopic(topic.name(), topic.partitions(), (short) replicationFactor)
                            .configs(topic.configs()));
                }
            }
            List<String> created = new ArrayList<>();
            for (var entry : admin.createTopics(missing).values().entrySet()) {
                try {
                    entry.getValue().get(30, TimeUnit.SECONDS);
                    created.add(entry.getKey());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            return created;
        } catch (ExecutionException e) {
            throw new KafkaUnavailableException("could not create topics: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new KafkaUnavailableException("could not create topics: the cluster did not answer within 30 s", e);
        }
    }
}
