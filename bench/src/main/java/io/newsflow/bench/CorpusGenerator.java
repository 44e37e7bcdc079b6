package io.newsflow.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Generates benchmark posts from the real sample posts: each variant keeps a sample's format and
 * size (the real mix of short digests and long HTML bodies) but gets its own article id, its own
 * publication time and rescaled figures, so no two variants are the same article. Deterministic
 * for a seed.
 */
public final class CorpusGenerator {
    /**
     * One generated post: the name it would have in an archive, its bytes, its body (after the front
     * matter), and the eastmoney id it was given (in its name, links and front matter).
     */
    public record Post(String sourcePath, byte[] content, String body, String eastmoneyId) {}

    private static final Pattern ID = Pattern.compile("(?<!\\d)20\\d{16}(?!\\d)");
    private static final Pattern DATE_LINE = Pattern.compile("(?m)^date:.*$");
    private static final Pattern FIGURE = Pattern.compile("(?<![\\d.])(\\d{1,6}(?:\\.\\d{1,3})?)(?=亿|万|%|元|美元|港元)");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final List<String> samples;

    private CorpusGenerator(List<String> samples) {
        this.samples = samples;
    }

    /** The sample posts under {@code dir} (*.md), in name order. */
    public static CorpusGenerator fromSamples(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<String> samples = new ArrayList<>();
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().toList()) {
                samples.add(Files.readString(p, StandardCharsets.UTF_8));
            }
            if (samples.isEmpty()) {
                throw new IllegalArgumentException("no sample posts (*.md) in " + dir);
            }
            return new CorpusGenerator(samples);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sample posts in " + dir + ": " + e.getMessage(), e);
        }
    }

    public int samples() {
        return samples.size();
    }

    /** Variant number {@code i}: sample {@code i % samples}, with its own id, time and figures. */
    public Post post(long i) {
        Random random = new Random(i * 0x9E3779B97F4A7C15L);
        String text = samples.get((int) (i % samples.size()));
        LocalDateTime at = LocalDateTime.of(2021, 1, 1, 0, 0).plusMinutes(3 * i + random.nextInt(30));
        String id = at.format(DateTimeFormatter.ofPattern("yyyyMMdd")) + String.format("%010d", i % 10_000_000_000L);
        text = ID.matcher(text).replaceAll(id);
        text = DATE_LINE.matcher(text).replaceFirst("date: " + at.format(DATE) + " +0800");
        Matcher m = FIGURE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            BigDecimal v = new BigDecimal(m.group(1));
            BigDecimal factor = BigDecimal.valueOf(50 + random.nextInt(101), 2);
            m.appendReplacement(out, v.multiply(factor).setScale(Math.max(0, v.scale()), RoundingMode.HALF_UP).toPlainString());
        }
        m.appendTail(out);
        String post = out.toString();
        int end = post.indexOf("\n---", 3);
        String body = end < 0 ? post : post.substring(end + 4);
        return new Post("_posts/" + at.toLocalDate() + "-" + id + ".md", post.getBytes(StandardCharsets.UTF_8), body, id);
    }

    /** The first {@code n} variants. */
    public List<Post> posts(int n) {
        List<Post> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(post(i));
        }
        return out;
    }
}
