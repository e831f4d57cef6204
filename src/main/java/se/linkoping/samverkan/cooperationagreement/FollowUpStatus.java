package se.linkoping.samverkan.cooperationagreement;

/**
 * How the citizen promise is going, as followed up at a political steering group meeting; the check
 * constraint of {@code promise_follow_up.status} lists the same codes, the form {@code promise-follow-up}
 * offers them under these names.
 */
public enum FollowUpStatus {
    ON_TRACK("Går enligt plan"), PARTLY("Delvis enligt plan"), NOT_ON_TRACK("Går inte enligt plan");

    private final String swedish;

    FollowUpStatus(String swedish) {
        this.swedish = swedish;
    }

    public String swedish() {
        return swedish;
    }
}
