package se.linkoping.samverkan.matter;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.estweeklycycle.WeeklyCycle;
import se.linkoping.samverkan.system.CurrentUser;

/**
 * {@code Task_RaiseMatter} of the EST cycle: a problem above EST's mandate goes up the chain at the
 * level escalation-level gave it (stored with the problem), as a new matter or by escalating the
 * matter already open on it.
 */
@Component("raiseMatterForProblem")
public class RaiseMatterForProblemDelegate implements JavaDelegate {

    private final MattersByRule matters;
    private final WeeklyCycle cycle;

    public RaiseMatterForProblemDelegate(MattersByRule matters, WeeklyCycle cycle) {
        this.matters = matters;
        this.cycle = cycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long problemId = ((Number) execution.getVariable("problemId")).longValue();
        long matterId = matters.raiseForProblem(problemId, cycle.problem(problemId).escalationLevel(),
                CurrentUser.of(execution), execution.getProcessEngineServices());
        execution.setVariableLocal("matterId", matterId);
    }
}
