package se.linkoping.samverkan.cluster;

import static se.linkoping.samverkan.support.Times.STOCKHOLM;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.linkoping.samverkan.support.DemoLogins;

/**
 * What people bring into the simulated year and what they answer in each task's form: known events to coordinate
 * and decided interventions, started at alternating nodes, and hot spots in some weeks; EST's analyses (late, so
 * that the security unit is reminded, and dismissed), the meetings' agendas and the steering group's phase
 * (unchanged, so the coordination group keeps its cadence). A task the year's work does not know fails the test.
 */
final class YearsWork {

    /** The intervention that is carried out late: its group is alerted, and it becomes a matter. */
    static final String LATE_INTERVENTION = "Belysning 2";
    /** The matter the coordination group decides at its next meeting, within the longest wait. */
    static final String PROMPT_MATTER = "Klotter vid Rydstorget";
    /** The matter whose decision waits until its convener was alerted that it waited too long. */
    static final String SLOW_MATTER = "Trygghetsvärdar kvällstid i Ryd";

    /** Who coordinates an event: the police and the culture and leisure department, one plan each. */
    static final List<String> EVENT_PARTICIPANTS = List.of("police", "culture-leisure");

    private YearsWork() {
    }

    /** A known event on a day, registered as the coordination group's convener does in Tasklist. */
    static void event(ProcessEngine engine, String name, LocalDate day) {
        as(engine, DemoLogins.DEPARTMENT_HEAD, () -> engine.getRuntimeService().startProcessInstanceByKey(
                "event-coordination", Variables.putValue("eventName", name).putValue("eventDate", day.toString())
                        .putValue("district", "innerstaden").putValue("expectedVisitors", 5000L)
                        .putValue("organiser", "Linköpings kommun")
                        .putValue("participants", String.join(",", EVENT_PARTICIPANTS))));
    }

    /** An intervention the coordination group decided, due on a day, carried out by urban planning. */
    static void intervention(ProcessEngine engine, String title, LocalDate due) {
        engine.getRuntimeService().startProcessInstanceByKey("intervention", Variables.putValue("title", title)
                .putValue("description", "Byt trasiga armaturer.").putValue("responsibleGroup", "urban-planning")
                .putValue("dueDate", due.toString()).putValue("decidedByBody", "coordination-group"));
    }

    /**
     * A matter for the coordination group, raised by its convener in Tasklist: of no district, so that the
     * group's tertial analysis proposes no district plan for it.
     */
    static void matter(ProcessEngine engine, String title) {
        as(engine, DemoLogins.DEPARTMENT_HEAD, () -> engine.getRuntimeService().startProcessInstanceByKey("matter",
                Variables.putValue("title", title).putValue("description", "Behöver samordnas mellan förvaltningarna.")
                        .putValue("level", "coordination-group").putValue("acute", false)));
    }

    /** A round of the cooperation agreement, started by the security unit in Tasklist. */
    static void agreement(ProcessEngine engine) {
        as(engine, DemoLogins.EST_SECURITY_UNIT, () -> engine.getRuntimeService().startProcessInstanceByKey(
                "cooperation-agreement", Variables.putValue("reason",
                        "Samverkansöverenskommelsen och medborgarlöftet för perioden tas fram utifrån lägesbilden.")));
    }

    /**
     * Two reports of vandalism at one place in the week before a Monday: a hot spot, so that the week's picture
     * has problems for EST to analyse. Stored as the intake stores them, ahead of time.
     */
    static void hotSpotBefore(JdbcClient jdbc, LocalDate monday) {
        for (int hour : new int[] {21, 22}) {
            OffsetDateTime occurred = monday.minusDays(5).atTime(hour, 0).atZone(STOCKHOLM).toOffsetDateTime();
            jdbc.sql("""
                            insert into samverkan.incident_report (district_code, place, category_code, occurred_at,
                                description, source_code, channel, reported_by, received_at)
                            values ('ryd', 'Rydstorget', 'skadegorelse', ?, 'Krossad ruta.', 'polis', 'API',
                                'demo-partner-systems', ?)""").params(occurred, occurred).update();
        }
    }

