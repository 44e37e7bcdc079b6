package io.newsflow.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.Counter;
import io.newsflow.enrich.PostKeys;
import io.newsflow.runtime.KafkaSettings;
import io.newsflow.runtime.ops.PipelineMeters;
import io.newsflow.schema.RecordJson;
import io.newsflow.schema.SourceKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Polls RSS, Atom and JSON list feeds and publishes their new items to news.raw as posts
 * (replay=false, source kind FEED). Requests are conditional (ETag, Last-Modified), time out,
 * are retried with exponential backoff on errors and 5xx/429, and keep a minimum interval per
 * host. Redirects are followed only to http and https URLs. Ids already published are remembered
 * (the last {@value #REMEMBERED_IDS} per feed) in a state file, across restarts.
 */
public final class FeedPoller implements AutoCloseable {
    /**
     * @param timeout         connect and response timeout of one request
     * @param retries         further attempts after a failed one
     * @param backoff         wait before the first retry; doubled for each next one
     * @param perHostInterval least time between two requests to one host
     */
    public record Options(Duration timeout, int retries, Duration backoff, Duration perHostInterval, FeedMapping mapping) {}

    /** What one poll of one feed did; {@code error} is null when it worked. */
    public record Result(String url, int status, int newItems, int knownItems, String error) {}

    static final int REMEMBERED_IDS = 20_000;
    private static final int MAX_BODY_BYTES = 20 * 1024 * 1024;
    private static final int MAX_REDIRECTS = 5;

    private final Counter published = PipelineMeters.ingested("feed");
    private final Path stateDir;
    private final Clock clock;
    private final Options options;
    private final HttpClient http;
    private final Producer<byte[], byte[]> producer;
    private final Map<String, Long> lastRequest = new HashMap<>();

    public FeedPoller(KafkaSettings kafka, Path stateDir, Clock clock, Options options) {
        this.stateDir = stateDir;
        this.clock = clock;
        this.options = options;
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(options.timeout()).build();
        this.producer = new KafkaProducer<>(kafka.withDefaults(ArchiveReplay.producerDefaults()), new ByteArraySerializer(),
                new ByteArraySerializer());
    }

    /** Polls every feed once. */
    public List<Result> pollOnce(List<String> urls) throws InterruptedException {
        List<Result> results = new ArrayList<>();
        for (String url : urls) {
            results.add(poll(url));
        }
        producer.flush();
        return results;
    }

    private Result poll(String url) throws InterruptedException {
        Path stateFile = stateDir.resolve(ReplayCheckpoint.shortHash(url) + ".json");
        FeedState state = FeedState.load(stateFile);
        Response response;
        try {
            response = fetch(URI.create(url), state);
        } catch (IOException e) {
            return new Result(url, 0, 0, 0, e.getMessage());
        }
        if (response.status() == 304) {
            return new Result(url, 304, 0, 0, null);
        }
        if (response.status() != 200) {
            return new Result(url, response.status(), 0, 0, "HTTP " + response.status());
        }
        List<FeedItem> items;
        try {
            items = FeedParser.parse(response.body(), options.mapping());
        } catch (IOException | RuntimeException e) {
            return new Result(url, 200, 0, 0, "unreadable feed: " + e.getMessage());
        }
        int fresh = 0;
        int known = 0;
        String feedName = URI.create(url).getHost();
        Instant now = clock.instant();
        for (FeedItem item : items) {
            if (item.id().isEmpty() || state.seen.contains(item.id())) {
                known++;
                continue;
            }
            publish(item, feedName, url, now);
            state.remember(item.id());
            fresh++;
        }
        producer.flush(); // acknowledged before remembered: a crash republishes, never loses
        state.etag = response.etag();
        state.lastModified = response.lastModified();
        state.save(stateFile);
        return new Result(url, 200, fresh, known, null);
    }

    private void publish(FeedItem item, String feedName, String feedUrl, Instant now) {
        byte[] post = FeedPosts.post(item, feedName, now);
        String sourcePath = "feed/" + feedName + "/" + item.id().replaceAll("[^0-9A-Za-z._-]", "_");
        ProducerRecord<byte[], byte[]> record = RawRecords.record(sourcePath, post, PostKeys.of(sourcePath, post), SourceKind.FEED,
                false, now);
        record.headers().add("newsflow.feed.url", feedUrl.getBytes(StandardCharsets.UTF_8));
        producer.send(record, (m, error) -> {
            if (error == null) {
                published.increment();
            }
        });
    }

    private record Response(int status, byte[] body, String etag, String lastModified) {}

    /** One conditional GET with retries, backoff, the per-host interval and safe redirects. */
    private Response fetch(URI uri, FeedState state) throws IOException, InterruptedException {
        IOException last = null;
        Duration wait = options.backoff();
        for (int attempt = 0; attempt <= options.retries(); attempt++) {
            if (attempt > 0) {
                Thread.sleep(wait.toMillis());
                wait = wait.multipliedBy(2);
            }
            try {
                Response r = follow(uri, state);
                if (r.status() >= 500 || r.status() == 429) {
                    last = new IOException("HTTP " + r.status() + " from " + uri);
                    continue;
                }
                return r;
            } catch (IOException e) {
                last = new IOException(e.getClass().getSimpleName() + " from " + uri + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
            }
        }
        throw last;
    }

    private Response follow(URI start, FeedState state) throws IOException, InterruptedException {
        URI uri = start;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
                throw new IOException("refusing " + uri.getScheme() + " URL " + uri + " (only http and https are fetched)");
            }
            pace(uri.getHost());
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(options.timeout()).GET()
                    .header("User-Agent", "newsflow-ingest").header("Accept", "application/rss+xml, application/atom+xml, application/json, */*");
            if (hop == 0 && state.etag != null) {
                request.header("If-None-Match", state.etag);
            }
            if (hop == 0 && state.lastModified != null) {
                request.header("If-Modified-Since", state.lastModified);
            }
            HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                response.body().close();
                String location = response.headers().firstValue("Location")
                        .orElseThrow(() -> new IOException("HTTP " + status + " without a Location from " + start));
                uri = uri.resolve(location);
                continue;
            }
            byte[] body;
            try (InputStream in = response.body()) {
                body = in.readNBytes(MAX_BODY_BYTES + 1);
            }
            if (body.length > MAX_BODY_BYTES) {
                throw new IOException("the feed is larger than " + MAX_BODY_BYTES + " bytes");
            }
            return new Response(status, body, response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Last-Modified").orElse(null));
        }
        throw new IOException("more than " + MAX_REDIRECTS + " redirects from " + start);
    }

    private void pace(String host) throws InterruptedException {
        long now = System.nanoTime();
        Long previous = lastRequest.get(host);
        if (previous != null) {
            long wait = previous + options.perHostInterval().toNanos() - now;
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
        }
        lastRequest.put(host, System.nanoTime());
    }

    @Override
    public void close() {
        producer.close();
    }

    /** Per-feed memory: validators for conditional requests and the ids already published. */
    private static final class FeedState {
        String etag;
        String lastModified;
        final Set<String> seen = new LinkedHashSet<>();

        void remember(String id) {
            seen.add(id);
            if (seen.size() > REMEMBERED_IDS) {
                var it = seen.iterator();
                it.next();
                it.remove();
            }
        }

        static FeedState load(Path file) {
            FeedState s = new FeedState();
            if (!Files.exists(file)) {
                return s;
            }
            try {
                JsonNode root = RecordJson.MAPPER.readTree(file.toFile());
                s.etag = root.path("etag").asText(null);
                s.lastModified = root.path("last_modified").asText(null);
                root.path("seen").forEach(id -> s.seen.add(id.asText()));
            } catch (IOException e) {
                throw new UncheckedIOException("the feed state " + file + " is unreadable; delete it to start over", e);
            }
            return s;
        }

        void save(Path file) {
            try {
                ObjectNode root = RecordJson.MAPPER.createObjectNode();
                root.put("etag", etag).put("last_modified", lastModified);
                seen.forEach(root.putArray("seen")::add);
                StateFiles.write(file, RecordJson.MAPPER.writeValueAsBytes(root));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the feed state " + file + ": " + e.getMessage(), e);
            }
        }
    }
}
