package se.linkoping.samverkan.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;

import org.camunda.bpm.engine.ProcessEngine;

import se.linkoping.samverkan.incidentreport.IncidentIntake;
import se.linkoping.samverkan.incidentreport.IncidentReportSubmission;
import se.linkoping.samverkan.system.Swedish;

/**
 * The course of the simulated quarter, step by step in time order: each week's reports sent as they
 * happen, from partners' systems through the intake API's service and from staff through the Tasklist
 * start form; every hour of the day the people at work take the tasks whose time has come
 * ({@link StaffWork}); and in between the engine's timers and asynchronous steps run as they fall due
 * ({@link EngineTime}): the Monday EST cycles, the bodies' meetings, the interventions' reminders and
 * overdue alerts. Ends at the real time it started, with the engine clock reset.
 */
final class SimulatedQuarter {

    /** A step of the simulation at its time; steps at the same time run in the order they were planned. */
    private record Step(Instant at, long order, String what, Runnable action) {
    }

    /** People work from 07:00 (EST on call) to 21:00; the engine runs around the clock. */
    static final LocalTime FIRST_HOUR = LocalTime.of(7, 0);
    static final LocalTime LAST_HOUR = LocalTime.of(21, 0);
    /** The account of each source's own system, and the prefix of its references. */
    private static final Map<String, String> REFERENCE_PREFIX = Map.of("polis", "POL", "bostadsbolag", "STG",
            "kollektivtrafik", "OTR", "raddningstjanst", "RTOG");
    /** Who reports in Tasklist for the sources without a system of their own. */
    private static final Map<String, String> TASKLIST_REPORTER = Map.of("kommun", "erik.sandberg",
            "medborgare", "erik.sandberg", "trygghetsvardar", "sara.nilsson", "trygghetsrad", "sara.nilsson",
            "skola", "demo-education");

    private final ProcessEngine engine;
    private final ApplicationParts app;

    private final PriorityQueue<Step> steps = new PriorityQueue<>(
            (a, b) -> a.at().equals(b.at()) ? Long.compare(a.order(), b.order()) : a.at().compareTo(b.at()));
    private final Map<String, Integer> references = new HashMap<>();
    /** For the minutes a person spends on each task: the same quarter takes the same course. */
    private final Random pace = new Random(2026);
    private long planned;
    private int reportsSent;

    SimulatedQuarter(ProcessEngine engine, ApplicationParts app) {
        this.engine = engine;
        this.app = app;
    }

    /**
     * Simulates the quarter that ends at a time (the real time now), then resets the engine clock.
     *
     * @return how many reports were sent and jobs run
     */
    Result run(Quarter quarter) {
        EngineTime time = new EngineTime(engine.getManagementService());
        Staff staff = new Staff(engine.getIdentityService(), engine.getTaskService(), engine.getFormService(),
                engine.getRepositoryService());
        StaffWork work = new StaffWork(engine, app, staff, time, quarter, this::schedule);
        QuarterReports reports = new QuarterReports(quarter);
        try {
            time.set(quarter.start());
            time.rescheduleStartTimers();
            for (int week = 0; week <= quarter.lastWeek(); week++) {
                int w = week;
                Instant monday = week == 0 ? quarter.start() : Quarter.at(quarter.monday(week), LocalTime.MIDNIGHT);
                schedule(monday, "the reports of week " + week, () -> reports.week(w, work.chainDecidedInWeek())
                        .forEach(report -> schedule(report.receivedAt(),
                                "a report of " + report.category() + " in " + report.district(),
                                () -> send(staff, report))));
            }
            // the reports behind the acute matter at the end
            schedule(quarter.end().minus(Duration.ofHours(31)), "the threat in Lambohov", () -> send(staff,
                    new PlannedReport(Storyline.ACUTE_DISTRICT, Storyline.ACUTE_CATEGORY, Storyline.ACUTE_PLACE,
                            quarter.end().minus(Duration.ofHours(33)), quarter.end().minus(Duration.ofHours(31)),
                            "kommun", "Personal vid " + Storyline.ACUTE_PLACE + " hotades av en grupp ungdomar som "
                            + "inte släpptes in. Andra kvällen i rad.")));
            // a report of violence just before the demo opens, after EST's last round: it waits for assessment
            schedule(quarter.end().minus(Duration.ofMinutes(20)), "the latest report of violence", () -> send(staff,
                    new PlannedReport("innerstaden", "vald-hot", "Resecentrum", quarter.end().minus(Duration.ofHours(2)),
                            quarter.end().minus(Duration.ofMinutes(20)), "trygghetsvardar", "Trygghetsvärdarna såg "
                            + "ett bråk mellan två grupper vid busshållplatserna; en person slogs ner. Polis tillkallad.")));
            work.scheduleStoryline();
            scheduleWork(nextHour(quarter.start()), work);
            while (!steps.isEmpty() && !steps.peek().at().isAfter(quarter.end())) {
                Step step = steps.poll();
                try {
                    time.advanceTo(step.at());
                    step.action().run();
                } catch (RuntimeException e) {
                    throw new IllegalStateException("The simulated quarter failed at " + step.at() + " ("
                            + step.what() + ")", e);
                }
            }
            time.advanceTo(quarter.end());
            return new Result(reportsSent, time.executed());
        } finally {
            time.reset();
        }
    }

    /** What the simulation did besides what the database shows. */
    record Result(int reportsSent, int jobsRun) {
    }

    private void schedule(Instant at, String what, Runnable action) {
        steps.add(new Step(at, planned++, what, action));
    }

    /** Every hour of the working day, the people at work take the tasks whose time has come. */
    private void scheduleWork(Instant at, StaffWork work) {
        schedule(at, "work on tasks", () -> {
            work.workOnTasks(Duration.ofMinutes(1 + pace.nextInt(4)));
            scheduleWork(nextHour(at), work);
        });
    }

    private static Instant nextHour(Instant after) {
        ZonedDateTime next = after.atZone(Swedish.ZONE).truncatedTo(ChronoUnit.HOURS).plusHours(1);
        if (next.toLocalTime().isBefore(FIRST_HOUR)) {
            return next.with(FIRST_HOUR).toInstant();
        }
        if (next.toLocalTime().isAfter(LAST_HOUR)) {
            return next.plusDays(1).with(FIRST_HOUR).toInstant();
        }
        return next.toInstant();
    }

    /** A report reaches Samverkan: from a partner's system through the intake API's service, or from Tasklist. */
    private void send(Staff staff, PlannedReport report) {
        String occurredAt = report.occurredAt().atZone(Swedish.ZONE).toOffsetDateTime().toString();
        if (report.throughApi()) {
            String prefix = REFERENCE_PREFIX.get(report.source());
            int number = references.merge(prefix, 1, Integer::sum);
            String reference = prefix + "-" + Quarter.day(report.occurredAt()).getYear() + "-"
                    + String.format("%04d", 100 + number);
            staff.as(Staff.PARTNER_SYSTEM, () -> app.intake().receiveFromPartner(new IncidentReportSubmission(
                    report.district(), report.place(), report.category(), occurredAt, report.description(),
                    report.source(), reference), Staff.PARTNER_SYSTEM));
        } else {
            Map<String, Object> form = new HashMap<>();
            form.put("district", report.district());
            form.put("place", report.place());
            form.put("category", report.category());
            form.put("occurredAt", occurredAt);
            form.put("description", report.description());
            form.put("source", report.source());
            staff.start(IncidentIntake.PROCESS_KEY, TASKLIST_REPORTER.getOrDefault(report.source(), "sara.nilsson"),
                    form);
        }
        reportsSent++;
    }
}
