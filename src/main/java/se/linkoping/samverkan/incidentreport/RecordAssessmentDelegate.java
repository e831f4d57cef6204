package se.linkoping.samverkan.incidentreport;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.system.CurrentUser;

/**
 * {@code Task_RecordAssessment}: stores EST's assessment with the report of this process instance,
 * as the user who completed the assessment. Runs in the transaction that completes the task, so a
 * refused assessment keeps the task open and Tasklist shows the Swedish message.
 */
@Component("recordIncidentAssessment")
public class RecordAssessmentDelegate implements JavaDelegate {

    private final IncidentIntake intake;

    public RecordAssessmentDelegate(IncidentIntake intake) {
        this.intake = intake;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object assessment = execution.getVariable("assessment");
        boolean immediateAction = Boolean.TRUE.equals(execution.getVariable("immediateAction"));
        try {
            intake.assess(execution.getProcessInstanceId(), assessment == null ? null : assessment.toString(),
                    immediateAction, CurrentUser.of(execution));
        } catch (IncidentReportRejectedException rejected) {
            throw new FormFieldValidationException(rejected.errors().get(0).field(),
                    "Bedömningen sparades inte. " + rejected.getMessage());
        }
    }
}
