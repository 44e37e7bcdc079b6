package io.newsflow.runtime.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.newsflow.runtime.StreamsService;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator's HTTP port: {@code /metrics} (Prometheus text format), {@code /health/live} and
 * {@code /health/ready} (200 or 503 with a JSON body naming each app's state). Built on the JDK's
 * HTTP server: a scrape every few seconds needs nothing more.
 */
public final class OpsServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OpsServer.class);

    private final HttpServer server;
    private final Telemetry telemetry;
    private final List<StreamsService> apps = new CopyOnWriteArrayList<>();
    private final ExecutorService executor;
    /** Not ready until the process says its work has started (its Streams apps registered, its watcher running). */
    private volatile boolean started;

    private OpsServer(HttpServer server, Telemetry telemetry, ExecutorService executor) {
        this.server = server;
        this.telemetry = telemetry;
        this.executor = executor;
    }

    /** Starts serving on {@code host:port} (port 0: any free port). */
    public static OpsServer start(String host, int port, Telemetry telemetry) throws IOException {
        // A client that stalls mid-request must not hold a handler thread (and the liveness probe) for long.
        System.setProperty("sun.net.httpserver.maxReqTime", System.getProperty("sun.net.httpserver.maxReqTime", "10"));
        System.setProperty("sun.net.httpserver.maxRspTime", System.getProperty("sun.net.httpserver.maxRspTime", "10"));
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 16);
        ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "newsflow-ops-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        OpsServer ops = new OpsServer(server, telemetry, executor);
        server.createContext("/metrics", ex -> ops.respond(ex, 200, "text/plain; version=0.0.4; charset=utf-8", telemetry.scrape()));
        server.createContext("/health/live", ex -> {
            Health h = ops.health();
            ops.respond(ex, h.live() ? 200 : 503, "application/json", h.json());
        });
        server.createContext("/health/ready", ex -> {
            Health h = ops.health();
            ops.respond(ex, h.ready() ? 200 : 503, "application/json", h.json());
        });
        server.start();
        LOG.info("metrics on http://{}:{}/metrics, health on /health/live and /health/ready", host, ops.port());
        return ops;
    }

    /** Watches this app for health and publishes its Kafka metrics. */
    public void register(StreamsService app) {
        apps.add(app);
        telemetry.bind(app);
    }

    /** The process's work has started: from now on readiness follows the registered apps (or is true without any). */
    public void started() {
        started = true;
    }

    public Health health() {
        if (!started) {
            return new Health(true, false, Map.of("process", "STARTING"));
        }
        Map<String, KafkaStreams.State> states = new LinkedHashMap<>();
        for (StreamsService app : apps) {
            states.put(app.name(), app.state());
        }
        return Health.of(states);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
