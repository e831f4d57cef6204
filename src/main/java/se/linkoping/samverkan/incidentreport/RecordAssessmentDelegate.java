package se.linkoping.samverkan.incidentreport;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.forms.FormStepDelegate;
import se.linkoping.samverkan.system.CurrentUser;

/**
 * {@code Task_RecordAssessment}: stores EST's assessment with the report of this process instance,
 * as the user who completed the assessment. Runs in the transaction that completes the task, so a
 * refused assessment keeps the task open and Tasklist shows the Swedish message.
 */
@Component("recordIncidentAssessment")
public class RecordAssessmentDelegate extends FormStepDelegate {

    private final IncidentIntake intake;

    public RecordAssessmentDelegate(IncidentIntake intake) {
        super("assessment", "Bedömningen sparades inte.");
        this.intake = intake;
    }

    @Override
    protected void run(DelegateExecution execution) {
        Object assessment = execution.getVariable("assessment");
        boolean immediateAction = Boolean.TRUE.equals(execution.getVariable("immediateAction"));
        intake.assess(execution.getProcessInstanceId(), assessment == null ? null : assessment.toString(),
                immediateAction, CurrentUser.of(execution));
    }
}
