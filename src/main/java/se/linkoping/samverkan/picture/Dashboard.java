package se.linkoping.samverkan.picture;

import java.time.LocalDate;
import java.util.List;

import se.linkoping.samverkan.estweeklycycle.ProblemStatus;
import se.linkoping.samverkan.estweeklycycle.Trend;

/**
 * The situational-picture dashboard of a range of weeks: the heat map of one week and two line charts over
 * all the weeks (the districts and the categories with most reports), optionally narrowed to one district or
 * one category.
 *
 * @param weeks      the range, oldest first
 * @param week       the week of the heat map
 * @param district   the district it is narrowed to, or null
 * @param category   the category it is narrowed to, or null
 * @param byDistrict reports per week of the districts with most reports in the range
 * @param byCategory reports per week of the categories with most reports in the range
 */
public record Dashboard(List<WeekColumn> weeks, WeekColumn week, String district, String category, HeatMap heatMap,
                       Chart byDistrict, Chart byCategory) {

    /** The number of lines a chart draws at most. */
    public static final int TOP_SERIES = 5;

    /**
     * A week of the range.
     *
     * @param days     its Monday to Sunday in Swedish: "30 november–6 december 2026"
     * @param ongoing  the current week, not over yet
     * @param compiled EST's picture of the week exists
     */
    public record WeekColumn(LocalDate monday, String label, String shortLabel, String days, boolean ongoing,
                             boolean compiled) {

        /** The week as its link reads: "v. 49 2026", or "v. 49 2026 (pågående vecka)". */
        public String linkLabel() {
            return ongoing ? shortLabel + " (pågående vecka)" : shortLabel;
        }
    }

    /**
     * One week's reports per district (rows) and category (columns).
     *
     * @param max the highest count of a cell, the top of the colour scale
     */
    public record HeatMap(WeekColumn week, List<Area> categories, List<HeatRow> rows, List<Integer> categoryTotals,
                          int total, int max) {
    }

    /** A district's line of the heat map. */
    public record HeatRow(Area district, List<Cell> cells, int total) {
    }

    /**
     * A district and category in a week.
     *
     * @param previousAverage reports per week in the {@value se.linkoping.samverkan.estweeklycycle.WeeklyPicture#TREND_WEEKS}
     *                        weeks before
     * @param trend           null in the week that is going on, unless EST's picture gives one
     * @param trendSource     null when there is no trend
     * @param priority        EST's priority (1 acute … 4 low) when the picture's problem was confirmed and prioritised
     * @param status          what EST made of the picture's problem, or null without one
     * @param intensity       0 for no reports, else 1 … 5 relative to the highest count of a cell shown that week
     */
    public record Cell(LocalDate week, String district, String category, int reports, double previousAverage,
                       Trend trend, TrendSource trendSource, Integer priority, ProblemStatus status,
                       String escalationLevel, int hotSpots, int intensity) {

        /** ↑, → or ↓; empty without a trend. */
        public String arrow() {
            if (trend == null) {
                return "";
            }
            return switch (trend) {
                case RISING -> "↑";
                case STABLE -> "→";
                case FALLING -> "↓";
            };
        }

        /** No reports this week nor in the weeks the trend compares with: nothing to point out. */
        public boolean quiet() {
            return reports == 0 && previousAverage == 0;
        }

        /** The trend as read aloud and in the legend: "ökande", or "ingen trend än". */
        public String trendText() {
            return trend == null ? "ingen trend än (veckan pågår)" : trend.swedish();
        }
    }

    /**
     * Reports per week of a few districts or categories, for a line chart: the weeks that are over. The week
     * going on is left out of the lines (its count is not final and would look like a fall).
     *
     * @param ongoingWeek the week left out, "v. 49 2026", or null when the range holds no week going on
     */
    public record Chart(List<String> weeks, List<Series> series, String ongoingWeek) {
    }

    /** One line of a chart: a district's or a category's reports per week of the range that is over. */
    public record Series(String code, String name, List<Integer> counts, int total) {
    }
}
