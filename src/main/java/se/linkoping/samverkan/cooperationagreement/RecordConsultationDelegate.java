package se.linkoping.samverkan.cooperationagreement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.forms.FormStepDelegate;
import se.linkoping.samverkan.forms.FormValues;
import se.linkoping.samverkan.system.CurrentUser;

/** {@code Task_RecordConsultation}: stores the steering group's opinion; the decision reads it with the agreement. */
@Component("recordAgreementConsultation")
public class RecordConsultationDelegate extends FormStepDelegate {

    private final CooperationAgreements agreements;
    private final AgreementTexts texts;

    public RecordConsultationDelegate(CooperationAgreements agreements, AgreementTexts texts) {
        super("consultationOpinion", "Det sparades inte.");
        this.agreements = agreements;
        this.texts = texts;
    }

    @Override
    protected void run(DelegateExecution execution) {
        String process = execution.getProcessInstanceId();
        agreements.consult(process, FormValues.text(execution, "consultationOpinion"), CurrentUser.of(execution));
        execution.setVariable(AgreementVariables.AGREEMENT_TEXT, texts.text(process));
    }
}
