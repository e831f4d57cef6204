package se.linkoping.samverkan.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static se.linkoping.samverkan.support.Times.STOCKHOLM;
import static se.linkoping.samverkan.support.Times.zoned;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import se.linkoping.samverkan.estweeklycycle.EstSchedule;
import se.linkoping.samverkan.meeting.CoordinationPhases;
import se.linkoping.samverkan.meeting.MeetingCadence;
import se.linkoping.samverkan.meeting.MeetingSchedule;

/** A year of planned meetings per body, from the same schedule as the timers, without an engine. */
class MeetingCalendarTest {

    private final CoordinationPhases phases = mock(CoordinationPhases.class);
    private final Clock clock = Clock.fixed(ZonedDateTime.of(2027, 1, 1, 0, 0, 0, 0, STOCKHOLM).toInstant(), STOCKHOLM);
    private final MeetingCalendar calendar = new MeetingCalendar(
            new MeetingSchedule(LocalDateTime.of(2026, 1, 8, 9, 0), "0 0 13 10 FEB,MAY,OCT ?", Duration.ofDays(160),
                    "0 0 13 24 FEB,MAY,OCT ?", Duration.ofDays(160), phases, new MeetingCadence(), clock),
            new EstSchedule("0 0 7 ? * MON", Duration.ofDays(2)), clock, Duration.ofDays(365), Duration.ofHours(2));

    @Test
    void eachBodysYearAsItsCadenceSays() {
        when(phases.current()).thenReturn("normal");

        assertThat(calendar.planned("est")).hasSize(52).first()
                .satisfies(m -> assertThat(m.start()).isEqualTo(zoned("2027-01-04T07:00")));
        assertThat(calendar.planned("steering-group")).extracting(PlannedMeeting::start)
                .containsExactly(zoned("2027-02-10T13:00"), zoned("2027-05-10T13:00"), zoned("2027-10-10T13:00"));
        assertThat(calendar.planned("political-steering-group")).hasSize(3).first()
                .satisfies(m -> {
                    assertThat(m.summary()).isEqualTo("Politiska styrgruppens möte");
                    assertThat(m.end()).isEqualTo(zoned("2027-02-24T15:00"));
                    assertThat(m.uid()).isEqualTo("political-steering-group-20270224T1300@samverkan.linkoping.se");
                });
        assertThat(calendar.planned("coordination-group")).hasSize(12).first().satisfies(m -> {
            assertThat(m.summary()).isEqualTo("Lednings- och samordningsgruppens möte");
            assertThat(m.description()).contains("Fas normal: månadsvis");
        });
    }

    @Test
    void aPhaseChangeMovesTheCoordinationGroupsMeetings() {
        when(phases.current()).thenReturn("förhöjd");

        assertThat(calendar.planned("coordination-group")).hasSize(26).first()
                .satisfies(m -> assertThat(m.start()).isEqualTo(zoned("2027-01-07T09:00")));
    }

    @Test
    void onlyBodiesThatMeetHaveACalendar() {
        assertThat(calendar.name("est")).contains("EST – veckovis lägesbild");
        assertThat(calendar.name("steering-group")).contains("Styrgruppen – möten");
        assertThat(calendar.name("auditors")).isEmpty();
    }
}
