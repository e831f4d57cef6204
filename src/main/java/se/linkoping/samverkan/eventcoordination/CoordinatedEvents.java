package se.linkoping.samverkan.eventcoordination;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.linkoping.samverkan.forms.TextFields;
import se.linkoping.samverkan.identity.OrganisationGroup;
import se.linkoping.samverkan.referencedata.ReferenceData;
import se.linkoping.samverkan.refusal.Refusal;

/**
 * Known events and their coordination: checked whole and stored, or refused with Swedish reasons and
 * nothing stored. The process finds its event by its process instance, a plan task its plan by its
 * execution; the timers are set relative to the stored event date. What the forms show of an event is
 * written by {@link EventTexts}.
 */
@Service("events")
@Transactional
public class CoordinatedEvents {

    static final int TEXT_MAX = 4000;
    static final int NAME_MAX = 200;
    /** How far ahead an event can be coordinated. */
    static final int WITHIN_DAYS = 730;
    /** When on a day the coordination's timers fire. */
    static final LocalTime MORNING = LocalTime.of(8, 0);

    /** An event as started from the form, before anything is checked. */
    public record NewEvent(String name, String date, String district, Object expectedVisitors, String organiser,
                           Object participants) {
    }

    /** An event as stored. */
    public record Event(long id, String name, LocalDate date, String district, String districtName,
                        int expectedVisitors, String organiser, List<String> participants) {
    }

    /**
     * An event with what is known of its coordination without asking the engine.
     *
     * @param processInstanceId the {@code event-coordination} instance that coordinates it
     * @param evaluated         whether the coordination group has recorded its evaluation (the last step)
     */
    public record Coordination(Event event, String processInstanceId, boolean evaluated) {
    }

    private final EventRecords records;
    private final Clock clock;
    private final ReferenceData referenceData;
    private final Duration planningBefore;
    private final Duration briefingBefore;
    private final Duration evaluationAfter;

    public CoordinatedEvents(EventRecords records, Clock clock, ReferenceData referenceData,
                             @Value("${samverkan.events.planning-before}") Duration planningBefore,
                             @Value("${samverkan.events.briefing-before}") Duration briefingBefore,
                             @Value("${samverkan.events.evaluation-after}") Duration evaluationAfter) {
        this.records = records;
        this.clock = clock;
        this.referenceData = referenceData;
        this.planningBefore = planningBefore;
        this.briefingBefore = briefingBefore;
        this.evaluationAfter = evaluationAfter;
    }

    /**
     * Checks and stores an event for the process that coordinates it.
     *
     * @return its id
     * @throws Refusal with every reason when anything is wrong
     */
    public long register(NewEvent event, String startedBy, String processInstanceId) {
        List<String> reasons = new ArrayList<>();
        String name = TextFields.checked(event.name(), "Händelsens namn", NAME_MAX, true, reasons);
        String organiser = TextFields.checked(event.organiser(), "Arrangör", NAME_MAX, true, reasons);
        LocalDate date = date(event.date(), reasons);
        if (event.district() == null || referenceData.district(event.district()).isEmpty()) {
            reasons.add("Välj i vilken stadsdel händelsen äger rum.");
        }
        Integer visitors = visitors(event.expectedVisitors(), reasons);
        List<String> participants = participants(event.participants(), reasons);
        if (!reasons.isEmpty()) {
            throw new Refusal(reasons);
        }
        return records.insert(name, date, event.district(), visitors, organiser, participants, startedBy,
                OffsetDateTime.now(clock), processInstanceId);
    }

    private LocalDate date(String text, List<String> reasons) {
        if (text == null || text.isBlank()) {
            reasons.add("Ange händelsens datum.");
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            reasons.add("Datumet ”" + text + "” kan inte läsas: ange det som 2027-06-06.");
            return null;
        }
        LocalDate today = LocalDate.now(clock);
        if (date.isBefore(today)) {
            reasons.add("Datumet " + date + " har redan passerat: samordning sker före en händelse.");
        } else if (date.isAfter(today.plusDays(WITHIN_DAYS))) {
            reasons.add("Datumet " + date + " ligger mer än två år fram: starta samordningen närmare händelsen.");
        }
        return date;
    }

    private static Integer visitors(Object value, List<String> reasons) {
        Integer visitors = null;
        if (value instanceof Number n) {
            visitors = n.intValue();
        } else if (value != null && !value.toString().isBlank()) {
            try {
                visitors = Integer.valueOf(value.toString().strip());
            } catch (NumberFormatException e) {
                visitors = null;
            }
        }
        if (visitors == null || visitors < 0) {
            reasons.add("Ange hur många besökare som väntas, som ett heltal (0 eller fler).");
        }
        return visitors;
    }

