package se.linkoping.samverkan.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

/** The job executor's health: running, running with jobs failed for good, stopped, switched off. */
class JobExecutorHealthTest {

    private final ProcessEngine engine = mock(ProcessEngine.class);
    private final ProcessEngineConfigurationImpl configuration = mock(ProcessEngineConfigurationImpl.class);
    private final JobExecutor jobExecutor = mock(JobExecutor.class);
    private final CurrentFigures figures = mock(CurrentFigures.class);

    JobExecutorHealthTest() {
        when(engine.getProcessEngineConfiguration()).thenReturn(configuration);
        when(configuration.getJobExecutor()).thenReturn(jobExecutor);
    }

    @Test
    void runningWithoutFailedJobsIsUp() {
        Health health = health(true, true, 0);
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("active", true).containsEntry("jobsWithoutRetries", 0L);
    }

    @Test
    void jobsWithoutRetriesAreAWarning() {
        Health health = health(true, true, 2);
        assertThat(health.getStatus()).isEqualTo(JobExecutorHealth.WARNING);
        assertThat(health.getDetails()).containsEntry("jobsWithoutRetries", 2L).containsEntry("openIncidents", 2L);
        assertThat((String) health.getDetails().get("note")).contains("2 jobb", "Cockpit");
    }

    @Test
    void notRunningWhenItShouldIsDown() {
        assertThat(health(true, false, 0).getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void switchedOffInTheSettingsIsUnknownSoTheApplicationStaysUp() {
        Health health = health(false, false, 1);
        assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
        assertThat((String) health.getDetails().get("note")).contains("camunda.bpm.job-execution.enabled=false");
    }

    private Health health(boolean switchedOn, boolean active, long withoutRetries) {
        when(jobExecutor.isActive()).thenReturn(active);
        when(figures.get()).thenReturn(Figures.of(List.of(
                new MonitoringRecords.Count(MonitoringRecords.JOBS_WITHOUT_RETRIES, "all", withoutRetries),
                new MonitoringRecords.Count(MonitoringRecords.INCIDENTS_OPEN, "failedJob", withoutRetries)),
                Optional.empty(), Map.of()));
        return new JobExecutorHealth(engine, figures, switchedOn).health();
    }
}
