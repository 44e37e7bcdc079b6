package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.bench.CorpusGenerator;
import io.newsflow.broker.EmbeddedBroker;
import io.newsflow.enrich.SamplePosts;
import io.newsflow.enrich.topology.EnrichTopology;
import io.newsflow.ingest.ArchiveReplay;
import io.newsflow.ingest.IngestReport;
import io.newsflow.runtime.KafkaSettings;
import io.newsflow.runtime.TopicAdmin;
import io.newsflow.runtime.TopicOffsets;
import io.newsflow.schema.DeadLetter;
import io.newsflow.schema.EnrichedArticle;
import io.newsflow.schema.NewsflowSerdes;
import io.newsflow.schema.RecordJson;
import io.newsflow.schema.Topics;
import io.newsflow.sink.SinkTopology;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exactly-once verifier, after Kafka's own Streams EOS system test: 20,000 posts (articles,
 * exact duplicates, rewritten versions and poison records) are replayed while the enrich and sink
 * services run as separate OS processes that are killed with SIGKILL at random moments, at least
 * five times each, and restarted. A read_committed reader then checks every article once per
 * revision in news.enriched and news.search, every poison record once in news.dlq, and the
 * accounting exact.
 */
class CrashRecoveryIT {
    private static final int ARTICLES = 19_000;
    private static final int DUPLICATES = 500;
    private static final int REWRITES = 400;
    private static final int POISON = 100;
    private static final int KILLS = Integer.getInteger("newsflow.crash.kills", 5);

    @TempDir
    Path work;

