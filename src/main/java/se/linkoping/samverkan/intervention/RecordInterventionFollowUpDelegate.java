package se.linkoping.samverkan.intervention;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.refusal.RefusedInput;
import se.linkoping.samverkan.system.CurrentUser;

/** {@code Task_RecordFollowUp}: stores the deciding body's follow-up; a refusal keeps its task open. */
@Component("recordInterventionFollowUp")
public class RecordInterventionFollowUpDelegate implements JavaDelegate {

    private final Interventions interventions;

    public RecordInterventionFollowUpDelegate(Interventions interventions) {
        this.interventions = interventions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object effect = execution.getVariable("effect");
        Object comment = execution.getVariable("followUpComment");
        try {
            interventions.followUp(execution.getProcessInstanceId(), effect == null ? null : effect.toString(),
                    comment == null ? null : comment.toString(), CurrentUser.of(execution));
        } catch (RefusedInput refused) {
            throw new FormFieldValidationException("effect", "Uppföljningen sparades inte. " + refused.getMessage());
        }
    }
}
