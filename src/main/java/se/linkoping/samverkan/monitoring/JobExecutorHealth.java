package se.linkoping.samverkan.monitoring;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * The job executor in {@code /actuator/health} (as {@code jobExecutor}, in place of the starter's, which knows only
 * whether it runs): {@code UP} when it runs and no job has failed for good, {@link #WARNING} when it runs but jobs are
 * without retries (each an incident an administrator resolves in Cockpit), {@code DOWN} when it should run and does
 * not, {@code UNKNOWN} when it is switched off in the settings (this node runs no jobs; the others may).
 */
@Component("jobExecutorHealthIndicator")
class JobExecutorHealth extends AbstractHealthIndicator {

    /** Running, but something needs an administrator: answered 200, shown above UP ({@code application.yml}). */
    static final Status WARNING = new Status("WARNING", "Jobb har misslyckats utan fler försök kvar");

    private final ProcessEngine engine;
    private final CurrentFigures figures;
    private final boolean switchedOn;

    JobExecutorHealth(ProcessEngine engine, CurrentFigures figures,
                      @Value("${camunda.bpm.job-execution.enabled:true}") boolean switchedOn) {
        super("Jobbexekverarens hälsa kunde inte läsas");
        this.engine = engine;
        this.figures = figures;
        this.switchedOn = switchedOn;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        boolean active = EngineMeters.jobExecutorActive(engine);
        Figures now = figures.get();
        long withoutRetries = now.total(MonitoringRecords.JOBS_WITHOUT_RETRIES);
        builder.withDetail("switchedOn", switchedOn)
                .withDetail("active", active)
                .withDetail("jobsWithoutRetries", withoutRetries)
                .withDetail("openIncidents", now.total(MonitoringRecords.INCIDENTS_OPEN));
        if (!switchedOn) {
            builder.unknown().withDetail("note", "Jobbexekveraren är avstängd i inställningarna "
                    + "(camunda.bpm.job-execution.enabled=false): den här noden kör inga timers eller asynkrona steg.");
        } else if (!active) {
            builder.down().withDetail("note", "Jobbexekveraren ska köra men gör det inte: timers och asynkrona steg "
                    + "väntar.");
        } else if (withoutRetries > 0) {
            builder.status(WARNING).withDetail("note", withoutRetries + " jobb har misslyckats utan fler försök kvar: "
                    + "lös incidenterna i Cockpit.");
        } else {
            builder.up();
        }
    }
}
