package se.linkoping.samverkan.estweeklycycle;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RecordPrioritisation}: stores what {@code problem-priority} and {@code escalation-level}
 * gave for one problem, with the weeks persisting that escalation-level was given. The decisions
 * themselves, with their inputs and matched rules, are in Camunda's decision history, linked to this
 * activity.
 */
@Component("recordPrioritisation")
public class RecordPrioritisationDelegate implements JavaDelegate {

    private final WeeklyCycle cycle;

    public RecordPrioritisationDelegate(WeeklyCycle cycle) {
        this.cycle = cycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long problemId = ((Number) execution.getVariable("problemId")).longValue();
        int priority = ((Number) execution.getVariable("priority")).intValue();
        @SuppressWarnings("unchecked")
        Map<String, Object> escalation = (Map<String, Object>) execution.getVariable("escalation");
        int weeksPersisting = ((Number) execution.getVariable("weeksPersisting")).intValue();
        cycle.recordPrioritisation(problemId, priority, weeksPersisting, (String) escalation.get("level"));
    }
}
