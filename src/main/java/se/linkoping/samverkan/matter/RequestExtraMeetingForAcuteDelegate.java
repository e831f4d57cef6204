package se.linkoping.samverkan.matter;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RequestExtraMeetingForAcute}: an acute matter asks for an extra meeting of the body where it waits. */
@Component("requestExtraMeetingForAcute")
public class RequestExtraMeetingForAcuteDelegate implements JavaDelegate {

    static final String WHY = "Akut ärende";

    private final Matters matters;

    public RequestExtraMeetingForAcuteDelegate(Matters matters) {
        this.matters = matters;
    }

    @Override
    public void execute(DelegateExecution execution) {
        matters.requestExtraMeeting(execution.getProcessInstanceId(), WHY, execution.getProcessEngineServices());
    }
}
