package se.linkoping.samverkan.meeting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.forms.FormStepDelegate;
import se.linkoping.samverkan.forms.FormValues;
import se.linkoping.samverkan.system.CurrentUser;

/**
 * {@code Task_RecordAgenda}: stores the preparers' notes to the agenda, and, at an extra meeting of the
 * steering group, that a member asked for a decision on the coordination group's phase.
 */
@Component("recordAgenda")
public class RecordAgendaDelegate extends FormStepDelegate {

    private final Meetings meetings;

    public RecordAgendaDelegate(Meetings meetings) {
        super("agendaNotes", "Dagordningen sparades inte.");
        this.meetings = meetings;
    }

    @Override
    protected void run(DelegateExecution execution) {
        meetings.recordAgenda(execution.getProcessInstanceId(), FormValues.text(execution, "agendaNotes"),
                CurrentUser.of(execution));
        if (FormValues.ticked(execution, "phaseRequested")) {
            meetings.requestPhaseDecision(execution.getProcessInstanceId());
        }
    }
}
