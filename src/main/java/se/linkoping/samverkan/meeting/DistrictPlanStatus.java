package se.linkoping.samverkan.meeting;

/** Where a district plan of the tertial analysis stands (column {@code district_plan.status}). */
public enum DistrictPlanStatus {

    /** Its proposal task has started; nothing is proposed yet. */
    DRAFT("Utkast"),
    /** Proposed by the coordination group, waiting for the steering group. */
    PROPOSED("Föreslagen"),
    /** Approved by the steering group. */
    APPROVED("Fastställd"),
    /** Returned to the coordination group. */
    RETURNED("Skickad tillbaka");

    private final String swedishName;

    DistrictPlanStatus(String swedishName) {
        this.swedishName = swedishName;
    }

    public String swedishName() {
        return swedishName;
    }
}
