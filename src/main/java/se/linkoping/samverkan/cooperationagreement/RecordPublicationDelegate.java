package se.linkoping.samverkan.cooperationagreement;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.forms.FormStepDelegate;
import se.linkoping.samverkan.forms.FormValues;
import se.linkoping.samverkan.system.CurrentUser;

/**
 * {@code Task_RecordPublication}: publishes the citizen promise and tells each agreement it supersedes
 * (message {@value #SUPERSEDED}), whose follow-up then ends. The follow-up form starts from the
 * follow-ups so far.
 */
@Component("recordAgreementPublication")
public class RecordPublicationDelegate extends FormStepDelegate {

    /** The message that ends the follow-up of an agreement a newer one replaces. */
    public static final String SUPERSEDED = "CooperationAgreementSuperseded";

    private final CooperationAgreements agreements;
    private final AgreementTexts texts;

    public RecordPublicationDelegate(CooperationAgreements agreements, AgreementTexts texts) {
        super("publicationConfirmed", "Det sparades inte.");
        this.agreements = agreements;
        this.texts = texts;
    }

    @Override
    protected void run(DelegateExecution execution) {
        String process = execution.getProcessInstanceId();
        List<String> superseded = agreements.publish(process, FormValues.ticked(execution, "publicationConfirmed"),
                CurrentUser.of(execution));
        execution.removeVariable("publicationConfirmed");
        execution.setVariable(AgreementVariables.PREVIOUS_FOLLOW_UPS, texts.followUpText(process));
        for (String previous : superseded) {
            execution.getProcessEngineServices().getRuntimeService().createMessageCorrelation(SUPERSEDED)
                    .processInstanceId(previous).correlateAll();
        }
    }
}
