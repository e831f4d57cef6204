package se.linkoping.samverkan.meeting;

/** How a meeting was called (column {@code meeting.kind}), with the Swedish name people read. */
public enum MeetingKind {

    /** Called by its body's timer, in the body's cadence. */
    ORDINARY("Ordinarie möte"),
    /** Asked for, with a reason: an acute matter, or one that waited too long. */
    EXTRA("Extra möte");

    private final String swedishName;

    MeetingKind(String swedishName) {
        this.swedishName = swedishName;
    }

    public String swedishName() {
        return swedishName;
    }

    public static MeetingKind of(boolean extra) {
        return extra ? EXTRA : ORDINARY;
    }
}
