package se.linkoping.samverkan.benchmark;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import se.linkoping.samverkan.SamverkanApplication;

/**
 * Measures incident intake as partners' systems load it: the whole application on an in-memory H2
 * database, reports sent over HTTP by concurrent clients, each one a process instance and a row.
 * Prints throughput, latency percentiles and memory; asserts nothing (run: see README, Benchmarks).
 * Numbers on a shared 2-core machine vary: compare runs on the same machine only.
 */
public final class IntakeBenchmark {

    private static final int WARM_UP = 200;
    private static final int REPORTS = Integer.getInteger("reports", 2000);
    private static final int CLIENTS = Integer.getInteger("clients", 4);

    private IntakeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SamverkanApplication.class).run(
                "--spring.profiles.active=h2,demo",
                "--spring.datasource.url=jdbc:h2:mem:benchmark;DB_CLOSE_DELAY=-1",
                // the demo users, without the simulated quarter: the benchmark measures intake on an empty database
                "--samverkan.demo.simulate=false",
                "--server.port=0", "--logging.level.root=WARN")) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            HttpClient http = HttpClient.newHttpClient();
            String auth = "Basic " + Base64.getEncoder()
                    .encodeToString("demo-partner-systems:demo".getBytes(StandardCharsets.UTF_8));
            URI uri = URI.create("http://localhost:" + port + "/api/incident-reports");

            send(http, uri, auth, WARM_UP, CLIENTS);
            System.gc();
            long start = System.nanoTime();
            List<Long> latencies = send(http, uri, auth, REPORTS, CLIENTS);
            double seconds = (System.nanoTime() - start) / 1e9;

            Collections.sort(latencies);
            System.out.printf("%nIncident intake over HTTP: %d reports, %d clients%n", REPORTS, CLIENTS);
            System.out.printf("  throughput  %.0f reports/s%n", REPORTS / seconds);
            System.out.printf("  latency     p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n", percentile(latencies, 50),
                    percentile(latencies, 95), percentile(latencies, 99));
            var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
            System.out.printf("  heap used   %d MB of %d MB committed%n", heap.getUsed() >> 20, heap.getCommitted() >> 20);
            System.out.printf("  resident    %s%n", residentMemory());
        }
    }

    private static List<Long> send(HttpClient http, URI uri, String auth, int count, int clients) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Long>> results = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            results.add(pool.submit(() -> {
                HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", auth)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(report())).build();
                long t0 = System.nanoTime();
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 201) {
                    throw new IllegalStateException("Unexpected " + response.statusCode() + ": " + response.body());
                }
                return System.nanoTime() - t0;
            }));
        }
        List<Long> latencies = new ArrayList<>();
        for (Future<Long> result : results) {
            latencies.add(result.get());
        }
        pool.shutdown();
        return latencies;
    }

    private static String report() {
        return """
                {"district":"skaggetorp","place":"Gillbergska gatan 12","category":"skadegorelse",
                 "occurredAt":"%s","description":"Klotter på fasaden.","source":"bostadsbolag",
                 "externalReference":"BENCH-%s"}""".formatted(
                OffsetDateTime.now().minusHours(2).truncatedTo(ChronoUnit.SECONDS), UUID.randomUUID());
    }

    private static double percentile(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100)) / 1e6;
    }

    private static String residentMemory() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS"))
                    .map(l -> l.replace("VmRSS:", "").strip()).findFirst().orElse("unknown");
        } catch (java.io.IOException notLinux) {
            return "unknown";
        }
    }
}
