package se.linkoping.samverkan.matter;

import static org.assertj.core.api.Assertions.assertThat;
import static se.linkoping.samverkan.support.Times.STOCKHOLM;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

import se.linkoping.samverkan.support.DemoLogins;
import se.linkoping.samverkan.support.RestClient;
import se.linkoping.samverkan.support.Scenario;
import se.linkoping.samverkan.support.ShownTexts;
import se.linkoping.samverkan.system.Swedish;

/**
 * Each body decides with the whole chain in front of it, as of the moment it opens its form: the lower
 * bodies' decisions in full (outcome, rationale, directive, who, when) with the notes to each meeting's
 * agenda, this meeting's notes, the interventions' state — a result reported after the matter was raised
 * shows at once — and the latest picture. Every form along the way is read as Tasklist reads it and shows
 * no codes: no group or user ids, ISO durations, map literals or English words. The bodies' decisions are
 * due on the day their meeting meets; an extra steering-group meeting for one matter asks no phase. Run on H2
 * and PostgreSQL.
 */
abstract class WholeChainScenarios extends Scenario {

    @Autowired
    IdentityService identityService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    Matters matters;

    @AfterEach
    void signOut() {
        identityService.clearAuthentication();
    }

    @Test
    void aDecisionFormOpenedAfterAnInterventionsResultWasReportedShowsTheResult() {
        // EST decides an intervention; it runs late by the margin and becomes a matter for the coordination group
        LocalDate due = today().plusDays(3);
        String intervention = runtimeService.startProcessInstanceByKey("intervention", Variables
                .putValue("title", "Belysning vid Rydstorget").putValue("description", "Byt trasiga armaturer.")
                .putValue("responsibleGroup", "urban-planning").putValue("dueDate", due.toString())
                .putValue("decidedByBody", "est")).getId();
        // as EST's weekly cycle records it, with the member who decided
        jdbc.sql("update samverkan.intervention set decided_by = ?").param(DemoLogins.EST_POLICE).update();
        Job overdue = managementService.createJobQuery().processInstanceId(intervention).activityId("Timer_Overdue")
                .singleResult();
        fire(overdue);
        Matter matter = onlyMatter();
        assertThat(matter.origin()).isEqualTo(MatterOrigin.OVERDUE_INTERVENTION);

        // the coordination group's next meeting: the district coordinator adds what the meeting needs to know
        openMeeting("coordination-group-meeting", DemoLogins.DISTRICT_COORDINATOR,
                "Samhällsbyggnad har fått nya armaturer levererade.");
        Task decide = task("Task_DecideMatter");
        RestClient member = RestClient.as(http, DemoLogins.DEPARTMENT_HEAD);
        assertThat(ShownTexts.value(member, decide.getId(), "matterInterventions"))
                .contains("Belysning vid Rydstorget – Samhällsbyggnadsförvaltningen", "FÖRSENAD",
                        "ännu inte rapporterad", "Anna Lindqvist");
        LocalDate meetsOn = jdbc.sql("select meets_on from samverkan.meeting").query(LocalDate.class).single();
        assertThat(ShownTexts.value(member, decide.getId(), "meetingNotes"))
                .contains("Ordinarie möte, Lednings- och samordningsgruppen, " + Swedish.day(meetsOn) + ".",
                        "Samhällsbyggnad har fått nya armaturer levererade.", "Sara Nilsson");
        assertThat(ShownTexts.value(member, decide.getId(), "matterFacts"))
                .contains("Försenad insats: Belysning vid Rydstorget", "Samhällsbyggnadsförvaltningen",
                        "Försenad insats");
        assertNoCodes(member, decide);
        // the body's decision is due at the end of the day its meeting meets
        assertThat(decide.getDueDate()).isEqualTo(at(meetsOn, LocalTime.of(16, 0)));

        // the responsible group reports the result after the matter was raised and put on the agenda
        complete(DemoLogins.of("urban-planning"), task("Task_CarryOutIntervention"),
                Map.of("result", "Tolv armaturer bytta, belysningen fungerar."));
        Task followUp = task("Task_FollowUpIntervention");
        assertThat(followUp.getDueDate()).isEqualTo(at(today().plusDays(14), LocalTime.of(16, 0)));

        // the coordination group opens its form again: the result is there, nothing says it is not reported
        String interventions = ShownTexts.value(member, decide.getId(), "matterInterventions");
        assertThat(interventions).contains("Genomförd: rapporterad " + Swedish.day(today()), "Resultat: Tolv armaturer bytta, belysningen fungerar.",
                        "Effekten är ännu inte uppföljd.")
                .doesNotContain("ännu inte rapporterad", "FÖRSENAD");
        assertNoCodes(member, decide);
        // the text changed once, so history has one new value; opening the form again adds none
        long updates = updatesOf(decide, "matterInterventions");
        ShownTexts.value(member, decide.getId(), "matterInterventions");
        assertThat(updatesOf(decide, "matterInterventions")).isEqualTo(updates);
        // someone who may not read the task changes nothing and reads nothing
        assertThat(RestClient.as(http, DemoLogins.POLITICIAN)
                .get("/engine-rest/task/" + decide.getId() + "/form-variables").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(updatesOf(decide, "matterInterventions")).isEqualTo(updates);

        // the decision's record keeps what the body read, whole and current
        complete(DemoLogins.DEPARTMENT_HEAD, decide, Map.of("outcome", "CLOSED",
                "rationale", "Insatsen är genomförd; ärendet avslutas."));
        String basis = jdbc.sql("select basis from samverkan.decision_record where subject_type = 'MATTER'")
                .query(String.class).single();
        assertThat(basis).contains("Resultat: Tolv armaturer bytta", "Samhällsbyggnad har fått nya armaturer");
    }

    @Test
    void eachBodyReadsTheDecisionsBeforeItInFullWithWhoAndTheAgendaNotes() {
        raise(DemoLogins.DISTRICT_COORDINATOR, "coordination-group", false, "Oro kring centrumhuset i Skäggetorp",
                "Ungdomar samlas kvällstid och boende är oroliga.");
        Matter matter = onlyMatter();

        openMeeting("coordination-group-meeting", DemoLogins.DISTRICT_COORDINATOR, "Fältarna redovisar läget.");
        Task atCoordination = task("Task_DecideMatter");
        RestClient coordination = RestClient.as(http, DemoLogins.DEPARTMENT_HEAD);
        assertThat(ShownTexts.value(coordination, atCoordination.getId(), "matterDecisions"))
                .contains("Tidigare beslut: inga.");
        assertThat(ShownTexts.value(coordination, atCoordination.getId(), "matterFacts"))
                .contains("Oro kring centrumhuset i Skäggetorp", "Sara Nilsson", "Ungdomar samlas kvällstid");
        assertThat(ShownTexts.value(coordination, atCoordination.getId(), "matterPicture"))
                .contains("har ännu inte funnits i EST:s lägesbild");
        assertNoCodes(coordination, atCoordination);
        complete(DemoLogins.DEPARTMENT_HEAD, atCoordination, Map.of("outcome", "ESCALATED",
                "rationale", "Kräver resurser utöver förvaltningarnas budget.",
                "directive", "Kultur och fritid utreder kvällsöppet på fritidsgården."));
        closeMeetingTasks();

        openMeeting("steering-group-meeting", DemoLogins.EST_SECURITY_UNIT, "Polisen deltar under punkten.");
        Task atSteering = task("Task_DecideMatter");
        RestClient steering = RestClient.as(http, DemoLogins.DIRECTOR);
        assertThat(ShownTexts.value(steering, atSteering.getId(), "matterDecisions"))
                .contains("Lednings- och samordningsgruppen", "Eskaleras", "Beslutat av Johan Berg",
                        "Motivering: Kräver resurser utöver förvaltningarnas budget.",
                        "Uppdrag eller prioritering: Kultur och fritid utreder kvällsöppet på fritidsgården.",
                        "Anteckningar till mötets dagordning (Sara Nilsson", "Fältarna redovisar läget.");
        assertThat(ShownTexts.value(steering, atSteering.getId(), "meetingNotes"))
                .contains("Styrgruppen", "Erik Sandberg", "Polisen deltar under punkten.");
        assertNoCodes(steering, atSteering);
        complete(DemoLogins.DIRECTOR, atSteering, Map.of("outcome", "ESCALATED",
                "rationale", "Behöver prioriteras i kommunstyrelsens budget.",
                "directive", "Förvaltningarna tar fram en kostnadsberäkning till budgetberedningen."));
        // an ordinary meeting of the steering group sets the coordination group's phase, due the day it meets
        Task phase = task("Task_DecidePhase");
        LocalDate steeringMeets = meetsOn("steering-group");
        assertThat(phase.getDueDate()).isEqualTo(at(steeringMeets, LocalTime.of(16, 0)));
        assertThat(atSteering.getDueDate()).isEqualTo(at(steeringMeets, LocalTime.of(16, 0)));
        assertNoCodes(steering, phase);
        complete(DemoLogins.DIRECTOR, phase, Map.of("phase", "normal", "phaseRationale", "Läget är oförändrat."));

        openMeeting("political-steering-group-meeting", DemoLogins.EST_SECURITY_UNIT, "KS budget bereds i maj.");
        Task atPolitical = task("Task_DecideMatter");
        RestClient political = RestClient.as(http, DemoLogins.POLITICIAN);
        String before = ShownTexts.value(political, atPolitical.getId(), "matterDecisions");
        assertThat(before).contains("Beslutat av Maria Ek", "Förvaltningarna tar fram en kostnadsberäkning",
                "Polisen deltar under punkten.", "Beslutat av Johan Berg", "Kultur och fritid utreder kvällsöppet");
        // the latest first: the steering group's decision before the coordination group's
        assertThat(before.indexOf("Styrgruppen")).isLessThan(before.indexOf("Lednings- och samordningsgruppen"));
        assertNoCodes(political, atPolitical);
        complete(DemoLogins.POLITICIAN, atPolitical, Map.of("outcome", "HANDLED",
                "rationale", "Kvällsöppet prioriteras i kommunstyrelsens budget."));
        assertThat(matters.get(matter.id()).status()).isEqualTo(MatterStatus.HANDLED);
    }

    @Test
    void anExtraSteeringGroupMeetingForOneMatterAsksNoPhaseUnlessAMemberAsks() {
        raise(DemoLogins.DIRECTOR, "steering-group", true, "Skottlossning vid Ryds centrum",
                "Skott avlossades i natt; polisen har spärrat av.");
        Task prepare = prepareExtraMeeting();
        RestClient preparer = RestClient.as(http, DemoLogins.EST_SECURITY_UNIT);
        assertThat(ShownTexts.value(preparer, prepare.getId(), "phaseRequestable")).isEqualTo("true");
        assertThat(ShownTexts.value(preparer, prepare.getId(), "agenda"))
                .contains("Extra möte", "Styrgruppen", "mötet hålls", "Skottlossning vid Ryds centrum (akut)");
        assertNoCodes(preparer, prepare);
        complete(DemoLogins.EST_SECURITY_UNIT, prepare, Map.of("agendaNotes", "Polisen redovisar läget."));

        // an extra meeting meets some working days after it was called: its decisions are due that day
        Task decide = task("Task_DecideMatter");
        LocalDate meetsOn = meetsOn("steering-group");
        assertThat(meetsOn).isAfter(today());
        assertThat(meetsOn.getDayOfWeek().getValue()).isLessThanOrEqualTo(5);
        assertThat(decide.getDueDate()).isEqualTo(at(meetsOn, LocalTime.of(16, 0)));
        complete(DemoLogins.DIRECTOR, decide, Map.of("outcome", "HANDLED",
                "rationale", "Polis och socialtjänst samordnar insatserna."));
        // called for one matter: no decision on the coordination group's phase, and the meeting is held
        assertThat(taskService.createTaskQuery().taskDefinitionKey("Task_DecidePhase").count()).isZero();
        assertThat(jdbc.sql("select status from samverkan.meeting").query(String.class).single()).isEqualTo("HELD");

        // at another extra meeting a member asks for the phase: the security unit notes it, the group decides it
        raise(DemoLogins.DIRECTOR, "steering-group", true, "Sprängning i Berga",
                "En sprängning i ett trapphus i natt.");
        complete(DemoLogins.EST_SECURITY_UNIT, prepareExtraMeeting(), Map.of("phaseRequested", true,
                "agendaNotes", "Ordföranden vill ta upp lednings- och samordningsgruppens fas."));
        complete(DemoLogins.DIRECTOR, task("Task_DecideMatter"), Map.of("outcome", "HANDLED",
                "rationale", "Polisen leder arbetet."));
        Task phase = task("Task_DecidePhase");
        assertNoCodes(RestClient.as(http, DemoLogins.DIRECTOR), phase);
        complete(DemoLogins.DIRECTOR, phase, Map.of("phase", "förhöjd", "phaseRationale", "Två explosioner på en vecka."));
        assertThat(jdbc.sql("select phase from samverkan.coordination_phase order by id desc fetch first 1 rows only")
                .query(String.class).single()).isEqualTo("förhöjd");
    }

    @Test
    void aTextThatCannotBeWorkedOutLeavesTheFormAsItWas() {
        // a process owner's model that happens to use one of the names, in a process that is not a meeting
        String deployment = repositoryService.createDeployment().addModelInstance("not-a-meeting.bpmn",
                Bpmn.createExecutableProcess("not-a-meeting").camundaHistoryTimeToLive(1).startEvent()
                        .userTask("Task_Other").camundaCandidateGroups("camunda-admin")
                        .camundaInputParameter("agenda", "Som den skrevs").endEvent().done()).deploy().getId();
        try {
            String instance = runtimeService.startProcessInstanceByKey("not-a-meeting").getId();
            Task other = taskService.createTaskQuery().processInstanceId(instance).singleResult();
            assertThat(ShownTexts.value(RestClient.as(http, DemoLogins.ADMIN), other.getId(), "agenda"))
                    .isEqualTo("Som den skrevs");
        } finally {
            repositoryService.deleteDeployment(deployment, true);
        }
    }

    // --- helpers

    /** Every form opened along the way is read for codes people must not see. */
    private void assertNoCodes(RestClient reader, Task task) {
        String shown = ShownTexts.of(reader, task.getId());
        List<String> userIds = identityService.createUserQuery().list().stream().map(User::getId).toList();
        assertThat(ShownTexts.codesIn(shown, userIds)).as("%s shows:%n%s", task.getName(), shown).isEmpty();
    }

    private long updatesOf(Task task, String variable) {
        return historyService.createHistoricDetailQuery().variableUpdates().processInstanceId(task.getProcessInstanceId())
                .list().stream().filter(detail -> variable.equals(((org.camunda.bpm.engine.history.HistoricVariableUpdate)
                        detail).getVariableName())).count();
    }

    private void raise(String user, String level, boolean acute, String title, String description) {
        assertThat(RestClient.as(http, user).post("/engine-rest/process-definition/key/matter/submit-form",
                        form(Map.of("title", title, "description", description, "level", level,
                                "district", "skaggetorp", "category", "ordningsstorning", "acute", acute)))
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    /** Runs the compile job of the extra meeting just called and returns its agenda task. */
    private Task prepareExtraMeeting() {
        String meeting = jdbc.sql("select process_instance_id from samverkan.meeting where status = 'CALLED'")
                .query(String.class).single();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(meeting).singleResult()
                .getId());
        return taskService.createTaskQuery().processInstanceId(meeting).taskDefinitionKey("Task_PrepareAgenda")
                .singleResult();
    }

    private LocalDate meetsOn(String body) {
        return jdbc.sql("select meets_on from samverkan.meeting where body = ? order by id desc fetch first 1 rows only")
                .param(body).query(LocalDate.class).single();
    }

    /** Fires a body's meeting timer, compiles the agenda and has the preparer prepare it with notes. */
    private void openMeeting(String processKey, String preparer, String notes) {
        fire(timer(processKey));
        String meeting = runtimeService.createProcessInstanceQuery().processDefinitionKey(processKey).singleResult()
                .getId();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(meeting).singleResult()
                .getId());
        Task prepare = task("Task_PrepareAgenda");
        assertNoCodes(RestClient.as(http, preparer), prepare);
        complete(preparer, prepare, Map.of("agendaNotes", notes));
        // the political steering group then announces its meeting in a job of its own
        managementService.createJobQuery().processInstanceId(meeting).list()
                .forEach(job -> managementService.executeJob(job.getId()));
    }

    /** The coordination group's meeting may end with the tertial analysis; nothing else is left. */
    private void closeMeetingTasks() {
        for (Task propose : taskService.createTaskQuery().taskDefinitionKey("Task_ProposeDistrictPlan").list()) {
            assertNoCodes(RestClient.as(http, DemoLogins.DEPARTMENT_HEAD), propose);
            complete(DemoLogins.DEPARTMENT_HEAD, propose, Map.of("goals", "Färre störningar kvällstid.",
                    "picture", "Störningarna ökar.", "actionPlan", "Fältare och kvällsöppet."));
        }
    }

    private Matter onlyMatter() {
        return matters.get(jdbc.sql("select id from samverkan.matter").query(Long.class).single());
    }

    private Task task(String key) {
        return taskService.createTaskQuery().taskDefinitionKey(key).singleResult();
    }

    private static LocalDate today() {
        return ClockUtil.now().toInstant().atZone(STOCKHOLM).toLocalDate();
    }

    private static Date at(LocalDate day, LocalTime time) {
        return Date.from(LocalDateTime.of(day, time).atZone(STOCKHOLM).toInstant());
    }
}
