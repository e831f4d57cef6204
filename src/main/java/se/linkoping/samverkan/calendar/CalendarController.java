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
 * {@code GET /api/calendar/{feed}.ics}: a calendar to subscribe to in Outlook — a body's planned
 * meetings, {@code events.ics} for the known events, or a department's or unit's known events (see
 * {@link CalendarFeeds}). Behind the API's HTTP Basic authentication like the rest of {@code /api};
 * meeting and event dates are not secret among staff, so any user may read any feed.
 */
@RestController
@RequestMapping("/api/calendar")
class CalendarController {

    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final CalendarFeeds feeds;
    private final Clock clock;

    CalendarController(CalendarFeeds feeds, Clock clock) {
        this.feeds = feeds;
        this.clock = clock;
    }

    @GetMapping("/{feed}.ics")
    ResponseEntity<byte[]> calendar(@PathVariable String feed) {
        return feeds.feed(feed)
                .map(found -> ResponseEntity.ok()
                        .contentType(CALENDAR)
                        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + feed + ".ics\"")
                        .body(Ics.calendar(found.name(), found.entries(), ZonedDateTime.now(clock))
                                .getBytes(StandardCharsets.UTF_8)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
