package se.linkoping.samverkan.cooperationagreement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * {@code Task_StartNextRound}, after the yearly review timer: starts the next round of
 * {@code cooperation-agreement}, which drafts from the agreement in force. When a round is already under
 * way (started from Tasklist), that one is the next round and nothing is started.
 */
@Component("startNextAgreementRound")
public class StartNextRoundDelegate implements JavaDelegate {

    static final String PROCESS = "cooperation-agreement";

    private final CooperationAgreements agreements;

    public StartNextRoundDelegate(CooperationAgreements agreements) {
        this.agreements = agreements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (agreements.inProgress().isPresent()) {
            return;
        }
        execution.getProcessEngineServices().getRuntimeService().startProcessInstanceByKey(PROCESS,
                Variables.putValue("reason", "Årlig översyn av samverkansöverenskommelsen och medborgarlöftet."));
    }
}
