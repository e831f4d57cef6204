package se.linkoping.samverkan.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static se.linkoping.samverkan.support.Times.STOCKHOLM;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.linkoping.samverkan.eventcoordination.CoordinatedEvents.Coordination;
import se.linkoping.samverkan.eventcoordination.CoordinatedEvents.Event;
import se.linkoping.samverkan.identity.OrganisationGroup;

/** A known event as calendar entries, and which coordinations count as cancelled, without an engine. */
class EventCalendarTest {

    private static final Event VALBORG = new Event(7, "Valborg i Trädgårdsföreningen", LocalDate.of(2027, 4, 30),
            "innerstaden", "Innerstaden", 8000, "Linköpings kommun", List.of("police", "culture-leisure"));

    @Test
    void theEventIsAWholeDayWithItsFactsInSwedish() {
        AllDayEvent day = EventCalendar.day(VALBORG);

        assertThat(day.uid()).isEqualTo("event-7-day@samverkan.linkoping.se");
        assertThat(day.day()).isEqualTo(LocalDate.of(2027, 4, 30));
        assertThat(day.summary()).isEqualTo("Händelse: Valborg i Trädgårdsföreningen");
        assertThat(day.description()).isEqualTo("""
                Känd händelse den 30 april 2027.
                Stadsdel: Innerstaden
                Arrangör: Linköpings kommun
                Väntat antal besökare: 8000
                Deltar:
                • Polisen, lokalpolisområde Linköping
                • Kultur- och fritidsförvaltningen
                Samordnas av lednings- och samordningsgruppen i Samverkan.""");
    }

    @Test
    void theBriefingIsBookedFromItsTimerAndThePlanningStartIsTheParticipantsOwn() {
        ZonedDateTime briefingAt = ZonedDateTime.of(2027, 4, 28, 8, 0, 0, 0, STOCKHOLM);
        PlannedMeeting briefing = EventCalendar.briefing(VALBORG, briefingAt, Duration.ofHours(2));

        assertThat(briefing.uid()).isEqualTo("event-7-briefing@samverkan.linkoping.se");
        assertThat(briefing.summary()).isEqualTo("Gemensam genomgång inför: Valborg i Trädgårdsföreningen");
        assertThat(briefing.start()).isEqualTo(briefingAt);
        assertThat(briefing.end()).isEqualTo(briefingAt.plusHours(2));
        assertThat(briefing.description()).startsWith("Deltagarnas planeringar gås igenom tillsammans inför "
                + "händelsen den 30 april 2027.").contains("Arrangör: Linköpings kommun");

        AllDayEvent planning = EventCalendar.planning(VALBORG, OrganisationGroup.POLICE,
                ZonedDateTime.of(2027, 4, 9, 8, 0, 0, 0, STOCKHOLM));
        assertThat(planning.uid()).isEqualTo("event-7-planning-police@samverkan.linkoping.se");
        assertThat(planning.day()).isEqualTo(LocalDate.of(2027, 4, 9));
        assertThat(planning.summary()).isEqualTo("Planering inför: Valborg i Trädgårdsföreningen");
        assertThat(planning.description()).startsWith("Polisen, lokalpolisområde Linköping planerar i Samverkan "
                + "(Tasklist) vad den gör inför, under och efter händelsen den 30 april 2027. Uppgiften kommer kl. 08:00.");
    }

    @Test
    void aCoordinationThatNoLongerRunsWithoutAnEvaluationWasCancelled() {
        assertThat(EventCalendar.shown(new Coordination(VALBORG, "pi-1", false), Set.of("pi-1"))).isTrue();
        assertThat(EventCalendar.shown(new Coordination(VALBORG, "pi-1", true), Set.of())).isTrue();
        assertThat(EventCalendar.shown(new Coordination(VALBORG, "pi-1", false), Set.of("pi-2"))).isFalse();
    }
}
