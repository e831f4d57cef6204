package se.linkoping.samverkan.estweeklycycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.forms.FormStepDelegate;
import se.linkoping.samverkan.system.CurrentUser;

/**
 * {@code Task_RecordEstDecision}: records EST's decision on a problem (an intervention or none, and
 * why) on the problem tied to this execution, and sets {@code problemId} from it again, so what
 * follows never acts on a problem a task variable named. A refusal keeps EST's task open.
 */
@Component("recordEstDecision")
public class RecordEstDecisionDelegate extends FormStepDelegate {

    private final WeeklyCycle cycle;

    public RecordEstDecisionDelegate(WeeklyCycle cycle) {
        super("rationale", "Beslutet sparades inte.");
        this.cycle = cycle;
    }

    @Override
    protected void run(DelegateExecution execution) {
        boolean intervene = "yes".equals(execution.getVariable("intervene"));
        Object rationale = execution.getVariable("rationale");
        long problemId = cycle.recordDecision(execution.getId(), execution.getProcessInstanceId(), intervene,
                rationale == null ? null : rationale.toString(), CurrentUser.of(execution));
        execution.setVariable("problemId", problemId);
    }
}
