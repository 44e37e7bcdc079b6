package io.newsflow.cli;

import io.newsflow.enrich.SamplePosts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.enrich.Enricher;
import io.newsflow.enrich.tickers.LearnedNames;
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
        Path archive = copyArchive(work.resolve("archive"));
        Path bad = Files.createDirectories(work.resolve("bad"));
        Files.writeString(bad.resolve("2021-12-08-202112089999999999.md"), "this post lost its front matter\n");
        Path versions = writeOtherVersions();
        KafkaSettings kafka = KafkaSettings.of(bootstrapServers());
        PipelineRun pipeline = new PipelineRun(kafka, work.resolve("state"), Duration.ofMinutes(3), QUIET);

        RunSummary first = pipeline.run(List.of(archive, bad, versions), false);

        long posts = countPosts(archive);
        assertThat(first.ingested()).isEqualTo(posts + 1 + 3);
        assertThat(first.skippedFiles()).isEqualTo(1); // SOURCES.tsv
        assertThat(first.deadLetters()).isEqualTo(1);
        assertThat(first.deadLetterReasons()).containsExactly(Map.entry("NO_FRONT_MATTER", 1L));
        // Two posts of the sample are rewritten versions of one article, and one of the extra versions
        // rewrites the seed: updates, not new articles. The feed digest and the CRLF copy add nothing.
        assertThat(first.updates()).isEqualTo(3);
        assertThat(first.newArticles()).isEqualTo(posts - 2);
        assertThat(first.enriched()).isEqualTo(posts + 1);
        assertThat(first.duplicates()).isEqualTo(2);
        assertThat(first.searchDocuments()).isEqualTo(first.enriched());
        assertThat(first.unaccounted()).isZero();

        // news.enriched holds exactly one first revision per article, and the updates.
        List<EnrichedArticle> enrichedRecords = readAll(kafka, Topics.ENRICHED).stream()
                .map(r -> NewsflowSerdes.enrichedArticle().decode(r.value())).toList();
        Map<String, Long> firstRevisions = new HashMap<>();
        enrichedRecords.stream().filter(a -> a.getRevision() == 1).forEach(a -> firstRevisions.merge(a.getId(), 1L, Long::sum));
        assertThat(firstRevisions).hasSize((int) posts - 2).allSatisfy((id, n) -> assertThat(n).isEqualTo(1));
        assertThat(enrichedRecords.stream().filter(a -> a.getRevision() > 1)).hasSize(3);
        EnrichedArticle seedRevision = enrichedRecords.stream()
                .filter(a -> a.getId().equals("202203272324148410") && a.getRevision() == 2).findFirst().orElseThrow();
        assertThat(seedRevision.getText()).contains("（更新）");

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

        // `newsflow extract` prints exactly what the pipeline wrote for the same file: every first revision.
        Map<String, EnrichedArticle> firstBySource = new HashMap<>();
        enrichedRecords.stream().filter(a -> a.getRevision() == 1).forEach(a -> firstBySource.put(a.getSourcePath(), a));
        int compared = 0;
        for (PostFiles.PostFile post : PostFiles.list(List.of(archive)).posts()) {
            ObjectNode extracted = ExtractCommand.extract(new Enricher(), new LearnedNames(), post);
            extracted.remove("source");
            EnrichedArticle fromKafka = firstBySource.get(post.sourcePath());
            if (fromKafka != null) {
                assertThat(extracted).as(post.sourcePath()).isEqualTo(RecordJson.toJson(fromKafka));
                compared++;
            }
        }
        assertThat(compared).isEqualTo((int) posts - 2);

        Map<TopicPartition, Long> searchEndAfterFirst = searchEnd(kafka);
        RunSummary second = pipeline.run(List.of(archive, bad, versions), false);
        assertThat(second.ingested()).isEqualTo(posts + 1 + 3);
        assertThat(second.enriched()).isZero();
        assertThat(second.deadLetters()).isZero();
        assertThat(second.duplicates()).isEqualTo(posts + 1 + 3);
        assertThat(second.searchDocuments()).isZero();
        assertThat(second.unaccounted()).isZero();
        // Nothing at all was written to news.search (its older revisions may have been compacted away meanwhile).
        assertThat(searchEnd(kafka)).isEqualTo(searchEndAfterFirst);
    }

    /**
     * Three more versions of articles in the sample: the feed's digest post of the seed article (adds
     * nothing to the full text seen before it), the seed rewritten with a changed paragraph (an
     * update), and a sample post copied with CRLF line endings under another path (a duplicate).
     */
    private Path writeOtherVersions() throws Exception {
        Path dir = Files.createDirectories(work.resolve("versions"));
        Files.writeString(dir.resolve("2022-03-27-202203272324148410.md"), "---\nlayout: post\n"
                + "title: \"商汤集团首份年报：去年营收同比增三成超市场预期 “虚实融合”蓄力业绩增长动能\"\n"
                + "date: 2022-03-27 22:02:05 +0800\ncategories: emnews\ntags: 东财滚动新闻\n---\n\n"
                + "商汤集团发布上市以来首份年报，2021年实现营业收入47亿元，同比增长36.4%。\n\n"
                + "<http://finance.eastmoney.com/a/202203272324148410.html>\n\n[返回东财滚动新闻](../emnews/)\n");
        String seed = Files.readString(SamplePosts.dir().resolve("seed.md"));
        Files.writeString(dir.resolve("2022-03-27-NW202203272324148410.md"),
                seed.replace("<p class=\"em_media\">", "<p>（更新）公司补充披露了研发投入。</p><p class=\"em_media\">"));
        String sample = "zning1994__finews__old_post__2021-12-08-202112082206672930.md";
        Files.writeString(dir.resolve("copy-" + sample),
                Files.readString(SamplePosts.dir().resolve(sample)).replace("\n", "\r\n"));
        return dir;
    }

    private static Map<TopicPartition, Long> searchEnd(KafkaSettings kafka) {
        try (Admin admin = TopicAdmin.open(kafka)) {
            return new TopicOffsets(admin, kafka).committedEnd(Topics.SEARCH);
        }
    }

    /** Copies the example archive into {@code target} (created), for a test to add to or change. */
    static Path copyArchive(Path target) throws Exception {
        Files.createDirectories(target);
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
