package se.linkoping.samverkan.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static se.linkoping.samverkan.support.Times.STOCKHOLM;
import static se.linkoping.samverkan.support.Times.zoned;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

/**
 * When the bodies meet, without an engine: the cron dates, the coordination group's cycle in its phase
 * (the cadence read from the application's copy of meeting-cadence), how long a matter may wait, and
 * which coordination group meeting is the last before the steering group's.
 */
class MeetingScheduleTest {

    private final CoordinationPhases phases = mock(CoordinationPhases.class);

    @Test
    void theCoordinationGroupsCycleFollowsItsPhase() {
        when(phases.current()).thenReturn("normal");
        MeetingSchedule schedule = scheduleAt("2027-01-20T12:00");
        assertThat(schedule.coordinationGroupCycle()).isEqualTo("R/2026-01-08T09:00:00/P1M");
        assertThat(schedule.nextMeeting(MeetingBody.COORDINATION_GROUP, zoned("2027-01-20T12:00")))
                .isEqualTo(zoned("2027-02-08T09:00"));

        when(phases.current()).thenReturn("förhöjd");
        assertThat(schedule.coordinationGroupCycle()).isEqualTo("R/2026-01-08T09:00:00/P14D");
        assertThat(schedule.nextMeeting(MeetingBody.COORDINATION_GROUP, zoned("2027-01-20T12:00")))
                .isEqualTo(zoned("2027-01-21T09:00"));

        when(phases.current()).thenReturn("lugn");
        assertThat(schedule.nextMeeting(MeetingBody.COORDINATION_GROUP, zoned("2027-01-20T12:00")))
                .isEqualTo(zoned("2027-04-08T09:00"));
    }

    @Test
    void theSteeringGroupsMeetThreeTimesAYearOnTheirDates() {
        MeetingSchedule schedule = scheduleAt("2027-01-20T12:00");
        assertThat(schedule.nextMeeting(MeetingBody.STEERING_GROUP, zoned("2027-05-10T13:00")))
                .isEqualTo(zoned("2027-10-10T13:00"));
        assertThat(schedule.nextMeeting(MeetingBody.POLITICAL_STEERING_GROUP, zoned("2027-10-24T13:00")))
                .isEqualTo(zoned("2028-02-24T13:00"));
    }

    @Test
    void aMatterMayWaitAsLongAsItsBodysCadenceAllows() {
        when(phases.current()).thenReturn("normal");
        MeetingSchedule schedule = scheduleAt("2027-01-20T12:00");
        assertThat(schedule.maxWait("coordination-group")).isEqualTo("P35D");
        assertThat(schedule.waitAlertCycle("coordination-group")).isEqualTo("R/P35D");
        assertThat(schedule.maxWait("steering-group")).isEqualTo("P160D");
        when(phases.current()).thenReturn("förhöjd");
        assertThat(schedule.maxWait("coordination-group")).isEqualTo("P16D");
        assertThatThrownBy(() -> schedule.maxWait("est")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theLastCoordinationMeetingBeforeTheSteeringGroupsProposesThePlans() {
        when(phases.current()).thenReturn("normal");
        // 8 February: the steering group meets on the 10th, before the coordination group's 8 March
        assertThat(scheduleAt("2027-02-08T09:00").lastCoordinationMeetingBeforeSteeringGroup()).isTrue();
        // 8 January: the coordination group meets again on 8 February, before the steering group
        assertThat(scheduleAt("2027-01-08T09:00").lastCoordinationMeetingBeforeSteeringGroup()).isFalse();
        // the 8 February meeting's decisions done on the 11th, after the steering group met: still its tertial
        assertThat(scheduleAt("2027-02-11T16:00").lastCoordinationMeetingBeforeSteeringGroup(
                java.time.ZonedDateTime.parse("2027-02-08T09:00+01:00[Europe/Stockholm]"))).isTrue();
        assertThat(scheduleAt("2027-02-11T16:00").lastCoordinationMeetingBeforeSteeringGroup()).isFalse();
    }

    @Test
    void anUnknownPhaseHasNoCadence() {
        when(phases.current()).thenReturn("kaos");
        assertThatThrownBy(() -> scheduleAt("2027-01-20T12:00").coordinationGroupCycle())
                .hasMessageContaining("Fasen ”kaos” finns inte");
    }

    private MeetingSchedule scheduleAt(String now) {
        Clock clock = Clock.fixed(zoned(now).toInstant(), STOCKHOLM);
        return new MeetingSchedule(LocalDateTime.of(2026, 1, 8, 9, 0), "0 0 13 10 FEB,MAY,OCT ?",
                Duration.ofDays(160), "0 0 13 24 FEB,MAY,OCT ?", Duration.ofDays(160), phases, new MeetingCadence(),
                clock);
    }
}
