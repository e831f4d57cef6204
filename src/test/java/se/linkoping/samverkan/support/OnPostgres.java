package se.linkoping.samverkan.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a real PostgreSQL 17 (embedded, started by the tests) in the production
 * profile {@code postgres}, with the demo users added for the tests, served on a random port.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
// the metrics as in production (a test's context has none otherwise): /actuator/prometheus
@AutoConfigureObservability(tracing = false)
// timers and asynchronous steps are run by the tests, with the engine clock moved
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"camunda.bpm.job-execution.enabled=false",
                // an empty database: each scenario makes its own data (the living demo has its own test)
                "samverkan.demo.simulate=false"})
@Import(EmbeddedPostgresConfiguration.class)
@ActiveProfiles({"postgres", "demo"})
public @interface OnPostgres {
}
