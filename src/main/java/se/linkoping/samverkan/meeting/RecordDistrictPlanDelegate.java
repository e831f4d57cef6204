package se.linkoping.samverkan.meeting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.forms.FormValues;
import se.linkoping.samverkan.refusal.RefusedInput;
import se.linkoping.samverkan.system.CurrentUser;

/** {@code Task_RecordDistrictPlan}: stores the coordination group's proposal for the district of this execution. */
@Component("recordDistrictPlan")
public class RecordDistrictPlanDelegate implements JavaDelegate {

    private final Meetings meetings;

    public RecordDistrictPlanDelegate(Meetings meetings) {
        this.meetings = meetings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        try {
            meetings.proposePlan(execution.getId(), FormValues.text(execution, "goals"),
                    FormValues.text(execution, "picture"), FormValues.text(execution, "actionPlan"),
                    CurrentUser.of(execution));
        } catch (RefusedInput refused) {
            throw new FormFieldValidationException("goals", "Förslaget sparades inte. " + refused.getMessage());
        }
    }
}
