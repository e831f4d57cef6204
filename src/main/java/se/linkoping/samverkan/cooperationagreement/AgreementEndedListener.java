package se.linkoping.samverkan.cooperationagreement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The end of a {@code cooperation-agreement} process, however it ends (its period over, superseded, or
 * deleted by an administrator): the round's status follows, so an abandoned draft never blocks the next
 * round and an expired promise is no longer shown as in force.
 */
@Component("agreementEnded")
public class AgreementEndedListener implements ExecutionListener {

    private final CooperationAgreements agreements;

    public AgreementEndedListener(CooperationAgreements agreements) {
        this.agreements = agreements;
    }

    @Override
    public void notify(DelegateExecution execution) {
        agreements.ended(execution.getProcessInstanceId());
    }
}
