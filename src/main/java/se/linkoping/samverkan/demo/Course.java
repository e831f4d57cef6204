package se.linkoping.samverkan.demo;

import java.time.Instant;
import java.util.Optional;

/**
 * What the course of the quarter has settled so far that later steps go by: the week the rising problem
 * was decided at the top (its reports fall after it) and when the late intervention in Ryd is finally
 * reported (once the coordination group has decided on it).
 */
final class Course {

    /** Plans worked out before a change are worked out again. */
    private final Runnable replan;
    private int chainDecidedInWeek = -1;
    private Instant tunnelReportedAt;

    Course(Runnable replan) {
        this.replan = replan;
    }

    /** The week the political steering group decided the rising problem, or -1. */
    int chainDecidedInWeek() {
        return chainDecidedInWeek;
    }

    void chainDecided(int week) {
        chainDecidedInWeek = week;
    }

    /** When the responsible group reports the late intervention in Ryd; empty until the group has decided. */
    Optional<Instant> tunnelReportedAt() {
        return Optional.ofNullable(tunnelReportedAt);
    }

    void tunnelReportedAt(Instant at) {
        tunnelReportedAt = at;
        replan.run();
    }
}
