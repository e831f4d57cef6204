package se.linkoping.samverkan.matter;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RequestExtraMeetingForWaiting}: the convener asked for an extra meeting of the body for a
 * matter that waited longer than the body's cadence allows.
 */
@Component("requestExtraMeetingForWaiting")
public class RequestExtraMeetingForWaitingDelegate implements JavaDelegate {

    static final String WHY = "Ärendet har väntat längre än mötesrytmen tillåter";

    private final Matters matters;

    public RequestExtraMeetingForWaitingDelegate(Matters matters) {
        this.matters = matters;
    }

    @Override
    public void execute(DelegateExecution execution) {
        matters.requestExtraMeeting(execution.getProcessInstanceId(), WHY, execution.getProcessEngineServices());
    }
}
