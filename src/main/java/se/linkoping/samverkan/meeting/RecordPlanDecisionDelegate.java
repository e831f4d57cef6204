package se.linkoping.samverkan.meeting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.forms.FormStepDelegate;
import se.linkoping.samverkan.forms.FormValues;
import se.linkoping.samverkan.system.CurrentUser;

/**
 * {@code Task_RecordPlanDecision}: records the steering group's decision on the district plan of this
 * execution. Sets {@code interventionDecided} when it gives a department a task (title filled in), and
 * clears {@code problemId} and {@code matterId}: such a task answers the plan, not a problem or matter.
 */
@Component("recordPlanDecision")
public class RecordPlanDecisionDelegate extends FormStepDelegate {

    private final DistrictPlans plans;

    public RecordPlanDecisionDelegate(DistrictPlans plans) {
        super("rationale", "Beslutet sparades inte.");
        this.plans = plans;
    }

    @Override
    protected void run(DelegateExecution execution) {
        String title = FormValues.text(execution, "title");
        boolean task = title != null && !title.isBlank();
        plans.decidePlan(execution.getId(), execution.getProcessInstanceId(),
                FormValues.text(execution, "planDecision"), FormValues.text(execution, "rationale"),
                FormValues.text(execution, "directive"), task, CurrentUser.of(execution));
        execution.setVariable("interventionDecided", task);
        execution.setVariable("problemId", null);
        execution.setVariable("matterId", null);
    }
}
