package se.linkoping.samverkan.cooperationagreement;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.forms.FormStepDelegate;
import se.linkoping.samverkan.forms.FormValues;
import se.linkoping.samverkan.system.CurrentUser;

/**
 * The steps after each task of {@code cooperation-agreement}: stores what the task's form said, by the
 * activity it runs in, and gives the next forms what they show ({@code agreementText},
 * {@code returnedBecause}, {@code previousFollowUps}) and the gateways what they ask
 * ({@code agreementApproved}, {@code periodOver}). A decision's and a follow-up's fields are cleared once
 * stored, so the next one starts empty. A refusal keeps the task open and stores nothing.
 */
@Component("recordAgreementStep")
public class RecordAgreementStepDelegate extends FormStepDelegate {

    /** The message that ends the follow-up of an agreement a newer one replaces. */
    public static final String SUPERSEDED = "CooperationAgreementSuperseded";
    static final String RETURNED_BECAUSE = "returnedBecause";

    private final CooperationAgreements agreements;

    public RecordAgreementStepDelegate(CooperationAgreements agreements) {
        super("step", "Det sparades inte.");
        this.agreements = agreements;
    }

    @Override
    protected void run(DelegateExecution execution) {
        String user = CurrentUser.of(execution);
        String process = execution.getProcessInstanceId();
        switch (execution.getCurrentActivityId()) {
            case "Task_RecordDraft" -> {
                agreements.draft(process, new CooperationAgreements.Draft(FormValues.text(execution, "focusProblems"),
                        FormValues.text(execution, "probableCauses"), FormValues.text(execution, "goals"),
                        FormValues.text(execution, "documentation"), FormValues.text(execution, "periodStart"),
                        FormValues.text(execution, "periodEnd"), FormValues.text(execution, "citizenPromise")), user);
                execution.setVariable("agreementText", agreements.text(process));
            }
            case "Task_RecordConsultation" -> {
                agreements.consult(process, FormValues.text(execution, "consultationOpinion"), user);
                execution.setVariable("agreementText", agreements.text(process));
            }
            case "Task_RecordAgreementDecision" -> {
                boolean approved = agreements.decide(process, FormValues.text(execution, "agreementDecision"),
                        FormValues.text(execution, "decisionRationale"), user);
                execution.setVariable("agreementApproved", approved);
                execution.setVariable(RETURNED_BECAUSE, agreements.returnedBecause(process));
                execution.removeVariables(List.of("agreementDecision", "decisionRationale", "consultationOpinion"));
            }
            case "Task_RecordKsChairSignature" ->
                    sign(execution, CooperationAgreements.Signatory.KS_CHAIR, "ksChairSigned", user);
            case "Task_RecordPoliceChiefSignature" ->
                    sign(execution, CooperationAgreements.Signatory.POLICE_CHIEF, "policeChiefSigned", user);
            case "Task_RecordPublication" -> {
                List<String> superseded = agreements.publish(process,
                        FormValues.ticked(execution, "publicationConfirmed"), user);
                execution.removeVariable("publicationConfirmed");
                execution.setVariable("previousFollowUps", agreements.followUpText(process));
                for (String previous : superseded) {
                    execution.getProcessEngineServices().getRuntimeService().createMessageCorrelation(SUPERSEDED)
                            .processInstanceId(previous).correlateAll();
                }
            }
            case "Task_RecordFollowUp" -> {
                boolean over = agreements.followUp(process, FormValues.text(execution, "followUpStatus"),
                        FormValues.text(execution, "followUpSummary"), user);
                execution.setVariable("periodOver", over);
                execution.removeVariables(List.of("followUpStatus", "followUpSummary"));
                execution.setVariable("previousFollowUps", agreements.followUpText(process));
            }
            default -> throw new IllegalStateException("No agreement step " + execution.getCurrentActivityId());
        }
    }

    /** Each signing task keeps its checkbox local and maps it out under its own name, so the two never collide. */
    private void sign(DelegateExecution execution, CooperationAgreements.Signatory signatory, String variable,
                      String user) {
        agreements.sign(execution.getProcessInstanceId(), signatory, FormValues.ticked(execution, variable), user);
        execution.removeVariable(variable);
    }
}
