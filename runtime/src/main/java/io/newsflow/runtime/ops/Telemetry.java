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
import java.util.ArrayList;
import java.util.List;

/**
 * The process's metrics: a Prometheus registry joined to Micrometer's global registry (where the
 * pipeline's counters are recorded, see {@link PipelineMeters}), JVM metrics, and the Kafka
 * client and Streams metrics of every service bound to it. One per process.
 */
public final class Telemetry implements AutoCloseable {
    private final PrometheusMeterRegistry registry;
    private final List<KafkaStreamsMetrics> streamsBinders = new ArrayList<>();
    private final JvmGcMetrics gc = new JvmGcMetrics();

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
        KafkaStreamsMetrics binder = new KafkaStreamsMetrics(service.streams());
        binder.bindTo(registry);
        streamsBinders.add(binder);
    }

    /** The Prometheus text exposition of every meter. */
    public String scrape() {
        return registry.scrape();
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    @Override
    public synchronized void close() {
        streamsBinders.forEach(KafkaStreamsMetrics::close);
        gc.close();
        Metrics.removeRegistry(registry);
        registry.close();
    }
}
