package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.runtime.KafkaSettings;
import io.newsflow.schema.DeadLetter;
import io.newsflow.schema.EnrichedArticle;
import io.newsflow.schema.NewsflowSerdes;
import io.newsflow.schema.RecordJson;
import io.newsflow.schema.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * What a read_committed reader finds on the output topics after a verifier run, compared with the
 * corpus: exactly the expected id#revision set, each once, in news.enriched and news.search,
 * exactly the poison posts, each once, in news.dlq, and no alert twice. Duplicates are what is
 * left ({@code in - enriched - dead letters}) and must equal the copies the corpus holds.
 * The broker must run with the log cleaner off, or compaction would hide older revisions.
 */
record DeliveryVerdict(String scenario, VerifierCorpus corpus, long ingested, Map<String, Integer> enriched,
                       Map<String, Integer> search, Map<String, Integer> deadLetters, Map<String, Integer> alerts) {
    /** Where every verifier appends its one-line verdict; {@code .ci/run} prints the file at the end. */
    static final Path VERDICTS = Path.of("target", "delivery-verdicts.txt");

    static DeliveryVerdict read(String scenario, VerifierCorpus corpus, long ingested, KafkaSettings kafka) throws Exception {
        Map<String, Integer> enriched = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> r : AbstractPipelineIT.readAll(kafka, Topics.ENRICHED)) {
            EnrichedArticle a = NewsflowSerdes.enrichedArticle().decode(r.value());
            enriched.merge(a.getId() + "#" + a.getRevision(), 1, Integer::sum);
        }
        Map<String, Integer> search = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> r : AbstractPipelineIT.readAll(kafka, Topics.SEARCH)) {
            var doc = RecordJson.MAPPER.readTree(r.value());
            search.merge(doc.get("id").asText() + "#" + doc.get("revision").asInt(), 1, Integer::sum);
        }
        Map<String, Integer> deadLetters = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> r : AbstractPipelineIT.readAll(kafka, Topics.DLQ)) {
            DeadLetter d = NewsflowSerdes.deadLetter().decode(r.value());
            deadLetters.merge(d.getSourcePath(), 1, Integer::sum);
        }
        Map<String, Integer> alerts = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> r : AbstractPipelineIT.readAll(kafka, Topics.ALERTS)) {
            var doc = RecordJson.MAPPER.readTree(r.value());
            alerts.merge(doc.get("rule").asText() + "|" + doc.path("article_id").asText() + "|" + doc.path("ticker").asText(), 1, Integer::sum);
        }
        return new DeliveryVerdict(scenario, corpus, ingested, enriched, search, deadLetters, alerts);
    }

    long enrichedRecords() {
        return sum(enriched);
    }

    long deadLetterRecords() {
        return sum(deadLetters);
    }

    long duplicates() {
        return ingested - enrichedRecords() - deadLetterRecords();
    }

    /** Expected revisions missing from news.enriched or news.search, plus poison posts missing from news.dlq. */
    long lost() {
        return missing(corpus.expectedRevisions(), enriched.keySet()) + missing(corpus.expectedRevisions(), search.keySet())
                + missing(corpus.poisonFiles(), deadLetterFiles());
    }

    /** Records for revisions or dead letters the corpus does not imply. */
    long unexpected() {
        return missing(enriched.keySet(), corpus.expectedRevisions()) + missing(search.keySet(), corpus.expectedRevisions())
                + missing(deadLetterFiles(), corpus.poisonFiles());
    }

    private Set<String> deadLetterFiles() {
        Set<String> files = new HashSet<>();
        deadLetters.keySet().forEach(path -> files.add(Path.of(path).getFileName().toString()));
        return files;
    }

    private static long missing(Set<String> wanted, Set<String> found) {
        return wanted.stream().filter(w -> !found.contains(w)).count();
    }

    /** Records beyond the first for any revision, dead letter or alert. */
    long doubled() {
        return extra(enriched) + extra(search) + extra(deadLetters) + extra(alerts);
    }

    boolean delivered() {
        return lost() == 0 && doubled() == 0 && unexpected() == 0 && ingested == corpus.posts() && duplicates() == corpus.duplicates();
    }

    String line() {
        return String.format("%s [%s]: %d in, %d enriched, %d duplicates, %d dead letters, %d search documents, %d alerts, %d lost, "
                        + "%d doubled, %d unexpected",
                delivered() ? "ALL-RECORDS-DELIVERED" : "DELIVERY-FAILED", scenario, ingested, enrichedRecords(), duplicates(),
                deadLetterRecords(), sum(search), sum(alerts), lost(), doubled(), unexpected());
    }

    /** Prints and records the verdict line, then asserts each part of it. */
    void check() throws Exception {
        record(line());
        assertThat(ingested).as("posts published by the replay").isEqualTo(corpus.posts());
        assertThat(enriched.keySet()).as("id#revision on news.enriched").isEqualTo(corpus.expectedRevisions());
        assertThat(extra(enriched)).as("revisions written twice to news.enriched").isZero();
        assertThat(search.keySet()).as("id#revision on news.search").isEqualTo(corpus.expectedRevisions());
        assertThat(extra(search)).as("search documents written twice").isZero();
        assertThat(deadLetterFiles()).as("poison posts on news.dlq").isEqualTo(corpus.poisonFiles());
        assertThat(extra(deadLetters)).as("dead letters written twice").isZero();
        assertThat(extra(alerts)).as("alerts raised twice").isZero();
        assertThat(duplicates()).as("in - enriched - dead letters").isEqualTo(corpus.duplicates());
    }

    /** Prints a verdict line and appends it to {@link #VERDICTS}. */
    static void record(String line) throws Exception {
        System.out.println(line);
        Files.createDirectories(VERDICTS.toAbsolutePath().getParent());
        Files.writeString(VERDICTS, line + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static long sum(Map<String, Integer> counts) {
        return counts.values().stream().mapToLong(Integer::longValue).sum();
    }

    private static long extra(Map<String, Integer> counts) {
        return counts.values().stream().mapToLong(c -> c - 1L).sum();
    }
}
