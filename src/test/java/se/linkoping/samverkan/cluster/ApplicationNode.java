package se.linkoping.samverkan.cluster;

import java.util.ArrayList;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One node of Samverkan on the database that every node shares, as an operator runs it ({@code postgres}) with
 * the demo users for the tests, and Camunda's job executor on. Started in this JVM ({@link InProcessNode}, its
 * beans at hand) or in a JVM of its own ({@link SeparateProcessNode}, which can be killed).
 */
interface ApplicationNode extends AutoCloseable {

    /** Where the node listens, e.g. {@code http://127.0.0.1:41234}. */
    String baseUrl();

    /** The node goes away. */
    void stop();

    @Override
    default void close() {
        stop();
    }

    /**
     * The settings of a node on the shared database.
     *
     * @param engineName Camunda's engine name: "default" as in production, or a name of its own when two nodes share
     *                   this JVM (Camunda keeps engines in a static registry by name; no hyphens, which Camunda refuses)
     * @param hostname   the node's name in Camunda's job log
     */
    static List<String> settings(EmbeddedPostgres postgres, String engineName, String hostname, String... more) {
        List<String> settings = new ArrayList<>(List.of(
                "--spring.profiles.active=postgres,demo,shared-sessions",
                "--SAMVERKAN_DB_URL=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--SAMVERKAN_DB_USER=postgres",
                "--SAMVERKAN_DB_PASSWORD=postgres",
                "--SAMVERKAN_DB_POOL_SIZE=5",
                // an empty database: the year's work is made by the test
                "--samverkan.demo.simulate=false",
                "--camunda.bpm.job-execution.enabled=true",
                "--camunda.bpm.process-engine-name=" + engineName,
                "--camunda.bpm.generic-properties.properties.hostname=" + hostname));
        settings.addAll(List.of(more));
        return settings;
    }
}
