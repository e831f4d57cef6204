package se.linkoping.samverkan.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static se.linkoping.samverkan.support.Times.STOCKHOLM;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.linkoping.samverkan.estweeklycycle.EstSchedule;
import se.linkoping.samverkan.support.ProcessTests;
import se.linkoping.samverkan.system.EngineClock;

/**
 * A year of meetings, as the engine runs them: the timers of the four bodies with the settings of
 * application.yml and the real schedule, the clock moved from one due timer to the next, never
 * sleeping. EST meets every Monday (52 times in 2027), the steering group and the political steering
 * group three times each, and the coordination group monthly in the normal phase until the steering
 * group raises it to the elevated phase, then every other week. No timer fires twice.
 */
@Deployment(resources = {"bpmn/est-weekly-cycle.bpmn", "bpmn/coordination-group-meeting.bpmn",
        "bpmn/steering-group-meeting.bpmn", "bpmn/political-steering-group-meeting.bpmn",
        "bpmn/meeting-cadence.dmn"})
class MeetingCalendarYearTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension engine = ProcessTests.engine();

    private static final ZonedDateTime NEW_YEAR = ZonedDateTime.of(2027, 1, 1, 0, 0, 0, 0, STOCKHOLM);
    /** When the steering group raises the phase in this year: after its May meeting. */
    private static final ZonedDateTime PHASE_RAISED = ZonedDateTime.of(2027, 7, 1, 0, 0, 0, 0, STOCKHOLM);

    private final CoordinationPhases phases = mock(CoordinationPhases.class);
    private MeetingSchedule schedule;

    @BeforeEach
    void settingsOfApplicationYml() {
        ProcessTests.bindAssertions(engine);
        ClockUtil.setCurrentTime(Date.from(NEW_YEAR.toInstant()));
        when(phases.current()).thenReturn("normal");
        schedule = new MeetingSchedule(LocalDateTime.of(2026, 1, 8, 9, 0), "0 0 13 10 FEB,MAY,OCT ?",
                Duration.ofDays(160), "0 0 13 24 FEB,MAY,OCT ?", Duration.ofDays(160), phases, new MeetingCadence(),
                new EngineClock(STOCKHOLM));
        Mocks.register("meetingSchedule", schedule);
        Mocks.register("estSchedule", new EstSchedule("0 0 7 ? * MON", Duration.ofDays(2)));
        // what the processes do once started is tested elsewhere: here EST finds its week compiled already
        // and the meetings wait at their agenda's job
        Mocks.register("compileWeeklyPicture", (JavaDelegate) execution -> execution.setVariable("pictureCompiled", false));
        Mocks.register("openOrdinaryMeeting", (ExecutionListener) execution -> { });
    }

    @AfterEach
    void cleanUp() {
        ProcessTests.cleanUp(engine);
    }

    @Test
    void eachBodyMeetsAsItsCadenceSaysAndNoTimerFiresTwice() {
        ProcessEngine processEngine = engine.getProcessEngine();
        Map<String, List<ZonedDateTime>> meetings = new HashMap<>();
        Set<String> fired = new HashSet<>();
        boolean phaseRaised = false;

        for (Job next = nextTimer(processEngine); next.getDuedate().toInstant().isBefore(NEW_YEAR.plusYears(1)
                .toInstant()); next = nextTimer(processEngine)) {
            if (!phaseRaised && !next.getDuedate().toInstant().isBefore(PHASE_RAISED.toInstant())) {
                ClockUtil.setCurrentTime(Date.from(PHASE_RAISED.toInstant()));
                when(phases.current()).thenReturn("förhöjd");
                schedule.rescheduleCoordinationGroup(processEngine.getManagementService());
                phaseRaised = true;
                continue;
            }
            String key = processEngine.getRepositoryService().getProcessDefinition(next.getProcessDefinitionId())
                    .getKey();
            assertThat(fired.add(key + "@" + next.getDuedate().getTime())).as("%s fired twice at %s", key,
                    next.getDuedate()).isTrue();
            ClockUtil.setCurrentTime(next.getDuedate());
            processEngine.getManagementService().executeJob(next.getId());
            meetings.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(next.getDuedate().toInstant().atZone(STOCKHOLM));
        }

        assertThat(meetings.get("est-weekly-cycle")).hasSize(52)
                .allSatisfy(at -> assertThat(at.toLocalDateTime().getDayOfWeek().name()).isEqualTo("MONDAY"))
                .allSatisfy(at -> assertThat(at.getHour()).isEqualTo(7));
        assertThat(meetings.get("steering-group-meeting")).extracting(ZonedDateTime::toLocalDateTime).containsExactly(
                LocalDateTime.of(2027, 2, 10, 13, 0), LocalDateTime.of(2027, 5, 10, 13, 0),
                LocalDateTime.of(2027, 10, 10, 13, 0));
        assertThat(meetings.get("political-steering-group-meeting")).extracting(ZonedDateTime::toLocalDateTime)
                .containsExactly(LocalDateTime.of(2027, 2, 24, 13, 0), LocalDateTime.of(2027, 5, 24, 13, 0),
                        LocalDateTime.of(2027, 10, 24, 13, 0));
        // monthly (normal) on the 8th until July; then every other week (förhöjd) in the cycle from 8 January 2026
        assertThat(meetings.get("coordination-group-meeting")).extracting(at -> at.toLocalDate().toString())
                .containsExactly("2027-01-08", "2027-02-08", "2027-03-08", "2027-04-08", "2027-05-08", "2027-06-08",
                        "2027-07-08", "2027-07-22", "2027-08-05", "2027-08-19", "2027-09-02", "2027-09-16",
                        "2027-09-30", "2027-10-14", "2027-10-28", "2027-11-11", "2027-11-25", "2027-12-09",
                        "2027-12-23");
        assertThat(meetings.get("coordination-group-meeting")).allSatisfy(at -> assertThat(at.getHour()).isEqualTo(9));
        // every meeting started its process once
        assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery().count())
                .isEqualTo(52 + 3 + 3 + 19);
    }

    /** The timer start event due first, of any of the four processes. */
    private static Job nextTimer(ProcessEngine processEngine) {
        return processEngine.getManagementService().createJobQuery().timers().list().stream()
                .filter(job -> job.getProcessInstanceId() == null)
                .min(Comparator.comparing(Job::getDuedate)).orElseThrow();
    }
}
