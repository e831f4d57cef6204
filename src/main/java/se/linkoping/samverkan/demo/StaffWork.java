package se.linkoping.samverkan.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.scheduling.support.CronExpression;

import se.linkoping.samverkan.system.Swedish;

/**
 * What the people of the simulated quarter do with their tasks, and when: every hour of the working day
 * they take the open tasks whose time has come, oldest first, each through the task's form as the person
 * who would do it ({@link Staff}). Who does what, by process: {@link EstWork} (EST's week),
 * {@link MeetingWork} and {@link MatterDecisions} (the meetings), {@link InterventionWork} (interventions
 * and their follow-ups) and {@link StaffInitiatives} (what staff start themselves, the cooperation
 * agreement among it).
 * <p>
 * Left undone on purpose, so Tasklist has work when the demo opens: the analysis of the latest weekly
 * picture while it is not yet due, the latest report of violence to assess, the decisions of meetings not yet held, interventions not yet due and their follow-ups, the
 * citizen promise's follow-up, and the draft of next year's cooperation agreement ({@link AgreementWork}
 * carries this year's through to a published promise).
 */
final class StaffWork {

    /** Schedules a step of the simulation at a time. */
    interface Scheduler {
        void at(Instant when, String what, Runnable step);
    }

    private final TaskService tasks;
    private final EngineTime time;
    private final Course course;
    private final StaffInitiatives initiatives;
    private final EstWork est;
    private final MeetingWork meetings;
    private final MatterDecisions matters;
    private final InterventionWork interventions;
    private final AgreementWork agreement;
    /** When each open task will be done, worked out once per task (the course of things changes it only once). */
    private final Map<String, Optional<Instant>> plannedAt = new HashMap<>();

    StaffWork(ProcessEngine engine, ApplicationParts app, Staff staff, EngineTime time, Quarter quarter,
              Scheduler scheduler) {
        this.tasks = engine.getTaskService();
        this.time = time;
        this.course = new Course(plannedAt::clear);
        this.initiatives = new StaffInitiatives(staff, quarter, scheduler);
        Areas areas = new Areas(app, time);
        this.est = new EstWork(tasks, staff, time, app.weeklyCycle(), app.pictures(), areas,
                latestWeekCompiled(app.estSchedule().cron(), quarter.end()), quarter.end());
        this.meetings = new MeetingWork(tasks, staff, time, app.meetings(), app.pictures(), quarter);
        this.matters = new MatterDecisions(tasks, staff, time, app.matters(), app.meetings(), app.meetingSchedule(),
                app.interventions(), engine, quarter, scheduler, initiatives, course);
        this.interventions = new InterventionWork(staff, app.interventions(), areas, course);
        this.agreement = new AgreementWork(staff, quarter);
    }

    /** The week the political steering group decided the rising problem, or -1. */
    int chainDecidedInWeek() {
        return course.chainDecidedInWeek();
    }

    /** The week the EST cycle compiles that last ran before the end: its analysis is left waiting. */
    static LocalDate latestWeekCompiled(String estCron, Instant end) {
        CronExpression cron = CronExpression.parse(estCron);
        ZonedDateTime last = null;
        ZonedDateTime at = end.atZone(Swedish.ZONE).minusDays(15);
        while ((at = cron.next(at)) != null && !at.toInstant().isAfter(end)) {
            last = at;
        }
        if (last == null) {
            return LocalDate.MAX;
        }
        return last.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
    }

    /** What staff start themselves, at fixed points of the quarter. */
    void scheduleStoryline() {
        initiatives.schedule();
    }

    /** Works on every open task whose time has come, oldest first. */
    void workOnTasks(Duration pause) {
        List<Task> open = tasks.createTaskQuery().active().orderByTaskCreateTime().asc().list();
        plannedAt.keySet().retainAll(open.stream().map(Task::getId).toList());
        for (Task listed : open) {
            Optional<Instant> due = plannedAt.computeIfAbsent(listed.getId(), id -> actAt(listed));
            if (due.isEmpty() || due.get().isAfter(time.now())) {
                continue;
            }
            time.advanceTo(time.now().plus(pause));
            Task task = tasks.createTaskQuery().taskId(listed.getId()).singleResult();
            if (task != null) {
                act(task);
            }
        }
    }

    /** When the person responsible gets to a task; empty when it is left waiting. */
    private Optional<Instant> actAt(Task task) {
        if (AgreementWork.isAgreementStep(task.getTaskDefinitionKey())) {
            return agreement.actAt(task);
        }
        Instant created = task.getCreateTime().toInstant();
        return switch (task.getTaskDefinitionKey()) {
            // EST is on call for violence and threats, every day
            case "Task_AssessReport" -> Optional.of(created.plus(Duration.ofMinutes(45)));
            case "Task_AnalyseProblem" -> est.cycleWorkAt(task, created.plus(Duration.ofHours(2)));
            case "Task_SummariseWeek" -> est.cycleWorkAt(task, created.plus(Duration.ofMinutes(30)));
            case "Task_DecideIntervention", "Task_RemindAnalysis" ->
                    est.cycleWorkAt(task, created.plus(Duration.ofHours(1)));
            case "Task_PrepareAgenda" -> Optional.of(meetings.agendaAt(task));
            case "Task_DecideMatter", "Task_ProposeDistrictPlan", "Task_DecideDistrictPlan", "Task_DecidePhase" ->
                    Optional.of(meetings.decisionAt(task));
            case "Task_CarryOutIntervention" -> interventions.reportedAt(task);
            case "Task_FollowUpIntervention" -> Optional.of(interventions.followedUpAt(task));
            case "Task_AlertConvener" -> Optional.of(Quarter.workingDaysAfter(created, 1, LocalTime.of(9, 0)));
            default -> Optional.empty();
        };
    }

    private void act(Task task) {
        if (AgreementWork.isAgreementStep(task.getTaskDefinitionKey())) {
            agreement.act(task);
            return;
        }
        switch (task.getTaskDefinitionKey()) {
            case "Task_AssessReport" -> est.assess(task);
            case "Task_AnalyseProblem" -> est.analyse(task);
            case "Task_SummariseWeek" -> est.summarise(task);
            case "Task_DecideIntervention" -> est.decideIntervention(task);
            case "Task_RemindAnalysis" -> est.remind(task);
            case "Task_PrepareAgenda" -> meetings.prepareAgenda(task);
            case "Task_DecideMatter" -> matters.decide(task);
            case "Task_ProposeDistrictPlan" -> meetings.proposePlan(task);
            case "Task_DecideDistrictPlan" -> meetings.decidePlan(task);
            case "Task_DecidePhase" -> meetings.decidePhase(task);
            case "Task_CarryOutIntervention" -> interventions.carryOut(task);
            case "Task_FollowUpIntervention" -> interventions.followUp(task);
            case "Task_AlertConvener" -> meetings.alertConvener(task, candidateGroup(task));
            default -> throw new IllegalStateException("No one in the demo does " + task.getTaskDefinitionKey());
        }
    }

    private String candidateGroup(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
                .filter(Objects::nonNull).findFirst().orElse("security-unit");
    }
}
