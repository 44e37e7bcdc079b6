package io.newsflow.cli;

import io.newsflow.enrich.SamplePosts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.enrich.Enricher;
import io.newsflow.ingest.PostFiles;
import io.newsflow.runtime.KafkaSettings;
import io.newsflow.runtime.TopicAdmin;
import io.newsflow.runtime.TopicOffsets;
import io.newsflow.schema.DeadLetter;
import io.newsflow.schema.EnrichedArticle;
import io.newsflow.schema.NewsflowSerdes;
import io.newsflow.schema.RecordJson;
import io.newsflow.schema.Topics;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline over the bundled real posts plus a broken one, against a real broker:
 * what arrives in news.search and news.dlq, the run's accounting, and a second run over the same
 * posts adding nothing. Subclasses say which broker.
 */
abstract class AbstractPipelineIT {
    @TempDir
    Path work;

    protected abstract String bootstrapServers();

    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    @Test
    void runsTheArchiveThroughKafkaAndASecondRunAddsNothing() throws Exception {
        Path archive = copyArchive();
        Path bad = Files.createDirectories(work.resolve("bad"));
        Files.writeString(bad.resolve("2021-12-08-202112089999999999.md"), "this post lost its front matter\n");
        KafkaSettings kafka = KafkaSettings.of(bootstrapServers());
        PipelineRun pipeline = new PipelineRun(kafka, work.resolve("state"), Duration.ofMinutes(3), QUIET);

        RunSummary first = pipeline.run(List.of(archive, bad), false);

        long posts = countPosts(archive);
        assertThat(first.ingested()).isEqualTo(posts + 1);
        assertThat(first.skippedFiles()).isEqualTo(1); // SOURCES.tsv
        assertThat(first.deadLetters()).isEqualTo(1);
        assertThat(first.deadLetterReasons()).containsExactly(Map.entry("NO_FRONT_MATTER", 1L));
        // Two posts of the sample are rewritten versions of one article: they are updates, not new articles.
        assertThat(first.updates()).isEqualTo(2);
        assertThat(first.enriched()).isEqualTo(posts);
        assertThat(first.duplicates()).isZero();
        assertThat(first.searchDocuments()).isEqualTo(first.enriched());
        assertThat(first.unaccounted()).isZero();

        Map<String, JsonNode> latest = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> r : readAll(kafka, Topics.SEARCH)) {
            JsonNode doc = RecordJson.MAPPER.readTree(r.value());
            assertThat(new String(r.key(), StandardCharsets.UTF_8)).isEqualTo(doc.get("id").asText());
            latest.merge(doc.get("id").asText(), doc, (a, b) -> b.get("revision").asInt() > a.get("revision").asInt() ? b : a);
        }
        assertThat(latest).hasSize((int) posts - 2);
        assertThat(latest.get("202203272324148410").get("canonical_url").asText())
                .isEqualTo("https://finance.eastmoney.com/a/202203272324148410.html");
        assertThat(latest.get("202112082206928461").get("revision").asInt()).isEqualTo(3);

        List<ConsumerRecord<byte[], byte[]>> dlq = readAll(kafka, Topics.DLQ);
        assertThat(dlq).hasSize(1);
        DeadLetter letter = NewsflowSerdes.deadLetter().decode(dlq.get(0).value());
        assertThat(letter.getReason()).isEqualTo("NO_FRONT_MATTER");
        assertThat(letter.getSourcePath()).isEqualTo("bad/2021-12-08-202112089999999999.md");
        assertThat(NewsflowSerdes.rawArticle().decode(letter.getOriginalValue().array()).getContent().array())
                .isEqualTo(Files.readAllBytes(bad.resolve("2021-12-08-202112089999999999.md")));

        // `newsflow extract` prints exactly what the pipeline wrote for the same file.
        Path seed = archive.resolve("seed.md");
        ObjectNode extracted = ExtractCommand.extract(new Enricher(), PostFiles.list(List.of(archive)).posts().stream()
                .filter(p -> p.path().equals(seed)).findFirst().orElseThrow());
        extracted.remove("source");
        EnrichedArticle fromKafka = readAll(kafka, Topics.ENRICHED).stream()
                .map(r -> NewsflowSerdes.enrichedArticle().decode(r.value()))
                .filter(a -> a.getId().equals("202203272324148410")).findFirst().orElseThrow();
        assertThat(extracted).isEqualTo(RecordJson.toJson(fromKafka));

        Map<TopicPartition, Long> searchEndAfterFirst = searchEnd(kafka);
        RunSummary second = pipeline.run(List.of(archive, bad), false);
        assertThat(second.ingested()).isEqualTo(posts + 1);
        assertThat(second.enriched()).isZero();
        assertThat(second.deadLetters()).isZero();
        assertThat(second.duplicates()).isEqualTo(posts + 1);
        assertThat(second.searchDocuments()).isZero();
        assertThat(second.unaccounted()).isZero();
        // Nothing at all was written to news.search (its older revisions may have been compacted away meanwhile).
        assertThat(searchEnd(kafka)).isEqualTo(searchEndAfterFirst);
    }

    private static Map<TopicPartition, Long> searchEnd(KafkaSettings kafka) {
        try (Admin admin = TopicAdmin.open(kafka)) {
            return new TopicOffsets(admin, kafka).committedEnd(Topics.SEARCH);
        }
    }

    private Path copyArchive() throws Exception {
        Path target = Files.createDirectories(work.resolve("archive"));
        try (var files = Files.list(SamplePosts.dir())) {
            for (Path f : files.toList()) {
                Files.copy(f, target.resolve(f.getFileName()));
            }
        }
        return target;
    }

    private static long countPosts(Path dir) throws Exception {
        try (var files = Files.list(dir)) {
            return files.filter(PostFiles::isPost).count();
        }
    }

    static List<ConsumerRecord<byte[], byte[]>> readAll(KafkaSettings kafka, String topic) {
        try (Admin admin = TopicAdmin.open(kafka)) {
            TopicOffsets offsets = new TopicOffsets(admin, kafka);
            List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
            Map<TopicPartition, Long> end = offsets.committedEnd(topic);
            offsets.readRange(topic, Map.of(), end, records::add);
            return records;
        }
    }
}
