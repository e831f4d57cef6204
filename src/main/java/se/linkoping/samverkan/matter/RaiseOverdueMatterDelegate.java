package se.linkoping.samverkan.matter;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RaiseOverdueMatter} of an intervention: late by the margin, it becomes a matter for the coordination group. */
@Component("raiseOverdueMatter")
public class RaiseOverdueMatterDelegate implements JavaDelegate {

    private final MattersByRule matters;

    public RaiseOverdueMatterDelegate(MattersByRule matters) {
        this.matters = matters;
    }

    @Override
    public void execute(DelegateExecution execution) {
        matters.raiseForOverdueIntervention(execution.getProcessInstanceId(), execution.getProcessEngineServices());
    }
}
