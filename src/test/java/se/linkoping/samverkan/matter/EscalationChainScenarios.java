package se.linkoping.samverkan.matter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static se.linkoping.samverkan.support.Times.STOCKHOLM;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import se.linkoping.samverkan.audit.AuditTrail;
import se.linkoping.samverkan.decision.DecisionRecords;
import se.linkoping.samverkan.decision.DecisionRecords.Decision;
import se.linkoping.samverkan.decision.DecisionRecords.Outcome;
import se.linkoping.samverkan.estweeklycycle.Week;
import se.linkoping.samverkan.support.DemoLogins;
import se.linkoping.samverkan.support.RestClient;
import se.linkoping.samverkan.support.Scenario;
import se.linkoping.samverkan.support.ShownTexts;

/**
 * The escalation chain against a real database, run by its timers with the engine clock moved and
 * every task completed through the REST API by a member of the group it belongs to: vandalism in
 * Skäggetorp rises over weeks, EST's cycle puts it above its mandate, and the matter climbs from the
 * coordination group through the steering group to the political steering group, which decides. Bad
 * input on the way is refused in Swedish and saves nothing. Run on H2 and PostgreSQL.
 */
abstract class EscalationChainScenarios extends Scenario {

    @Autowired
    IdentityService identityService;
    @Autowired
    DecisionRecords decisions;
    @Autowired
    Matters matters;
    @Autowired
    AuditTrail audit;

    @Test
    void aPersistingProblemClimbsFromEstToThePoliticalSteeringGroupWhichDecides() {
        Job estTimer = timer("est-weekly-cycle");
        Week week = Week.containing(estTimer.getDuedate().toInstant(), STOCKHOLM).minusWeeks(1);
        // vandalism in Skäggetorp: one report three weeks back, then two, then three, then six this week
        int[] perWeek = {1, 2, 3, 6};
        for (int w = 0; w < perWeek.length; w++) {
            for (int n = 0; n < perWeek[w]; n++) {
                report("skaggetorp", "skadegorelse", "Skäggetorpsvägen " + (10 * w + n),
                        week.minusWeeks(3 - w).monday().plusDays(n % 5).atTime(20, n));
            }
        }

        // EST's weekly cycle: the week's problem is confirmed; three departments must act, so it is above EST
        fire(estTimer);
        runSteps("est-weekly-cycle");
        Task analysis = taskService.createTaskQuery().taskDefinitionKey("Task_AnalyseProblem").singleResult();
        assertThat(analysis.getName()).isEqualTo("Analysera: Skäggetorp – Skadegörelse och klotter");
        complete(DemoLogins.EST_POLICE, analysis, Map.of("decision", "confirm", "placeType", "bostadsomrade",
                "departmentsInvolved", 3, "policeKnowledge", "Samma grupp ungdomar kvällstid."));
        complete(DemoLogins.EST_SECURITY_UNIT, task("Task_SummariseWeek"),
                Map.of("analysisSummary", "Skadegörelsen i Skäggetorp ökar för fjärde veckan."));
        runSteps("est-weekly-cycle");

        Matter matter = onlyMatter();
        assertThat(matter).extracting(Matter::level, Matter::origin, Matter::status, Matter::acute)
                .containsExactly(se.linkoping.samverkan.meeting.MeetingBody.COORDINATION_GROUP, MatterOrigin.EST,
                        MatterStatus.WAITING, false);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(matter.processInstanceId())
                .activityIdIn("Task_AwaitMeetingDecision").count()).isEqualTo(1);

