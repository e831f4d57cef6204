package se.linkoping.samverkan.picture;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RecordAnalysis}: stores EST's analysis of the week, as the user who completed it. A
 * refused analysis keeps the task open and Tasklist shows the Swedish reasons.
 */
@Component("recordWeeklyAnalysis")
public class RecordWeeklyAnalysisDelegate implements JavaDelegate {

    private final WeeklyCycle cycle;

    public RecordWeeklyAnalysisDelegate(WeeklyCycle cycle) {
        this.cycle = cycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long pictureId = ((Number) execution.getVariable("pictureId")).longValue();
        Object problems = execution.getVariable("problems");
        Object summary = execution.getVariable("analysisSummary");
        Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        try {
            cycle.analyse(pictureId, problems == null ? null : problems.toString(),
                    summary == null ? null : summary.toString(), user == null ? "system" : user.getUserId());
        } catch (AnalysisRefusedException refused) {
            throw new FormFieldValidationException("problems", "Analysen sparades inte. " + refused.getMessage());
        }
    }
}
