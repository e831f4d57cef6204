package se.linkoping.samverkan.matter;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.decision.DecisionRecords;
import se.linkoping.samverkan.decision.DecisionRecords.Subject;
import se.linkoping.samverkan.estweeklycycle.PictureRecords;
import se.linkoping.samverkan.forms.CurrentTexts;
import se.linkoping.samverkan.forms.TextFields;
import se.linkoping.samverkan.identity.OrganisationGroup;
import se.linkoping.samverkan.intervention.InterventionRecords;
import se.linkoping.samverkan.meeting.Meeting;
import se.linkoping.samverkan.meeting.MeetingRecords;
import se.linkoping.samverkan.meeting.Meetings;
import se.linkoping.samverkan.system.Swedish;

/**
 * What the preparers of a meeting's agenda read ({@code ${agendaTexts.of(...)}} in the meeting processes, kept
 * current when the form is opened).
 */
@Component("agendaTexts")
public class AgendaTexts implements CurrentTexts {

    static final String AGENDA = "agenda";

    private final Meetings meetings;
    private final MatterRecords matters;
    private final DecisionRecords decisions;
    private final InterventionRecords interventions;
    private final PictureRecords pictures;
    private final Clock clock;

    public AgendaTexts(Meetings meetings, MatterRecords matters, DecisionRecords decisions,
                       InterventionRecords interventions, PictureRecords pictures, Clock clock) {
        this.meetings = meetings;
        this.matters = matters;
        this.decisions = decisions;
        this.interventions = interventions;
        this.pictures = pictures;
        this.clock = clock;
    }

    /**
     * The meeting and the day it meets, the matters on its agenda with the decision each comes with, the
     * interventions past their due date and the latest picture.
     */
    public String of(String meetingProcessInstanceId) {
        Meeting meeting = meetings.of(meetingProcessInstanceId);
        MeetingRecords.Agenda agenda = meetings.agenda(meeting.id());
        StringBuilder text = new StringBuilder(ChainTexts.meetingLine(meeting, agenda));
        List<String> onAgenda = matters.onAgenda(meeting.id()).stream()
                .map(m -> "\n• " + m.title() + (m.acute() ? " (akut)" : "") + ", väntar sedan "
                        + Swedish.day(m.waitingSince()) + latestDecision(m))
                .toList();
        text.append("\n\nÄrenden på dagordningen:")
                .append(onAgenda.isEmpty() ? "\n• Inga ärenden väntar på den här nivån." : String.join("", onAgenda));
        LocalDate today = LocalDate.now(clock.withZone(Swedish.ZONE));
        List<String> late = interventions.lateOnes(today).stream()
                .map(i -> "\n• " + i.title() + " – " + OrganisationGroup.byId(i.responsibleGroup())
                        .map(OrganisationGroup::shortName).orElse(i.responsibleGroup()) + ", skulle vara klar "
                        + Swedish.day(i.dueDate()) + " (" + days(ChronoUnit.DAYS.between(i.dueDate(), today))
                        + " sedan)")
                .toList();
        text.append("\n\nInsatser efter sitt slutdatum:").append(late.isEmpty() ? "\n• Inga." : String.join("", late));
        text.append("\n\nSenaste lägesbilden: ").append(pictures.latestPicture()
                .map(p -> p.weekLabel() + (p.summary() == null ? " (ännu inte analyserad)" : ": " + p.summary()))
                .orElse("ingen lägesbild ännu."));
        return TextFields.forDisplay(text.toString());
    }

    @Override
    public Set<String> variables() {
        return Set.of(AGENDA);
    }

    @Override
    public Optional<String> now(String variable, DelegateExecution execution) {
        return Optional.of(of(execution.getProcessInstanceId()));
    }

    /** The decision a matter comes to this level with, if any. */
    private String latestDecision(Matter matter) {
        List<DecisionRecords.Decision> decided = decisions.about(Subject.MATTER, matter.id());
        if (decided.isEmpty()) {
            return "";
        }
        DecisionRecords.Decision last = decided.get(decided.size() - 1);
        return "; senast " + OrganisationGroup.byId(last.body()).map(OrganisationGroup::shortName).orElse(last.body())
                + " " + Swedish.day(last.decidedAt()) + ": " + last.outcome().swedish();
    }

    private static String days(long n) {
        return n + (n == 1 ? " dag" : " dagar");
    }
}
