package se.linkoping.samverkan.intervention;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.forms.FormStepDelegate;
import se.linkoping.samverkan.system.CurrentUser;

/** {@code Task_RecordResult}: stores what the responsible group did; a refusal keeps its task open. */
@Component("recordInterventionResult")
public class RecordInterventionResultDelegate extends FormStepDelegate {

    private final Interventions interventions;

    public RecordInterventionResultDelegate(Interventions interventions) {
        super("result", "Resultatet sparades inte.");
        this.interventions = interventions;
    }

    @Override
    protected void run(DelegateExecution execution) {
        Object result = execution.getVariable("result");
        interventions.reportResult(execution.getProcessInstanceId(), result == null ? null : result.toString(),
                CurrentUser.of(execution));
    }
}
