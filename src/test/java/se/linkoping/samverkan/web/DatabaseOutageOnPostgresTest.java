package se.linkoping.samverkan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static se.linkoping.samverkan.web.FaultScenarios.assertClean;
import static se.linkoping.samverkan.web.FaultScenarios.json;
import static se.linkoping.samverkan.web.FaultScenarios.newReport;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.linkoping.samverkan.support.DemoLogins;
import se.linkoping.samverkan.support.OnPostgres;
import se.linkoping.samverkan.support.RestartablePostgres;
import se.linkoping.samverkan.support.Scenario;
import se.linkoping.samverkan.support.WebappSession;

/**
 * PostgreSQL stopped under load — once as an operator stops it, once by a crash — and started again, while partners'
 * systems send reports, staff submit the start form, read their tasks, open the dashboard and deploy a model. Every
 * answer is either done (and then stored: nothing acknowledged is lost) or 503 with {@code Retry-After} and a
 * Swedish message; never a 500, SQL or a stack trace. After the restart everything works again without a restart of the
 * application.
 */
@OnPostgres
class DatabaseOutageOnPostgresTest extends Scenario {

    private static final Duration AT_MOST = Duration.ofMinutes(3);

    @Autowired
    RestartablePostgres postgres;
    @Autowired
    RepositoryService repositoryService;

    private final Queue<Answer> answers = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean loading = new AtomicBoolean(true);
    /** How many times staff's round (start form, tasks, dashboard page and data, a deployment) was made. */
    private final AtomicInteger staffRounds = new AtomicInteger();

    /** One answer: what was asked (a report's external reference, if any) and what came back. */
    record Answer(String what, String reference, HttpResponse<String> response) {
        boolean done() {
            return response.statusCode() < 300;
        }
    }

    @AfterEach
    void databaseUpAgain() throws Exception {
        loading.set(false);
        postgres.restart();
        repositoryService.createDeploymentQuery().deploymentName("outage").list()
                .forEach(deployment -> repositoryService.deleteDeployment(deployment.getId(), true));
    }

