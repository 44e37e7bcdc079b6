package io.newsflow.cli;

import io.newsflow.runtime.ops.OpsServer;
import io.newsflow.runtime.ops.Telemetry;
import io.newsflow.runtime.StreamsService;
import java.io.IOException;
import java.util.List;
import picocli.CommandLine.Option;

/** Where a long-running command serves its metrics and health checks. */
final class OpsOptions {
    @Option(names = "--metrics-port", paramLabel = "PORT",
            description = "Serve Prometheus metrics on http://HOST:PORT/metrics and health on /health/live and /health/ready "
                    + "(default: off; 0 picks a free port and logs it).")
    Integer metricsPort;

    @Option(names = "--metrics-host", paramLabel = "HOST", defaultValue = "0.0.0.0",
            description = "Address the metrics port listens on (default: ${DEFAULT-VALUE}).")
    String metricsHost;

    /** The running endpoint; without --metrics-port one that serves nothing and ignores what it is told. */
    Endpoint start(String service) {
        if (metricsPort == null) {
            return Endpoint.OFF;
        }
        if (metricsPort < 0 || metricsPort > 65_535) {
            throw new UserException("--metrics-port: " + metricsPort + " is not a port (0–65535)");
        }
        Telemetry telemetry = new Telemetry(service);
        try {
            OpsServer server = OpsServer.start(metricsHost, metricsPort, telemetry);
            System.err.printf("Metrics on http://%s:%d/metrics, health on /health/live and /health/ready%n",
                    metricsHost.equals("0.0.0.0") ? "localhost" : metricsHost, server.port());
            return new Endpoint(telemetry, server);
        } catch (IOException e) {
            telemetry.close();
            throw new UserException("--metrics-port: cannot listen on " + metricsHost + ":" + metricsPort + ": " + e.getMessage());
        }
    }

    /** The telemetry and its HTTP server, closed together; {@link #OFF} when metrics are not served. */
    static final class Endpoint implements AutoCloseable {
        static final Endpoint OFF = new Endpoint(null, null);

        private final Telemetry telemetry;
        private final OpsServer server;

        private Endpoint(Telemetry telemetry, OpsServer server) {
            this.telemetry = telemetry;
            this.server = server;
        }

        /** Reports these Streams apps' states in health and their Kafka metrics. */
        void register(List<StreamsService> apps) {
            if (server != null) {
                apps.forEach(server::register);
            }
        }

        /** The process has started its work: readiness may turn 200. */
        void started() {
            if (server != null) {
                server.started();
            }
        }

        @Override
        public void close() {
            if (server != null) {
                server.close();
                telemetry.close();
            }
        }
    }
}
