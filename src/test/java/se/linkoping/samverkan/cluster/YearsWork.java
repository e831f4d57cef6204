package se.linkoping.samverkan.cluster;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;

import se.linkoping.samverkan.support.DemoLogins;

/**
 * What people bring into the simulated year and what they answer in each task's form: known events to coordinate
 * and decided interventions, started at alternating nodes; the meetings' agendas and the steering group's phase
 * (unchanged, so the coordination group keeps its cadence). A task the year's work does not know fails the test.
 */
final class YearsWork {

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
     * Whether a task is done now: an intervention is carried out once its group was reminded (so that its
     * reminder fires and its overdue alert never does); everything else as soon as it is there.
     */
    static boolean ready(ProcessEngine engine, Task task) {
        return !task.getTaskDefinitionKey().equals("Task_CarryOutIntervention")
                || engine.getManagementService().createJobQuery().processInstanceId(task.getProcessInstanceId())
                .activityId("Timer_DueSoon").count() == 0;
    }

    /** The values a task's form is submitted with. */
    static Map<String, Object> answers(Task task) {
        return switch (task.getTaskDefinitionKey()) {
            case "Task_PrepareAgenda" -> Map.of("agendaNotes", "Inga tillägg.", "phaseRequested", false);
            case "Task_DecidePhase" -> Map.of("phase", "normal", "phaseRationale", "Läget är oförändrat.");
            case "Task_PlanForEvent" -> Map.of("plan", "Två patruller kvällstid.");
            case "Task_JointBriefing" -> Map.of("briefingNotes", "Samlingsplats vid entrén.");
            case "Task_EvaluateEvent" -> Map.of("findings", "Lugnt.", "needsMatter", "no");
            case "Task_CarryOutIntervention" -> Map.of("result", "Tolv armaturer bytta.");
            case "Task_FollowUpIntervention" -> Map.of("effect", "GOOD", "followUpComment", "Inga nya rapporter.");
            default -> throw new IllegalStateException("The year's work does not know the task " + task.getName()
                    + " (" + task.getTaskDefinitionKey() + ")");
        };
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
