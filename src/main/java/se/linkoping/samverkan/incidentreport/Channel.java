package se.linkoping.samverkan.incidentreport;

/** How a report reached Samverkan. */
public enum Channel {
    /** The start form of "Rapportera händelse" in Tasklist. */
    TASKLIST,
    /** {@code POST /api/incident-reports} from a partner's system. */
    API
}
