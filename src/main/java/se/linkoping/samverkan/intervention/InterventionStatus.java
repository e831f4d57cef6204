package se.linkoping.samverkan.intervention;

/** Where an intervention stands (column {@code intervention.status}), as a body's follow-up list says it. */
public enum InterventionStatus {

    /** Decided; the responsible group carries it out. */
    ONGOING("pågår"),
    /** The responsible group reported what it did; the deciding body follows it up. */
    REPORTED("rapporterad, att följa upp"),
    /** Followed up by the deciding body, with its effect. */
    FOLLOWED_UP("uppföljd");

    private final String swedishName;

    InterventionStatus(String swedishName) {
        this.swedishName = swedishName;
    }

    public String swedishName() {
        return swedishName;
    }
}
