package se.linkoping.samverkan.demo;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Runs the {@link LivingDemo} as the application starts in the {@code demo} profile, unless
 * {@code samverkan.demo.simulate=false}. It runs when every bean is ready — the engine built and
 * deployed, the organisation, demo users and access set up — and before the web server takes its first
 * request and the job executor starts (both come later in the start-up): nobody sees the moved engine
 * clock, and no job runs beside the simulation's own.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(prefix = "samverkan.demo", name = "simulate", havingValue = "true", matchIfMissing = true)
public class DemoStart implements SmartLifecycle {

    /** Before the web server (its phase is close to {@link SmartLifecycle#DEFAULT_PHASE}). */
    static final int PHASE = 0;

    private final LivingDemo demo;
    private volatile boolean running;

    DemoStart(ProcessEngine engine, PlatformTransactionManager transactions, JdbcClient jdbc, ApplicationParts app,
              @Value("${spring.mail.host:}") String mailHost) {
        this.demo = new LivingDemo(engine, transactions, new SimulationMarker(jdbc), app,
                new SimulatedQuarter(engine, app), !mailHost.isBlank());
    }

    @Override
    public void start() {
        running = true;
        demo.runOnce();
    }

    /** Simulates the quarter unless it was done before; what the start does, callable again. */
    public LivingDemo.Outcome runOnce() {
        return demo.runOnce();
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
