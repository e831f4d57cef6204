package se.linkoping.samverkan.benchmark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import se.linkoping.samverkan.SamverkanApplication;

/**
 * The whole application, as the benchmark measures it: on an embedded PostgreSQL 17 in the production
 * profile {@code postgres} (plus the demo users), or on an in-memory H2 database; served on a free port;
 * without the simulated quarter and without the job executor (nothing the benchmark measures waits for a job).
 */
final class BenchmarkApp implements AutoCloseable {

    enum Database {
        POSTGRES("PostgreSQL 17 (embedded)"), H2("H2 (in memory)");

        final String shown;

        Database(String shown) {
            this.shown = shown;
        }
    }

    final Database database;
    private final EmbeddedPostgres postgres;
    private final ConfigurableApplicationContext context;
    final String baseUrl;

    private BenchmarkApp(Database database, EmbeddedPostgres postgres, ConfigurableApplicationContext context) {
        this.database = database;
        this.postgres = postgres;
        this.context = context;
        this.baseUrl = "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    static BenchmarkApp start(Database database, String... extraArguments) throws IOException {
        List<String> arguments = new ArrayList<>(List.of("--samverkan.demo.simulate=false", "--server.port=0",
                "--camunda.bpm.job-execution.enabled=false", "--logging.level.root=WARN"));
        EmbeddedPostgres postgres = null;
        if (database == Database.POSTGRES) {
            postgres = EmbeddedPostgres.builder().start();
            arguments.add("--spring.profiles.active=postgres,demo");
            arguments.add("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"));
            arguments.add("--spring.datasource.username=postgres");
            arguments.add("--spring.datasource.password=");
        } else {
            arguments.add("--spring.profiles.active=h2,demo");
            // a new database for each start; it lives as long as the pool's connections. H2 remembers the
            // last results of each connection (QUERY_CACHE_SIZE): off, so that a repeated query is run again
            arguments.add("--spring.datasource.url=jdbc:h2:mem:benchmark-" + UUID.randomUUID() + ";QUERY_CACHE_SIZE=0");
        }
        arguments.addAll(List.of(extraArguments));
        try {
            ConfigurableApplicationContext context = new SpringApplicationBuilder(SamverkanApplication.class)
                    .run(arguments.toArray(String[]::new));
            return new BenchmarkApp(database, postgres, context);
        } catch (RuntimeException failed) {
            if (postgres != null) {
                postgres.close();
            }
            throw failed;
        }
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    DataSource dataSource() {
        return context.getBean(DataSource.class);
    }

    /** The JDBC address of the embedded PostgreSQL, for looking at it with psql while it runs. */
    String postgresUrl() {
        return postgres == null ? null : postgres.getJdbcUrl("postgres", "postgres");
    }

    @Override
    public void close() throws IOException {
        try {
            context.close();
        } finally {
            if (postgres != null) {
                postgres.close();
            }
        }
    }
}
