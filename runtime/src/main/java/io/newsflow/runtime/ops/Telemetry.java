package io.newsflow.runtime.ops;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.runtime.StreamsService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The process's metrics: a Prometheus registry joined to Micrometer's global registry (where the
 * pipeline's counters are recorded, see {@link PipelineMeters}), JVM metrics, and the Kafka
 * client and Streams metrics of every service bound to it. One per process.
 */
public final class Telemetry implements AutoCloseable {
    private final PrometheusMeterRegistry registry;
    private final List<KafkaStreamsMetrics> streamsBinders = new ArrayList<>();
    private final JvmGcMetrics gc = new JvmGcMetrics();
    /** Looks for new Kafka metrics (partitions assigned after a rebalance) every few seconds instead of every minute. */
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "newsflow-kafka-metrics-refresh");
        t.setDaemon(true);
        return t;
    });
    static final Duration KAFKA_METRICS_REFRESH = Duration.ofSeconds(10);

    public Telemetry(String service) {
        registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.config().commonTags("service", service);
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        Metrics.addRegistry(registry);
    }

    /** Publishes the Streams app's metrics: its consumers (records-lag per partition), producers, tasks and stores. */
    public synchronized void bind(StreamsService service) {
        KafkaStreamsMetrics binder = new KafkaStreamsMetrics(service.streams(), List.of(), refresher, KAFKA_METRICS_REFRESH);
        binder.bindTo(registry);
        streamsBinders.add(binder);
    }

    /** The Prometheus text exposition of every meter. */
    public String scrape() {
        return registry.scrape();
    }

    @Override
    public synchronized void close() {
        streamsBinders.forEach(KafkaStreamsMetrics::close);
        refresher.shutdownNow();
        gc.close();
        Metrics.removeRegistry(registry);
        registry.close();
    }
}
