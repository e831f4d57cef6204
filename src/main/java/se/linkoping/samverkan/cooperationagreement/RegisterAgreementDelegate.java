package se.linkoping.samverkan.cooperationagreement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.forms.FormValues;
import se.linkoping.samverkan.refusal.RefusedInput;
import se.linkoping.samverkan.system.CurrentUser;

/**
 * {@code Task_RegisterAgreement}: stores the new round, starting from the agreement in force when there
 * is one, and gives the drafting form its contents. A refusal starts nothing.
 */
@Component("registerAgreement")
public class RegisterAgreementDelegate implements JavaDelegate {

    private final CooperationAgreements agreements;

    public RegisterAgreementDelegate(CooperationAgreements agreements) {
        this.agreements = agreements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        try {
            Long previous = agreements.current().map(CooperationAgreements.Agreement::id).orElse(null);
            long id = agreements.start(FormValues.text(execution, "reason"), previous, CurrentUser.of(execution),
                    execution.getProcessInstanceId());
            execution.setProcessBusinessKey("overenskommelse-" + id);
            execution.setVariables(agreements.draftValues(execution.getProcessInstanceId()));
            execution.setVariable(RecordAgreementStepDelegate.RETURNED_BECAUSE, "");
        } catch (RefusedInput refused) {
            throw new FormFieldValidationException("reason", "Överenskommelsen startades inte. " + refused.getMessage());
        }
    }
}
