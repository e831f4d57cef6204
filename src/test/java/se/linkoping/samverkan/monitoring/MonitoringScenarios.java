package se.linkoping.samverkan.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import se.linkoping.samverkan.support.DemoLogins;
import se.linkoping.samverkan.support.RestClient;
import se.linkoping.samverkan.support.Scenario;
import se.linkoping.samverkan.support.Times;

/**
 * The metrics at {@code /actuator/prometheus} and the health at {@code /actuator/health}: who reaches them, and
 * what they say after reports, tasks, an overdue intervention and an EST cycle. Run on H2 and PostgreSQL.
 */
abstract class MonitoringScenarios extends Scenario {

    static final String METRICS = "/actuator/prometheus";
    static final String HEALTH = "/actuator/health";
    static final String MONITORING = DemoLogins.of("monitoring");
    static final String NOBODY = "ingen.alls";

    @Autowired
    CurrentFigures figures;

    @Test
    void metricsAreForAdministratorsAndMonitoringOnly() {
        ResponseEntity<String> anonymous = RestClient.anonymous(http).getText(METRICS);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
        assertThat(anonymous.getBody()).contains("Logga in").doesNotContain("samverkan_");
        // a user nobody else signs in as: a wrong password holds the account back a few seconds (Camunda's login delay)
        assertThat(http.withBasicAuth(NOBODY, "fel").getForEntity(METRICS, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        for (String staff : List.of(DemoLogins.EST_POLICE, DemoLogins.AUDITOR, DemoLogins.PROCESS_OWNER,
                DemoLogins.PARTNER_SYSTEM)) {
            ResponseEntity<String> refused = RestClient.as(http, staff).getText(METRICS);
            assertThat(refused.getStatusCode()).as("metrics asked by %s", staff).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getBody()).contains("monitoring").doesNotContain("samverkan_");
            assertThat(RestClient.as(http, staff).getText("/actuator").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        }
        for (String reader : List.of(MONITORING, DemoLogins.ADMIN)) {
            ResponseEntity<String> metrics = RestClient.as(http, reader).getText(METRICS);
            assertThat(metrics.getStatusCode()).as("metrics asked by %s", reader).isEqualTo(HttpStatus.OK);
            assertThat(metrics.getBody()).contains("samverkan_reports_received_total", "camunda_jobs_executed_total");
        }
    }

    @Test
    void metricsCountReportsTasksOverdueInterventionsAndTheLastEstCycle() {
        double refusedBefore = value(scrape(), "samverkan_reports_refused_total", "channel=\"api\"");
        ResponseEntity<JsonNode> stored = report(validReport("vald-hot"));
        assertThat(stored.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Map<String, Object> invalid = validReport("vald-hot");
        invalid.put("district", "atlantis");
        assertThat(report(invalid).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        LocalDate today = LocalDate.now(Times.STOCKHOLM);
        jdbc.sql("""
                        insert into samverkan.intervention (title, responsible_group, due_date, decided_by_body, decided_by,
                            decided_at)
                        values ('Belysning i gångtunneln', 'urban-planning', ?, 'est', 'erik.sandberg', ?)""")
                .params(today.minusDays(3), OffsetDateTime.now().minusDays(30)).update();
        jdbc.sql("""
                        insert into samverkan.intervention (title, responsible_group, due_date, decided_by_body, decided_by,
                            decided_at)
                        values ('Trygghetsvandring', 'urban-planning', ?, 'est', 'erik.sandberg', ?)""")
                .params(today.plusDays(3), OffsetDateTime.now().minusDays(30)).update();
        OffsetDateTime compiled = OffsetDateTime.parse("2027-02-08T07:00:00+01:00");
        jdbc.sql("""
                        insert into samverkan.situational_picture (week_start, week_label, compiled_at)
                        values (?, '2027-v05', ?)""")
                .params(LocalDate.of(2027, 2, 1), compiled).update();

        figures.refresh();
        String metrics = scrape();

        assertThat(value(metrics, "samverkan_reports_received_total", "channel=\"api\"")).isEqualTo(1.0);
        assertThat(value(metrics, "samverkan_reports_received_total", "channel=\"tasklist\"")).isEqualTo(0.0);
        assertThat(value(metrics, "samverkan_reports_refused_total", "channel=\"api\"")).isEqualTo(refusedBefore + 1);
        // a report of violence: EST assesses it at once
        assertThat(value(metrics, "samverkan_tasks_open", "group=\"est\"")).isEqualTo(1.0);
        assertThat(value(metrics, "samverkan_tasks_open", "group=\"police\"")).isEqualTo(0.0);
        assertThat(value(metrics, "samverkan_interventions_overdue", "group=\"urban-planning\"")).isEqualTo(1.0);
        assertThat(value(metrics, "samverkan_interventions_overdue", "group=\"education\"")).isEqualTo(0.0);
        assertThat(value(metrics, "samverkan_est_cycle_last_compiled_timestamp_seconds", ""))
                .isEqualTo(compiled.toEpochSecond());
        assertThat(value(metrics, "camunda_process_instances_started_total", "")).isGreaterThanOrEqualTo(1.0);
        assertThat(value(metrics, "camunda_process_instances", "state=\"active\"")).isGreaterThanOrEqualTo(1.0);
        assertThat(value(metrics, "camunda_incidents_open", "type=\"failedJob\"")).isZero();
        assertThat(value(metrics, "camunda_jobs_without_retries", "")).isZero();
        assertThat(value(metrics, "camunda_job_executor_active", "")).as("switched off in the tests").isZero();
        assertThat(lines(metrics, "samverkan_tasks_open")).as("one line per group: never a query per group")
                .hasSizeGreaterThan(10).allMatch(line -> line.contains("application=\"samverkan\""));
    }

    /** The Grafana dashboard in the repository asks for no metric that is not there. */
    @Test
    void theDashboardShowsMetricsThatExist() throws IOException {
        String dashboard = Files.readString(Path.of("docs/monitoring/grafana-dashboard.json"));
        Matcher names = Pattern.compile("\\b((samverkan|camunda)_[a-z_]+)").matcher(dashboard);
        Set<String> asked = new TreeSet<>();
        while (names.find()) {
            asked.add(names.group(1));
        }
        String metrics = scrape();
        assertThat(asked).hasSizeGreaterThan(10)
                .allSatisfy(name -> assertThat(lines(metrics, name)).as("samples of %s", name).isNotEmpty());
    }

    @Test
    void healthSaysItsStatusToAnyoneAndItsDetailsToAdministratorsAndMonitoring() {
        ResponseEntity<JsonNode> anonymous = RestClient.anonymous(http).get(HEALTH);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.OK);
        // the status, and the names of the probes' groups (liveness, readiness) that Spring Boot lists beside it
        assertThat(names(anonymous.getBody())).containsExactly("status", "groups");
        assertThat(anonymous.getBody().get("status").asText()).isEqualTo("UP");
        ResponseEntity<JsonNode> staff = RestClient.as(http, DemoLogins.EST_POLICE).get(HEALTH);
        assertThat(names(staff.getBody())).containsExactly("status", "groups");
        assertThat(http.withBasicAuth(NOBODY, "fel").getForEntity(HEALTH, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        for (String reader : List.of(MONITORING, DemoLogins.ADMIN)) {
            JsonNode health = RestClient.as(http, reader).get(HEALTH).getBody();
            assertThat(health.get("status").asText()).isEqualTo("UP");
            JsonNode components = health.get("components");
            assertThat(components.get("db").get("status").asText()).isEqualTo("UP");
            JsonNode jobExecutor = components.get("jobExecutor");
            assertThat(jobExecutor.get("status").asText()).as("switched off in the tests").isEqualTo("UNKNOWN");
            assertThat(jobExecutor.get("details").get("switchedOn").asBoolean()).isFalse();
            assertThat(jobExecutor.get("details").get("jobsWithoutRetries").asLong()).isZero();
        }
        assertThat(RestClient.anonymous(http).get(HEALTH + "/readiness").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private ResponseEntity<JsonNode> report(Map<String, Object> report) {
        return http.withBasicAuth(DemoLogins.PARTNER_SYSTEM, DemoLogins.PASSWORD)
                .postForEntity("/api/incident-reports", report, JsonNode.class);
    }

    private static Map<String, Object> validReport(String category) {
        Map<String, Object> report = new HashMap<>();
        report.put("district", "skaggetorp");
        report.put("place", "Gillbergska gatan 12");
        report.put("category", category);
        report.put("occurredAt", OffsetDateTime.now().minusHours(3).truncatedTo(ChronoUnit.SECONDS).toString());
        report.put("description", "Hot mot personal vid entrén.");
        report.put("source", "bostadsbolag");
        report.put("externalReference", "STG-" + UUID.randomUUID());
        return report;
    }

    private String scrape() {
        ResponseEntity<String> metrics = RestClient.as(http, MONITORING).getText(METRICS);
        assertThat(metrics.getStatusCode()).isEqualTo(HttpStatus.OK);
        return metrics.getBody();
    }

    private static List<String> lines(String metrics, String name) {
        return metrics.lines().filter(line -> line.startsWith(name + "{") || line.startsWith(name + " ")).toList();
    }

    /** The value of the one sample of a metric whose labels hold the text. */
    private static double value(String metrics, String name, String label) {
        List<String> samples = lines(metrics, name).stream().filter(line -> line.contains(label)).toList();
        assertThat(samples).as("samples of %s with %s", name, label).hasSize(1);
        String sample = samples.get(0);
        return Double.parseDouble(sample.substring(sample.lastIndexOf(' ') + 1));
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
