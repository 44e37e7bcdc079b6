package io.newsflow.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.enrich.Enricher;
import io.newsflow.enrich.EnrichmentOutcome;
import io.newsflow.enrich.PostInput;
import io.newsflow.ingest.PostFiles;
import io.newsflow.schema.RecordJson;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import io.newsflow.enrich.tickers.LearnedNames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {
                "Run the enrichment on posts without Kafka and print one JSON object per post on stdout: the enriched "
                        + "article exactly as the pipeline writes it to news.enriched, or its dead letter.",
                "Company names that one post's markup pairs with a code are learned for the posts after it, as in the pipeline.",
                "Each object names its input in \"source\"."},
        footer = {"", "Examples:", "  ./newsflow extract examples/archive/seed.md",
                "  ./newsflow extract examples/archive | jq -r 'select(.dead_letter) | .source'%n"})
final class ExtractCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE|DIR", arity = "1..*",
            description = "Post files (any name) or directories (searched recursively for *.md and *.markdown).")
    List<Path> paths;

    @Mixin
    NameOptions names;

    @Override
    public Integer call() throws IOException {
        Enricher enricher = names.enricher();
        LearnedNames learned = new LearnedNames();
        List<PostFiles.PostFile> files = new ArrayList<>();
        Inputs.requireExisting(paths);
        for (Path path : paths) {
            if (Files.isRegularFile(path)) {
                files.add(new PostFiles.PostFile(path, path.getFileName().toString()));
            } else {
                files.addAll(PostFiles.list(List.of(path)).posts());
            }
        }
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        for (PostFiles.PostFile file : files) {
            out.println(RecordJson.MAPPER.writeValueAsString(extract(enricher, learned, file)));
        }
        out.flush();
        return 0;
    }

    /** One post as JSON; names its markup pairs with codes are learned for the posts after it, as the pipeline does. */
    static ObjectNode extract(Enricher enricher, LearnedNames learned, PostFiles.PostFile file) throws IOException {
        ObjectNode json = RecordJson.MAPPER.createObjectNode();
        json.put("source", file.path().toString());
        EnrichmentOutcome outcome = enricher.enrich(new PostInput(file.sourcePath(), Files.readAllBytes(file.path())),
                learned.dictionaries());
        if (outcome instanceof EnrichmentOutcome.Article article) {
            article.namePairs().forEach(learned::add);
            json.setAll(RecordJson.toJson(article.article()));
        } else {
            EnrichmentOutcome.Rejected rejected = (EnrichmentOutcome.Rejected) outcome;
            json.putObject("dead_letter").put("reason", rejected.reason().name()).put("message", rejected.message());
        }
        return json;
    }
}
