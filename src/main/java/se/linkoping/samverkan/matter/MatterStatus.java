package se.linkoping.samverkan.matter;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Where a matter stands (column {@code matter.status}), with the Swedish name people read. */
public enum MatterStatus {

    /** Raised or escalated: waits for its level's next meeting. */
    WAITING("Väntar på möte"),
    /** On the agenda of a meeting that has not decided it yet. */
    ON_AGENDA("På dagordningen"),
    /** Decided: handled at its level. */
    HANDLED("Hanteras"),
    /** Decided: closed. */
    CLOSED("Avslutat");

    /** The stored codes of the open statuses, for queries that bind them. */
    public static final List<String> OPEN = Arrays.stream(values()).filter(MatterStatus::isOpen).map(Enum::name)
            .toList();

    private final String swedishName;

    MatterStatus(String swedishName) {
        this.swedishName = swedishName;
    }

    public String swedishName() {
        return swedishName;
    }

    /** Waiting for a meeting or on its agenda: not yet decided for good. */
    public boolean isOpen() {
        return this == WAITING || this == ON_AGENDA;
    }

    public static Optional<MatterStatus> byCode(String code) {
        return Arrays.stream(values()).filter(status -> status.name().equals(code)).findFirst();
    }

    /** The Swedish name of a stored status; anything else as it is. */
    public static String nameOf(String code) {
        return byCode(code).map(MatterStatus::swedishName).orElse(code);
    }
}
