package se.linkoping.samverkan.intervention;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.system.CurrentUser;

/**
 * {@code Task_RegisterIntervention}: checks and stores the decided intervention. A refusal goes back to
 * whoever started it (EST's or a meeting's decision step), and nothing is started.
 */
@Component("registerIntervention")
public class RegisterInterventionDelegate implements JavaDelegate {

    private final Interventions interventions;

    public RegisterInterventionDelegate(Interventions interventions) {
        this.interventions = interventions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        InterventionDecision decision = new InterventionDecision(text(execution, "title"),
                text(execution, "description"), text(execution, "responsibleGroup"), text(execution, "dueDate"),
                text(execution, "decidedByBody"), id(execution, "problemId"), id(execution, "matterId"));
        long id = interventions.register(decision, CurrentUser.of(execution), execution.getProcessInstanceId());
        execution.setProcessBusinessKey("insats-" + id);
    }

    private static Long id(DelegateExecution execution, String name) {
        return execution.getVariable(name) instanceof Number n ? n.longValue() : null;
    }

    private static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null ? null : value.toString();
    }
}
