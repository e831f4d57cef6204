package se.linkoping.samverkan.meeting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.forms.FormValues;
import se.linkoping.samverkan.refusal.RefusedInput;
import se.linkoping.samverkan.system.CurrentUser;

/** {@code Task_RecordAgenda}: stores the preparers' notes to the agenda. */
@Component("recordAgenda")
public class RecordAgendaDelegate implements JavaDelegate {

    private final Meetings meetings;

    public RecordAgendaDelegate(Meetings meetings) {
        this.meetings = meetings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        try {
            meetings.recordAgenda(execution.getProcessInstanceId(), FormValues.text(execution, "agendaNotes"),
                    CurrentUser.of(execution));
        } catch (RefusedInput refused) {
            throw new FormFieldValidationException("agendaNotes", "Dagordningen sparades inte. " + refused.getMessage());
        }
    }
}