        // the coordination group's next ordinary meeting: prepared by the security unit, decided by a member
        openMeeting("coordination-group-meeting", DemoLogins.EST_SECURITY_UNIT);
        Task atCoordination = task("Task_DecideMatter");
        assertThat(atCoordination.getName()).isEqualTo("Besluta om ärende: Skäggetorp – Skadegörelse och klotter");
        assertThat(candidates(atCoordination)).containsExactly("coordination-group");
        // bad input: an escalation without rationale, an intervention due in the past or for an unknown group
        assertThat(refusal(DemoLogins.DEPARTMENT_HEAD, atCoordination, Map.of("outcome", "ESCALATED")))
                .contains("Beslutet sparades inte", "Motivering saknas");
        assertThat(refusal(DemoLogins.DEPARTMENT_HEAD, atCoordination, Map.of("outcome", "HANDLED",
                "rationale", "Vi samordnar här.", "title", "Trygghetsvandring", "responsibleGroup",
                "district-coordinators", "dueDate", today().minusDays(1).toString())))
                .contains("Insatsen startades inte", "har redan passerat");
        assertThat(refusal(DemoLogins.DEPARTMENT_HEAD, atCoordination, Map.of("outcome", "HANDLED",
                "rationale", "Vi samordnar här.", "title", "Trygghetsvandring", "responsibleGroup", "okänd-grupp",
                "dueDate", today().plusDays(14).toString())))
                .contains("Välj vilken förvaltning");
        assertThat(refusal(DemoLogins.DEPARTMENT_HEAD, atCoordination, Map.of("outcome", "CLOSED",
                "rationale", "Inget att göra.", "title", "Trygghetsvandring")))
                .contains("En insats kan bara beslutas när ärendet hanteras här");
        assertThat(decisions.about(DecisionRecords.Subject.MATTER, matter.id())).isEmpty();
        assertThat(jdbc.sql("select count(*) from samverkan.intervention").query(Long.class).single()).isZero();
        complete(DemoLogins.DEPARTMENT_HEAD, atCoordination, Map.of("outcome", "ESCALATED",
                "rationale", "Kräver resurser utöver förvaltningarnas budget: styrgruppen prioriterar."));
        closeMeetingTasks();

        // the steering group's next meeting (three a year)
        assertThat(matters.get(matter.id()).level()).isEqualTo(se.linkoping.samverkan.meeting.MeetingBody.STEERING_GROUP);
        openMeeting("steering-group-meeting", DemoLogins.EST_SECURITY_UNIT);
        Task atSteering = task("Task_DecideMatter");
        assertThat(candidates(atSteering)).containsExactly("steering-group");
        complete(DemoLogins.DIRECTOR, atSteering, Map.of("outcome", "ESCALATED",
                "rationale", "Behöver prioriteras i kommunstyrelsens budget."));
        Task phase = task("Task_DecidePhase");
        assertThat(refusal(DemoLogins.DIRECTOR, phase, Map.of("phase", "kaos", "phaseRationale", "Oklart.")))
                .contains("Fasen sparades inte", "lugn, normal eller förhöjd");
        complete(DemoLogins.DIRECTOR, phase, Map.of("phase", "normal", "phaseRationale", "Läget är oförändrat."));

        // the political steering group is the top: it cannot escalate, it decides
        openMeeting("political-steering-group-meeting", DemoLogins.EST_SECURITY_UNIT);
        Task atPolitical = task("Task_DecideMatter");
        assertThat(candidates(atPolitical)).containsExactly("political-steering-group");
        assertThat(refusal(DemoLogins.POLITICIAN, atPolitical, Map.of("outcome", "ESCALATED",
                "rationale", "Vidare.")))
                .contains("Politiska styrgruppen är högsta nivån");
        complete(DemoLogins.POLITICIAN, atPolitical, Map.of("outcome", "HANDLED",
                "rationale", "Trygghetsinsatser i Skäggetorp prioriteras.",
                "directive", "Prioriteras i KS budget 2027 och i KLF:s verksamhetsplan."));

