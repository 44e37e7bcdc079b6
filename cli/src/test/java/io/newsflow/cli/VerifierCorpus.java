package io.newsflow.cli;

import io.newsflow.bench.CorpusGenerator;
import io.newsflow.enrich.SamplePosts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The input of the exactly-once verifiers: generated articles, byte-for-byte copies of some under
 * other file names (duplicates), rewritten versions of others (a second revision), and posts that
 * are not UTF-8 (dead letters). Knows how many of each the pipeline must report.
 */
record VerifierCorpus(Path dir, int articles, int duplicates, int rewrites, int poison, Set<String> expectedRevisions,
                      Set<String> poisonFiles) {

    int posts() {
        return articles + duplicates + rewrites + poison;
    }

    int revisions() {
        return articles + rewrites;
    }

    /** Writes the corpus into {@code dir}; deterministic for given sizes. */
    static VerifierCorpus write(Path dir, int articles, int duplicates, int rewrites, int poison) throws Exception {
        Files.createDirectories(dir);
        CorpusGenerator generator = CorpusGenerator.fromSamples(SamplePosts.dir());
        Random random = new Random(7);
        List<String> ids = new ArrayList<>(articles);
        for (int i = 0; i < articles; i++) {
            CorpusGenerator.Post p = generator.post(i);
            Files.write(dir.resolve(fileName(p)), p.content());
            ids.add(p.eastmoneyId());
        }
        for (int i = 0; i < duplicates; i++) {
            CorpusGenerator.Post p = generator.post(random.nextInt(articles));
            Files.write(dir.resolve("copy-" + i + "-" + fileName(p)), p.content());
        }
        Set<Integer> rewritten = new HashSet<>();
        while (rewritten.size() < rewrites) {
            rewritten.add(random.nextInt(articles));
        }
        Set<String> expected = new HashSet<>();
        for (int i = 0; i < articles; i++) {
            expected.add(ids.get(i) + "#1");
            if (rewritten.contains(i)) {
                expected.add(ids.get(i) + "#2");
            }
        }
        Set<String> poisonFiles = new HashSet<>();
        for (int i : rewritten) {
            CorpusGenerator.Post p = generator.post(i);
            Files.write(dir.resolve(fileName(p).replace(".md", "@rewrite.md")), p.content());
            Files.write(dir.resolve(fileName(p).replace(".md", "@rewrite.md")),
                    ("\n\n<p>更新：第" + i + "号文章补充了一段新的内容。</p>\n").getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
        }
        for (int i = 0; i < poison; i++) {
            Path file = dir.resolve(String.format("2021-06-01-poison-%03d.md", i));
            poisonFiles.add(file.getFileName().toString());
            Files.write(file, ("---\ntitle: \"坏" + i + "\"\ndate: 2021-06-01 10:00:00 +0800\n---\n").getBytes(StandardCharsets.UTF_8));
            Files.write(file, new byte[] {'-', '-', '-', '\n', (byte) 0xC3, 0x28, '\n'}, StandardOpenOption.APPEND);
        }
        return new VerifierCorpus(dir, articles, duplicates, rewrites, poison, expected, poisonFiles);
    }

    private static String fileName(CorpusGenerator.Post p) {
        return Path.of(p.sourcePath()).getFileName().toString();
    }
}
