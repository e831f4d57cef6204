package se.linkoping.samverkan.cooperationagreement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.forms.FormStepDelegate;
import se.linkoping.samverkan.forms.FormValues;
import se.linkoping.samverkan.system.CurrentUser;

/**
 * {@code Task_RegisterAgreement}: stores the new round, starting from the agreement in force when there
 * is one, and gives the drafting form its contents. A refusal starts nothing.
 */
@Component("registerAgreement")
public class RegisterAgreementDelegate extends FormStepDelegate {

    private final CooperationAgreements agreements;
    private final AgreementTexts texts;

    public RegisterAgreementDelegate(CooperationAgreements agreements, AgreementTexts texts) {
        super("reason", "Överenskommelsen startades inte.");
        this.agreements = agreements;
        this.texts = texts;
    }

    @Override
    protected void run(DelegateExecution execution) {
        Long previous = agreements.current().map(Agreement::id).orElse(null);
        long id = agreements.start(FormValues.text(execution, "reason"), previous, CurrentUser.of(execution),
                execution.getProcessInstanceId());
        execution.setProcessBusinessKey("overenskommelse-" + id);
        execution.setVariables(texts.draftValues(execution.getProcessInstanceId()));
        execution.setVariable(AgreementVariables.RETURNED_BECAUSE, "");
    }
}
