package se.linkoping.samverkan.meeting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.forms.FormStepDelegate;
import se.linkoping.samverkan.forms.FormValues;
import se.linkoping.samverkan.system.CurrentUser;

/** {@code Task_RecordDistrictPlan}: stores the coordination group's proposal for the district of this execution. */
@Component("recordDistrictPlan")
public class RecordDistrictPlanDelegate extends FormStepDelegate {

    private final DistrictPlans plans;

    public RecordDistrictPlanDelegate(DistrictPlans plans) {
        super("goals", "Förslaget sparades inte.");
        this.plans = plans;
    }

    @Override
    protected void run(DelegateExecution execution) {
        plans.proposePlan(execution.getId(), FormValues.text(execution, "goals"),
                FormValues.text(execution, "picture"), FormValues.text(execution, "actionPlan"),
                CurrentUser.of(execution));
    }
}
