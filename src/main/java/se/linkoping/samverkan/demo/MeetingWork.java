package se.linkoping.samverkan.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import se.linkoping.samverkan.estweeklycycle.PictureRecords;
import se.linkoping.samverkan.meeting.Meeting;
import se.linkoping.samverkan.meeting.MeetingBody;
import se.linkoping.samverkan.meeting.Meetings;
import se.linkoping.samverkan.system.Swedish;

/**
 * The meetings' work besides deciding matters ({@link MatterDecisions}): the security unit (or, at every
 * other ordinary meeting of the coordination group, the district coordinators) prepares the agenda; at
 * the tertial analysis the coordination group proposes each district's plan and the steering group
 * decides it and the group's phase; and a convener alerted to a matter waiting too long takes it to the
 * next meeting. Decisions are taken when the meeting is held.
 */
final class MeetingWork {

    private final TaskService tasks;
    private final Staff staff;
    private final EngineTime time;
    private final Meetings meetings;
    private final PictureRecords pictures;
    private final Quarter quarter;
    /** How many district plans each meeting has decided so far. */
    private final Map<Long, Integer> plansDecided = new HashMap<>();

    MeetingWork(TaskService tasks, Staff staff, EngineTime time, Meetings meetings, PictureRecords pictures,
                Quarter quarter) {
        this.tasks = tasks;
        this.staff = staff;
        this.time = time;
        this.meetings = meetings;
        this.pictures = pictures;
        this.quarter = quarter;
    }

    /** An acute matter's extra meeting is prepared at once, whatever the day; an ordinary one in working time. */
    Instant agendaAt(Task task) {
        Instant created = task.getCreateTime().toInstant();
        return meetings.of(task.getProcessInstanceId()).extra() ? created.plus(Duration.ofHours(2))
                : Quarter.workingTime(created.plus(Duration.ofHours(1)));
    }

    /**
     * A meeting's decisions are taken when it is held: an ordinary meeting when called, an extra one two
     * working days later.
     */
    Instant decisionAt(Task task) {
        Meeting meeting = meetings.of(task.getProcessInstanceId());
        Instant called = meeting.calledAt().toInstant();
        Instant held = meeting.extra() ? Quarter.workingDaysAfter(called, 2, LocalTime.of(10, 0))
                : Quarter.workingTime(called.plus(Duration.ofHours(1)));
        Instant ready = task.getCreateTime().toInstant().plus(Duration.ofMinutes(20));
        return held.isAfter(ready) ? held : ready;
    }

    void prepareAgenda(Task task) {
        Meeting meeting = meetings.of(task.getProcessInstanceId());
        boolean coordinator = meeting.body() == MeetingBody.COORDINATION_GROUP && !meeting.extra()
                && meeting.id() % 2 == 0;
        staff.complete(task, coordinator ? "sara.nilsson" : "erik.sandberg", Map.of("agendaNotes", coordinator
                ? "Stadsdelssamordnarna redovisar vad trygghetsvärdar och trygghetsråd ser i stadsdelarna."
                : "Säkerhetsenheten redovisar veckans lägesbild och läget för insatserna efter sitt slutdatum."));
    }

    /** The coordination group proposes a district's plan, aimed at the category most reported there. */
    void proposePlan(Task task) {
        String district = String.valueOf(tasks.getVariable(task.getId(), "district"));
        String name = String.valueOf(tasks.getVariable(task.getId(), "districtName"));
        String top = pictures.confirmedInDistrict(district, quarter.firstMonday()).stream()
                .max(Comparator.comparingInt(PictureRecords.CategoryInDistrict::reports))
                .map(PictureRecords.CategoryInDistrict::categoryName).orElse("otrygghet");
        staff.complete(task, "johan.berg", Map.of(
                "goals", "Färre rapporter om " + top.toLowerCase(Swedish.LOCALE) + " i " + name
                        + " till nästa tertial, och fler boende som känner sig trygga i trygghetsmätningen.",
                "picture", "Lägesbilden för " + name + ": " + top + " dominerar under perioden; se underlaget.",
                "actionPlan", "Samordnade insatser av polis, socialtjänst, skola och bostadsbolag; uppföljning varje "
                        + "månad i lednings- och samordningsgruppen."));
    }

    /** The steering group approves the plans; with the first of each meeting it gives the schools a task. */
    void decidePlan(Task task) {
        Map<String, Object> form = new HashMap<>();
        form.put("planDecision", "APPROVED");
        form.put("rationale", "Förslaget fastställs: målen är tydliga och följs upp varje tertial.");
        long meetingId = meetings.of(task.getProcessInstanceId()).id();
        if (plansDecided.merge(meetingId, 1, Integer::sum) == 1) {
            form.put("directive", "Utbildningsförvaltningen för in uppdraget i sin verksamhetsplan "
                    + quarter.budgetYear() + ".");
            interventionForm(form, time.now(), "Trygghetsarbete med skolorna i "
                            + tasks.getVariable(task.getId(), "districtName"),
                    "Skolorna i stadsdelen tar fram en gemensam plan för trygghet på väg till och från skolan.",
                    "education", 56);
        }
        staff.complete(task, "maria.ek", form);
    }

    void decidePhase(Task task) {
        staff.complete(task, "maria.ek", Map.of("phase", meetings.currentPhase(),
                "phaseRationale", "Läget är i huvudsak oförändrat. Skäggetorp följs särskilt; lednings- och "
                        + "samordningsgruppen fortsätter i nuvarande mötesrytm."));
    }

    /** The convener of a body whose matter has waited too long takes it to the next ordinary meeting. */
    void alertConvener(Task task, String group) {
        staff.complete(task, staff.memberOf(group),
                Map.of("convenerAction", "NEXT_MEETING", "convenerComment", "Tas upp på nästa ordinarie möte."));
    }

    /** A meeting's decision that an intervention be carried out by a group, due on a Friday some days on. */
    static void interventionForm(Map<String, Object> form, Instant now, String title, String description,
                                 String group, int days) {
        form.put("title", title);
        form.put("description", description);
        form.put("responsibleGroup", group);
        form.put("dueDate", Quarter.fridayAfter(now, days).toString());
    }
}
