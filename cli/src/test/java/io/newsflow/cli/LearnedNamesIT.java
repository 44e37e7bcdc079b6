package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.broker.EmbeddedBroker;
import io.newsflow.enrich.Enricher;
import io.newsflow.enrich.topology.EnrichCounters;
import io.newsflow.enrich.topology.EnrichService;
import io.newsflow.enrich.topology.EnrichTopology;
import io.newsflow.runtime.KafkaSettings;
import io.newsflow.runtime.StreamsService;
import io.newsflow.runtime.TopicAdmin;
import io.newsflow.schema.EnrichedArticle;
import io.newsflow.schema.NewsflowSerdes;
import io.newsflow.schema.RawArticle;
import io.newsflow.schema.SourceKind;
import io.newsflow.schema.Ticker;
import io.newsflow.schema.TickerName;
import io.newsflow.schema.Topics;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two enricher instances share news.raw on a real broker. One sees an article whose markup pairs
 * 康得新 with 002450 and publishes the pair; the other, processing a later article that only
 * names the company, tags it: the name went through news.ticker-names into both global stores.
 */
class LearnedNamesIT {
    private static final String PAIR_KEY = "康得新|002450.SZ";

    @TempDir
    Path work;

    @Test
    void aNameLearnedByOneInstanceTagsALaterArticleOnTheOther() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start(work.resolve("broker"), 0, Map.of())) {
            KafkaSettings kafka = KafkaSettings.of(broker.bootstrapServers());
            TopicAdmin.ensureTopics(kafka);
            Enricher enricher = new Enricher();
            assertThat(enricher.names().knows("康得新", "002450.SZ")).as("not in the bundled lists (delisted before mid-2021)").isFalse();
            try (StreamsService first = EnrichService.start(kafka, work.resolve("enrich-1"), enricher, new EnrichCounters());
                 StreamsService second = EnrichService.start(kafka, work.resolve("enrich-2"), enricher, new EnrichCounters());
                 var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                         broker.bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(),
                         NewsflowSerdes.rawArticle().serializer())) {
                int partitions = Topics.RAW_TOPIC.partitions();
                await().atMost(Duration.ofMinutes(2)).until(() -> balanced(first, second, partitions));
                Set<Integer> firstOwns = rawPartitions(first.streams());
                Set<Integer> secondOwns = rawPartitions(second.streams());

                String teacher = idOnPartition(firstOwns, partitions, 10);
                producer.send(new ProducerRecord<>(Topics.RAW, teacher, raw(teacher, "<p><span id=\"stock_0.002450\">"
                        + "<a href=\"http://quote.eastmoney.com/unify/r/0.002450\" class=\"keytip\" data-code=\"0,002450\">康得新</a>"
                        + "</span>中标智慧交通项目。</p>"))).get();
                await().atMost(Duration.ofMinutes(2)).until(() -> knows(first) && knows(second));
                List<TickerName> learned = AbstractPipelineIT.readAll(kafka, Topics.TICKER_NAMES).stream()
                        .map(r -> NewsflowSerdes.tickerName().decode(r.value())).toList();
                assertThat(learned).extracting(TickerName::getSymbol, TickerName::getArticleId)
                        .containsExactly(org.assertj.core.api.Assertions.tuple("002450.SZ", teacher));

                String learner = idOnPartition(secondOwns, partitions, 50);
                producer.send(new ProducerRecord<>(Topics.RAW, learner, raw(learner, "<p>康得新股价涨停，康得新回应称经营正常。</p>"))).get();
                await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> assertThat(enriched(kafka))
                        .filteredOn(a -> a.getId().equals(learner)).singleElement()
                        .extracting(EnrichedArticle::getTickers).asList()
                        .extracting(t -> ((Ticker) t).getSymbol() + " " + ((Ticker) t).getEvidence())
                        .containsExactly("002450.SZ [name]"));
                assertThat(rawPartitions(second.streams())).as("the second instance still owns the learner's partition")
                        .contains(partition(learner, partitions));
            }
        }
    }

    private static boolean balanced(StreamsService a, StreamsService b, int partitions) {
        if (a.state() != KafkaStreams.State.RUNNING || b.state() != KafkaStreams.State.RUNNING) {
            return false;
        }
        Set<Integer> x = rawPartitions(a.streams());
        Set<Integer> y = rawPartitions(b.streams());
        Set<Integer> all = new HashSet<>(x);
        all.addAll(y);
        return !x.isEmpty() && !y.isEmpty() && all.size() == partitions && x.size() + y.size() == partitions;
    }

    private static Set<Integer> rawPartitions(KafkaStreams streams) {
        return streams.metadataForLocalThreads().stream()
                .flatMap(t -> t.activeTasks().stream())
                .flatMap(task -> task.topicPartitions().stream())
                .filter(tp -> tp.topic().equals(Topics.RAW))
                .map(TopicPartition::partition)
                .collect(Collectors.toSet());
    }

    private static boolean knows(StreamsService service) {
        ReadOnlyKeyValueStore<String, TickerName> store = service.streams().store(
                StoreQueryParameters.fromNameAndType(EnrichTopology.NAMES_STORE, QueryableStoreTypes.keyValueStore()));
        return store.get(PAIR_KEY) != null;
    }

    /** An eastmoney-style id whose record lands on one of {@code owned} (the producer's default partitioner). */
    private static String idOnPartition(Set<Integer> owned, int partitions, int from) {
        for (int i = from; ; i++) {
            String id = "20220526239192" + String.format("%04d", i);
            if (owned.contains(partition(id, partitions))) {
                return id;
            }
        }
    }

    private static int partition(String key, int partitions) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    private static RawArticle raw(String id, String body) {
        String post = "---\ntitle: \"康得新消息\"\ndate: 2022-05-26 10:00:00 +0800\n---\n" + body + "\n";
        return RawArticle.newBuilder().setContent(ByteBuffer.wrap(post.getBytes(StandardCharsets.UTF_8)))
                .setSourcePath("it/2022-05-26-" + id + ".md").setSourceKind(SourceKind.ARCHIVE).setReplay(true)
                .setIngestedAt(Instant.EPOCH).build();
    }

    private static List<EnrichedArticle> enriched(KafkaSettings kafka) {
        return AbstractPipelineIT.readAll(kafka, Topics.ENRICHED).stream()
                .map(r -> NewsflowSerdes.enrichedArticle().decode(r.value())).toList();
    }
}