    /**
     * Whether a task is done now: an intervention is carried out once its group was reminded (so that its
     * reminder fires and its overdue alert does not), the late one only once it is overdue; EST analyses a week's
     * problems once the security unit was told that the analysis is late; the slow matter is decided once its
     * convener answered the alert that it waited too long; the citizen promise is published once the follow-up of
     * the agreement it replaces is done; everything else as soon as it is there.
     */
    static boolean ready(ProcessEngine engine, Task task) {
        String name = task.getName();
        String waitsFor = switch (task.getTaskDefinitionKey()) {
            case "Task_CarryOutIntervention" -> name.endsWith(": " + LATE_INTERVENTION) ? "Timer_Overdue"
                    : "Timer_DueSoon";
            case "Task_AnalyseProblem" -> "Timer_AnalysisOverdue";
            default -> null;
        };
        if ("Task_DecideMatter".equals(task.getTaskDefinitionKey()) && name.endsWith(": " + SLOW_MATTER)) {
            return engine.getHistoryService().createHistoricTaskInstanceQuery().taskDefinitionKey("Task_AlertConvener")
                    .taskNameLike("%: " + SLOW_MATTER).finished().count() > 0;
        }
        if ("Task_PublishPromise".equals(task.getTaskDefinitionKey())) {
            return engine.getTaskService().createTaskQuery().taskDefinitionKey("Task_FollowUpPromise").count() == 0;
        }
        return waitsFor == null || engine.getManagementService().createJobQuery()
                .processInstanceId(task.getProcessInstanceId()).activityId(waitsFor).count() == 0;
    }

    /** The values a task's form is submitted with. */
    static Map<String, Object> answers(Task task) {
        return switch (task.getTaskDefinitionKey()) {
            case "Task_AnalyseProblem" -> Map.of("decision", "dismiss");
            case "Task_RemindAnalysis" -> Map.of("reminderNote", "EST påmind per telefon.");
            case "Task_SummariseWeek" -> Map.of("analysisSummary", "Skadegörelse vid Rydstorget, avskriven.");
            case "Task_PrepareAgenda" -> Map.of("agendaNotes", "Inga tillägg.", "phaseRequested", false);
            case "Task_DecidePhase" -> Map.of("phase", "normal", "phaseRationale", "Läget är oförändrat.");
            case "Task_ProposeDistrictPlan" -> Map.of("goals", "Färre rapporter om skadegörelse till nästa tertial.",
                    "picture", "Skadegörelse vid Rydstorget dominerar under perioden.",
                    "actionPlan", "Samordnade insatser av polis och stadsdelssamordnare, uppföljning varje månad.");
            case "Task_DecideDistrictPlan" -> Map.of("planDecision", "APPROVED",
                    "rationale", "Förslaget fastställs: målen är tydliga och följs upp varje tertial.");
            case "Task_PlanForEvent" -> Map.of("plan", "Två patruller kvällstid.");
            case "Task_JointBriefing" -> Map.of("briefingNotes", "Samlingsplats vid entrén.");
            case "Task_EvaluateEvent" -> Map.of("findings", "Lugnt.", "needsMatter", "no");
            case "Task_CarryOutIntervention" -> Map.of("result", "Tolv armaturer bytta.");
            case "Task_FollowUpIntervention" -> Map.of("effect", "GOOD", "followUpComment", "Inga nya rapporter.");
            case "Task_DecideMatter" -> Map.of("outcome", "CLOSED",
                    "rationale", "Förvaltningarna hanterar det inom ordinarie verksamhet.");
            case "Task_AlertConvener" -> Map.of("convenerAction", "NEXT_MEETING",
                    "convenerComment", "Tas upp på nästa ordinarie möte.");
            case "Task_DraftAgreement" -> agreementDraft();
            case "Task_ConsultSteeringGroup" -> Map.of("consultationOpinion", "Styrgruppen tillstyrker.");
            case "Task_DecideAgreement" -> Map.of("agreementDecision", "APPROVED",
                    "decisionRationale", "Överenskommelsen bygger på lägesbilden och styrgruppens yttrande.");
            case "Task_SignAsKsChair", "Task_SignAsPoliceChief" -> Map.of("signed", true);
            case "Task_PublishPromise" -> Map.of("publicationConfirmed", true);
            case "Task_FollowUpPromise" -> Map.of("followUpStatus", "ON_TRACK",
                    "followUpSummary", "Polisen och kommunen har funnits på plats vid torgen som utlovat.");
            default -> throw new IllegalStateException("The year's work does not know the task " + task.getName()
                    + " (" + task.getTaskDefinitionKey() + ")");
        };
    }

    /** The agreement's draft: for a period of two years from now, so that it is followed up all year. */
    private static Map<String, Object> agreementDraft() {
        LocalDate today = ClockUtil.now().toInstant().atZone(STOCKHOLM).toLocalDate();
        return Map.of("focusProblems", "Skadegörelse och otrygghet kring Rydstorget.",
                "probableCauses", "Få vuxna ute kvällstid.",
                "goals", "Färre rapporter om skadegörelse vid Rydstorget.",
                "documentation", "EST:s veckovisa lägesbild och trygghetsmätningen.",
                "periodStart", today.toString(), "periodEnd", today.plusYears(2).toString(),
                "citizenPromise", "Polisen och kommunen finns på plats vid Rydstorget varje fredag kväll.");
    }

    private static void as(ProcessEngine engine, String user, Runnable action) {
        IdentityService identity = engine.getIdentityService();
        List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        identity.setAuthentication(user, groups);
        try {
            action.run();
        } finally {
            identity.clearAuthentication();
        }
    }
}
