package se.linkoping.samverkan.benchmark;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Speed and memory of Samverkan, measured apart from the tests and never asserted in them: each figure
 * against its reference measured in the same run, on the embedded PostgreSQL and on H2, written as a
 * Markdown table to {@code target/benchmarks/} (see the README, Benchmarks). Each part of each database
 * gets an application of its own on an empty database.
 * <p>
 * Settings (system properties): {@code benchmark.parts} (tasklist, intake, weekly), {@code benchmark.databases}
 * (postgres, h2), {@code quick} (smaller sizes, fewer rounds), {@code benchmark.tasks} (open tasks of the
 * group, e.g. 1000,5000,20000), {@code benchmark.clients} (4,8), {@code benchmark.requests} (per round),
 * {@code benchmark.rounds}, {@code benchmark.week-reports}, {@code benchmark.history-per-week},
 * {@code benchmark.app-args} (the application's settings to compare, separated by commas).
 */
public final class BenchmarkSuite {

    /** What one run measures. */
    record Settings(List<String> parts, List<BenchmarkApp.Database> databases, boolean quick, List<Integer> taskSizes,
                    List<Integer> clients, int requests, int rounds, int warmUp, int insertSeconds, int repetitions,
                    long budgetMillis, int weekReports, int historyPerWeek, List<String> appArguments) {

        static Settings fromSystemProperties() {
            boolean quick = flag("quick");
            return new Settings(list("benchmark.parts", "tasklist,intake,weekly"),
                    list("benchmark.databases", "postgres,h2").stream()
                            .map(d -> BenchmarkApp.Database.valueOf(d.toUpperCase(Locale.ROOT))).toList(),
                    quick,
                    list("benchmark.tasks", quick ? "1000,5000" : "1000,5000,20000").stream().map(Integer::valueOf).toList(),
                    list("benchmark.clients", "4,8").stream().map(Integer::valueOf).toList(),
                    number("benchmark.requests", quick ? 200 : 600), number("benchmark.rounds", quick ? 1 : 3),
                    quick ? 50 : 200, quick ? 3 : 10, quick ? 3 : 5, quick ? 20_000 : 60_000,
                    number("benchmark.week-reports", quick ? 2000 : 10_000),
                    number("benchmark.history-per-week", quick ? 200 : 1000),
                    // a setting to compare, e.g. --camunda.bpm.authorization.authorization-check-revokes=never
                    list("benchmark.app-args", ""));
        }

        String shown() {
            return String.format(Locale.ROOT, "parts %s on %s%s; tasks %s; clients %s, %d requests × %d rounds; "
                            + "week %d reports, history %d a week; medians of up to %d runs within %d s",
                    parts, databases, quick ? " (quick)" : "", taskSizes, clients, requests, rounds, weekReports,
                    historyPerWeek, repetitions, budgetMillis / 1000)
                    + (appArguments.isEmpty() ? "" : "; application started with " + String.join(" ", appArguments));
        }

        private static boolean flag(String name) {
            String value = System.getProperty(name);
            return value != null && !value.equalsIgnoreCase("false");
        }

        private static List<String> list(String name, String fallback) {
            String value = System.getProperty(name);
            return Arrays.stream((value == null || value.isBlank() ? fallback : value).split(","))
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        private static int number(String name, int fallback) {
            String value = System.getProperty(name);
            return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
        }
    }

    private BenchmarkSuite() {
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromSystemProperties();
        Results results = new Results();
        System.out.println("Benchmark: " + settings.shown());
        int status = 0;
        for (String part : settings.parts()) {
            for (BenchmarkApp.Database database : settings.databases()) {
                try (BenchmarkApp app = BenchmarkApp.start(database, settings.appArguments().toArray(String[]::new))) {
                    switch (part) {
                        case "tasklist" -> new TasklistBenchmark(app, settings, results).run();
                        case "intake" -> new IntakeBenchmark(app, settings, results).run();
                        case "weekly" -> new WeeklyCompileBenchmark(app, settings, results).run();
                        default -> throw new IllegalArgumentException("No benchmark part " + part);
                    }
                } catch (Exception | Error failed) {
                    // the other parts still run; the table says what failed
                    failed.printStackTrace();
                    results.note("Failures", part + " on " + database.shown + ": " + failed);
                    status = 1;
                }
            }
        }
        Path written = results.write(settings.shown());
        System.out.println("\nWritten to " + written.toAbsolutePath());
        // the application's non-daemon threads would keep the JVM alive
        System.exit(status);
    }
}
