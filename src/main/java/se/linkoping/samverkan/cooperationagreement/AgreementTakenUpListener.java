package se.linkoping.samverkan.cooperationagreement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Ends {@code Task_AwaitPoliticalMeeting} and {@code Task_AwaitFollowUpMeeting}: the political steering
 * group's meeting announced itself (message {@code PoliticalSteeringGroupMeetingHeld}, with
 * {@code politicalMeetingId}), so the decision or follow-up that comes next belongs to that meeting. The
 * meeting is stored with the round as the message arrives, not read later from a variable a task could
 * change. Nothing happens when the wait is cancelled (a superseded agreement, a deleted instance).
 */
@Component("agreementTakenUp")
public class AgreementTakenUpListener implements ExecutionListener {

    private final CooperationAgreements agreements;

    public AgreementTakenUpListener(CooperationAgreements agreements) {
        this.agreements = agreements;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        Object meeting = execution.getVariable("politicalMeetingId");
        if (!(meeting instanceof Number id)) {
            throw new IllegalStateException("The political steering group's meeting did not say which it is");
        }
        agreements.takenUpAt(execution.getProcessInstanceId(), id.longValue());
    }
}
