package se.linkoping.samverkan.matter;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RequestExtraMeeting…}: asks for an extra meeting of the body where the matter waits,
 * because it is acute or because it has waited longer than the cadence allows.
 */
@Component("requestExtraMeeting")
public class RequestExtraMeetingDelegate implements JavaDelegate {

    static final String ACUTE_TASK = "Task_RequestExtraMeetingForAcute";

    private final Matters matters;

    public RequestExtraMeetingDelegate(Matters matters) {
        this.matters = matters;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String why = ACUTE_TASK.equals(execution.getCurrentActivityId()) ? "Akut ärende"
                : "Ärendet har väntat längre än mötesrytmen tillåter";
        matters.requestExtraMeeting(execution.getProcessInstanceId(), why, execution.getProcessEngineServices());
    }
}
