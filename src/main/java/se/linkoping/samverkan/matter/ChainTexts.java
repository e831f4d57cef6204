package se.linkoping.samverkan.matter;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.decision.DecisionRecords;
import se.linkoping.samverkan.decision.DecisionRecords.Subject;
import se.linkoping.samverkan.forms.CurrentTexts;
import se.linkoping.samverkan.forms.TextFields;
import se.linkoping.samverkan.identity.OrganisationGroup;
import se.linkoping.samverkan.identity.People;
import se.linkoping.samverkan.intervention.InterventionTexts;
import se.linkoping.samverkan.meeting.Meeting;
import se.linkoping.samverkan.meeting.MeetingRecords;
import se.linkoping.samverkan.meeting.Meetings;
import se.linkoping.samverkan.system.Swedish;

/**
 * The whole chain in front of a body deciding on a matter ({@code ${chainTexts...}} in the models, and kept
 * current when a form is opened): the lower bodies' decisions in full — outcome, rationale, directive, who and
 * when — with the notes to each meeting's agenda, the meeting deciding now and its notes, the interventions'
 * state and the latest picture of the problem. Each is a variable of its own, cut to what a variable holds
 * (the newest first, so that a cut takes the oldest); the decision records keep them whole
 * ({@link #whole}).
 */
@Component("chainTexts")
public class ChainTexts implements CurrentTexts {

    static final String DECISIONS = "matterDecisions";
    static final String INTERVENTIONS = "matterInterventions";
    static final String PICTURE = "matterPicture";
    static final String MEETING = "meetingNotes";

    private final MatterRecords records;
    private final DecisionRecords decisions;
    private final Meetings meetings;
    private final InterventionTexts interventions;
    private final ProblemPictureTexts pictures;
    private final People people;

    public ChainTexts(MatterRecords records, DecisionRecords decisions, Meetings meetings,
                      InterventionTexts interventions, ProblemPictureTexts pictures, People people) {
        this.records = records;
        this.decisions = decisions;
        this.meetings = meetings;
        this.interventions = interventions;
        this.pictures = pictures;
        this.people = people;
    }

    /** The lower bodies' decisions on a matter, the latest first. */
    public String decisions(long matterId) {
        return TextFields.forDisplay(decisionsText(matter(matterId)));
    }

    /** The interventions a matter rests on, as they stand now. */
    public String interventions(long matterId) {
        return TextFields.forDisplay(interventionsText(matter(matterId)));
    }

    /** The latest picture of a matter's district and category. */
    public String picture(long matterId) {
        return TextFields.forDisplay(pictures.of(matter(matterId)));
    }

    /** {@link #decisions} of the matter a process instance runs. */
    public String decisionsOf(String processInstanceId) {
        return TextFields.forDisplay(decisionsText(matterOf(processInstanceId)));
    }

    /** {@link #interventions} of the matter a process instance runs. */
    public String interventionsOf(String processInstanceId) {
        return TextFields.forDisplay(interventionsText(matterOf(processInstanceId)));
    }

    /** {@link #picture} of the matter a process instance runs. */
    public String pictureOf(String processInstanceId) {
        return TextFields.forDisplay(pictures.of(matterOf(processInstanceId)));
    }

    /** The meeting a meeting process runs, the day it meets, and what its preparers added to the agenda. */
    public String meetingNotes(String meetingProcessInstanceId) {
        Meeting meeting = meetings.of(meetingProcessInstanceId);
        MeetingRecords.Agenda agenda = meetings.agenda(meeting.id());
        return TextFields.forDisplay(meetingLine(meeting, agenda) + "\n\n"
                + notes(agenda, "Anteckningar till dagordningen"));
    }

    /**
     * A meeting as its body's members name it: "Ordinarie möte, Styrgruppen, 10 februari 2027." or "Extra möte,
     * Styrgruppen, kallat 3 december 2026; mötet hålls 7 december 2026. Skäl: …".
     */
    static String meetingLine(Meeting meeting, MeetingRecords.Agenda agenda) {
        StringBuilder text = new StringBuilder(meeting.kind().swedishName()).append(", ")
                .append(meeting.body().swedishName()).append(", ");
        if (meeting.extra()) {
            text.append("kallat ").append(Swedish.day(meeting.calledAt()));
            if (agenda.meetsOn() != null) {
                text.append("; mötet hålls ").append(Swedish.day(agenda.meetsOn()));
            }
        } else {
            text.append(agenda.meetsOn() != null ? Swedish.day(agenda.meetsOn()) : Swedish.day(meeting.calledAt()));
        }
        text.append('.');
        if (meeting.reason() != null) {
            text.append(" Skäl: ").append(meeting.reason());
        }
        return text.toString();
    }

