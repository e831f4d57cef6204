package se.linkoping.samverkan.calendar;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import se.linkoping.samverkan.identity.OrganisationGroup;
import se.linkoping.samverkan.meeting.MeetingBody;

/**
 * The calendar feeds by their id: {@code events} (every known event), the bodies' meetings (EST, the
 * coordination group with the known events it coordinates, the steering groups), and for a
 * department, unit or the police the known events it takes part in.
 */
@Service
class CalendarFeeds {

    static final String EVENTS = "events";

    /** A feed's name as the calendar shows it, and its entries. */
    record Feed(String name, List<CalendarEntry> entries) {
    }

    private final MeetingCalendar meetings;
    private final EventCalendar events;

    CalendarFeeds(MeetingCalendar meetings, EventCalendar events) {
        this.meetings = meetings;
        this.events = events;
    }

    /** The feed with this id, or empty when there is none. */
    Optional<Feed> feed(String id) {
        if (EVENTS.equals(id)) {
            return Optional.of(new Feed("Kända händelser", events.all()));
        }
        if (MeetingBody.COORDINATION_GROUP.id().equals(id)) {
            List<CalendarEntry> entries = new ArrayList<>(meetings.planned(id));
            entries.addAll(events.all());
            return Optional.of(new Feed(MeetingBody.COORDINATION_GROUP.swedishName() + " – möten och kända händelser",
                    entries));
        }
        Optional<String> body = meetings.name(id);
        if (body.isPresent()) {
            return Optional.of(new Feed(body.get(), List.copyOf(meetings.planned(id))));
        }
        return OrganisationGroup.byId(id).filter(group -> group.kind() == OrganisationGroup.Kind.UNIT)
                .map(group -> new Feed(group.swedishName() + " – kända händelser", events.takenPartIn(group)));
    }
}
