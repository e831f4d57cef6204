package se.linkoping.samverkan.monitoring;

import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.management.Metrics;
import org.camunda.bpm.engine.runtime.Incident;
import org.springframework.stereotype.Component;

/**
 * Camunda's engine as metrics ({@code camunda_*}): the job executor's acquisition and execution (the engine's own
 * metrics, {@code ManagementService}'s meter log and what this node has not yet written to it), whether this node's
 * job executor runs, jobs without retries, open incidents by type, started root process instances, and process
 * instances by state as history keeps them (running, and ended until history cleanup removes them).
 */
@Component
class EngineMeters implements MeterBinder {

    /** The states of {@code ACT_HI_PROCINST.STATE_}. */
    static final List<String> STATES = List.of("ACTIVE", "SUSPENDED", "COMPLETED", "EXTERNALLY_TERMINATED",
            "INTERNALLY_TERMINATED");
    static final List<String> INCIDENT_TYPES = List.of(Incident.FAILED_JOB_HANDLER_TYPE,
            Incident.EXTERNAL_TASK_HANDLER_TYPE);

    private final CurrentFigures figures;
    private final ProcessEngine engine;

    EngineMeters(CurrentFigures figures, ProcessEngine engine) {
        this.figures = figures;
        this.engine = engine;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        counter(registry, "camunda.job.acquisition.attempts", "Jobbexekverarens försök att hämta jobb",
                Metrics.JOB_ACQUISITION_ATTEMPT, Map.of());
        counter(registry, "camunda.jobs.acquired", "Hämtade jobb", Metrics.JOB_ACQUIRED_SUCCESS,
                Map.of("result", "success"));
        counter(registry, "camunda.jobs.acquired", "Hämtade jobb", Metrics.JOB_ACQUIRED_FAILURE,
                Map.of("result", "failure"));
        counter(registry, "camunda.jobs.executed", "Utförda jobb", Metrics.JOB_SUCCESSFUL,
                Map.of("result", "successful"));
        counter(registry, "camunda.jobs.executed", "Utförda jobb", Metrics.JOB_FAILED, Map.of("result", "failed"));
        counter(registry, "camunda.jobs.rejected", "Jobb som jobbexekveraren inte hann ta (kön full)",
                Metrics.JOB_EXECUTION_REJECTED, Map.of());
        counter(registry, "camunda.jobs.locked.exclusive", "Exklusiva jobb som låstes direkt efter det föregående",
                Metrics.JOB_LOCKED_EXCLUSIVE, Map.of());
        counter(registry, "camunda.process.instances.started", "Startade processinstanser (rotinstanser)",
                Metrics.ROOT_PROCESS_INSTANCE_START, Map.of());
        counter(registry, "camunda.activity.instances.started", "Startade aktivitetsinstanser",
                Metrics.ACTIVTY_INSTANCE_START, Map.of());
        counter(registry, "camunda.activity.instances.ended", "Avslutade aktivitetsinstanser",
                Metrics.ACTIVTY_INSTANCE_END, Map.of());
        for (String state : STATES) {
            Gauge.builder("camunda.process.instances", figures,
                            f -> f.get().count(MonitoringRecords.PROCESS_INSTANCES, state))
                    .description("Processinstanser i historiken per tillstånd (avslutade tills historikrensningen tar dem)")
                    .tag("state", state.toLowerCase(java.util.Locale.ROOT))
                    .register(registry);
        }
        for (String type : INCIDENT_TYPES) {
            incidents(registry, type, f -> f.get().count(MonitoringRecords.INCIDENTS_OPEN, type));
        }
        incidents(registry, SamverkanMeters.OTHER, f -> f.get().others(MonitoringRecords.INCIDENTS_OPEN, INCIDENT_TYPES));
        Gauge.builder("camunda.jobs.without.retries", figures,
                        f -> f.get().total(MonitoringRecords.JOBS_WITHOUT_RETRIES))
                .description("Jobb som har misslyckats utan fler försök kvar (var och en en incident)")
                .register(registry);
        Gauge.builder("camunda.job.executor.active", engine, e -> jobExecutorActive(e) ? 1 : 0)
                .description("1 när den här nodens jobbexekverare kör, annars 0")
                .register(registry);
    }

    static boolean jobExecutorActive(ProcessEngine engine) {
        JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        return executor != null && executor.isActive();
    }

    private void counter(MeterRegistry registry, String name, String description, String metric,
                         Map<String, String> tags) {
        FunctionCounter.Builder<CurrentFigures> builder =
                FunctionCounter.builder(name, figures, f -> f.get().engineMetric(metric)).description(description);
        tags.forEach(builder::tag);
        builder.register(registry);
    }

    private void incidents(MeterRegistry registry, String type, java.util.function.ToDoubleFunction<CurrentFigures> value) {
        Gauge.builder("camunda.incidents.open", figures, value)
                .description("Öppna incidenter per typ")
                .tag("type", type)
                .register(registry);
    }
}
