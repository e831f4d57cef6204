package se.linkoping.samverkan.cooperationagreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static se.linkoping.samverkan.support.Times.at;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.linkoping.samverkan.refusal.Refusal;
import se.linkoping.samverkan.support.ProcessTests;

/**
 * {@code cooperation-agreement}, path by path, storage mocked: drafted by the security unit and the
 * police, consulted in the steering group, decided at the political steering group's next meeting
 * (or returned for a new draft), signed by both in either order, published, and followed up at each
 * political meeting until the period is over, a newer agreement replaces it, or the yearly review starts
 * the next round. The review timer fires by moving the engine clock.
 */
@Deployment(resources = {"bpmn/cooperation-agreement.bpmn", "forms/agreement-start.form", "forms/agreement-draft.form",
        "forms/agreement-consultation.form", "forms/agreement-decision.form", "forms/agreement-signing.form",
        "forms/agreement-publication.form", "forms/promise-follow-up.form"})
class CooperationAgreementProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension engine = ProcessTests.engineWithCoverage();

    private static final String MEETING_HELD = "PoliticalSteeringGroupMeetingHeld";

    private final CooperationAgreements agreements = mock(CooperationAgreements.class);
    private final CitizenPromises promises = mock(CitizenPromises.class);
    private final AgreementTexts texts = mock(AgreementTexts.class);

    @BeforeEach
    void registerBeans() {
        ProcessTests.bindAssertions(engine);
        ClockUtil.setCurrentTime(at("2027-01-11T10:00"));
        Mocks.register("agreements", agreements);
        Mocks.register("registerAgreement", new RegisterAgreementDelegate(agreements, texts));
        Mocks.register("recordAgreementDraft", new RecordDraftDelegate(agreements, texts));
        Mocks.register("recordAgreementConsultation", new RecordConsultationDelegate(agreements, texts));
        Mocks.register("recordAgreementDecision", new RecordAgreementDecisionDelegate(agreements, texts));
        Mocks.register("recordKsChairSignature", new RecordKsChairSignatureDelegate(agreements, texts));
        Mocks.register("recordPoliceChiefSignature", new RecordPoliceChiefSignatureDelegate(agreements, texts));
        Mocks.register("recordAgreementPublication", new RecordPublicationDelegate(agreements, texts));
        Mocks.register("recordPromiseFollowUp", new RecordFollowUpDelegate(promises, texts));
        Mocks.register("agreementTakenUp", new AgreementTakenUpListener(agreements));
        Mocks.register("startNextAgreementRound", new StartNextRoundDelegate(agreements));
        Mocks.register("agreementEnded", new AgreementEndedListener(agreements));
        when(agreements.start(any(), any(), any(), anyString())).thenReturn(3L);
        when(texts.draftValues(anyString())).thenReturn(Map.of());
        when(texts.text(anyString())).thenReturn("Samverkansöverenskommelse 2027–2028.");
        when(texts.returnedBecause(anyString())).thenReturn("");
        when(agreements.decide(anyString(), eq("APPROVED"), any(), any())).thenReturn(true);
        when(texts.followUpText(anyString())).thenReturn("Inga uppföljningar ännu.");
        when(agreements.publish(anyString(), eq(true), any())).thenReturn(List.of());
        when(agreements.reviewAt(anyString())).thenReturn(at("2028-02-01T08:00"));
    }

    @AfterEach
    void cleanUp() {
        ProcessTests.cleanUp(engine);
    }

    @Test
    void draftedConsultedDecidedSignedPublishedAndFollowedUpUntilThePeriodIsOver() {
        ProcessInstance instance = start();
        assertThat(instance).hasBusinessKey("overenskommelse-3").isWaitingAt("Task_DraftAgreement");
        assertThat(instance).task().hasCandidateGroup("security-unit").hasCandidateGroup("police");
        draft(instance);
        verify(agreements).draft(eq(instance.getId()), eq(new CooperationAgreements.Draft("Skadegörelse i Skäggetorp.",
                "Få vuxna ute kvällstid.", "Halverad skadegörelse till 2028.", "Lägesbilden varje vecka.", "2027-02-01",
                "2028-12-31", "Vi finns på plats i Skäggetorp varje fredag.")), any());

        assertThat(instance).isWaitingAt("Task_ConsultSteeringGroup").task().hasCandidateGroup("steering-group");
        assertThat(taskService().getVariable(task(instance).getId(), "agreementText"))
                .isEqualTo("Samverkansöverenskommelse 2027–2028.");
        taskService().complete(task(instance).getId(), Map.of("consultationOpinion", "Tillstyrks."));
        verify(agreements).consult(eq(instance.getId()), eq("Tillstyrks."), any());

        assertThat(instance).isWaitingAt("Task_AwaitPoliticalMeeting");
        politicalMeetingHeld(7L);
        verify(agreements).takenUpAt(instance.getId(), 7L);
        assertThat(instance).isWaitingAt("Task_DecideAgreement").task().hasCandidateGroup("political-steering-group");
        decide(instance, "APPROVED");

        assertThat(instance).isWaitingAt("Task_SignAsKsChair", "Task_SignAsPoliceChief");
        // each signature is the role's, not the body's: the KS chair and the local police area chief
        assertThat(signing(instance, "Task_SignAsKsChair")).hasCandidateGroup("ks-chair")
                .hasCandidateGroup(Signatory.KS_CHAIR.role().id());
        assertThat(signing(instance, "Task_SignAsPoliceChief")).hasCandidateGroup("police-area-chief");
        assertThat(taskService().getIdentityLinksForTask(signing(instance, "Task_SignAsPoliceChief").getId()))
                .extracting(link -> link.getGroupId()).containsExactly("police-area-chief");
        when(texts.text(instance.getId())).thenReturn("Samverkansöverenskommelse 2027–2028.\n\nUndertecknad: "
                + "Lars Holm (KS ordförande) 1 mars 2027.");
        sign(instance, "Task_SignAsKsChair");
        assertThat(instance).isWaitingAt("Task_SignAsPoliceChief");
        // the other signatory reads who has signed, in which role
        assertThat(taskService().getVariable(signing(instance, "Task_SignAsPoliceChief").getId(), "agreementText"))
                .asString().contains("Lars Holm (KS ordförande)");
        sign(instance, "Task_SignAsPoliceChief");
        verify(agreements).sign(instance.getId(), Signatory.KS_CHAIR, true, "system");
        verify(agreements).sign(instance.getId(), Signatory.POLICE_CHIEF, true, "system");

        assertThat(instance).isWaitingAt("Task_PublishPromise").task().hasCandidateGroup("security-unit");
        taskService().complete(task(instance).getId(), Map.of("publicationConfirmed", true));
        assertThat(instance).isWaitingAt("Task_AwaitFollowUpMeeting");
        assertThat(yearlyReview(instance).getDuedate()).isEqualTo(at("2028-02-01T08:00"));

        when(promises.followUp(anyString(), any(), any(), any())).thenReturn(false);
        politicalMeetingHeld(8L);
        followUp(instance, "ON_TRACK", "Fredagsvandringar varje vecka sedan februari.");
        assertThat(instance).isWaitingAt("Task_AwaitFollowUpMeeting");
        assertThat(runtimeService().getVariable(instance.getId(), "followUpSummary")).isNull();

        when(promises.followUp(anyString(), any(), any(), any())).thenReturn(true);
        politicalMeetingHeld(9L);
        verify(agreements).takenUpAt(instance.getId(), 9L);
        followUp(instance, "PARTLY", "Skadegörelsen minskade med en tredjedel.");

        assertThat(instance).isEnded().hasPassedInOrder("Task_RegisterAgreement", "Task_DraftAgreement",
                "Task_RecordDraft", "Task_ConsultSteeringGroup", "Task_RecordConsultation", "Task_AwaitPoliticalMeeting",
                "Task_DecideAgreement", "Task_RecordAgreementDecision", "Gateway_SignSplit", "Gateway_SignJoin",
                "Task_PublishPromise", "Task_RecordPublication", "Task_AwaitFollowUpMeeting", "Task_FollowUpPromise",
                "Task_RecordFollowUp", "EndEvent_FollowedUp", "Task_StartRoundAfterPeriod", "EndEvent_AgreementEnded");
        verify(promises).followUp(eq(instance.getId()), eq("PARTLY"), eq("Skadegörelsen minskade med en tredjedel."),
                any());
        verify(agreements).ended(instance.getId());
        // the period is over: the next round starts
        assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey("cooperation-agreement")
                .singleResult()).satisfies(next -> assertThat(next).isWaitingAt("Task_DraftAgreement"));
    }

    @Test
    void aReturnedDraftIsRedraftedWithTheReasonAndConsultedAgain() {
        ProcessInstance instance = start();
        draft(instance);
        taskService().complete(task(instance).getId(), Map.of("consultationOpinion", "Tillstyrks."));
        politicalMeetingHeld(7L);
        when(texts.returnedBecause(anyString())).thenReturn("Målen är inte mätbara.");
        decide(instance, "RETURNED");

        assertThat(instance).isWaitingAt("Task_DraftAgreement");
        assertThat(taskService().getVariable(task(instance).getId(), "returnedBecause")).isEqualTo("Målen är inte mätbara.");
        assertThat(runtimeService().getVariable(instance.getId(), "decisionRationale")).isNull();
        assertThat(runtimeService().getVariable(instance.getId(), "focusProblems")).isEqualTo("Skadegörelse i Skäggetorp.");
        draft(instance);
        assertThat(instance).isWaitingAt("Task_ConsultSteeringGroup");
    }

    @Test
    void thePoliceChiefMaySignFirst() {
        ProcessInstance instance = approved();
        sign(instance, "Task_SignAsPoliceChief");
        assertThat(instance).isWaitingAt("Task_SignAsKsChair");
        sign(instance, "Task_SignAsKsChair");
        assertThat(instance).isWaitingAt("Task_PublishPromise");
    }

    @Test
    void theYearlyReviewStartsTheNextRoundAndTheFollowUpGoesOnUntilItIsPublished() {
        ProcessInstance instance = published();
        Job review = yearlyReview(instance);
        ClockUtil.setCurrentTime(review.getDuedate());
        execute(review);

        assertThat(instance).hasPassed("Task_StartNextRound", "EndEvent_NextRoundStarted")
                .isWaitingAt("Task_AwaitFollowUpMeeting");
        ProcessInstance next = runtimeService().createProcessInstanceQuery().processDefinitionKey("cooperation-agreement")
                .list().stream().filter(p -> !p.getId().equals(instance.getId())).findFirst().orElseThrow();
        assertThat(next).isWaitingAt("Task_DraftAgreement");
        verify(agreements).start(eq("Årlig översyn av samverkansöverenskommelsen och medborgarlöftet."), any(),
                eq("system"), eq(next.getId()));

        // the next round's publication supersedes this one: its follow-up ends
        when(agreements.publish(eq(next.getId()), eq(true), any())).thenReturn(List.of(instance.getId()));
        draft(next);
        taskService().complete(task(next).getId(), Map.of("consultationOpinion", "Tillstyrks."));
        politicalMeetingHeld(8L);
        decide(next, "APPROVED");
        sign(next, "Task_SignAsKsChair");
        sign(next, "Task_SignAsPoliceChief");
        taskService().complete(task(next).getId(), Map.of("publicationConfirmed", true));

        assertThat(instance).isEnded().hasPassed("BoundaryEvent_Superseded", "EndEvent_Superseded");
        assertThat(next).isWaitingAt("Task_AwaitFollowUpMeeting");
    }

    @Test
    void aReviewWhileARoundIsUnderWayStartsNothing() {
        ProcessInstance instance = published();
        when(agreements.inProgress()).thenReturn(Optional.of(OffsetDateTime.now()));
        Job review = yearlyReview(instance);
        ClockUtil.setCurrentTime(review.getDuedate());
        execute(review);

        assertThat(instance).hasPassed("Task_StartNextRound");
        assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey("cooperation-agreement").count())
                .isEqualTo(1);
    }

    @Test
    void refusedInputStartsNothingOrKeepsTheTaskOpen() {
        when(agreements.start(any(), any(), any(), anyString()))
                .thenThrow(new Refusal(List.of("En samverkansöverenskommelse är redan under arbete.")));
        assertThatThrownBy(this::start).isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("Överenskommelsen startades inte").hasMessageContaining("redan under arbete");
        assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();

        org.mockito.Mockito.reset(agreements, promises, texts);
        registerBeans();
        ProcessInstance instance = start();
        doThrow(new Refusal(List.of("Mål saknas."))).when(agreements).draft(anyString(), any(), any());
        Task draft = task(instance);
        assertThatThrownBy(() -> taskService().complete(draft.getId(), Map.of("goals", " ")))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("Det sparades inte").hasMessageContaining("Mål saknas");
        assertThat(instance).isWaitingAt("Task_DraftAgreement");
    }

    @Test
    void aSignatureByOneWithoutTheRoleKeepsTheSigningTaskOpen() {
        ProcessInstance instance = approved();
        doThrow(new Refusal(Refusal.Kind.FORBIDDEN, null, List.of(new Refusal.Reason(null,
                "Bara den som har rollen ”Lokalpolisområdeschef” (i dag: Mats Berglund) kan underteckna "
                        + "samverkansöverenskommelsen för Polisen."))))
                .when(agreements).sign(anyString(), eq(Signatory.POLICE_CHIEF), eq(true), any());
        Task policeChief = signing(instance, "Task_SignAsPoliceChief");

        assertThatThrownBy(() -> taskService().complete(policeChief.getId(), Map.of("signed", true)))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("Det sparades inte").hasMessageContaining("Mats Berglund");
        assertThat(instance).isWaitingAt("Task_SignAsKsChair", "Task_SignAsPoliceChief");
        assertThat(runtimeService().getVariable(instance.getId(), "policeChiefSigned")).isNull();
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey("cooperation-agreement",
                Variables.putValue("reason", "Perioden för den gällande överenskommelsen löper ut."));
    }

    private ProcessInstance approved() {
        ProcessInstance instance = start();
        draft(instance);
        taskService().complete(task(instance).getId(), Map.of("consultationOpinion", "Tillstyrks."));
        politicalMeetingHeld(7L);
        decide(instance, "APPROVED");
        return instance;
    }

    private ProcessInstance published() {
        ProcessInstance instance = approved();
        sign(instance, "Task_SignAsKsChair");
        sign(instance, "Task_SignAsPoliceChief");
        taskService().complete(task(instance).getId(), Map.of("publicationConfirmed", true));
        return instance;
    }

    private void draft(ProcessInstance instance) {
        taskService().complete(task(instance).getId(), Variables.putValue("focusProblems", "Skadegörelse i Skäggetorp.")
                .putValue("probableCauses", "Få vuxna ute kvällstid.").putValue("goals", "Halverad skadegörelse till 2028.")
                .putValue("documentation", "Lägesbilden varje vecka.").putValue("periodStart", "2027-02-01")
                .putValue("periodEnd", "2028-12-31").putValue("citizenPromise", "Vi finns på plats i Skäggetorp varje fredag."));
    }

    private void decide(ProcessInstance instance, String decision) {
        taskService().complete(task(instance).getId(), Map.of("agreementDecision", decision,
                "decisionRationale", "Överenskommelsen bygger på lägesbilden."));
        verify(agreements, org.mockito.Mockito.atLeastOnce()).decide(eq(instance.getId()), eq(decision),
                eq("Överenskommelsen bygger på lägesbilden."), any());
    }

    private void sign(ProcessInstance instance, String key) {
        taskService().complete(signing(instance, key).getId(), Map.of("signed", true));
    }

    private static Task signing(ProcessInstance instance, String key) {
        return taskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key)
                .singleResult();
    }

    private void followUp(ProcessInstance instance, String status, String summary) {
        assertThat(instance).isWaitingAt("Task_FollowUpPromise").task().hasCandidateGroup("political-steering-group");
        taskService().complete(task(instance).getId(), Map.of("followUpStatus", status, "followUpSummary", summary));
    }

    private static void politicalMeetingHeld(long meetingId) {
        runtimeService().createMessageCorrelation(MEETING_HELD)
                .setVariable("politicalMeetingId", Variables.longValue(meetingId)).correlateAll();
    }

    private static Job yearlyReview(ProcessInstance instance) {
        return managementService().createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
    }

    private static Task task(ProcessInstance instance) {
        return taskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }
}
