package io.newsflow.sink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import io.newsflow.enrich.Enricher;
import io.newsflow.enrich.EnrichmentOutcome;
import io.newsflow.enrich.PostInput;
import io.newsflow.enrich.SamplePosts;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every sample post's search document validates against the published schema, and a broken one does not. */
class SearchDocumentSchemaTest {
    private static Schema schema() throws Exception {
        try (InputStream in = SearchDocuments.class.getResourceAsStream("search-document.schema.json")) {
            return SchemaRegistry.withDefaultDialect(Dialects.getDraft202012()).getSchema(in);
        }
    }

    @Test
    void theDocumentsOfAllSamplePostsValidate() throws Exception {
        Schema schema = schema();
        Enricher enricher = new Enricher();
        int validated = 0;
        try (var files = Files.list(SamplePosts.dir())) {
            for (Path p : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                if (enricher.enrich(new PostInput(p.getFileName().toString(), Files.readAllBytes(p))) instanceof EnrichmentOutcome.Article a) {
                    JsonNode doc = SearchDocuments.of(a.article());
                    assertThat(schema.validate(doc)).as(p.getFileName().toString()).isEmpty();
                    validated++;
                }
            }
        }
        assertThat(validated).isGreaterThan(90);
    }

    @Test
    void aDocumentOutsideTheContractIsRejected() throws Exception {
        Schema schema = schema();
        try (var files = Files.list(SamplePosts.dir())) {
            Path seed = files.filter(f -> f.getFileName().toString().equals("seed.md")).findFirst().orElseThrow();
            var article = ((EnrichmentOutcome.Article) new Enricher().enrich(new PostInput("seed.md", Files.readAllBytes(seed)))).article();
            var doc = SearchDocuments.of(article);
            doc.put("published_at", "2022-03-27 22:02:05");
            doc.putObject("metrics").put("Revenue", "47亿");
            doc.put("surprise", true);
            List<?> errors = schema.validate(doc);
            assertThat(errors).hasSizeGreaterThanOrEqualTo(3);
        }
    }
}
