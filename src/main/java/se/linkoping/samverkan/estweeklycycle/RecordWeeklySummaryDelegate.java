package se.linkoping.samverkan.estweeklycycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.refusal.RefusedInput;
import se.linkoping.samverkan.system.CurrentUser;

/**
 * {@code Task_RecordSummary}: stores EST's summary on the picture this run compiled, as the user who
 * wrote it. A refused
 * summary keeps the task open and Tasklist shows the Swedish reasons.
 */
@Component("recordWeeklySummary")
public class RecordWeeklySummaryDelegate implements JavaDelegate {

    private final WeeklyCycle cycle;

    public RecordWeeklySummaryDelegate(WeeklyCycle cycle) {
        this.cycle = cycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object summary = execution.getVariable("analysisSummary");
        try {
            cycle.summarise(execution.getProcessInstanceId(), summary == null ? null : summary.toString(),
                    CurrentUser.of(execution));
        } catch (RefusedInput refused) {
            throw new FormFieldValidationException("analysisSummary",
                    "Sammanfattningen sparades inte. " + refused.getMessage());
        }
    }
}
