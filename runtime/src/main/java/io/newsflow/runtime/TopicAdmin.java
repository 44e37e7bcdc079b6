package io.newsflow.runtime;

import io.newsflow.schema.TopicDefinition;
import io.newsflow.schema.Topics;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.ApiException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates Newsflow's topics from their definitions where they do not exist yet, and brings existing
 * ones to their definitions: time retention off (it would delete replayed history on arrival), and
 * the settings the definition manages where the topic still runs on the broker's defaults.
 */
public final class TopicAdmin {
    private static final Logger LOG = LoggerFactory.getLogger(TopicAdmin.class);

    private TopicAdmin() {}

    /** Opens an admin client that gives up on an unreachable cluster instead of hanging. */
    public static Admin open(KafkaSettings kafka) {
        return Admin.create(kafka.withDefaults(Map.of(
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 15_000)));
    }

    /**
     * Creates every Newsflow topic ({@link Topics#ALL}) that is missing, with the settings' replication
     * factor, and reconciles those that exist: what every command does before it works on the cluster.
     *
     * @return the names of the topics that were created
     */
    public static List<String> ensureTopics(KafkaSettings kafka) throws InterruptedException {
        try (Admin admin = open(kafka)) {
            return ensureTopics(admin, Topics.ALL, kafka.replicationFactor());
        }
    }