    @Test
    void killingEnrichAndSinkRepeatedlyLosesAndDoublesNothing() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start(work.resolve("broker"), 0, Map.of())) {
            KafkaSettings kafka = KafkaSettings.of(broker.bootstrapServers());
            try (Admin admin = TopicAdmin.open(kafka)) {
                TopicAdmin.ensureTopics(admin, Topics.ALL, 1);
            }
            Path posts = writeCorpus(Files.createDirectories(work.resolve("corpus/_posts")));
            Service enrich = new Service("enrich", broker.bootstrapServers(), work.resolve("enrich-data"));
            Service sink = new Service("sink", broker.bootstrapServers(), work.resolve("sink-data"));
            enrich.start();
            sink.start();
            AtomicInteger kills = new AtomicInteger();
            Thread killer = new Thread(() -> {
                Random random = new Random(42);
                try {
                    for (int i = 0; i < 2 * KILLS; i++) {
                        Thread.sleep(3_000 + random.nextInt(4_000));
                        Service victim = i % 2 == 0 ? enrich : sink;
                        victim.kill();
                        kills.incrementAndGet();
                        Thread.sleep(500);
                        victim.start();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            killer.start();
            IngestReport ingest = new ArchiveReplay(kafka, Clock.systemUTC(), ArchiveReplay.Options.defaults(), (h, p, t) -> { })
                    .replay(List.of(posts.toString()));
            killer.join();
            assertThat(kills.get()).isEqualTo(2 * KILLS);
            assertThat(ingest.published()).isEqualTo(ARTICLES + DUPLICATES + REWRITES + POISON);

            try (Admin admin = TopicAdmin.open(kafka)) {
                TopicOffsets offsets = new TopicOffsets(admin, kafka);
                Map<TopicPartition, Long> raw = new HashMap<>();
                ingest.endOffsets().forEach((p, o) -> raw.put(new TopicPartition(Topics.RAW, p), o));
                awaitUntil(() -> offsets.caughtUp(EnrichTopology.APPLICATION_ID, Topics.RAW, raw)
                        && offsets.settled(Topics.ENRICHED) && offsets.settled(Topics.DLQ), enrich, sink);
                Map<TopicPartition, Long> enriched = offsets.committedEnd(Topics.ENRICHED);
                awaitUntil(() -> offsets.caughtUp(SinkTopology.APPLICATION_ID, Topics.ENRICHED, enriched)
                        && offsets.settled(Topics.SEARCH), enrich, sink);
            } finally {
                enrich.kill();
                sink.kill();
            }

            Map<String, List<Integer>> revisions = new TreeMap<>();
            for (ConsumerRecord<byte[], byte[]> r : AbstractPipelineIT.readAll(kafka, Topics.ENRICHED)) {
                EnrichedArticle a = NewsflowSerdes.enrichedArticle().decode(r.value());
                revisions.computeIfAbsent(a.getId(), k -> new ArrayList<>()).add(a.getRevision());
            }
            long enrichedRecords = revisions.values().stream().mapToLong(List::size).sum();
            int doubled = 0;
            for (List<Integer> revs : revisions.values()) {
                if (new HashSet<>(revs).size() != revs.size()) {
                    doubled++;
                }
            }
            Set<String> searchKeys = new HashSet<>();
            long searchRecords = 0;
            for (ConsumerRecord<byte[], byte[]> r : AbstractPipelineIT.readAll(kafka, Topics.SEARCH)) {
                var doc = RecordJson.MAPPER.readTree(r.value());
                searchKeys.add(doc.get("id").asText() + "#" + doc.get("revision").asInt());
                searchRecords++;
            }
            Map<String, Integer> poison = new HashMap<>();
            for (ConsumerRecord<byte[], byte[]> r : AbstractPipelineIT.readAll(kafka, Topics.DLQ)) {
                DeadLetter d = NewsflowSerdes.deadLetter().decode(r.value());
                poison.merge(d.getSourcePath(), 1, Integer::sum);
            }
            long duplicates = ingest.published() - enrichedRecords - poison.values().stream().mapToInt(Integer::intValue).sum();
            List<String> missing = new ArrayList<>();
            for (int i = 0; i < ARTICLES && missing.size() < 20; i++) {
                String id = CorpusGenerator.fromSamples(SamplePosts.dir()).post(i).sourcePath().replaceAll(".*-(\\d{18})\\.md$", "$1");
                if (!revisions.containsKey(id)) {
                    missing.add(i + ":" + id);
                }
            }
            System.out.println("MISSING " + missing);
            System.out.printf("VERDICT kills=%d ingested=%d enriched=%d (articles %d, doubled %d) search=%d dead_letters=%d duplicates=%d%n",
                    kills.get(), ingest.published(), enrichedRecords, revisions.size(), doubled, searchRecords,
                    poison.values().stream().mapToInt(Integer::intValue).sum(), duplicates);

            assertThat(revisions).hasSize(ARTICLES);
            assertThat(doubled).as("articles with a revision written twice").isZero();
            assertThat(enrichedRecords).isEqualTo(ARTICLES + REWRITES);
            assertThat(searchRecords).as("one search document per revision, none twice").isEqualTo(enrichedRecords);
            assertThat(searchKeys).hasSize((int) enrichedRecords);
            assertThat(poison).hasSize(POISON);
            assertThat(poison.values()).containsOnly(1);
            assertThat(duplicates).isEqualTo(DUPLICATES);
        }
    }

    /** Articles, byte-for-byte duplicates under other paths, rewritten versions, and posts that are not UTF-8. */
    private static Path writeCorpus(Path dir) throws Exception {
        CorpusGenerator generator = CorpusGenerator.fromSamples(SamplePosts.dir());
        Random random = new Random(7);
        for (int i = 0; i < ARTICLES; i++) {
            CorpusGenerator.Post p = generator.post(i);
            Files.write(dir.resolve(Path.of(p.sourcePath()).getFileName()), p.content());
        }
        for (int i = 0; i < DUPLICATES; i++) {
            CorpusGenerator.Post p = generator.post(random.nextInt(ARTICLES));
            Files.write(dir.resolve("copy-" + i + "-" + Path.of(p.sourcePath()).getFileName()), p.content());
        }
        Set<Integer> rewritten = new HashSet<>();
        while (rewritten.size() < REWRITES) {
            rewritten.add(random.nextInt(ARTICLES));
        }
        for (int i : rewritten) {
            CorpusGenerator.Post p = generator.post(i);
            String name = Path.of(p.sourcePath()).getFileName().toString().replace(".md", "@rewrite.md");
            byte[] more = ("\n\n<p>更新：第" + i + "号文章补充了一段新的内容。</p>\n").getBytes(StandardCharsets.UTF_8);
            byte[] content = new byte[p.content().length + more.length];
            System.arraycopy(p.content(), 0, content, 0, p.content().length);
            System.arraycopy(more, 0, content, p.content().length, more.length);
            Files.write(dir.resolve(name), content);
        }
        for (int i = 0; i < POISON; i++) {
            Files.write(dir.resolve(String.format("2021-06-01-poison-%03d.md", i)),
                    ("---\ntitle: \"坏" + i + "\"\ndate: 2021-06-01 10:00:00 +0800\n---\n").getBytes(StandardCharsets.UTF_8));
            Files.write(dir.resolve(String.format("2021-06-01-poison-%03d.md", i)), new byte[] {'-', '-', '-', '\n', (byte) 0xC3, 0x28, '\n'},
                    java.nio.file.StandardOpenOption.APPEND);
        }
        return dir;
    }

    private static void awaitUntil(java.util.concurrent.Callable<Boolean> done, Service... services) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(6).toNanos();
        while (!done.call()) {
            for (Service s : services) {
                s.ensureRunning();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the services did not catch up within 6 minutes");
            }
            Thread.sleep(500);
        }
    }

    /** A stage running as its own JVM, as `newsflow enrich` / `newsflow sink` would. */
    private static final class Service {
        private final String stage;
        private final String bootstrap;
        private final Path dataDir;
        private Process process;

        Service(String stage, String bootstrap, Path dataDir) {
            this.stage = stage;
            this.bootstrap = bootstrap;
            this.dataDir = dataDir;
        }

        synchronized void start() throws Exception {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            process = new ProcessBuilder(java, "-Xmx384m", "-XX:+UseSerialGC", "-Dorg.apache.avro.SERIALIZABLE_PACKAGES=io.newsflow.schema",
                    "-cp", System.getProperty("java.class.path"), "io.newsflow.cli.NewsflowCommand", stage,
                    "--bootstrap-servers", bootstrap, "--data-dir", dataDir.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(Path.of(System.getProperty("java.io.tmpdir"), "newsflow-crash-" + stage + ".log").toFile()))
                    .start();
        }

        /** SIGKILL: no shutdown hook, no commit, no goodbye to the group. */
        synchronized void kill() throws Exception {
            if (process != null) {
                process.destroyForcibly().waitFor();
            }
        }

        synchronized void ensureRunning() throws Exception {
            if (process == null || !process.isAlive()) {
                start();
            }
        }
    }
}
