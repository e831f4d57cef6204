package se.linkoping.samverkan.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import se.linkoping.samverkan.eventcoordination.CoordinatedEvents;
import se.linkoping.samverkan.meeting.MeetingBody;
import se.linkoping.samverkan.meeting.Meetings;
import se.linkoping.samverkan.support.DemoLogins;
import se.linkoping.samverkan.support.RestClient;
import se.linkoping.samverkan.support.Scenario;
import se.linkoping.samverkan.support.TestData;

/**
 * The calendar feeds over HTTP: valid iCalendar for a logged-in user, 401 without credentials, a
 * phase the steering group sets moves the coordination group's meetings in the feed, and the known
 * events being coordinated (from today to the horizon, not cancelled) are in the coordination group's
 * feed, in events.ics and in the feeds of the groups that take part. Run on H2 and PostgreSQL.
 */
abstract class CalendarScenarios extends Scenario {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    @Autowired
    Meetings meetings;
    @Autowired
    ProcessEngine engine;
    @Autowired
    CoordinatedEvents coordinatedEvents;
    @Autowired
    Clock clock;

    /** The tables emptied after each scenario too: the phase is normal again for the classes that follow. */
    @AfterEach
    void normalPhase() {
        TestData.clear(jdbc, runtimeService);
    }

