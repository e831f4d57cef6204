package se.linkoping.samverkan.cooperationagreement;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import se.linkoping.samverkan.forms.FormStepDelegate;
import se.linkoping.samverkan.forms.FormValues;
import se.linkoping.samverkan.system.CurrentUser;

/**
 * After a signing task: stores one signatory's signature, which the service refuses unless the one who
 * completed the task holds the signatory's role now (whatever the REST API let them complete). Each signing
 * task keeps its checkbox local and maps it out under its own name, so the two never collide; the name is
 * cleared once stored. The agreement's text then names who signed, in which role, for the tasks after it.
 */
abstract class RecordSignatureDelegate extends FormStepDelegate {

    private final CooperationAgreements agreements;
    private final AgreementTexts texts;
    private final Signatory signatory;
    private final String variable;

    RecordSignatureDelegate(CooperationAgreements agreements, AgreementTexts texts, Signatory signatory,
                            String variable) {
        super("signed", "Det sparades inte.");
        this.agreements = agreements;
        this.texts = texts;
        this.signatory = signatory;
        this.variable = variable;
    }

    @Override
    protected void run(DelegateExecution execution) {
        String process = execution.getProcessInstanceId();
        agreements.sign(process, signatory, FormValues.ticked(execution, variable), CurrentUser.of(execution));
        execution.removeVariable(variable);
        execution.setVariable(AgreementVariables.AGREEMENT_TEXT, texts.text(process));
    }
}