    private static List<String> participants(Object value, List<String> reasons) {
        Set<String> ids = new LinkedHashSet<>();
        if (value instanceof Iterable<?> list) {
            list.forEach(item -> ids.add(String.valueOf(item)));
        } else if (value != null && !value.toString().isBlank()) {
            ids.addAll(Arrays.asList(value.toString().replaceAll("[\\[\\]\" ]", "").split(",")));
        }
        ids.remove("");
        if (ids.isEmpty()) {
            reasons.add("Välj vilka förvaltningar, enheter och polisen som deltar.");
        }
        for (String id : ids) {
            if (OrganisationGroup.byId(id).filter(g -> g.kind() == OrganisationGroup.Kind.UNIT).isEmpty()) {
                reasons.add("”" + id + "” är ingen förvaltning, enhet eller polisen: välj deltagarna i listan.");
            }
        }
        return List.copyOf(ids);
    }

    /** The event a process coordinates. */
    public Event of(String processInstanceId) {
        return records.byProcess(processInstanceId)
                .orElseThrow(() -> new IllegalStateException("No event is coordinated by " + processInstanceId));
    }

    /**
     * The events dated from {@code from} to {@code to}, both days included, earliest first; those whose
     * coordination was cancelled too (this table does not know it).
     */
    @Transactional(readOnly = true)
    public List<Coordination> dated(LocalDate from, LocalDate to) {
        return records.dated(from, to);
    }

    /** When the participants plan: three weeks before (setting), in the morning. */
    public Date planningAt(String processInstanceId) {
        return Date.from(planningStart(of(processInstanceId).date()).toInstant());
    }

    /** When they meet for the joint briefing: two days before (setting). */
    public Date briefingAt(String processInstanceId) {
        return Date.from(briefingStart(of(processInstanceId).date()).toInstant());
    }

    /** When the coordination group evaluates: a week after (setting). */
    public Date evaluationAt(String processInstanceId) {
        return Date.from(morningOf(of(processInstanceId).date()).plus(evaluationAfter).toInstant());
    }

    /** When the planning timer of an event on this date fires: the participants' tasks appear. */
    public ZonedDateTime planningStart(LocalDate eventDate) {
        return morningOf(eventDate).minus(planningBefore);
    }

    /** When the joint briefing before an event on this date begins, as its timer fires. */
    public ZonedDateTime briefingStart(LocalDate eventDate) {
        return morningOf(eventDate).minus(briefingBefore);
    }

    private ZonedDateTime morningOf(LocalDate day) {
        return day.atTime(MORNING).atZone(clock.getZone());
    }

    /** Ties a participant's plan to the execution of its task, as the task starts. */
    public void assignPlan(String executionId, String processInstanceId, String groupId) {
        records.insertPlan(of(processInstanceId).id(), groupId, executionId);
    }

    /** @throws Refusal when the plan is missing, too long or holds a personal number */
    public void recordPlan(String executionId, String plan, String plannedBy) {
        List<String> reasons = new ArrayList<>();
        String text = TextFields.checked(plan, "Planering", TEXT_MAX, true, reasons);
        if (!reasons.isEmpty()) {
            throw new Refusal(reasons);
        }
        records.storePlan(executionId, text, plannedBy, OffsetDateTime.now(clock));
    }

    /** @throws Refusal when the notes are missing, too long or hold a personal number */
    public void recordBriefing(String processInstanceId, String notes, String briefedBy) {
        List<String> reasons = new ArrayList<>();
        String text = TextFields.checked(notes, "Anteckningar från genomgången", TEXT_MAX, true, reasons);
        if (!reasons.isEmpty()) {
            throw new Refusal(reasons);
        }
        records.storeBriefing(processInstanceId, text, briefedBy, OffsetDateTime.now(clock));
    }

    /** @throws Refusal when the findings are missing, or a matter is asked for without a title */
    public void recordEvaluation(String processInstanceId, String findings, boolean raiseMatter, String matterTitle,
                                 String evaluatedBy) {
        List<String> reasons = new ArrayList<>();
        String text = TextFields.checked(findings, "Lärdomar", TEXT_MAX, true, reasons);
        if (raiseMatter) {
            TextFields.checked(matterTitle, "Ärendets rubrik", NAME_MAX, true, reasons);
        }
        if (!reasons.isEmpty()) {
            throw new Refusal(reasons);
        }
        records.storeEvaluation(processInstanceId, text, evaluatedBy, OffsetDateTime.now(clock));
    }
}
