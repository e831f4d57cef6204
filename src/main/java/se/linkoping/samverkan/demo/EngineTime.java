package se.linkoping.samverkan.demo;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;

/**
 * The simulation's time, and what the job executor would do in it. The engine clock (and with it the
 * application's, see {@code EngineClock}) is moved forward only; moving it to a time first runs, one by
 * one and in order of due date, every job of Samverkan's processes that falls due before it — timers
 * with the clock set to their due time, asynchronous steps at once — in the calling thread. Jobs that
 * belong to no process (the history cleanup) are left to the real job executor.
 * <p>
 * Runs only while the job executor is not acquiring jobs (see {@link LivingDemo}): the clock is global,
 * and a job executed elsewhere meanwhile would see the simulated time.
 */
final class EngineTime {

    /** More jobs than a quarter can hold: something keeps rescheduling itself. */
    static final int MAX_JOBS = 50_000;

    private final ManagementService management;
    private int executed;

    EngineTime(ManagementService management) {
        this.management = management;
    }

    Instant now() {
        return ClockUtil.now().toInstant();
    }

    /** Sets the engine clock; it stands still until set again. */
    void set(Instant time) {
        ClockUtil.setCurrentTime(Date.from(time));
    }

    /** Back to the real time. */
    void reset() {
        ClockUtil.reset();
    }

    /**
     * The timers of the processes' start events (the weekly EST cycle, the meetings) were scheduled from
     * the real time when the processes were deployed: schedule them again from the simulated time.
     */
    void rescheduleStartTimers() {
        for (Job timer : management.createJobQuery().timers().list()) {
            if (timer.getProcessInstanceId() == null && timer.getProcessDefinitionKey() != null) {
                management.recalculateJobDuedate(timer.getId(), false);
            }
        }
    }

    /** Moves the clock to a time (never back), running every job due on the way in order. */
    void advanceTo(Instant target) {
        runDueJobs();
        Job next;
        while ((next = nextTimerUntil(target)) != null) {
            Instant due = next.getDuedate().toInstant();
            if (due.isAfter(now())) {
                set(due);
            }
            execute(next);
            runDueJobs();
        }
        if (target.isAfter(now())) {
            set(target);
        }
    }

    /** Runs the jobs due now, and those they create that are due now too. */
    void runDueJobs() {
        Job job;
        while ((job = first(management.createJobQuery().executable().active().orderByJobDuedate().asc()
                .listPage(0, 20))) != null) {
            execute(job);
        }
    }

    int executed() {
        return executed;
    }

    private Job nextTimerUntil(Instant target) {
        return first(management.createJobQuery().timers().active().withRetriesLeft()
                .duedateLowerThan(Date.from(target.plusMillis(1))).orderByJobDuedate().asc().listPage(0, 20));
    }

    private static Job first(List<Job> jobs) {
        return jobs.stream().filter(job -> job.getProcessDefinitionKey() != null).findFirst().orElse(null);
    }

    /** A failing job fails the simulation: its exception rolls everything back. */
    private void execute(Job job) {
        if (++executed > MAX_JOBS) {
            throw new IllegalStateException("More than " + MAX_JOBS + " jobs: job " + job.getId()
                    + " of " + job.getProcessDefinitionKey() + " keeps coming back");
        }
        management.executeJob(job.getId());
    }
}
