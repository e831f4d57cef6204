package se.linkoping.samverkan.interventions;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.CurrentUser;
import se.linkoping.samverkan.RefusedInput;

/** {@code Task_RecordOverdueAction}: stores what the coordination group does about a late intervention. */
@Component("recordOverdueAction")
public class RecordOverdueActionDelegate implements JavaDelegate {

    private final Interventions interventions;

    public RecordOverdueActionDelegate(Interventions interventions) {
        this.interventions = interventions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object action = execution.getVariable("overdueAction");
        try {
            interventions.handleOverdue(execution.getProcessInstanceId(), action == null ? null : action.toString(),
                    CurrentUser.of(execution));
        } catch (RefusedInput refused) {
            throw new FormFieldValidationException("overdueAction", "Åtgärden sparades inte. " + refused.getMessage());
        }
    }
}
