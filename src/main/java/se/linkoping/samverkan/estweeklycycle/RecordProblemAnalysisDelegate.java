package se.linkoping.samverkan.estweeklycycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.forms.FormStepDelegate;
import se.linkoping.samverkan.system.CurrentUser;

/**
 * {@code Task_RecordProblemAnalysis}: stores EST's analysis on the problem of this execution (tied to
 * it when the analysis started, so no task variable can redirect it). A refused analysis keeps the
 * task open and Tasklist shows the Swedish reasons. The analysis names the EST member who submitted it.
 */
@Component("recordProblemAnalysis")
public class RecordProblemAnalysisDelegate extends FormStepDelegate {

    private final WeeklyCycle cycle;

    public RecordProblemAnalysisDelegate(WeeklyCycle cycle) {
        super("decision", "Analysen sparades inte.");
        this.cycle = cycle;
    }

    @Override
    protected void run(DelegateExecution execution) {
        ProblemInput input = new ProblemInput(text(execution, "decision"), text(execution, "mergeInto"),
                text(execution, "placeType"), whole(execution.getVariable("departmentsInvolved")),
                (Boolean) execution.getVariable("needsResourcesBeyondBudget"),
                (Boolean) execution.getVariable("needsPolicyDecision"), text(execution, "policeKnowledge"));
        cycle.analyseProblem(execution.getId(), input, CurrentUser.of(execution));
    }

    private static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null ? null : value.toString();
    }

    /** A number field sends whole numbers as integer or long, and decimals as double: a decimal is refused. */
    private static Integer whole(Object value) {
        return value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) ? n.intValue() : null;
    }
}
