package se.linkoping.samverkan.cooperationagreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import se.linkoping.samverkan.decision.DecisionRecords;
import se.linkoping.samverkan.refusal.Refusal;
import se.linkoping.samverkan.support.DemoLogins;
import se.linkoping.samverkan.support.RestClient;
import se.linkoping.samverkan.support.Scenario;

/**
 * The cooperation agreement against a real database, every task completed through the REST API by a
 * member of its group: drafted by the security unit and the police, consulted by the steering group,
 * decided at the political steering group's meeting (run by its timer), signed, published — and then,
 * and only then, on the public page, which needs no login and shows the promise and its follow-ups and
 * nothing else. Bad input is refused in Swedish and saves nothing. Run on H2 and PostgreSQL.
 */
abstract class AgreementScenarios extends Scenario {

    static final String PROMISE = "Vi finns på plats i Skäggetorps centrum varje fredagskväll.";
    static final String FOCUS = "Skadegörelse och otrygghet kring Skäggetorps centrum kvällstid.";

    @Autowired
    CooperationAgreements agreements;
    @Autowired
    CitizenPromises promises;
    @Autowired
    AgreementTexts texts;
    @Autowired
    DecisionRecords decisions;
    @Autowired
    IdentityService identity;

    @Test
    void anAgreementDecidedAtThePoliticalMeetingAppearsOnThePublicPageWhichShowsNothingElse() {
        assertThat(publicPage()).contains("Inget medborgarlöfte är publicerat just nu.");

        ResponseEntity<JsonNode> started = RestClient.as(http, DemoLogins.EST_SECURITY_UNIT).post(
                "/engine-rest/process-definition/key/cooperation-agreement/submit-form",
                form(Map.of("reason", "Den första överenskommelsen enligt beslutet 2020.")));
        assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
        String process = started.getBody().get("id").asText();

        // the police drafts; a draft with errors is refused whole, and nothing is saved
        Task draft = task("Task_DraftAgreement");
        String refusal = refusal(DemoLogins.EST_POLICE, draft, Map.of("focusProblems", "Ring 850709-9805.",
                "probableCauses", "", "goals", "Halvera skadegörelsen.", "documentation", "Veckovis lägesbild.",
                "periodStart", "2027-12-31", "periodEnd", "2027-01-01", "citizenPromise", PROMISE));
        assertThat(refusal).contains("Det sparades inte", "Problemen i fokus innehåller något som ser ut som ett personnummer",
                "Troliga orsaker saknas", "måste komma efter dess första dag");
        assertThat(jdbc.sql("select focus_problems from samverkan.cooperation_agreement").query(String.class).optional())
                .isEmpty();
        LocalDate today = LocalDate.now();
        complete(DemoLogins.EST_POLICE, draft, draftValues(today));

        Task consultation = task("Task_ConsultSteeringGroup");
        assertThat(candidates(consultation)).containsExactly("steering-group");
        assertThat(taskService.getVariable(consultation.getId(), "agreementText").toString()).contains(FOCUS, PROMISE);
        complete(DemoLogins.DIRECTOR, consultation, Map.of("consultationOpinion", "Styrgruppen tillstyrker."));
        assertThat(publicPage()).contains("Inget medborgarlöfte är publicerat").doesNotContain(PROMISE);

        // the political steering group's next meeting takes it up
        long meeting = holdPoliticalMeeting();
        Task decision = task("Task_DecideAgreement");
        assertThat(candidates(decision)).containsExactly("political-steering-group");
        assertThat(refusal(DemoLogins.POLITICIAN, decision, Map.of("agreementDecision", "APPROVED",
                "decisionRationale", " "))).contains("Motivering saknas");
        complete(DemoLogins.POLITICIAN, decision, Map.of("agreementDecision", "APPROVED",
                "decisionRationale", "Bygger på den gemensamma lägesbilden."));
        long agreementId = agreements.of(process).id();
        assertThat(decisions.about(DecisionRecords.Subject.AGREEMENT, agreementId))
                .extracting(DecisionRecords.Decision::body, DecisionRecords.Decision::meetingId,
                        DecisionRecords.Decision::outcome, DecisionRecords.Decision::decidedBy)
                .containsExactly(tuple("political-steering-group", meeting, DecisionRecords.Outcome.APPROVED,
                        DemoLogins.POLITICIAN));

        // both sign, either first, each the holder of a role: a police user cannot sign for the KS chair,
        // nor for the police area chief, whose task only the role's holder sees
        Task ksChair = task("Task_SignAsKsChair");
        Task policeChief = task("Task_SignAsPoliceChief");
        assertThat(candidates(ksChair)).containsExactly("ks-chair");
        assertThat(candidates(policeChief)).containsExactly("police-area-chief");
        assertThat(RestClient.as(http, DemoLogins.EST_POLICE).post("/engine-rest/task/" + ksChair.getId() + "/claim",
                Map.of("userId", DemoLogins.EST_POLICE)).getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(RestClient.as(http, DemoLogins.EST_POLICE).get("/engine-rest/task?processInstanceId=" + process)
                .getBody()).isEmpty();
        assertThat(RestClient.as(http, DemoLogins.EST_POLICE).post("/engine-rest/task/" + policeChief.getId()
                + "/complete", form(Map.of("signed", true))).getStatusCode().is2xxSuccessful()).isFalse();
        // an administrator hands the task to the police user: she sees it now, and the REST API lets her complete
        // it, but the signature is the role's, checked as it is stored: refused in Swedish, nothing recorded
        RestClient admin = RestClient.as(http, DemoLogins.ADMIN);
        assertThat(admin.post("/engine-rest/task/" + policeChief.getId() + "/assignee",
                Map.of("userId", DemoLogins.EST_POLICE)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<JsonNode> notTheChief = RestClient.as(http, DemoLogins.EST_POLICE)
                .post("/engine-rest/task/" + policeChief.getId() + "/complete", form(Map.of("signed", true)));
        assertThat(notTheChief.getStatusCode().is4xxClientError()).as("%s", notTheChief.getBody()).isTrue();
        assertThat(notTheChief.getBody().get("message").asText()).contains("Det sparades inte",
                "Bara den som har rollen ”Lokalpolisområdeschef” (i dag: Mats Berglund) kan underteckna");
        assertThat(task("Task_SignAsPoliceChief")).isNotNull();
        assertThat(jdbc.sql("select police_chief_signed_by from samverkan.cooperation_agreement").query(String.class)
                .optional()).isEmpty();
        assertThat(agreements.of(process).status()).isEqualTo(AgreementStatus.SIGNING);
        Map<String, Object> nobody = new java.util.HashMap<>();
        nobody.put("userId", null);
        assertThat(admin.post("/engine-rest/task/" + policeChief.getId() + "/assignee", nobody).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(refusal(DemoLogins.POLICE_AREA_CHIEF, policeChief, Map.of("signed", false))).contains("kryssa i rutan");
        complete(DemoLogins.POLICE_AREA_CHIEF, policeChief, Map.of("signed", true));
        assertThat(taskService.getVariable(ksChair.getId(), "agreementText").toString())
                .as("the KS chair reads who signed for the police").contains("Mats Berglund (Lokalpolisområdeschef)");
        complete(DemoLogins.POLITICIAN, ksChair, Map.of("signed", true));
        assertThat(publicPage()).doesNotContain(PROMISE);
        assertThat(jdbc.sql("select ks_chair_signed_by, police_chief_signed_by from samverkan.cooperation_agreement")
                .query().singleRow()).containsEntry("ks_chair_signed_by", DemoLogins.POLITICIAN)
                .containsEntry("police_chief_signed_by", DemoLogins.POLICE_AREA_CHIEF);

        Task publish = task("Task_PublishPromise");
        assertThat(taskService.getVariable(publish.getId(), "agreementText").toString())
                .contains("Undertecknad: Lars Holm (KS ordförande)", "Mats Berglund (Lokalpolisområdeschef)");
        complete(DemoLogins.EST_SECURITY_UNIT, publish, Map.of("publicationConfirmed", true));

        String page = publicPage();
        assertThat(page).contains(PROMISE, "Löftet har inte följts upp ännu.", String.valueOf(today.getYear() + 1));
        assertThat(page).doesNotContain(FOCUS, "Styrgruppen tillstyrker", "Bygger på den gemensamma lägesbilden",
                "Halvera skadegörelsen", DemoLogins.POLITICIAN, DemoLogins.EST_SECURITY_UNIT, DemoLogins.EST_POLICE,
                DemoLogins.DIRECTOR, DemoLogins.POLICE_AREA_CHIEF, "Undertecknad");

        // the next political meeting follows it up, and the follow-up is published, as text
        holdPoliticalMeeting();
        complete(DemoLogins.POLITICIAN, task("Task_FollowUpPromise"), Map.of("followUpStatus", "PARTLY",
                "followUpSummary", "Fredagsvandringar har hållits. <script>alert('x')</script>"));
        page = publicPage();
        assertThat(page).contains("Delvis enligt plan", "Fredagsvandringar har hållits.",
                "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").doesNotContain("<script>");
        assertThat(task("Task_AwaitFollowUpMeeting")).isNull();
        assertThat(runtimeService.createExecutionQuery().processInstanceId(process)
                .activityId("Task_AwaitFollowUpMeeting").count()).isEqualTo(1);
    }

    @Test
    void onlyOneRoundAtATimeAndADraftIsCheckedWhole() {
        start("pi-first");
        assertThatThrownBy(() -> start("pi-second")).isInstanceOf(Refusal.class)
                .hasMessageContaining("redan under arbete");
        assertThatThrownBy(() -> agreements.start(" ", null, "erik.sandberg", "pi-third"))
                .hasMessageContaining("Skäl till en ny överenskommelse saknas.");

        assertThatThrownBy(() -> agreements.draft("pi-first", new CooperationAgreements.Draft("", "", "", "", "1/2",
                LocalDate.now().minusYears(9).toString(), ""), "anna.lindqvist"))
                .isInstanceOf(Refusal.class)
                .satisfies(e -> assertThat(((Refusal) e).reasons()).containsExactly("Problemen i fokus saknas.",
                        "Troliga orsaker saknas.", "Mål saknas.", "Dokumentation och uppföljning saknas.",
                        "Medborgarlöftet saknas.", "Periodens första dag ”1/2” kan inte läsas: ange den som 2027-01-01."));
        LocalDate start = LocalDate.now();
        assertThatThrownBy(() -> agreements.draft("pi-first", draft(start, start.plusYears(5)), "anna.lindqvist"))
                .hasMessageContaining("högst 4 år");
        assertThat(agreements.of("pi-first").status()).isEqualTo(AgreementStatus.DRAFTING);
        assertThatThrownBy(() -> promises.followUp("pi-first", "SOMETIMES", "", "lars.holm"))
                .hasMessageContaining("Välj hur arbetet").hasMessageContaining("Uppföljningen saknas.");
    }

    @Test
    void aNewRoundStartsFromTheAgreementInForceAndReplacesItWhenPublished() {
        start("pi-first");
        LocalDate today = LocalDate.now();
        agreements.draft("pi-first", draft(today, today.plusYears(2)), "anna.lindqvist");
        agreements.consult("pi-first", "Tillstyrks.", "maria.ek");
        long meeting = jdbc.sql("""
                        insert into samverkan.meeting (body, kind, called_at, process_instance_id)
                        values ('political-steering-group', 'ORDINARY', current_timestamp, 'pi-meeting')""")
                .update() == 1 ? jdbc.sql("select id from samverkan.meeting").query(Long.class).single() : -1;
        agreements.takenUpAt("pi-first", meeting);
        assertThat(agreements.decide("pi-first", "APPROVED", "Bra.", "lars.holm")).isTrue();
        agreements.sign("pi-first", Signatory.KS_CHAIR, true, "lars.holm");
        assertThatThrownBy(() -> agreements.sign("pi-first", Signatory.POLICE_CHIEF, true,
                "lars.holm")).isInstanceOf(Refusal.class).hasMessageContaining("undertecknar var för sig");
        agreements.sign("pi-first", Signatory.POLICE_CHIEF, true, "mats.berglund");
        assertThat(agreements.publish("pi-first", true, "erik.sandberg")).isEmpty();

        long first = agreements.of("pi-first").id();
        agreements.start("Årlig översyn.", first, "system", "pi-second");
        assertThat(texts.draftValues("pi-second")).containsEntry("citizenPromise", PROMISE)
                .containsEntry("focusProblems", FOCUS);
        agreements.draft("pi-second", draft(today.plusYears(2), today.plusYears(4)), "anna.lindqvist");
        agreements.consult("pi-second", "Tillstyrks.", "maria.ek");
        agreements.takenUpAt("pi-second", meeting);
        assertThat(agreements.decide("pi-second", "RETURNED", "Målen behöver siffror.", "lars.holm")).isFalse();
        assertThat(texts.returnedBecause("pi-second")).contains("Målen behöver siffror.");
        assertThat(texts.text("pi-second")).doesNotContain("Styrgruppens yttrande");
        assertThat(decisions.about(DecisionRecords.Subject.AGREEMENT, agreements.of("pi-second").id()).get(0).basis())
                .contains("Styrgruppens yttrande: Tillstyrks.");
        assertThat(agreements.of("pi-second").status()).isEqualTo(AgreementStatus.DRAFTING);
        // a long agreement: the forms get what a variable holds, the decision record keeps it whole
        String longGoals = "Mätbart mål. ".repeat(300);
        agreements.draft("pi-second", new CooperationAgreements.Draft(FOCUS, "Få vuxna ute kvällstid.", longGoals,
                "Veckovis lägesbild.", today.plusYears(2).toString(), today.plusYears(4).toString(), PROMISE),
                "anna.lindqvist");
        agreements.consult("pi-second", "Tillstyrks.", "maria.ek");
        assertThat(texts.text("pi-second")).hasSizeLessThanOrEqualTo(se.linkoping.samverkan.forms.TextFields.VARIABLE_MAX);
        agreements.decide("pi-second", "APPROVED", "Nu mätbart.", "lars.holm");
        assertThat(decisions.about(DecisionRecords.Subject.AGREEMENT, agreements.of("pi-second").id()).get(1).basis())
                .contains(longGoals.strip(), "Medborgarlöftet (offentligt): " + PROMISE);
        assertThat(texts.returnedBecause("pi-second")).isEmpty();
        agreements.sign("pi-second", Signatory.POLICE_CHIEF, true, "mats.berglund");
        assertThat(agreements.of("pi-second").status()).isEqualTo(AgreementStatus.SIGNING);
        agreements.sign("pi-second", Signatory.KS_CHAIR, true, "lars.holm");

        assertThat(agreements.publish("pi-second", true, "erik.sandberg")).containsExactly("pi-first");
        assertThat(agreements.of("pi-first").status()).isEqualTo(AgreementStatus.SUPERSEDED);
        assertThat(promises.publicPromise()).get().extracting(CitizenPromises.PublicPromise::periodStart)
                .isEqualTo(today.plusYears(2));
    }

    @Test
    void anAbandonedRoundDoesNotBlockTheNextAndAnExpiredPromiseIsNotShown() {
        start("pi-abandoned");
        agreements.ended("pi-abandoned");
        assertThat(agreements.of("pi-abandoned").status()).isEqualTo(AgreementStatus.ABANDONED);
        assertThat(agreements.inProgress()).isEmpty();

        start("pi-short");
        LocalDate today = LocalDate.now();
        agreements.draft("pi-short", draft(today.minusDays(30), today.plusDays(1)), "anna.lindqvist");
        agreements.consult("pi-short", "Tillstyrks.", "maria.ek");
        jdbc.sql("""
                        insert into samverkan.meeting (body, kind, called_at, process_instance_id)
                        values ('political-steering-group', 'EXTRA', current_timestamp, 'pi-meeting-2')""").update();
        agreements.takenUpAt("pi-short", jdbc.sql("select max(id) from samverkan.meeting").query(Long.class).single());
        agreements.decide("pi-short", "APPROVED", "Bra.", "lars.holm");
        agreements.sign("pi-short", Signatory.KS_CHAIR, true, "lars.holm");
        agreements.sign("pi-short", Signatory.POLICE_CHIEF, true, "mats.berglund");
        agreements.publish("pi-short", true, "erik.sandberg");
        assertThat(publicPage()).contains(PROMISE);
        agreements.ended("pi-short");
        assertThat(agreements.of("pi-short").status()).as("still in its period").isEqualTo(AgreementStatus.PUBLISHED);

        jdbc.sql("update samverkan.cooperation_agreement set period_end = ? where process_instance_id = 'pi-short'")
                .param(today.minusDays(1)).update();
        assertThat(publicPage()).contains("Inget medborgarlöfte är publicerat just nu.").doesNotContain(PROMISE);
        agreements.ended("pi-short");
        assertThat(agreements.of("pi-short").status()).isEqualTo(AgreementStatus.EXPIRED);
    }

    @Test
    void onlyTheHolderOfTheRoleNowSignsAndNeverForBothParties() {
        signing("pi-roles");
        // a police officer who is not the area chief: refused, naming who holds the role, nothing recorded
        assertThatThrownBy(() -> agreements.sign("pi-roles", Signatory.POLICE_CHIEF, true, "anna.lindqvist"))
                .isInstanceOf(Refusal.class)
                .satisfies(e -> assertThat(((Refusal) e).kind()).isEqualTo(Refusal.Kind.FORBIDDEN))
                .hasMessageContaining("Bara den som har rollen ”Lokalpolisområdeschef” (i dag: Mats Berglund) kan "
                        + "underteckna samverkansöverenskommelsen för Polisen.")
                .hasMessageContaining("En administratör tilldelar rollen i Camunda Admin");
        // a member of the political steering group who is not the KS chair
        assertThatThrownBy(() -> agreements.sign("pi-roles", Signatory.KS_CHAIR, true, "demo-political-steering-group"))
                .isInstanceOf(Refusal.class).hasMessageContaining("”KS ordförande”").hasMessageContaining("Lars Holm");
        assertThat(signatures("pi-roles")).containsEntry("ks_chair_signed_by", null)
                .containsEntry("police_chief_signed_by", null);

        // one who holds both roles still signs once: the other party's signature needs another person
        identity.createMembership("lars.holm", "police-area-chief");
        try {
            agreements.sign("pi-roles", Signatory.KS_CHAIR, true, "lars.holm");
            assertThatThrownBy(() -> agreements.sign("pi-roles", Signatory.POLICE_CHIEF, true, "lars.holm"))
                    .isInstanceOf(Refusal.class)
                    .satisfies(e -> assertThat(((Refusal) e).reasons()).containsExactly("Du har redan undertecknat "
                            + "för den andra parten. Kommunstyrelsens ordförande och lokalpolisområdeschefen "
                            + "undertecknar var för sig."));
        } finally {
            identity.deleteMembership("lars.holm", "police-area-chief");
        }
        assertThat(signatures("pi-roles")).containsEntry("police_chief_signed_by", null);

        // the role is asked at the moment of signing: taken away, the former holder cannot sign
        identity.deleteMembership("mats.berglund", "police-area-chief");
        try {
            assertThatThrownBy(() -> agreements.sign("pi-roles", Signatory.POLICE_CHIEF, true, "mats.berglund"))
                    .isInstanceOf(Refusal.class).hasMessageContaining("(i dag: ingen)");
        } finally {
            identity.createMembership("mats.berglund", "police-area-chief");
        }
        agreements.sign("pi-roles", Signatory.POLICE_CHIEF, true, "mats.berglund");

        assertThat(signatures("pi-roles")).containsEntry("ks_chair_signed_by", "lars.holm")
                .containsEntry("police_chief_signed_by", "mats.berglund");
        assertThat(agreements.of("pi-roles").status()).isEqualTo(AgreementStatus.PUBLISHING);
        assertThat(texts.text("pi-roles")).contains("Undertecknad: Lars Holm (KS ordförande) ",
                "; Mats Berglund (Lokalpolisområdeschef) ");
    }

    /** A round approved at a political meeting, waiting for its signatures. */
    private void signing(String process) {
        start(process);
        LocalDate today = LocalDate.now();
        agreements.draft(process, draft(today, today.plusYears(2)), "anna.lindqvist");
        agreements.consult(process, "Tillstyrks.", "maria.ek");
        jdbc.sql("""
                        insert into samverkan.meeting (body, kind, called_at, process_instance_id)
                        values ('political-steering-group', 'ORDINARY', current_timestamp, ?)""")
                .param(process + "-meeting").update();
        agreements.takenUpAt(process, jdbc.sql("select max(id) from samverkan.meeting").query(Long.class).single());
        assertThat(agreements.decide(process, "APPROVED", "Bra.", "lars.holm")).isTrue();
    }

    private Map<String, Object> signatures(String process) {
        return jdbc.sql("""
                        select ks_chair_signed_by, police_chief_signed_by from samverkan.cooperation_agreement
                        where process_instance_id = ?""").param(process).query().singleRow();
    }

    private void start(String process) {
        agreements.start("Perioden löper ut.", null, "erik.sandberg", process);
    }

    private static CooperationAgreements.Draft draft(LocalDate start, LocalDate end) {
        return new CooperationAgreements.Draft(FOCUS, "Få vuxna ute kvällstid.", "Halvera skadegörelsen till 2028.",
                "Veckovis lägesbild; uppföljning i politiska styrgruppen.", start.toString(), end.toString(), PROMISE);
    }

    private static Map<String, Object> draftValues(LocalDate today) {
        return Map.of("focusProblems", FOCUS, "probableCauses", "Få vuxna ute kvällstid.",
                "goals", "Halvera skadegörelsen till 2028.", "documentation", "Veckovis lägesbild.",
                "periodStart", today.toString(), "periodEnd", today.plusYears(1).plusDays(1).toString(),
                "citizenPromise", PROMISE);
    }

    /** Fires the political steering group's next meeting, has the security unit prepare it, and returns its id. */
    private long holdPoliticalMeeting() {
        fire(timer("political-steering-group-meeting"));
        String meeting = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey("political-steering-group-meeting").active().list().stream()
                .filter(p -> managementService.createJobQuery().processInstanceId(p.getId()).count() == 1)
                .findFirst().orElseThrow().getId();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(meeting).singleResult().getId());
        complete(DemoLogins.EST_SECURITY_UNIT, taskService.createTaskQuery().processInstanceId(meeting)
                .taskDefinitionKey("Task_PrepareAgenda").singleResult(), Map.of("agendaNotes", "Överenskommelsen."));
        managementService.executeJob(managementService.createJobQuery().processInstanceId(meeting).singleResult().getId());
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(meeting).count()).isZero();
        return jdbc.sql("select id from samverkan.meeting where process_instance_id = ?").param(meeting)
                .query(Long.class).single();
    }

    private String publicPage() {
        ResponseEntity<String> page = RestClient.anonymous(http).getText("/medborgarlofte");
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        return page.getBody();
    }

    private Task task(String key) {
        return taskService.createTaskQuery().processDefinitionKey("cooperation-agreement").taskDefinitionKey(key)
                .singleResult();
    }
}
