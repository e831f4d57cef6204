package se.linkoping.samverkan.estweeklycycle;

/**
 * How a problem's count this week compares with the average of the previous four weeks. The codes
 * are the values the DMN {@code problem-priority} reads.
 */
public enum Trend {
    RISING("rising", "ökande"),
    STABLE("stable", "oförändrad"),
    FALLING("falling", "minskande");

    /** At least this many reports more (or fewer) than the average before it counts as a change. */
    static final int MIN_CHANGE = 2;
    /** ...and at least this factor above (or below its inverse) the average. */
    static final double FACTOR = 1.5;

    private final String code;
    private final String swedish;

    Trend(String code, String swedish) {
        this.code = code;
        this.swedish = swedish;
    }

    public String code() {
        return code;
    }

    public String swedish() {
        return swedish;
    }

    /** Small numbers move a lot by chance: a change must be large both absolutely and relatively. */
    public static Trend of(int thisWeek, double previousAverage) {
        if (thisWeek >= previousAverage + MIN_CHANGE && thisWeek >= previousAverage * FACTOR) {
            return RISING;
        }
        if (thisWeek <= previousAverage - MIN_CHANGE && thisWeek <= previousAverage / FACTOR) {
            return FALLING;
        }
        return STABLE;
    }

    /** The Swedish word of a trend stored by name ("RISING") or read by the tables by code ("rising"); else as it is. */
    public static String nameOf(String code) {
        for (Trend trend : values()) {
            if (trend.name().equals(code) || trend.code.equals(code)) {
                return trend.swedish;
            }
        }
        return code;
    }
}
