package se.linkoping.samverkan.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZonedDateTime;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/calendar/{body}.ics}: a body's planned meetings to subscribe to in Outlook. Behind the
 * API's HTTP Basic authentication like the rest of {@code /api}; meeting dates are not secret among
 * staff, so any user may read any body's calendar.
 */
@RestController
@RequestMapping("/api/calendar")
class CalendarController {

    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final MeetingCalendar calendar;
    private final Clock clock;

    CalendarController(MeetingCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping("/{body}.ics")
    ResponseEntity<byte[]> calendar(@PathVariable String body) {
        return calendar.name(body)
                .map(name -> ResponseEntity.ok()
                        .contentType(CALENDAR)
                        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + body + ".ics\"")
                        .body(Ics.calendar(name, calendar.planned(body), ZonedDateTime.now(clock))
                                .getBytes(StandardCharsets.UTF_8)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