        // the matter is decided; each level's decision names its body, its meeting, who decided and why
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(matter.processInstanceId())
                .singleResult().getEndActivityId()).isEqualTo("EndEvent_MatterHandled");
        List<Decision> chain = decisions.about(DecisionRecords.Subject.MATTER, matter.id());
        assertThat(chain).extracting(Decision::body, Decision::outcome, Decision::decidedBy, Decision::rationale)
                .containsExactly(
                        tuple("coordination-group", Outcome.ESCALATED, DemoLogins.DEPARTMENT_HEAD,
                                "Kräver resurser utöver förvaltningarnas budget: styrgruppen prioriterar."),
                        tuple("steering-group", Outcome.ESCALATED, DemoLogins.DIRECTOR,
                                "Behöver prioriteras i kommunstyrelsens budget."),
                        tuple("political-steering-group", Outcome.HANDLED, DemoLogins.POLITICIAN,
                                "Trygghetsinsatser i Skäggetorp prioriteras."));
        assertThat(chain).allSatisfy(d -> {
            assertThat(d.meetingId()).isNotNull();
            assertThat(d.basis()).contains("Prioritet", "Problemets prioritet", "Eskaleringsnivå", "Skäggetorp");
        });
        assertThat(chain.get(2).directive()).isEqualTo("Prioriteras i KS budget 2027 och i KLF:s verksamhetsplan.");
        assertThat(chain.get(1).basis()).contains("Tidigare beslut", "Lednings- och samordningsgruppen");
        assertThat(jdbc.sql("select body from samverkan.meeting where status = 'HELD' order by id")
                .query(String.class).list())
                .containsExactly("coordination-group", "steering-group", "political-steering-group");
        assertThat(matters.get(matter.id()).status()).isEqualTo(MatterStatus.HANDLED);

        // the political steering group's decisions, exported for its members and the auditors, nobody else
        JsonNode political = RestClient.as(http, DemoLogins.POLITICIAN)
                .get("/api/meetings?body=political-steering-group").getBody();
        long meetingId = political.get(0).get("id").asLong();
        String exported = RestClient.as(http, DemoLogins.AUDITOR)
                .getText("/api/meetings/" + meetingId + "/decisions.csv").getBody();
        assertThat(exported).startsWith("\uFEFF\"Beslutat\";\"Organ\";\"Möte\";\"Gäller\";")
                .contains("\"Politiska styrgruppen\"", "\"Ärende\"", "\"Hanteras här\"",
                        "\"Trygghetsinsatser i Skäggetorp prioriteras.\"",
                        "\"Prioriteras i KS budget 2027 och i KLF:s verksamhetsplan.\"", "\"" + DemoLogins.POLITICIAN + "\"");
        assertThat(RestClient.as(http, DemoLogins.POLITICIAN).get("/api/meetings/" + meetingId + "/decisions")
                .getBody()).singleElement().satisfies(d -> assertThat(d.get("outcome").asText()).isEqualTo("HANDLED"));
        assertThat(RestClient.as(http, DemoLogins.DEPARTMENT_HEAD).get("/api/meetings/" + meetingId + "/decisions")
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(RestClient.as(http, DemoLogins.DEPARTMENT_HEAD).get("/api/meetings?body=political-steering-group")
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(RestClient.anonymous(http).get("/api/meetings/" + meetingId + "/decisions").getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(RestClient.as(http, DemoLogins.AUDITOR).get("/api/meetings/999999/decisions").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        // the auditors' timeline of the matter: every level, each decision with who, when and why, and the
        // decision tables' inputs and outputs it rested on; the CSV export holds the same rows
        JsonNode timeline = RestClient.as(http, DemoLogins.AUDITOR).get("/api/audit/matters/" + matter.id()).getBody();
        assertThat(timeline.get("levels")).extracting(JsonNode::asText).containsSubsequence("EST",
                "Lednings- och samordningsgruppen", "Styrgruppen", "Politiska styrgruppen");
        List<JsonNode> entries = new java.util.ArrayList<>();
        timeline.get("entries").forEach(entries::add);
        assertThat(entries).filteredOn(e -> e.get("kind").asText().startsWith("Beslut:"))
                .extracting(e -> e.get("level").asText(), e -> e.get("kind").asText(), e -> e.get("who").asText(),
                        e -> e.get("rationale").asText())
                .containsExactly(
                        tuple("Lednings- och samordningsgruppen", "Beslut: Eskaleras", DemoLogins.DEPARTMENT_HEAD,
                                "Kräver resurser utöver förvaltningarnas budget: styrgruppen prioriterar."),
                        tuple("Styrgruppen", "Beslut: Eskaleras", DemoLogins.DIRECTOR,
                                "Behöver prioriteras i kommunstyrelsens budget."),
                        tuple("Politiska styrgruppen", "Beslut: Hanteras här", DemoLogins.POLITICIAN,
                                "Trygghetsinsatser i Skäggetorp prioriteras."));
        assertThat(entries).filteredOn(e -> e.get("kind").asText().startsWith("Beslut:"))
                .allSatisfy(e -> assertThat(e.get("at").asText()).isNotBlank());
        JsonNode priority = entries.stream().filter(e -> e.get("kind").asText().equals("Beslutstabell: Problemets prioritet"))
                .findFirst().orElseThrow();
        assertThat(priority.get("details").get("indata").get("Rapporter denna vecka").asInt()).isEqualTo(6);
        assertThat(priority.get("details").get("utdata").size()).isPositive();
        assertThat(entries).anySatisfy(e -> assertThat(e.get("kind").asText()).isEqualTo("Beslutstabell: Eskaleringsnivå"));
        assertThat(entries).anySatisfy(e -> assertThat(e.get("kind").asText()).startsWith("Lägesbild"));
        String csv = RestClient.as(http, DemoLogins.AUDITOR).getText("/api/audit/matters/" + matter.id() + ".csv").getBody();
        String[] rows = csv.split("\r\n");
        assertThat(rows).hasSize(entries.size() + 1);
        assertThat(rows[0]).isEqualTo("\uFEFF\"Tid\";\"Nivå\";\"Händelse\";\"Vad\";\"Vem\";\"Möte\";"
                + "\"Uppdrag eller prioritering\";\"Motivering\";\"Underlag\";\"Detaljer\";\"Nivåkod\";"
                + "\"Vem (användar-id)\";\"Koder\"");
        for (int i = 0; i < entries.size(); i++) {
            assertThat(rows[i + 1]).contains("\"" + entries.get(i).get("level").asText() + "\";\""
                    + entries.get(i).get("kind").asText() + "\"");
        }
        assertThat(RestClient.as(http, DemoLogins.DEPARTMENT_HEAD).get("/api/audit/matters/" + matter.id())
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aMatterRaisedInTasklistIsCheckedAndAnAcuteOneCallsAnExtraMeeting() {
        RestClient coordinator = RestClient.as(http, DemoLogins.DISTRICT_COORDINATOR);
        Map<String, Object> unknownDistrict = form(Map.of("title", "Oro i Atlantis", "description", "Stök.",
                "level", "coordination-group", "district", "atlantis", "acute", false));
        ResponseEntity<JsonNode> refused = coordinator.post("/engine-rest/process-definition/key/matter/submit-form",
                unknownDistrict);
        assertThat(refused.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(refused.getBody().get("message").asText()).contains("Ärendet sparades inte",
                "Stadsdelen ”atlantis” finns inte");
        assertThat(jdbc.sql("select count(*) from samverkan.matter").query(Long.class).single()).isZero();

        // a business key given at the start that names no matter is replaced by the matter's own
        Map<String, Object> started = new HashMap<>(form(Map.of("title", "Skottlossning i Berga",
                "description", "Skott avlossade vid centrum i natt.", "level", "coordination-group", "district", "berga",
                "category", "skottlossning-sprangning", "acute", true)));
        started.put("businessKey", "arende-abc");
        ResponseEntity<JsonNode> raised = coordinator.post("/engine-rest/process-definition/key/matter/submit-form",
                started);
        assertThat(raised.getStatusCode()).as("%s", raised.getBody()).isEqualTo(HttpStatus.OK);

        Matter matter = onlyMatter();
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(matter.processInstanceId())
                .singleResult().getBusinessKey()).isEqualTo("arende-" + matter.id());
        assertThat(matter.raisedBy()).isEqualTo(DemoLogins.DISTRICT_COORDINATOR);
        assertThat(matter.origin()).isEqualTo(MatterOrigin.BODY);
        // an extra meeting of the coordination group is called at once, with the matter as its reason
        assertThat(jdbc.sql("select kind, reason from samverkan.meeting").query().singleRow())
                .containsEntry("kind", "EXTRA")
                .containsEntry("reason", "Akut ärende: Skottlossning i Berga");
        String meeting = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey("coordination-group-meeting").singleResult().getId();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(meeting).singleResult()
                .getId());
        complete(DemoLogins.DISTRICT_COORDINATOR, task("Task_PrepareAgenda"), Map.of());
        complete(DemoLogins.DEPARTMENT_HEAD, task("Task_DecideMatter"), Map.of("outcome", "HANDLED",
                "rationale", "Polis och socialtjänst samordnar insatser i Berga.", "title", "Samordnad närvaro i Berga",
                "responsibleGroup", "police", "dueDate", today().plusDays(14).toString()));

        assertThat(jdbc.sql("select matter_id, decided_by_body, responsible_group from samverkan.intervention")
                .query().singleRow())
                .containsEntry("matter_id", matter.id()).containsEntry("decided_by_body", "coordination-group")
                .containsEntry("responsible_group", "police");
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(matter.processInstanceId())
                .singleResult().getEndActivityId()).isEqualTo("EndEvent_MatterHandled");
    }

    @Test
    void aMatterWaitingLongerThanTheCadenceAlertsTheConvener() {
        ClockUtil.setCurrentTime(new java.util.Date());
        RestClient member = RestClient.as(http, DemoLogins.DEPARTMENT_HEAD);
        assertThat(member.post("/engine-rest/process-definition/key/matter/submit-form",
                form(Map.of("title", "Samordning inför sommarlovet", "description", "Vem gör vad i sommar?",
                        "level", "steering-group", "acute", false))).getStatusCode()).isEqualTo(HttpStatus.OK);
        Matter matter = onlyMatter();
        Job alert = managementService.createJobQuery().processInstanceId(matter.processInstanceId())
                .activityId("Timer_WaitedTooLong").singleResult();
        // 160 days of Swedish calendar: the same time of day, across a change to summer time
        assertThat(alert.getDuedate().toInstant())
                .isEqualTo(matter.waitingSince().atZoneSameInstant(STOCKHOLM).plusDays(160).toInstant());

        ClockUtil.setCurrentTime(alert.getDuedate());
        managementService.executeJob(alert.getId());
        Task convener = task("Task_AlertConvener");
        // the steering group's convener gets it, not the whole steering group
        assertThat(candidates(convener)).containsExactly("steering-group-convener");
        RestClient bodyMember = RestClient.as(http, DemoLogins.of("steering-group"));
        assertThat(bodyMember.get("/engine-rest/task?processInstanceId=" + matter.processInstanceId()).getBody()).isEmpty();
        assertThat(bodyMember.post("/engine-rest/task/" + convener.getId() + "/complete",
                form(Map.of("convenerAction", "EXTRA_MEETING"))).getStatusCode().is2xxSuccessful()).isFalse();
        // handed the task by an administrator, a member sees it and the REST API lets them complete it: the
        // choice is the convener's, checked as it is stored, refused in Swedish and nothing recorded
        RestClient admin = RestClient.as(http, DemoLogins.ADMIN);
        assertThat(admin.post("/engine-rest/task/" + convener.getId() + "/assignee",
                Map.of("userId", DemoLogins.of("steering-group"))).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<JsonNode> notTheConvener = bodyMember.post("/engine-rest/task/" + convener.getId() + "/complete",
                form(Map.of("convenerAction", "EXTRA_MEETING")));
        assertThat(notTheConvener.getStatusCode().is4xxClientError()).as("%s", notTheConvener.getBody()).isTrue();
        assertThat(notTheConvener.getBody().get("message").asText()).contains("Valet sparades inte",
                "Bara den som har rollen ”Sammankallande, styrgruppen” (i dag: Maria Ek) eller en administratör kan "
                        + "välja om ärendet tas upp på ett extra möte eller på nästa ordinarie möte i styrgruppen.");
        assertThat(task("Task_AlertConvener")).isNotNull();
        assertThat(jdbc.sql("select convener from samverkan.matter").query(String.class).optional()).isEmpty();
        assertThat(jdbc.sql("select count(*) from samverkan.meeting").query(Long.class).single()).isZero();
        Map<String, Object> nobody = new HashMap<>();
        nobody.put("userId", null);
        assertThat(admin.post("/engine-rest/task/" + convener.getId() + "/assignee", nobody).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(refusal(DemoLogins.DIRECTOR, convener, Map.of("convenerComment", "Hm."))).contains("Valet sparades inte");
        complete(DemoLogins.DIRECTOR, convener, Map.of("convenerAction", "EXTRA_MEETING",
                "convenerComment", "Kallar till extra möte."));

        assertThat(jdbc.sql("select convener, convener_action from samverkan.matter").query().singleRow())
                .containsEntry("convener", DemoLogins.DIRECTOR)
                .containsEntry("convener_action", "Extra möte begärt. Kallar till extra möte.");
        assertThat(jdbc.sql("select convener_role from samverkan.matter").query(String.class).single())
                .isEqualTo("steering-group-convener");
        assertThat(jdbc.sql("select body, kind from samverkan.meeting").query().singleRow())
                .containsEntry("body", "steering-group").containsEntry("kind", "EXTRA");
        // the audit shows who held the role when they acted
        assertThat(audit.timeline(matter.id()).orElseThrow().entries())
                .filteredOn(entry -> entry.kind().equals("Väntat för länge")).singleElement().satisfies(entry -> {
                    assertThat(entry.whoName()).isEqualTo("Maria Ek (Sammankallande, styrgruppen)");
                    assertThat(entry.who()).isEqualTo(DemoLogins.DIRECTOR);
                    assertThat(entry.level()).isEqualTo("Styrgruppen");
                    assertThat(entry.details()).containsEntry("roll", "Sammankallande, styrgruppen");
                    assertThat(entry.codes()).containsEntry("roll", "steering-group-convener");
                });
    }

    @Test
    void onlyTheConvenerOrAnAdministratorChoosesForAMatterWaitingTooLong() {
        jdbc.sql("""
                        insert into samverkan.matter (title, level, origin, raised_by, raised_at, waiting_since, status,
                            process_instance_id)
                        values ('Buskörning i Ryd', 'coordination-group', 'BODY', 'sara.nilsson', current_timestamp,
                            current_timestamp, 'WAITING', 'pi-waiting')""").update();
        // a member of the body, and the convener of another body: refused, nothing recorded
        for (String notConvener : List.of(DemoLogins.of("coordination-group"), DemoLogins.DIRECTOR)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> matters.convenerAction("pi-waiting",
                            "EXTRA_MEETING", null, notConvener))
                    .isInstanceOf(se.linkoping.samverkan.refusal.Refusal.class)
                    .hasMessageContaining("”Sammankallande, lednings- och samordningsgruppen” (i dag: Johan Berg)")
                    .satisfies(e -> assertThat(((se.linkoping.samverkan.refusal.Refusal) e).kind())
                            .isEqualTo(se.linkoping.samverkan.refusal.Refusal.Kind.FORBIDDEN));
        }
        assertThat(jdbc.sql("select convener from samverkan.matter").query(String.class).optional()).isEmpty();

        // an administrator may act in the convener's place, and is recorded as such
        assertThat(matters.convenerAction("pi-waiting", "NEXT_MEETING", "Johan är ledig.", DemoLogins.ADMIN)).isFalse();
        assertThat(jdbc.sql("select convener, convener_role from samverkan.matter").query().singleRow())
                .containsEntry("convener", DemoLogins.ADMIN).containsEntry("convener_role", "camunda-admin");

        // the convener, held by who holds it now
        assertThat(matters.convenerAction("pi-waiting", "EXTRA_MEETING", null, DemoLogins.DEPARTMENT_HEAD)).isTrue();
        assertThat(jdbc.sql("select convener, convener_role from samverkan.matter").query().singleRow())
                .containsEntry("convener", DemoLogins.DEPARTMENT_HEAD)
                .containsEntry("convener_role", "coordination-group-convener");
        long id = jdbc.sql("select id from samverkan.matter").query(Long.class).single();
        assertThat(audit.timeline(id).orElseThrow().entries()).filteredOn(e -> e.kind().equals("Väntat för länge"))
.extracting(AuditTrail.Entry::whoName)
                .containsExactly("Johan Berg (Sammankallande, lednings- och samordningsgruppen)");
    }

    @Test
    void aConvenerCannotCallAnExtraMeetingForAMatterAlreadyOnAnAgenda() {
        jdbc.sql("""
                        insert into samverkan.matter (title, level, origin, raised_by, raised_at, waiting_since, status,
                            process_instance_id)
                        values ('Buskörning i Ryd', 'steering-group', 'BODY', 'sara.nilsson', current_timestamp,
                            current_timestamp, 'ON_AGENDA', 'pi-on-agenda')""").update();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> matters.convenerAction("pi-on-agenda", "EXTRA_MEETING",
                        null, DemoLogins.DIRECTOR))
                .isInstanceOf(se.linkoping.samverkan.refusal.Refusal.class)
                .hasMessageContaining("står redan på dagordningen");
        assertThat(matters.convenerAction("pi-on-agenda", "NEXT_MEETING", null, DemoLogins.DIRECTOR)).isFalse();
    }

    // --- helpers

    /** Fires a body's meeting timer, compiles the agenda and has the preparer prepare it. */
    private void openMeeting(String processKey, String preparer) {
        fire(timer(processKey));
        String meeting = runtimeService.createProcessInstanceQuery().processDefinitionKey(processKey).singleResult()
                .getId();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(meeting).singleResult()
                .getId());
        Task prepare = task("Task_PrepareAgenda");
        assertThat(taskService.getVariable(prepare.getId(), "agenda").toString()).contains("Ärenden på dagordningen");
        complete(preparer, prepare, Map.of("agendaNotes", "Säkerhetsenheten redovisar lägesbilden."));
        // the political steering group then announces its meeting in a job of its own
        managementService.createJobQuery().processInstanceId(meeting).list()
                .forEach(job -> managementService.executeJob(job.getId()));
    }

    /** The coordination group's meeting may end with the tertial analysis; nothing else is left. */
    private void closeMeetingTasks() {
        for (Task propose : taskService.createTaskQuery().taskDefinitionKey("Task_ProposeDistrictPlan").list()) {
            complete(DemoLogins.DEPARTMENT_HEAD, propose, Map.of("goals", "Halvera skadegörelsen.",
                    "picture", "Skadegörelsen ökar kvällstid.", "actionPlan", "Fältare och belysning."));
        }
    }

    private Matter onlyMatter() {
        return matters.get(jdbc.sql("select id from samverkan.matter").query(Long.class).single());
    }

    private Task task(String key) {
        return taskService.createTaskQuery().taskDefinitionKey(key).singleResult();
    }

    /**
     * Completes a task as Tasklist does; first reads its form as the person opening it, which must show no
     * codes: no group or user ids, ISO durations, map literals or English words.
     */
    @Override
    protected void complete(String user, Task task, Map<String, Object> values) {
        String shown = ShownTexts.of(RestClient.as(http, user), task.getId());
        assertThat(ShownTexts.codesIn(shown, identityService.createUserQuery().list().stream()
                .map(org.camunda.bpm.engine.identity.User::getId).toList()))
                .as("%s shows:%n%s", task.getName(), shown).isEmpty();
        super.complete(user, task, values);
    }

    private static java.time.LocalDate today() {
        return ClockUtil.now().toInstant().atZone(STOCKHOLM).toLocalDate();
    }
}
