package se.linkoping.samverkan.benchmark;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.lang.management.ManagementFactory;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Incident intake as partners' systems load it ({@code POST /api/incident-reports}, each report a process
 * instance and a row) against a bare start-to-end process started over the engine's REST API by the same
 * account, through the same HTTP Basic authentication; and both against single-row inserts into the same
 * database (a pgbench-like reference of what the database alone does).
 */
final class IntakeBenchmark {

    static final String SECTION = "Intake: partner API against a bare process start";
    private static final String BARE = "benchmark-bare-start";
    private static final String PARTNER = "demo-partner-systems";
    private static final String[] HISTORY_TABLES = {"ACT_HI_PROCINST", "ACT_HI_ACTINST", "ACT_HI_VARINST",
        "ACT_HI_DETAIL", "ACT_HI_OP_LOG", "ACT_HI_IDENTITYLINK", "ACT_HI_TASKINST", "ACT_GE_BYTEARRAY"};

    private final BenchmarkApp app;
    private final BenchmarkSuite.Settings settings;
    private final Results results;

    IntakeBenchmark(BenchmarkApp app, BenchmarkSuite.Settings settings, Results results) {
        this.app = app;
        this.settings = settings;
        this.results = results;
    }

    @FunctionalInterface
    private interface Request {
        void send(Http http) throws Exception;
    }

    void run() throws Exception {
        deployBareProcess();
        Http partner = new Http(app.baseUrl, PARTNER, "demo");
        Request intake = http -> http.post("/api/incident-reports", report(), "application/json", 201);
        Request bare = http -> http.post("/engine-rest/process-definition/key/" + BARE + "/start", "{}",
                "application/json", 200);
        historyPerReport(partner, intake);
        for (int clients : settings.clients()) {
            rate(partner, bare, settings.warmUp(), clients);
            rate(partner, intake, settings.warmUp(), clients);
            List<Double> bareRates = new ArrayList<>();
            List<Double> intakeRates = new ArrayList<>();
            for (int round = 0; round < settings.rounds(); round++) {
                bareRates.add(rate(partner, bare, settings.requests(), clients));
                intakeRates.add(rate(partner, intake, settings.requests(), clients));
            }
            double bareRate = median(bareRates);
            double intakeRate = median(intakeRates);
            results.add(SECTION, new Results.Row(app.database.shown, clients + " clients: reports per second",
                    String.format(Locale.ROOT, "intake %.0f/s", intakeRate),
                    String.format(Locale.ROOT, "bare start %.0f/s", bareRate), intakeRate / bareRate, "≥ 0.8",
                    intakeRate / bareRate >= 0.8));
            double login = rate(partner, http -> http.get("/engine-rest/version", "application/json"),
                    settings.requests(), clients);
            results.note(SECTION, String.format(Locale.ROOT, "%s, %d clients: the login alone (GET /engine-rest/version, "
                    + "HTTP Basic checked against the engine's users) %.0f/s, %.0f %% of a bare start's time",
                    app.database.shown, clients, login, 100 * bareRate / login));
            double inserts = InsertReference.rate(app.dataSource(), clients, settings.insertSeconds());
            results.add(SECTION, new Results.Row(app.database.shown, clients + " clients: against single-row inserts",
                    String.format(Locale.ROOT, "intake %.0f/s", intakeRate),
                    String.format(Locale.ROOT, "inserts %.0f/s", inserts), intakeRate / inserts, null, null));
        }
        System.gc();
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        results.note(SECTION, String.format(Locale.ROOT, "%s: after the load and a full GC %d MB of heap in use, "
                + "%d MB committed, %d MB max; resident %s", app.database.shown, heap.getUsed() >> 20,
                heap.getCommitted() >> 20, heap.getMax() >> 20, Results.residentMemory()));
    }

    /** Rows of history a report leaves (and bytes, on PostgreSQL), measured over a few dozen reports. */
    private void historyPerReport(Http partner, Request intake) throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(app.dataSource());
        rate(partner, intake, 20, 1);
        long rowsBefore = historyRows(jdbc);
        long bytesBefore = historyBytes(jdbc);
        int reports = 100;
        rate(partner, intake, reports, 2);
        long rows = historyRows(jdbc) - rowsBefore;
        String bytes = app.database == BenchmarkApp.Database.POSTGRES
                ? String.format(Locale.ROOT, ", about %.1f KB on disk (tables, indexes, TOAST)",
                (historyBytes(jdbc) - bytesBefore) / 1024.0 / reports) : "";
        results.note(SECTION, String.format(Locale.ROOT, "%s: each report writes %.1f rows of history%s", app.database.shown,
                rows / (double) reports, bytes));
    }

    private static long historyRows(JdbcTemplate jdbc) {
        long rows = 0;
        for (String table : HISTORY_TABLES) {
            rows += jdbc.queryForObject("select count(*) from " + table, Long.class);
        }
        return rows;
    }

    private long historyBytes(JdbcTemplate jdbc) {
        if (app.database != BenchmarkApp.Database.POSTGRES) {
            return 0;
        }
        return jdbc.queryForObject("""
                select coalesce(sum(pg_total_relation_size(c.oid)), 0) from pg_class c
                where c.relkind = 'r' and (c.relname like 'act\\_hi\\_%' or c.relname = 'act_ge_bytearray')""", Long.class);
    }

    /** Requests per second of {@code count} requests sent by {@code clients} clients, each waiting for its answer. */
    private static double rate(Http http, Request request, int count, int clients) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger left = new AtomicInteger(count);
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                while (left.getAndDecrement() > 0) {
                    request.send(http);
                }
                return null;
            }));
        }
        for (Future<?> client : running) {
            client.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return count / seconds;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private void deployBareProcess() {
        app.bean(RepositoryService.class).createDeployment().name("benchmark")
                .addModelInstance(BARE + ".bpmn", Bpmn.createExecutableProcess(BARE).camundaHistoryTimeToLive(1)
                        .startEvent().endEvent().done())
                .deploy();
        // the partners' account may start it as it may start incident-report (no user is signed in here)
        AuthorizationService authorizations = app.bean(AuthorizationService.class);
        Authorization grant = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        grant.setGroupId("partner-systems");
        grant.setResource(Resources.PROCESS_DEFINITION);
        grant.setResourceId(BARE);
        grant.addPermission(Permissions.READ);
        grant.addPermission(Permissions.CREATE_INSTANCE);
        authorizations.saveAuthorization(grant);
    }

    private static String report() {
        return """
                {"district":"skaggetorp","place":"Gillbergska gatan 12","category":"skadegorelse",
                 "occurredAt":"%s","description":"Klotter på fasaden.","source":"bostadsbolag",
                 "externalReference":"BENCH-%s"}""".formatted(
                OffsetDateTime.now().minusHours(2).truncatedTo(ChronoUnit.SECONDS), reference());
    }

    /** A unique reference in letters only: digits could look like a personal identity number and be refused. */
    private static String reference() {
        StringBuilder letters = new StringBuilder();
        for (char c : UUID.randomUUID().toString().replace("-", "").toCharArray()) {
            letters.append((char) ('a' + Character.digit(c, 16)));
        }
        return letters.toString();
    }
}
