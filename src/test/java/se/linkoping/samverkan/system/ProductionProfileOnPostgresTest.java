package se.linkoping.samverkan.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import se.linkoping.samverkan.SamverkanApplication;

/**
 * The production profile exactly as an operator runs it: {@code postgres} alone, the database and
 * the first administrator from the SAMVERKAN_* settings, started twice on the same database.
 */
class ProductionProfileOnPostgresTest {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    /** Every migration once, on the first start and after the restart alike. */
    private static long migrations() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".sql")).count();
        }
    }

    @Test
    void startsFromTheEnvironmentWithoutDemoUsersAndRestartsOnTheSameDatabase() throws IOException {
        for (int start = 1; start <= 2; start++) {
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SamverkanApplication.class).run(
                    "--spring.profiles.active=postgres",
                    "--SAMVERKAN_DB_URL=" + postgres.getJdbcUrl("postgres", "postgres"),
                    "--SAMVERKAN_DB_USER=postgres",
                    "--SAMVERKAN_DB_PASSWORD=postgres",
                    "--SAMVERKAN_ADMIN_USER=ulla.admin",
                    "--SAMVERKAN_ADMIN_PASSWORD=ett-långt-lösenord",
                    "--server.port=0",
                    "--camunda.bpm.job-execution.enabled=false",
                    // not "default", and without hyphens, which Camunda refuses (and then takes "default"): the
                    // engine registry is static, and closing this engine would unregister the other tests' engine
                    "--camunda.bpm.process-engine-name=production" + UUID.randomUUID().toString().replace("-", ""))) {
                IdentityService identity = app.getBean(IdentityService.class);
                JdbcClient jdbc = app.getBean(JdbcClient.class);

                assertThat(identity.createUserQuery().list()).extracting(u -> u.getId()).containsExactly("ulla.admin");
                assertThat(jdbc.sql("select count(*) from samverkan.district").query(Long.class).single())
                        .isEqualTo(24);
                assertThat(jdbc.sql("select count(*) from samverkan.flyway_schema_history where success and type = 'SQL'")
                        .query(Long.class).single()).isEqualTo(migrations());
                assertThat(app.getBean(RepositoryService.class).createProcessDefinitionQuery()
                        .processDefinitionKey("incident-report").count()).isEqualTo(1);
            }
        }
    }
}
