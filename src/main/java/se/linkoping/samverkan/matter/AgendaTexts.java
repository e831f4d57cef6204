package se.linkoping.samverkan.matter;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import se.linkoping.samverkan.estweeklycycle.PictureRecords;
import se.linkoping.samverkan.forms.TextFields;
import se.linkoping.samverkan.intervention.InterventionRecords;
import se.linkoping.samverkan.meeting.Meeting;
import se.linkoping.samverkan.meeting.Meetings;
import se.linkoping.samverkan.system.Swedish;

/** What the preparers of a meeting's agenda read ({@code ${agendaTexts.of(...)}} in the meeting processes). */
@Component("agendaTexts")
public class AgendaTexts {

    private final Meetings meetings;
    private final MatterRecords matters;
    private final InterventionRecords interventions;
    private final PictureRecords pictures;
    private final Clock clock;

    public AgendaTexts(Meetings meetings, MatterRecords matters, InterventionRecords interventions,
                       PictureRecords pictures, Clock clock) {
        this.meetings = meetings;
        this.matters = matters;
        this.interventions = interventions;
        this.pictures = pictures;
        this.clock = clock;
    }

    /** The meeting, the matters on its agenda, the interventions past their due date and the latest picture. */
    public String of(String meetingProcessInstanceId) {
        Meeting meeting = meetings.of(meetingProcessInstanceId);
        StringBuilder text = new StringBuilder();
        text.append(meeting.kind().swedishName()).append(", ").append(meeting.body().swedishName())
                .append(", kallat ").append(Swedish.day(meeting.calledAt())).append('.');
        if (meeting.reason() != null) {
            text.append(" Skäl: ").append(meeting.reason());
        }
        List<String> onAgenda = matters.onAgenda(meeting.id()).stream()
                .map(m -> "\n• " + m.title() + (m.acute() ? " (akut)" : "") + ", väntar sedan "
                        + Swedish.day(m.waitingSince()))
                .toList();
        text.append("\n\nÄrenden på dagordningen:")
                .append(onAgenda.isEmpty() ? "\n• Inga ärenden väntar på den här nivån." : String.join("", onAgenda));
        List<String> late = interventions.lateOnes(LocalDate.now(clock)).stream()
                .map(i -> "\n• " + i.title() + " (" + i.responsibleGroup() + "), skulle vara klar " + i.dueDate())
                .toList();
        text.append("\n\nInsatser efter sitt slutdatum:").append(late.isEmpty() ? "\n• Inga." : String.join("", late));
        text.append("\n\nSenaste lägesbilden: ").append(pictures.latestPicture()
                .map(p -> p.weekLabel() + (p.summary() == null ? " (ännu inte analyserad)" : ": " + p.summary()))
                .orElse("ingen lägesbild ännu."));
        return TextFields.forDisplay(text.toString());
    }
}
