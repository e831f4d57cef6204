package se.linkoping.samverkan.matter;

import java.util.UUID;
import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** {@link ConvenerRoleMigrationScenarios} on an in-memory H2 of its own. */
class ConvenerRoleMigrationTest extends ConvenerRoleMigrationScenarios {

    private final DataSource database = new DriverManagerDataSource(
            "jdbc:h2:mem:convener-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");

    @Override
    DataSource database() {
        return database;
    }

    @Override
    String schema() {
        return "SAMVERKAN";
    }
}
