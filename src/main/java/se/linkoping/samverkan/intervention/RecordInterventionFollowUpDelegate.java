package se.linkoping.samverkan.intervention;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.forms.FormStepDelegate;
import se.linkoping.samverkan.system.CurrentUser;

/** {@code Task_RecordFollowUp}: stores the deciding body's follow-up; a refusal keeps its task open. */
@Component("recordInterventionFollowUp")
public class RecordInterventionFollowUpDelegate extends FormStepDelegate {

    private final Interventions interventions;

    public RecordInterventionFollowUpDelegate(Interventions interventions) {
        super("effect", "Uppföljningen sparades inte.");
        this.interventions = interventions;
    }

    @Override
    protected void run(DelegateExecution execution) {
        Object effect = execution.getVariable("effect");
        Object comment = execution.getVariable("followUpComment");
        interventions.followUp(execution.getProcessInstanceId(), effect == null ? null : effect.toString(),
                comment == null ? null : comment.toString(), CurrentUser.of(execution));
    }
}
