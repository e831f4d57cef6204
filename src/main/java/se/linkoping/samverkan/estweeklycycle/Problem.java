package se.linkoping.samverkan.estweeklycycle;

/**
 * One line of the weekly picture: a district and category, or a place within them where reports
 * repeat (a hot spot; {@code place} is null for the district as a whole).
 *
 * @param reportsThisWeek      reports in the week
 * @param previousWeeksAverage average reports per week over the four weeks before
 * @param consecutiveWeeks     weeks in a row, this one included, with at least one report
 */
public record Problem(String district, String category, String place, int reportsThisWeek,
                      double previousWeeksAverage, Trend trend, int consecutiveWeeks) {

    public boolean isHotSpot() {
        return place != null;
    }
}
