package se.linkoping.samverkan.estweeklycycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.forms.FormStepDelegate;
import se.linkoping.samverkan.system.CurrentUser;

/**
 * {@code Task_RecordSummary}: stores EST's summary on the picture this run compiled, as the user who
 * wrote it. A refused
 * summary keeps the task open and Tasklist shows the Swedish reasons.
 */
@Component("recordWeeklySummary")
public class RecordWeeklySummaryDelegate extends FormStepDelegate {

    private final WeeklyCycle cycle;

    public RecordWeeklySummaryDelegate(WeeklyCycle cycle) {
        super("analysisSummary", "Sammanfattningen sparades inte.");
        this.cycle = cycle;
    }

    @Override
    protected void run(DelegateExecution execution) {
        Object summary = execution.getVariable("analysisSummary");
        cycle.summarise(execution.getProcessInstanceId(), summary == null ? null : summary.toString(),
                CurrentUser.of(execution));
    }
}
