package se.linkoping.samverkan.cooperationagreement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.forms.FormStepDelegate;
import se.linkoping.samverkan.forms.FormValues;
import se.linkoping.samverkan.system.CurrentUser;

/** {@code Task_RecordDraft}: stores the draft whole and gives the consultation the agreement's text. */
@Component("recordAgreementDraft")
public class RecordDraftDelegate extends FormStepDelegate {

    private final CooperationAgreements agreements;
    private final AgreementTexts texts;

    public RecordDraftDelegate(CooperationAgreements agreements, AgreementTexts texts) {
        super("focusProblems", "Det sparades inte.");
        this.agreements = agreements;
        this.texts = texts;
    }

    @Override
    protected void run(DelegateExecution execution) {
        String process = execution.getProcessInstanceId();
        agreements.draft(process, new CooperationAgreements.Draft(FormValues.text(execution, "focusProblems"),
                FormValues.text(execution, "probableCauses"), FormValues.text(execution, "goals"),
                FormValues.text(execution, "documentation"), FormValues.text(execution, "periodStart"),
                FormValues.text(execution, "periodEnd"), FormValues.text(execution, "citizenPromise")),
                CurrentUser.of(execution));
        execution.setVariable(AgreementVariables.AGREEMENT_TEXT, texts.text(process));
    }
}
