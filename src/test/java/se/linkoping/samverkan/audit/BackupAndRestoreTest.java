package se.linkoping.samverkan.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import se.linkoping.samverkan.SamverkanApplication;
import se.linkoping.samverkan.support.DemoLogins;
import se.linkoping.samverkan.support.PostgresTools;
import se.linkoping.samverkan.support.RestClient;

/**
 * The backup and restore of docs/OPERATIONS.md as an operator runs them: {@code deploy/backup.sh} with pg_dump
 * while the application runs, {@code deploy/restore.sh} into an empty database on another server, and the
 * application started on it shows the same audit timeline, with its open work and its numbering going on. Run in
 * a JVM of its own (execution backup-tests): the application is started twice as in production, under Camunda's
 * engine name "default".
 */
class BackupAndRestoreTest {

    private static final String DATABASE = "samverkan";

    @TempDir
    Path directory;

    @AfterEach
    void realClock() {
        ClockUtil.reset();
    }

    @Test
    void aRestoredBackupBringsTheApplicationBackWithTheSameAuditTimeline() throws Exception {
        PostgresTools tools = PostgresTools.find();
        Path backup = directory.resolve("samverkan.dump");
        String timeline;
        long matter;
        List<Long> numbers;
        try (EmbeddedPostgres original = tools.startServer()) {
            createDatabase(original);
            try (ConfigurableApplicationContext app = start(original)) {
                ChainDriver chain = chain(app);
                chain.reports("berga", "skadegorelse", LocalDate.of(2026, 11, 30));
                chain.estWeek(LocalDate.of(2026, 11, 30), LocalDateTime.of(2026, 12, 7, 9, 15), Map.of());
                matter = chain.matterIn("berga");
                timeline = auditorsView(app, matter);
                numbers = figures(app);
                // taken while the application runs, as every night
                assertThat(run(tools, original, "deploy/backup.sh", backup)).contains("Säkerhetskopian");
            }
        }
        assertThat(backup).isNotEmptyFile();
        assertThat(directory.resolve("samverkan.dump.partial")).doesNotExist();

        try (EmbeddedPostgres restored = tools.startServer()) {
            createDatabase(restored);
            assertThat(run(tools, restored, "deploy/restore.sh", backup)).contains("är återställd");
            // a second restore over the first is refused: it would mix two states
            Process again = process(tools, restored, "deploy/restore.sh", backup);
            assertThat(again.waitFor()).isEqualTo(65);
            assertThat(new String(again.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
                    .contains("Databasen samverkan är inte tom");

            try (ConfigurableApplicationContext app = start(restored)) {
                assertThat(auditorsView(app, matter)).isEqualTo(timeline);
                assertThat(figures(app)).isEqualTo(numbers);
                // the work goes on where it was: the matter's task is open, and what comes next is numbered after it
                ChainDriver chain = chain(app);
                chain.reports("ryd", "skadegorelse", LocalDate.of(2026, 12, 7));
                chain.estWeek(LocalDate.of(2026, 12, 7), LocalDateTime.of(2026, 12, 14, 9, 15), Map.of());
                assertThat(chain.matterIn("ryd")).isGreaterThan(matter);
                assertThat(auditorsView(app, matter)).isEqualTo(timeline);
            }
        }
    }

    /** Open tasks, incident reports, matters, history entries and audit log entries: all kept. */
    private static List<Long> figures(ConfigurableApplicationContext app) {
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        return List.of(app.getBean(TaskService.class).createTaskQuery().count(),
                jdbc.sql("select count(*) from samverkan.incident_report").query(Long.class).single(),
                jdbc.sql("select count(*) from samverkan.matter").query(Long.class).single(),
                jdbc.sql("select count(*) from act_hi_actinst").query(Long.class).single(),
                jdbc.sql("select count(*) from act_hi_op_log").query(Long.class).single());
    }

    private static String auditorsView(ConfigurableApplicationContext app, long matter) {
        var response = RestClient.as(http(app), DemoLogins.AUDITOR).getText("/api/audit/matters/" + matter);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getBody()).contains("\"district\":\"Berga\"");
        return response.getBody();
    }

    private static ChainDriver chain(ConfigurableApplicationContext app) {
        return new ChainDriver(app.getBean(JdbcClient.class), app.getBean(ManagementService.class),
                app.getBean(RuntimeService.class), app.getBean(TaskService.class), http(app));
    }

    private static TestRestTemplate http(ConfigurableApplicationContext app) {
        return new TestRestTemplate(new RestTemplateBuilder()
                .rootUri("http://localhost:" + app.getEnvironment().getProperty("local.server.port")));
    }

    /** The application as production runs it, with the demo users the chain signs in as. */
    private static ConfigurableApplicationContext start(EmbeddedPostgres postgres) {
        return new SpringApplicationBuilder(SamverkanApplication.class).run(
                "--spring.profiles.active=postgres,demo",
                "--SAMVERKAN_DB_URL=" + postgres.getJdbcUrl("postgres", DATABASE),
                "--SAMVERKAN_DB_USER=postgres",
                "--SAMVERKAN_DB_PASSWORD=postgres",
                "--samverkan.demo.simulate=false",
                "--server.port=0",
                // the chain runs the timers and steps itself, with the engine clock moved
                "--camunda.bpm.job-execution.enabled=false");
    }

    private static void createDatabase(EmbeddedPostgres postgres) throws Exception {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + DATABASE);
        }
    }

    /** Runs a script of deploy/ as the operator would, against a server: its output, after it succeeded. */
    private static String run(PostgresTools tools, EmbeddedPostgres postgres, String script, Path backup)
            throws IOException, InterruptedException {
        Process process = process(tools, postgres, script, backup);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        assertThat(exit).as(script + ": " + new String(process.getErrorStream().readAllBytes(),
                StandardCharsets.UTF_8)).isZero();
        return output;
    }

    private static Process process(PostgresTools tools, EmbeddedPostgres postgres, String script, Path backup)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder("bash", script, backup.toString());
        Map<String, String> environment = builder.environment();
        environment.put("PGHOST", "localhost");
        environment.put("PGPORT", String.valueOf(postgres.getPort()));
        environment.put("PGUSER", "postgres");
        environment.put("SAMVERKAN_BACKUP_DB", DATABASE);
        environment.put("PG_DUMP", tools.tool("pg_dump"));
        environment.put("PG_RESTORE", tools.tool("pg_restore"));
        environment.put("PSQL", tools.tool("psql"));
        Files.createDirectories(backup.getParent());
        return builder.redirectErrorStream(false).start();
    }
}
