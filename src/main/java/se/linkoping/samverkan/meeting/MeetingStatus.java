package se.linkoping.samverkan.meeting;

/** How far a meeting has come (column {@code meeting.status}), with the Swedish name people read. */
public enum MeetingStatus {

    /** Called; its agenda is not compiled yet (an extra meeting asked for again is this one). */
    CALLED("Kallat"),
    /** The matters waiting at its level are on its agenda. */
    AGENDA("Dagordningen är satt"),
    /** Every matter on its agenda is decided. */
    HELD("Hållet");

    private final String swedishName;

    MeetingStatus(String swedishName) {
        this.swedishName = swedishName;
    }

    public String swedishName() {
        return swedishName;
    }
}
