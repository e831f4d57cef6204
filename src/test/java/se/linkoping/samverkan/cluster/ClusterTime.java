package se.linkoping.samverkan.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;

/**
 * The engine clock of nodes that share this JVM (Camunda's clock is static: every engine here reads the same
 * time), moved forward only, and only while no job executor holds a job. Nothing runs jobs but the nodes' own
 * job executors: after each move both are woken, in turn first, and the test waits until they have run every
 * job due by then — the timers, and the asynchronous steps those start — on whichever node took each.
 */
final class ClusterTime {

    /** How long the job executors may take over the jobs of one moment on a busy build machine (not a measurement). */
    private static final Duration QUIET_LIMIT = Duration.ofMinutes(2);

    private final List<InProcessNode> nodes;
    private final ManagementService management;
    private int moves;

    ClusterTime(List<InProcessNode> nodes) {
        this.nodes = nodes;
        this.management = nodes.get(0).engine().getManagementService();
    }

    Instant now() {
        return ClockUtil.now().toInstant();
    }

    /** Sets the clock; it stands still until set again. */
    void set(Instant time) {
        ClockUtil.setCurrentTime(Date.from(time));
    }

    /** The due date of the next timer of Samverkan's processes, when it falls due by a time. */
    Optional<Instant> nextTimerBy(Instant end) {
        return management.createJobQuery().timers().active().withRetriesLeft()
                .duedateLowerThan(Date.from(end.plusMillis(1))).orderByJobDuedate().asc().listPage(0, 50).stream()
                .filter(job -> job.getProcessDefinitionKey() != null).map(job -> job.getDuedate().toInstant())
                .findFirst();
    }

    /** Moves the clock to a time (never back) and waits until the job executors have run every job due by then. */
    void advanceTo(Instant time) {
        if (time.isAfter(now())) {
            set(time);
        }
        awaitJobsDone();
    }

    /**
     * Wakes both job executors, the one first that was second last time, and waits until no job is due and none
     * is held by a node: what is due now has run.
     */
    void awaitJobsDone() {
        long deadline = System.nanoTime() + QUIET_LIMIT.toNanos();
        do {
            for (int i = 0; i < nodes.size(); i++) {
                nodes.get((moves + i) % nodes.size()).jobExecutor().jobWasAdded();
            }
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
            if (quiet()) {
                moves++;
                return;
            }
        } while (System.nanoTime() < deadline);
        throw new IllegalStateException("The job executors did not run the jobs due at " + now() + " within "
                + QUIET_LIMIT + ": " + management.createJobQuery().executable().list().stream().map(ClusterTime::describe)
                .toList());
    }

    /** No job due that has retries left, and no job locked by a node's job executor. */
    private boolean quiet() {
        return management.createJobQuery().executable().count() == 0 && management.createJobQuery().acquired().count() == 0;
    }

    private static String describe(Job job) {
        return job.getProcessDefinitionKey() + " " + job.getId() + " due " + job.getDuedate() + " retries "
                + job.getRetries() + (job.getExceptionMessage() == null ? "" : ": " + job.getExceptionMessage());
    }
}
