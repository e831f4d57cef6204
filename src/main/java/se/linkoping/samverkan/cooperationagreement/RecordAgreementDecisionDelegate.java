package se.linkoping.samverkan.cooperationagreement;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.forms.FormStepDelegate;
import se.linkoping.samverkan.forms.FormValues;
import se.linkoping.samverkan.system.CurrentUser;

/**
 * {@code Task_RecordAgreementDecision}: stores the political steering group's decision, tells the gateway
 * after it ({@code agreementApproved}) and a new draft why it was returned. The decision's fields and the
 * opinion are cleared, so a returned draft's next round starts empty.
 */
@Component("recordAgreementDecision")
public class RecordAgreementDecisionDelegate extends FormStepDelegate {

    private final CooperationAgreements agreements;
    private final AgreementTexts texts;

    public RecordAgreementDecisionDelegate(CooperationAgreements agreements, AgreementTexts texts) {
        super("agreementDecision", "Det sparades inte.");
        this.agreements = agreements;
        this.texts = texts;
    }

    @Override
    protected void run(DelegateExecution execution) {
        String process = execution.getProcessInstanceId();
        boolean approved = agreements.decide(process, FormValues.text(execution, "agreementDecision"),
                FormValues.text(execution, "decisionRationale"), CurrentUser.of(execution));
        execution.setVariable("agreementApproved", approved);
        execution.setVariable(AgreementVariables.RETURNED_BECAUSE, texts.returnedBecause(process));
        execution.removeVariables(List.of("agreementDecision", "decisionRationale", "consultationOpinion"));
    }
}
