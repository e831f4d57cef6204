package se.linkoping.samverkan.eventcoordination;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.linkoping.samverkan.eventcoordination.CoordinatedEvents.Event;
import se.linkoping.samverkan.forms.TextFields;
import se.linkoping.samverkan.identity.OrganisationGroup;
import se.linkoping.samverkan.system.Swedish;

/** What the forms of {@code event-coordination} show of an event: its facts, and the participants' plans. */
@Component("eventTexts")
@Transactional(readOnly = true)
public class EventTexts {

    private final CoordinatedEvents events;
    private final EventRecords records;

    public EventTexts(CoordinatedEvents events, EventRecords records) {
        this.events = events;
        this.records = records;
    }

    /** What the participants read about the event. */
    public String facts(String processInstanceId) {
        Event e = events.of(processInstanceId);
        return e.name() + ", " + Swedish.day(e.date()) + " i " + e.districtName() + ". Arrangör: " + e.organiser()
                + ". Väntat antal besökare: " + e.expectedVisitors() + ". Deltar: "
                + String.join(", ", e.participants().stream().map(EventTexts::groupName).toList()) + ".";
    }

    /** The participants' plans, for the joint briefing. */
    public String plans(String processInstanceId) {
        List<String> lines = records.plansOf(events.of(processInstanceId).id()).stream()
                .map(p -> "• " + groupName(p.groupId()) + ": " + (p.plan() == null ? "(ingen planering)" : p.plan()))
                .toList();
        return lines.isEmpty() ? "Inga planeringar." : TextFields.forDisplay(String.join("\n", lines));
    }

    private static String groupName(String id) {
        return OrganisationGroup.byId(id).map(OrganisationGroup::swedishName).orElse(id);
    }
}
