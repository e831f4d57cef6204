package se.linkoping.samverkan.matter;

import java.util.Arrays;

/** Where a matter came from (column {@code matter.origin}), with the Swedish name people read. */
public enum MatterOrigin {

    /** A problem of EST's weekly picture above EST's mandate. */
    EST("EST:s lägesbild"),
    /** Raised by a body or a unit, in Tasklist or by a process step. */
    BODY("Ett organ eller en enhet"),
    /** An intervention late by the margin. */
    OVERDUE_INTERVENTION("Försenad insats");

    private final String swedishName;

    MatterOrigin(String swedishName) {
        this.swedishName = swedishName;
    }

    public String swedishName() {
        return swedishName;
    }

    /** The Swedish name of a stored origin; anything else as it is. */
    public static String nameOf(String code) {
        return Arrays.stream(values()).filter(origin -> origin.name().equals(code)).findFirst()
                .map(MatterOrigin::swedishName).orElse(code);
    }
}
