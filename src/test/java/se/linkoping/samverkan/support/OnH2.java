package se.linkoping.samverkan.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on an in-memory H2 database with the demo users, served on a random port.
 * All test classes with this annotation share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
// the metrics as in production (a test's context has none otherwise): /actuator/prometheus
@AutoConfigureObservability(tracing = false)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:samverkan-it;DB_CLOSE_DELAY=-1",
                // timers and asynchronous steps are run by the tests, with the engine clock moved
                "camunda.bpm.job-execution.enabled=false",
                // an empty database: each scenario makes its own data (the living demo has its own test)
                "samverkan.demo.simulate=false"})
@ActiveProfiles({"h2", "demo"})
public @interface OnH2 {
}
