package se.linkoping.samverkan.intervention;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.forms.FormStepDelegate;

/**
 * Starts an {@code intervention} that a body decided in a task of its own process (EST's weekly cycle,
 * a meeting deciding a matter or giving a department a task). The problem and matter it answers come
 * from variables the preceding step set from the stored decision, never from the task's form. The intervention checks itself as it starts, in the same transaction: a refused
 * decision keeps the deciding task open with the Swedish reasons, and nothing is started.
 */
@Component("startIntervention")
public class StartInterventionDelegate extends FormStepDelegate {

    public StartInterventionDelegate() {
        super("title", "Insatsen startades inte.");
    }

    static final String PROCESS_KEY = "intervention";
    /** The body that decides in each process: from the model, not from a variable a task could change. */
    static final Map<String, String> DECIDING_BODY = Map.of("est-weekly-cycle", "est",
            "coordination-group-meeting", "coordination-group",
            "steering-group-meeting", "steering-group",
            "political-steering-group-meeting", "political-steering-group");

    @Override
    protected void run(DelegateExecution execution) {
        String processKey = execution.getProcessEngineServices().getRepositoryService()
                .getProcessDefinition(execution.getProcessDefinitionId()).getKey();
        String body = DECIDING_BODY.get(processKey);
        if (body == null) {
            throw new IllegalStateException("No deciding body is known for process " + processKey);
        }
        execution.getProcessEngineServices().getRuntimeService().startProcessInstanceByKey(PROCESS_KEY,
                Variables.putValue("title", execution.getVariable("title"))
                        .putValue("description", execution.getVariable("description"))
                        .putValue("responsibleGroup", execution.getVariable("responsibleGroup"))
                        .putValue("dueDate", execution.getVariable("dueDate"))
                        .putValue("decidedByBody", body)
                        .putValue("problemId", execution.getVariable("problemId"))
                        .putValue("matterId", execution.getVariable("matterId")));
    }
}