    @Test
    void aBodysPlannedMeetingsAreAValidCalendar() throws Exception {
        ResponseEntity<String> feed = RestClient.as(http, DemoLogins.POLITICIAN)
                .getText("/api/calendar/political-steering-group.ics");

        assertThat(feed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(feed.getHeaders().getContentType().toString()).startsWith("text/calendar");
        Calendar calendar = valid(feed.getBody());
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(3).allSatisfy(event -> assertThat(event.getProperty(Property.SUMMARY).orElseThrow()
                .getValue()).isEqualTo("Politiska styrgruppens möte"));
        assertThat(events(DemoLogins.EST_POLICE, "est")).hasSizeBetween(52, 53);
    }

    @Test
    void withoutCredentialsTheFeedAnswers401AndAnUnknownBody404() {
        for (String feed : List.of("steering-group", "coordination-group", "events", "police")) {
            assertThat(RestClient.anonymous(http).getText("/api/calendar/" + feed + ".ics").getStatusCode())
                    .as(feed).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        assertThat(RestClient.as(http, DemoLogins.DIRECTOR).getText("/api/calendar/auditors.ics").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void knownEventsAreInTheCoordinationGroupsFeedInEventsIcsAndInTheParticipantsFeeds() throws Exception {
        LocalDate today = LocalDate.now(clock);
        LocalDate date = today.plusDays(40);
        String valborg = coordinate("Valborg i Trädgårdsföreningen, med fyrverkeri; kl. 21", date,
                "police,culture-leisure");
        long id = coordinatedEvents.of(valborg).id();
        coordinate("Skyltsöndag", today.plusDays(400), "police");
        runtimeService.deleteProcessInstance(coordinate("Kulturnatten", today.plusDays(20), "police"), "inställd");
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.now(clock).minusDays(10).toInstant()));
        coordinate("Stadsfesten", today.minusDays(5), "police");
        ClockUtil.reset();

        Calendar coordinationGroup = valid(feed(DemoLogins.DEPARTMENT_HEAD, "coordination-group"));
        assertThat(calendarName(coordinationGroup)).isEqualTo("Lednings- och samordningsgruppen – möten och kända händelser");
        assertThat(eventEntries(coordinationGroup)).extracting(CalendarScenarios::uid)
                .containsExactly("event-" + id + "-day@samverkan.linkoping.se",
                        "event-" + id + "-briefing@samverkan.linkoping.se");
        assertThat(coordinationGroup.<VEvent>getComponents(Component.VEVENT)).hasSizeBetween(14, 15);

        VEvent day = eventEntries(coordinationGroup).get(0);
        Property start = day.getProperty(Property.DTSTART).orElseThrow();
        assertThat(start.getParameter(Parameter.VALUE).orElseThrow().getValue()).isEqualTo("DATE");
        assertThat(start.getValue()).isEqualTo(date.format(DateTimeFormatter.BASIC_ISO_DATE));
        assertThat(day.getProperty(Property.DTEND).orElseThrow().getValue())
                .isEqualTo(date.plusDays(1).format(DateTimeFormatter.BASIC_ISO_DATE));
        assertThat(text(day, Property.SUMMARY)).isEqualTo("Händelse: Valborg i Trädgårdsföreningen, med fyrverkeri; kl. 21");
        assertThat(text(day, Property.DESCRIPTION)).contains("Stadsdel: Innerstaden\nArrangör: Linköpings kommun\n"
                + "Väntat antal besökare: 8000\nDeltar:\n• Polisen, lokalpolisområde Linköping\n"
                + "• Kultur- och fritidsförvaltningen");

        VEvent briefing = eventEntries(coordinationGroup).get(1);
        assertThat(text(briefing, Property.SUMMARY))
                .isEqualTo("Gemensam genomgång inför: Valborg i Trädgårdsföreningen, med fyrverkeri; kl. 21");
        assertThat(text(briefing, Property.DTSTART))
                .isEqualTo(UTC.format(coordinatedEvents.briefingAt(valborg).toInstant()))
                .isEqualTo(UTC.format(date.minusDays(2).atTime(8, 0).atZone(clock.getZone())));

        // read by a user who may not read the process instances, which the feed asks the engine about
        Calendar events = valid(feed(DemoLogins.of("police"), "events"));
        assertThat(calendarName(events)).isEqualTo("Kända händelser");
        assertThat(events.<VEvent>getComponents(Component.VEVENT)).extracting(CalendarScenarios::uid)
                .containsExactly("event-" + id + "-day@samverkan.linkoping.se",
                        "event-" + id + "-briefing@samverkan.linkoping.se");

        Calendar police = valid(feed(DemoLogins.EST_POLICE, "police"));
        assertThat(calendarName(police)).isEqualTo("Polisen, lokalpolisområde Linköping – kända händelser");
        assertThat(police.<VEvent>getComponents(Component.VEVENT)).extracting(CalendarScenarios::uid)
                .containsExactly("event-" + id + "-planning-police@samverkan.linkoping.se",
                        "event-" + id + "-briefing@samverkan.linkoping.se", "event-" + id + "-day@samverkan.linkoping.se");
        assertThat(police.<VEvent>getComponents(Component.VEVENT).get(0).getProperty(Property.DTSTART).orElseThrow()
                .getValue()).isEqualTo(date.minusDays(21).format(DateTimeFormatter.BASIC_ISO_DATE));

        Calendar socialCare = valid(feed(DemoLogins.DEPARTMENT_HEAD, "social-care"));
        assertThat(calendarName(socialCare)).isEqualTo("Social- och omsorgsförvaltningen – kända händelser");
        assertThat(socialCare.getComponents(Component.VEVENT)).isEmpty();
    }

    @Test
    void aPhaseChangeMovesTheCoordinationGroupsMeetings() throws Exception {
        assertThat(events(DemoLogins.DEPARTMENT_HEAD, "coordination-group")).hasSizeBetween(12, 13);

        meetings.open("steering-meeting", MeetingBody.STEERING_GROUP, false, null, "system");
        meetings.setPhase("steering-meeting", "förhöjd", "Skjutningar i två stadsdelar.", DemoLogins.DIRECTOR, engine);

        List<VEvent> elevated = events(DemoLogins.DEPARTMENT_HEAD, "coordination-group");
        assertThat(elevated).hasSizeBetween(26, 27);
        assertThat(elevated.get(0).getProperty(Property.DESCRIPTION).orElseThrow().getValue())
                .contains("Fas förhöjd: varannan vecka");
    }

    /** Starts the coordination of an event as the start form does; it registers the event. */
    private String coordinate(String name, LocalDate date, String participants) {
        return runtimeService.startProcessInstanceByKey("event-coordination", Variables.putValue("eventName", name)
                .putValue("eventDate", date.toString()).putValue("district", "innerstaden")
                .putValue("expectedVisitors", 8000L).putValue("organiser", "Linköpings kommun")
                .putValue("participants", participants)).getId();
    }

    private List<VEvent> events(String user, String body) throws Exception {
        return valid(feed(user, body)).getComponents(Component.VEVENT);
    }

    private String feed(String user, String id) {
        ResponseEntity<String> feed = RestClient.as(http, user).getText("/api/calendar/" + id + ".ics");
        assertThat(feed.getStatusCode()).isEqualTo(HttpStatus.OK);
        return feed.getBody();
    }

    /** Parsed and validated by ical4j, whose {@code validate()} reports problems rather than throwing. */
    private static Calendar valid(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(calendar.validate().getEntries()).isEmpty();
        return calendar;
    }

    private static List<VEvent> eventEntries(Calendar calendar) {
        return calendar.<VEvent>getComponents(Component.VEVENT).stream()
                .filter(entry -> uid(entry).startsWith("event-")).toList();
    }

    private static String calendarName(Calendar calendar) {
        return calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue();
    }

    private static String uid(VEvent entry) {
        return text(entry, Property.UID);
    }

    private static String text(VEvent entry, String property) {
        return entry.getProperty(property).orElseThrow().getValue();
    }
}
