package se.linkoping.samverkan.intervention;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.refusal.RefusedInput;
import se.linkoping.samverkan.system.CurrentUser;

/** {@code Task_RecordResult}: stores what the responsible group did; a refusal keeps its task open. */
@Component("recordInterventionResult")
public class RecordInterventionResultDelegate implements JavaDelegate {

    private final Interventions interventions;

    public RecordInterventionResultDelegate(Interventions interventions) {
        this.interventions = interventions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object result = execution.getVariable("result");
        try {
            interventions.reportResult(execution.getProcessInstanceId(), result == null ? null : result.toString(),
                    CurrentUser.of(execution));
        } catch (RefusedInput refused) {
            throw new FormFieldValidationException("result", "Resultatet sparades inte. " + refused.getMessage());
        }
    }
}