    /**
     * Creates every missing topic and reconciles the existing ones: a finite {@code retention.ms} on a
     * deleting topic is switched off, with a warning (its timestamps are publication times, so time
     * retention loses replays, see {@link TopicDefinition}); the other settings of the definition are
     * applied where the topic has none of its own.
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
            // A topic another instance created a moment ago (or one this broker's metadata did not
            // list yet) exists after all: it is reconciled like the others once it is served.
            Set<String> raced = new HashSet<>();
            for (var entry : admin.createTopics(missing).values().entrySet()) {
                try {
                    entry.getValue().get(30, TimeUnit.SECONDS);
                    created.add(entry.getKey());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                    raced.add(entry.getKey());
                }
            }
            List<String> fresh = new ArrayList<>(created);
            fresh.addAll(raced);
            awaitServed(admin, fresh);
            reconcile(admin, topics.stream().filter(t -> existing.contains(t.name()) || raced.contains(t.name())).toList());
            return created;
        } catch (ExecutionException e) {
            throw new KafkaUnavailableException("could not create topics: " + KafkaUnavailableException.reason(e.getCause()), e.getCause());
        } catch (TimeoutException e) {
            throw new KafkaUnavailableException("could not create topics: the cluster did not answer within 30 s", e);
        }
    }

    /**
     * Waits (up to 30 s) until the brokers serve every partition of topics that were just created:
     * creation returns once the controller has recorded a topic, a moment before the brokers know it,
     * and a caller that reads its offsets or configs right away would otherwise be told it does not
     * exist ("does not host this topic-partition").
     */
    private static void awaitServed(Admin admin, List<String> topics)
            throws InterruptedException, ExecutionException, TimeoutException {
        if (topics.isEmpty()) {
            return;
        }
        Map<String, TopicDescription> described = retrying(() -> admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS));
        Map<TopicPartition, OffsetSpec> partitions = new HashMap<>();
        for (TopicDescription topic : described.values()) {
            for (TopicPartitionInfo partition : topic.partitions()) {
                partitions.put(new TopicPartition(topic.name(), partition.partition()), OffsetSpec.latest());
            }
        }
        retrying(() -> admin.listOffsets(partitions).all().get(30, TimeUnit.SECONDS));
    }

    /** An admin call that a broker may answer with a retriable error while metadata propagates. */
    private interface AdminCall<T> {
        T get() throws InterruptedException, ExecutionException, TimeoutException;
    }

    /** Repeats a call for up to 30 s while it fails with a retriable error (a topic not known yet). */
    private static <T> T retrying(AdminCall<T> call) throws InterruptedException, ExecutionException, TimeoutException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try {
                return call.get();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof RetriableException) || System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
    }

    /**
     * Brings existing topics to their definitions: time retention is switched off on deleting topics
     * (with a warning, whatever set it), and every other setting the definition manages that the
     * topic does not set itself, so it runs on the broker's default, gets the definition's value (a
     * topic made by an older version lacks the settings added since). Settings an operator put on the
     * topic stay, except an unbounded {@code retention.bytes} on a deleting topic: without time
     * retention it would grow forever. The cleanup policy is never changed. A value set on the topic,
     * by an operator or by the version that created it, is not told apart from another: a definition
     * whose value changes later does not reach existing topics ({@code kafka-configs --alter} does). Only
     * switching time retention off must succeed; the rest is left with a warning when the cluster
     * refuses it.
     */
    private static void reconcile(Admin admin, List<TopicDefinition> topics)
            throws InterruptedException, ExecutionException, TimeoutException {
        if (topics.isEmpty()) {
            return;
        }
        Map<String, TopicDefinition> byName = new HashMap<>();
        topics.forEach(t -> byName.put(t.name(), t));
        List<ConfigResource> resources = topics.stream().map(t -> new ConfigResource(ConfigResource.Type.TOPIC, t.name())).toList();
        Map<ConfigResource, Config> current;
        try {
            current = retrying(() -> admin.describeConfigs(resources).all().get(30, TimeUnit.SECONDS));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AuthorizationException) {
                LOG.warn("not allowed to read topic configs ({}); cannot check that time retention is off", e.getCause().getMessage());
                return;
            }
            throw e;
        }
        // Switching time retention off is required (it loses replays); the other settings are
        // best effort: a managed cluster's policy may refuse them, and the topic still works.
        Map<ConfigResource, Collection<AlterConfigOp>> required = new HashMap<>();
        Map<ConfigResource, Collection<AlterConfigOp>> optional = new HashMap<>();
        for (var entry : current.entrySet()) {
            for (AlterConfigOp op : repairs(byName.get(entry.getKey().name()), entry.getValue())) {
                boolean retention = op.configEntry().name().equals(TopicConfig.RETENTION_MS_CONFIG);
                (retention ? required : optional).computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).add(op);
            }
        }
        alter(admin, required, true);
        alter(admin, optional, false);
    }

    private static void alter(Admin admin, Map<ConfigResource, Collection<AlterConfigOp>> changes, boolean required)
            throws InterruptedException, ExecutionException, TimeoutException {
        if (changes.isEmpty()) {
            return;
        }
        try {
            admin.incrementalAlterConfigs(changes).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (required && !(e.getCause() instanceof AuthorizationException) || !(e.getCause() instanceof ApiException)) {
                throw e;
            }
            LOG.warn("the cluster refused to change topic configs ({}); ask its operator to set {}",
                    e.getCause().getMessage(), changes.entrySet().stream()
                            .map(c -> c.getKey().name() + " " + c.getValue().stream()
                                    .map(op -> op.configEntry().name() + "=" + op.configEntry().value()).toList())
                            .toList());
        }
    }

    /**
     * Values earlier Newsflow versions gave their topics, by key: upgraded like broker defaults, since
     * no operator chose them. Compacted topics had a one-year {@code segment.ms}, which let the log
     * cleaner compact a replay while it was being counted (see {@link TopicDefinition}).
     */
    private static final Map<String, Set<String>> EARLIER_VERSIONS = Map.of(TopicConfig.SEGMENT_MS_CONFIG, Set.of("31536000000"));

    /** The changes that bring one existing topic to its definition; see {@link #reconcile}. */
    static List<AlterConfigOp> repairs(TopicDefinition topic, Config current) {
        List<AlterConfigOp> ops = new ArrayList<>();
        Map<String, String> wanted = topic.configs();
        for (var want : wanted.entrySet()) {
            String key = want.getKey();
            ConfigEntry have = current.get(key);
            String value = have == null ? null : have.value();
            if (key.equals(TopicConfig.CLEANUP_POLICY_CONFIG) || want.getValue().equals(value)) {
                continue;
            }
            boolean deleting = !topic.compacted();
            if (key.equals(TopicConfig.RETENTION_MS_CONFIG)) {
                if (!deleting) {
                    continue;
                }
                LOG.warn("topic {} had {}={}: its record timestamps are publication times, so time retention would delete "
                        + "replayed history on arrival; switching it off", topic.name(), key, value);
            } else if (have != null && have.source() == ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG
                    && !(deleting && key.equals(TopicConfig.RETENTION_BYTES_CONFIG) && "-1".equals(value))
                    && !EARLIER_VERSIONS.getOrDefault(key, Set.of()).contains(value)) {
                continue; // an operator's choice for this topic
            } else {
                String had = have == null ? "no value"
                        : have.source() != ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG ? value + " from the broker's defaults"
                        : EARLIER_VERSIONS.getOrDefault(key, Set.of()).contains(value) ? value + ", set by an earlier Newsflow"
                        : value + ", unbounded";
                LOG.info("topic {}: setting {}={} (it had {})", topic.name(), key, want.getValue(), had);
            }
            ops.add(new AlterConfigOp(new ConfigEntry(key, want.getValue()), AlterConfigOp.OpType.SET));
        }
        return ops;
    }
}