    @Test
    void whileTheDatabaseIsDownAnswersAre503InSwedishAndNothingAcknowledgedIsLost() throws Exception {
        Browser staffPages = browser().withCookies(WebappSession.signIn(http, DemoLogins.EST_POLICE, "tasklist")
                .cookies());
        ExecutorService load = Executors.newFixedThreadPool(4);
        List<Future<?>> running = new ArrayList<>();
        for (int partner = 0; partner < 3; partner++) {
            running.add(load.submit(() -> {
                while (loading.get()) {
                    Map<String, Object> report = newReport("skadegorelse");
                    answers.add(new Answer("report", (String) report.get("externalReference"),
                            as(DemoLogins.PARTNER_SYSTEM).postJson("/api/incident-reports", json(report))));
                }
            }));
        }
        running.add(load.submit(() -> {
            while (loading.get()) {
                Map<String, Object> report = newReport("skadegorelse");
                answers.add(new Answer("start form", (String) report.get("externalReference"),
                        startForm(DemoLogins.EST_POLICE, report)));
                answers.add(new Answer("tasks", null, as(DemoLogins.EST_POLICE).get("/engine-rest/task?maxResults=5")));
                answers.add(new Answer("dashboard page", null, staffPages.get("/lagesbild")));
                answers.add(new Answer("dashboard data", null, as(DemoLogins.ADMIN).get("/api/picture/dashboard")));
                answers.add(new Answer("deployment", null, deploy(as(DemoLogins.PROCESS_OWNER))));
                staffRounds.incrementAndGet();
            }
        }));

        try {
            awaitAcknowledged(20);
            postgres.stop();
            awaitAWholeStaffRound("while stopped");
            postgres.restart();
            awaitAcknowledged(acknowledged() + 20);
            postgres.crash();
            awaitAWholeStaffRound("after the crash");
            postgres.restart();
            awaitAcknowledged(acknowledged() + 20);
        } finally {
            loading.set(false);
            load.shutdown();
            assertThat(load.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        }
        for (Future<?> thread : running) {
            thread.get();
        }

        List<Answer> all = List.copyOf(answers);
        assertThat(all).allSatisfy(answer -> {
            assertThat(answer.response().statusCode()).as(answer.what() + ": " + answer.response().body())
                    .isIn(200, 201, 503);
            assertClean(answer.response());
        });
        List<Answer> unavailable = all.stream().filter(answer -> answer.response().statusCode() == 503).toList();
        assertThat(unavailable).as("the outages were seen").hasSizeGreaterThanOrEqualTo(2);
        assertThat(unavailable).allSatisfy(answer -> {
            assertThat(answer.response().headers().firstValue("Retry-After")).as(answer.what())
                    .contains(String.valueOf(Faults.RETRY_AFTER_SECONDS));
            assertThat(answer.response().body()).as(answer.what()).contains("Försök igen");
        });
        assertThat(unavailable).extracting(Answer::what).contains("report", "start form", "tasks", "dashboard page",
                "dashboard data", "deployment");

        Set<String> stored = jdbc.sql("select external_reference from samverkan.incident_report")
                .query(String.class).set();
        List<String> acknowledged = all.stream().filter(answer -> answer.reference() != null && answer.done())
                .map(Answer::reference).toList();
        assertThat(stored).as("every acknowledged report is stored").containsAll(acknowledged);
        assertThat(jdbc.sql("select count(*) from samverkan.incident_report").query(Long.class).single())
                .as("none twice").isEqualTo(stored.size());
        assertThat(as(DemoLogins.PARTNER_SYSTEM).postJson("/api/incident-reports", json(newReport("skadegorelse")))
                .statusCode()).as("working again").isEqualTo(201);
    }

    private Browser browser() {
        return Browser.at(http.getRootUri());
    }

    private Browser as(String user) {
        return browser().as(user);
    }

    /** What Tasklist sends when the start form is submitted: typed variables. */
    private HttpResponse<String> startForm(String user, Map<String, Object> report) {
        Map<String, Object> variables = new java.util.LinkedHashMap<>();
        report.forEach((name, value) -> variables.put(name, Map.of("value", value, "type", "String")));
        return as(user).postJson(FaultScenarios.START_FORM, json(Map.of("variables", variables)));
    }

    /** A multipart upload, as Camunda Modeler deploys (the same model each time: deployed once). */
    private static HttpResponse<String> deploy(Browser browser) {
        String boundary = "----samverkan-outage";
        String bpmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="test">
                  <process id="outage-check" isExecutable="true" camunda:historyTimeToLive="1">
                    <startEvent id="StartEvent_Check" />
                  </process>
                </definitions>""";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\noutage"
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"enable-duplicate-filtering\"\r\n\r\n"
                + "true\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"outage.bpmn\""
                + "\r\nContent-Type: application/octet-stream\r\n\r\n" + bpmn + "\r\n--" + boundary + "--\r\n";
        return browser.post("/engine-rest/deployment/create", "multipart/form-data; boundary=" + boundary,
                body.getBytes(StandardCharsets.UTF_8));
    }

    private long acknowledged() {
        return answers.stream().filter(answer -> answer.reference() != null && answer.done()).count();
    }

    /** Waits until staff made one whole round of requests while the database is down. */
    private void awaitAWholeStaffRound(String when) throws InterruptedException {
        int rounds = staffRounds.get();
        await(() -> staffRounds.get() >= rounds + 2, "a whole round of staff's requests " + when);
    }

    private void awaitAcknowledged(long count) throws InterruptedException {
        await(() -> acknowledged() >= count, count + " acknowledged reports");
    }

    /** Waits for the load to get so far (a bound on waiting, not an assertion of speed). */
    private void await(BooleanSupplier condition, String what) throws InterruptedException {
        Instant giveUp = Instant.now().plus(AT_MOST);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("The load never got to " + what + "; answers: " + answers.stream()
                        .collect(Collectors.groupingBy(a -> a.what() + " " + a.response().statusCode(),
                                Collectors.counting())));
            }
            Thread.sleep(50);
        }
    }
}
