package se.linkoping.samverkan.meeting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.forms.FormStepDelegate;
import se.linkoping.samverkan.forms.FormValues;
import se.linkoping.samverkan.system.CurrentUser;

/** {@code Task_RecordPhase}: the steering group's decision on the coordination group's phase, which moves its meetings. */
@Component("recordPhase")
public class RecordPhaseDelegate extends FormStepDelegate {

    private final Meetings meetings;

    public RecordPhaseDelegate(Meetings meetings) {
        super("phase", "Fasen sparades inte.");
        this.meetings = meetings;
    }

    @Override
    protected void run(DelegateExecution execution) {
        meetings.setPhase(execution.getProcessInstanceId(), FormValues.text(execution, "phase"),
                FormValues.text(execution, "phaseRationale"), CurrentUser.of(execution),
                execution.getProcessEngineServices());
    }
}
