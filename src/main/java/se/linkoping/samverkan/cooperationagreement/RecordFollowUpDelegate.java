package se.linkoping.samverkan.cooperationagreement;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.forms.FormStepDelegate;
import se.linkoping.samverkan.forms.FormValues;
import se.linkoping.samverkan.system.CurrentUser;

/**
 * {@code Task_RecordFollowUp}: stores and publishes a follow-up of the citizen promise and tells the gateway
 * after it whether the period is over ({@code periodOver}). Its fields are cleared, so the next follow-up
 * starts empty from the follow-ups so far.
 */
@Component("recordPromiseFollowUp")
public class RecordFollowUpDelegate extends FormStepDelegate {

    private final CitizenPromises promises;
    private final AgreementTexts texts;

    public RecordFollowUpDelegate(CitizenPromises promises, AgreementTexts texts) {
        super("followUpStatus", "Det sparades inte.");
        this.promises = promises;
        this.texts = texts;
    }

    @Override
    protected void run(DelegateExecution execution) {
        String process = execution.getProcessInstanceId();
        boolean over = promises.followUp(process, FormValues.text(execution, "followUpStatus"),
                FormValues.text(execution, "followUpSummary"), CurrentUser.of(execution));
        execution.setVariable("periodOver", over);
        execution.removeVariables(List.of("followUpStatus", "followUpSummary"));
        execution.setVariable(AgreementVariables.PREVIOUS_FOLLOW_UPS, texts.followUpText(process));
    }
}