    /** Everything above, whole, as a decision's record keeps what the body read. */
    String whole(Matter matter) {
        Optional<Meeting> meeting = Optional.ofNullable(matter.meetingId()).flatMap(meetings::find);
        return meeting.map(m -> meetingLine(m, meetings.agenda(m.id())) + " " + notes(meetings.agenda(m.id()),
                "Anteckningar till dagordningen") + "\n\n").orElse("")
                + decisionsText(matter) + "\n\nInsatser. " + interventionsText(matter) + "\n\nLägesbilden. "
                + pictures.of(matter);
    }

    @Override
    public Set<String> variables() {
        return Set.of(DECISIONS, INTERVENTIONS, PICTURE, MEETING);
    }

    @Override
    public Optional<String> now(String variable, DelegateExecution execution) {
        if (MEETING.equals(variable)) {
            return Optional.of(meetingNotes(execution.getProcessInstanceId()));
        }
        // in a meeting's decision the matter is the one decided there; in the matter's own process, its own
        Object matterId = execution.getVariable("matterId");
        Matter matter = matterId instanceof Number id ? matter(id.longValue()) : matterOf(execution.getProcessInstanceId());
        return Optional.ofNullable(switch (variable) {
            case DECISIONS -> TextFields.forDisplay(decisionsText(matter));
            case INTERVENTIONS -> TextFields.forDisplay(interventionsText(matter));
            case PICTURE -> TextFields.forDisplay(pictures.of(matter));
            default -> null;
        });
    }

    private String decisionsText(Matter matter) {
        List<DecisionRecords.Decision> decided = decisions.about(Subject.MATTER, matter.id());
        Optional<MatterRecords.ConvenerAction> convener = records.convenerActionOf(matter.id());
        if (decided.isEmpty() && convener.isEmpty()) {
            return "Tidigare beslut: inga. Ärendet tas upp första gången.";
        }
        Map<String, String> names = people.names(Stream.concat(decided.stream().map(DecisionRecords.Decision::decidedBy),
                convener.stream().map(MatterRecords.ConvenerAction::convener)).toList());
        StringBuilder text = new StringBuilder("Tidigare beslut, det senaste först:");
        Optional<MatterRecords.ConvenerAction> convenerLeft = convener;
        for (int i = decided.size() - 1; i >= 0; i--) {
            DecisionRecords.Decision d = decided.get(i);
            if (convenerLeft.isPresent() && convenerLeft.get().at().isAfter(d.decidedAt())) {
                text.append(convenerLine(convenerLeft.get(), names));
                convenerLeft = Optional.empty();
            }
            text.append("\n\n• ").append(Swedish.day(d.decidedAt())).append(", ").append(body(d.body()));
            Optional<Meeting> meeting = Optional.ofNullable(d.meetingId()).flatMap(meetings::find);
            Optional<MeetingRecords.Agenda> agenda = meeting.map(m -> meetings.agenda(m.id()));
            meeting.ifPresent(m -> text.append(" (").append(m.kind().swedishName().toLowerCase(Swedish.LOCALE))
                    .append(' ').append(Swedish.day(agenda.get().meetsOn() != null ? agenda.get().meetsOn()
                            : m.calledAt())).append(')'));
            text.append(": ").append(d.outcome().swedish()).append('.')
                    .append(MattersByRule.RULE.equals(d.decidedBy())
                            ? " Enligt regel (beslutstabellen escalation-level), utan möte."
                            : " Beslutat av " + names.get(d.decidedBy()) + ".")
                    .append("\n  Motivering: ").append(d.rationale());
            if (d.directive() != null) {
                text.append("\n  Uppdrag eller prioritering: ").append(d.directive());
            }
            agenda.ifPresent(a -> text.append("\n  ").append(notes(a, "Anteckningar till mötets dagordning")));
        }
        if (convenerLeft.isPresent()) {
            text.append(convenerLine(convenerLeft.get(), names));
        }
        return text.toString();
    }

    private static String convenerLine(MatterRecords.ConvenerAction convener, Map<String, String> names) {
        return "\n\n• " + Swedish.day(convener.at()) + ", sammankallande " + names.get(convener.convener())
                + " när ärendet väntat för länge: " + convener.action();
    }

    private String interventionsText(Matter matter) {
        return interventions.forMatter(matter.id(), matter.interventionId(), matter.district(), matter.category());
    }

    /** The notes to a meeting's agenda, with who wrote them and when. */
    private String notes(MeetingRecords.Agenda agenda, String label) {
        if (agenda.notes() == null) {
            return label + ": inga.";
        }
        return label + " (" + people.name(agenda.preparedBy()) + ", " + Swedish.day(agenda.preparedAt()) + "): "
                + agenda.notes();
    }

    private static String body(String id) {
        return OrganisationGroup.byId(id).map(OrganisationGroup::shortName).orElse(id);
    }

    private Matter matter(long id) {
        return records.find(id).orElseThrow(() -> new IllegalArgumentException("No matter " + id));
    }

    private Matter matterOf(String processInstanceId) {
        return records.ofProcess(processInstanceId).orElseThrow(
                () -> new IllegalStateException("No matter is run by process instance " + processInstanceId));
    }
}
