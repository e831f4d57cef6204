package se.linkoping.samverkan.retention;

/**
 * What one run of the retention removed: the process instances whose history Camunda's cleanup removes in it (counted
 * as it starts), and Samverkan's own rows of each kind (a picture with its problems, an event with its plans, an
 * agreement with its follow-ups).
 */
public record RetentionRun(int processInstances, int incidentReports, int pictures, int matters, int interventions,
                           int meetings, int decisions, int events, int agreements) {

    /** Whether anything of Samverkan's own went. */
    public boolean removedOwnRows() {
        return incidentReports + pictures + matters + interventions + meetings + decisions + events + agreements > 0;
    }
}
