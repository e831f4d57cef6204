package se.linkoping.samverkan.cooperationagreement;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import se.linkoping.samverkan.forms.FormStepDelegate;
import se.linkoping.samverkan.forms.FormValues;
import se.linkoping.samverkan.system.CurrentUser;

/**
 * After a signing task: stores one signatory's signature. Each signing task keeps its checkbox local and
 * maps it out under its own name, so the two never collide; the name is cleared once stored.
 */
abstract class RecordSignatureDelegate extends FormStepDelegate {

    private final CooperationAgreements agreements;
    private final Signatory signatory;
    private final String variable;

    RecordSignatureDelegate(CooperationAgreements agreements, Signatory signatory, String variable) {
        super("signed", "Det sparades inte.");
        this.agreements = agreements;
        this.signatory = signatory;
        this.variable = variable;
    }

    @Override
    protected void run(DelegateExecution execution) {
        agreements.sign(execution.getProcessInstanceId(), signatory, FormValues.ticked(execution, variable),
                CurrentUser.of(execution));
        execution.removeVariable(variable);
    }
}
