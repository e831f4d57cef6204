package se.linkoping.samverkan.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import se.linkoping.samverkan.eventcoordination.CoordinatedEvents;
import se.linkoping.samverkan.eventcoordination.CoordinatedEvents.Coordination;
import se.linkoping.samverkan.eventcoordination.CoordinatedEvents.Event;
import se.linkoping.samverkan.identity.OrganisationGroup;

/**
 * Known events in the calendars: for each event dated from today to the horizon whose coordination
 * was not cancelled, the day of the event and the joint briefing before it, at the time its timer
 * fires; in the calendar of a group that takes part, also the day its planning task appears.
 *
 * <p>A coordination was cancelled when its {@code event-coordination} instance no longer runs and the
 * evaluation, its last step, was never recorded (deleted in Cockpit or over the REST API). A running
 * instance is the only thing asked of the engine, in one query for all events of the feed.
 */
@Service
class EventCalendar {

    private static final DateTimeFormatter SWEDISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("sv"));
    private static final DateTimeFormatter SWEDISH_TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final String DOMAIN = "@samverkan.linkoping.se";

    private final CoordinatedEvents events;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final Clock clock;
    private final Duration horizon;
    private final Duration briefingLength;

    EventCalendar(CoordinatedEvents events, RuntimeService runtimeService, IdentityService identityService, Clock clock,
                  @Value("${samverkan.calendar.horizon}") Duration horizon,
                  @Value("${samverkan.calendar.meeting-length}") Duration briefingLength) {
        this.events = events;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.clock = clock;
        this.horizon = horizon;
        this.briefingLength = briefingLength;
    }

    /** Every coordinated event's day and briefing, earliest event first. */
    List<CalendarEntry> all() {
        List<CalendarEntry> entries = new ArrayList<>();
        for (Event event : coordinated()) {
            entries.add(day(event));
            entries.add(briefing(event, events.briefingStart(event.date()), briefingLength));
        }
        return entries;
    }

    /** The events a group takes part in: the day its planning starts, the briefing and the event's day. */
    List<CalendarEntry> takenPartIn(OrganisationGroup group) {
        List<CalendarEntry> entries = new ArrayList<>();
        for (Event event : coordinated()) {
            if (event.participants().contains(group.id())) {
                entries.add(planning(event, group, events.planningStart(event.date())));
                entries.add(briefing(event, events.briefingStart(event.date()), briefingLength));
                entries.add(day(event));
            }
        }
        return entries;
    }

    private List<Event> coordinated() {
        ZonedDateTime now = ZonedDateTime.now(clock);
        List<Coordination> dated = events.dated(now.toLocalDate(), now.plus(horizon).toLocalDate());
        Set<String> running = running(dated.stream().map(Coordination::processInstanceId).toList());
        return dated.stream().filter(coordination -> shown(coordination, running)).map(Coordination::event).toList();
    }

    /** Shown unless cancelled: evaluated, or its process still runs. */
    static boolean shown(Coordination coordination, Set<String> running) {
        return coordination.evaluated() || running.contains(coordination.processInstanceId());
    }

    /**
     * Which of these process instances still run. Asked without the caller's authorizations: staff
     * may not read process instances, and only whether an event's coordination runs comes back.
     */
    private Set<String> running(Collection<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return Set.of();
        }
        Authentication caller = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return runtimeService.createProcessInstanceQuery().processInstanceIds(new HashSet<>(processInstanceIds))
                    .list().stream().map(ProcessInstance::getId).collect(Collectors.toSet());
        } finally {
            if (caller != null) {
                identityService.setAuthentication(caller);
            }
        }
    }

    /** The day of the event, as a whole day. */
    static AllDayEvent day(Event event) {
        return new AllDayEvent(uid(event, "day"), "Händelse: " + event.name(),
                "Känd händelse den " + event.date().format(SWEDISH_DATE) + ".\n" + facts(event)
                        + "\nSamordnas av lednings- och samordningsgruppen i Samverkan.", event.date());
    }

    /** The joint briefing before the event, from when its timer fires, as long as a meeting. */
    static PlannedMeeting briefing(Event event, ZonedDateTime start, Duration length) {
        return new PlannedMeeting(uid(event, "briefing"), "Gemensam genomgång inför: " + event.name(),
                "Deltagarnas planeringar gås igenom tillsammans inför händelsen den "
                        + event.date().format(SWEDISH_DATE) + ". Uppgiften finns i Samverkan (Tasklist) för "
                        + "lednings- och samordningsgruppen och polisen.\n" + facts(event), start, start.plus(length));
    }

    /** The day a participant's planning task appears, as a whole day. */
    static AllDayEvent planning(Event event, OrganisationGroup group, ZonedDateTime start) {
        return new AllDayEvent(uid(event, "planning-" + group.id()), "Planering inför: " + event.name(),
                group.swedishName() + " planerar i Samverkan (Tasklist) vad den gör inför, under och efter "
                        + "händelsen den " + event.date().format(SWEDISH_DATE) + ". Uppgiften kommer kl. "
                        + start.format(SWEDISH_TIME) + ".\n" + facts(event), start.toLocalDate());
    }

    private static String facts(Event event) {
        return "Stadsdel: " + event.districtName() + "\nArrangör: " + event.organiser() + "\nVäntat antal besökare: "
                + event.expectedVisitors() + "\nDeltar:" + event.participants().stream()
                .map(id -> "\n• " + OrganisationGroup.byId(id).map(OrganisationGroup::swedishName).orElse(id))
                .collect(Collectors.joining());
    }

    /** Stable per event and kind of entry: the event's id never changes, nor does its date. */
    private static String uid(Event event, String kind) {
        return "event-" + event.id() + "-" + kind + DOMAIN;
    }
}
