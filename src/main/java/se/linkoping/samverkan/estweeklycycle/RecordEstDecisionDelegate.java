package se.linkoping.samverkan.estweeklycycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.refusal.RefusedInput;
import se.linkoping.samverkan.system.CurrentUser;

/**
 * {@code Task_RecordEstDecision}: records EST's decision on a problem (an intervention or none, and
 * why) on the problem tied to this execution, and sets {@code problemId} from it again, so what
 * follows never acts on a problem a task variable named. A refusal keeps EST's task open.
 */
@Component("recordEstDecision")
public class RecordEstDecisionDelegate implements JavaDelegate {

    private final WeeklyCycle cycle;

    public RecordEstDecisionDelegate(WeeklyCycle cycle) {
        this.cycle = cycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean intervene = "yes".equals(execution.getVariable("intervene"));
        Object rationale = execution.getVariable("rationale");
        try {
            long problemId = cycle.recordDecision(execution.getId(), execution.getProcessInstanceId(), intervene,
                    rationale == null ? null : rationale.toString(), CurrentUser.of(execution));
            execution.setVariable("problemId", problemId);
        } catch (RefusedInput refused) {
            throw new FormFieldValidationException("rationale", "Beslutet sparades inte. " + refused.getMessage());
        }
    }
}
