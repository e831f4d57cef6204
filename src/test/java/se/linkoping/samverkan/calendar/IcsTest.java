package se.linkoping.samverkan.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static se.linkoping.samverkan.support.Times.STOCKHOLM;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;

/**
 * The iCalendar writer, read back by ical4j: folded lines, escaped text, UTC times (also across the
 * daylight-saving changes), whole days, Stockholm's time zone.
 */
class IcsTest {

    @Test
    void aCalendarWithLongSwedishTextParsesBackToTheSameValues() throws Exception {
        String description = "Ordinarie möte; fas förhöjd, varannan vecka.\nDagordningen förbereds av "
                + "säkerhetsenheten eller stadsdelssamordnarna i Samverkan – läs ärendena före mötet \\ tack.";
        ZonedDateTime start = ZonedDateTime.of(2027, 7, 8, 9, 0, 0, 0, STOCKHOLM);
        String ics = Ics.calendar("Lednings- och samordningsgruppen – möten", List.of(
                new PlannedMeeting("coordination-group-20270708T0900@samverkan.linkoping.se",
                        "Lednings- och samordningsgruppens möte", description, start, start.plusHours(2))),
                ZonedDateTime.of(2027, 7, 1, 12, 0, 0, 0, STOCKHOLM));

        assertThat(ics).endsWith("END:VCALENDAR\r\n").doesNotContain("\r\n\r\n");
        assertThat(Arrays.stream(ics.split("\r\n")))
                .allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(calendar.validate().getEntries()).isEmpty();
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue())
                    .isEqualTo("Lednings- och samordningsgruppens möte");
            assertThat(event.getProperty(Property.DESCRIPTION).orElseThrow().getValue()).isEqualTo(description);
            // 09:00 Swedish summer time is 07:00 UTC
            assertThat(event.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20270708T070000Z");
            assertThat(event.getProperty(Property.UID).orElseThrow().getValue())
                    .isEqualTo("coordination-group-20270708T0900@samverkan.linkoping.se");
        });
    }

    @Test
    void aWholeDayIsADateAndTextKeepsCommasSemicolonsAndEveryKindOfLineBreak() throws Exception {
        String ics = Ics.calendar("Kända händelser", List.of(new AllDayEvent("event-7-day@samverkan.linkoping.se",
                        "Händelse: Valborg, fyrverkeri; kl. 21", "Rad ett\r\nrad två\rrad tre\nrad\tfyra\u0007 \\ slut",
                        LocalDate.of(2027, 4, 30))),
                ZonedDateTime.of(2027, 4, 1, 12, 0, 0, 0, STOCKHOLM));

        assertThat(ics).contains("\r\nDTSTART;VALUE=DATE:20270430\r\n", "\r\nDTEND;VALUE=DATE:20270501\r\n",
                "\r\nSUMMARY:Händelse: Valborg\\, fyrverkeri\\; kl. 21\r\n", "\r\nTRANSP:TRANSPARENT\r\n");
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(calendar.validate().getEntries()).isEmpty();
        VEvent day = calendar.<VEvent>getComponents(Component.VEVENT).get(0);
        assertThat(day.getProperty(Property.DTSTART).orElseThrow().getParameter(Parameter.VALUE).orElseThrow()
                .getValue()).isEqualTo("DATE");
        assertThat(day.getProperty(Property.SUMMARY).orElseThrow().getValue())
                .isEqualTo("Händelse: Valborg, fyrverkeri; kl. 21");
        // the bell (U+0007) may not be in a TEXT value and is left out; the tab stays
        assertThat(day.getProperty(Property.DESCRIPTION).orElseThrow().getValue())
                .isEqualTo("Rad ett\nrad två\nrad tre\nrad\tfyra \\ slut");
    }

    @Test
    void aFeedWithNothingPlannedIsStillAValidCalendar() throws Exception {
        String ics = Ics.calendar("Utbildningsförvaltningen – kända händelser", List.of(),
                ZonedDateTime.of(2027, 4, 1, 12, 0, 0, 0, STOCKHOLM));

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(calendar.validate().getEntries()).isEmpty();
        assertThat(calendar.getComponents(Component.VEVENT)).isEmpty();
        assertThat(calendar.getComponents(Component.VTIMEZONE)).hasSize(1);
    }

    @Test
    void meetingsAcrossTheDaylightSavingChangesAreAtTheRightInstantAndTheTimeZoneIsStockholms() throws Exception {
        List<PlannedMeeting> meetings = Stream.of(LocalDate.of(2027, 3, 26), LocalDate.of(2027, 3, 29),
                        LocalDate.of(2027, 10, 29), LocalDate.of(2027, 11, 1))
                .map(day -> day.atTime(9, 0).atZone(STOCKHOLM))
                .map(start -> new PlannedMeeting("est-" + start.toLocalDate() + "@samverkan.linkoping.se", "EST",
                        "Lägesbild", start, start.plusHours(1)))
                .toList();
        Calendar calendar = new CalendarBuilder().build(new StringReader(Ics.calendar("EST – veckovis lägesbild",
                meetings, ZonedDateTime.of(2027, 3, 1, 12, 0, 0, 0, STOCKHOLM))));

        assertThat(calendar.validate().getEntries()).isEmpty();
        // 09:00 is 08:00 UTC in winter time and 07:00 UTC in summer time (last Sundays of March and October)
        assertThat(calendar.<VEvent>getComponents(Component.VEVENT))
                .extracting(event -> event.getProperty(Property.DTSTART).orElseThrow().getValue())
                .containsExactly("20270326T080000Z", "20270329T070000Z", "20271029T070000Z", "20271101T080000Z");
        VTimeZone zone = calendar.<VTimeZone>getComponent(Component.VTIMEZONE).orElseThrow();
        assertThat(zone.getProperty(Property.TZID).orElseThrow().getValue()).isEqualTo("Europe/Stockholm");
        assertThat(calendar.getProperty("X-WR-TIMEZONE").orElseThrow().getValue()).isEqualTo("Europe/Stockholm");
        TimeZone rules = new TimeZone(zone);
        for (PlannedMeeting meeting : meetings) {
            assertThat(rules.getOffset(meeting.start().toInstant().toEpochMilli()))
                    .isEqualTo(meeting.start().getOffset().getTotalSeconds() * 1000);
        }
    }

    @Test
    void foldingNeverSplitsACharacter() {
        StringBuilder ics = new StringBuilder();
        Ics.line(ics, "DESCRIPTION:" + "å".repeat(100));
        String[] lines = ics.toString().split("\r\n");
        assertThat(lines).hasSizeGreaterThan(2);
        assertThat(Arrays.stream(lines)).allSatisfy(line -> {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            assertThat(new String(line.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(line);
        });
        assertThat(String.join("", Arrays.stream(lines).map(l -> l.startsWith(" ") ? l.substring(1) : l).toList()))
                .isEqualTo("DESCRIPTION:" + "å".repeat(100));
    }
}
