package se.linkoping.samverkan.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import se.linkoping.samverkan.DemoLogins;
import se.linkoping.samverkan.RestClient;
import se.linkoping.samverkan.TestData;
import se.linkoping.samverkan.meetings.MeetingBody;
import se.linkoping.samverkan.meetings.Meetings;

/**
 * The calendar feeds over HTTP: valid iCalendar for a logged-in user, 401 without credentials, and a
 * phase the steering group sets moves the coordination group's meetings in the feed. Run on H2 and
 * PostgreSQL.
 */
abstract class CalendarScenarios {

    @Autowired
    TestRestTemplate http;
    @Autowired
    Meetings meetings;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtimeService;

    @BeforeEach
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
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.getBody()));
        calendar.validate();
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(3).allSatisfy(event -> assertThat(event.getProperty(Property.SUMMARY).orElseThrow()
                .getValue()).isEqualTo("Politiska styrgruppens möte"));
        assertThat(events(DemoLogins.EST_POLICE, "est")).hasSizeBetween(52, 53);
    }

    @Test
    void withoutCredentialsTheFeedAnswers401AndAnUnknownBody404() {
        assertThat(RestClient.anonymous(http).getText("/api/calendar/steering-group.ics").getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(RestClient.as(http, DemoLogins.DIRECTOR).getText("/api/calendar/auditors.ics").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
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

    private List<VEvent> events(String user, String body) throws Exception {
        String ics = RestClient.as(http, user).getText("/api/calendar/" + body + ".ics").getBody();
        return new CalendarBuilder().build(new StringReader(ics)).getComponents(Component.VEVENT);
    }
}
