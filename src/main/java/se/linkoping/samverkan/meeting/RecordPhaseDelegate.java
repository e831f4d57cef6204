package se.linkoping.samverkan.meeting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.forms.FormValues;
import se.linkoping.samverkan.refusal.RefusedInput;
import se.linkoping.samverkan.system.CurrentUser;

/** {@code Task_RecordPhase}: the steering group's decision on the coordination group's phase, which moves its meetings. */
@Component("recordPhase")
public class RecordPhaseDelegate implements JavaDelegate {

    private final Meetings meetings;

    public RecordPhaseDelegate(Meetings meetings) {
        this.meetings = meetings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        try {
            meetings.setPhase(execution.getProcessInstanceId(), FormValues.text(execution, "phase"),
                    FormValues.text(execution, "phaseRationale"), CurrentUser.of(execution),
                    execution.getProcessEngineServices());
        } catch (RefusedInput refused) {
            throw new FormFieldValidationException("phase", "Fasen sparades inte. " + refused.getMessage());
        }
    }
}
