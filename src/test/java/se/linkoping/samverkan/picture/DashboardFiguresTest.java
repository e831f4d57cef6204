package se.linkoping.samverkan.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static se.linkoping.samverkan.support.Times.STOCKHOLM;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.linkoping.samverkan.estweeklycycle.ProblemStatus;
import se.linkoping.samverkan.estweeklycycle.Trend;
import se.linkoping.samverkan.estweeklycycle.Week;

class DashboardFiguresTest {

    /** Wednesday of week 16 2026. */
    private static final Instant NOW = ZonedDateTime.of(2026, 4, 15, 12, 0, 0, 0, STOCKHOLM).toInstant();
    private static final LocalDate W12 = LocalDate.of(2026, 3, 16);
    private static final LocalDate W13 = LocalDate.of(2026, 3, 23);
    private static final LocalDate W14 = LocalDate.of(2026, 3, 30);
    private static final LocalDate W16 = LocalDate.of(2026, 4, 13);

    private static final List<Area> DISTRICTS = List.of(new Area("ryd", "Ryd", true), new Area("berga", "Berga", true),
            new Area("gamla", "Gamla stadsdelen", false), new Area("nedlagd", "Nedlagd", false));
    private static final List<Area> CATEGORIES = List.of(new Area("vald-hot", "Våld", true),
            new Area("skadegorelse", "Skadegörelse", true));

    private final WeekRange range = WeekRange.of(W12, W16, NOW, STOCKHOLM);

    @Test
    void aCompiledWeekTakesTheTrendAndPriorityOfTheConfirmedProblemAndOtherWeeksComputeIt() {
        DashboardFigures figures = figures(List.of(
                        count(W12.minusWeeks(1), "ryd", "vald-hot", 1), count(W12, "ryd", "vald-hot", 1),
                        count(W13, "ryd", "vald-hot", 5), count(W14, "ryd", "vald-hot", 1),
                        count(W13, "berga", "skadegorelse", 2), count(W16, "berga", "skadegorelse", 4)),
                List.of(new CompiledProblem(W13, "ryd", "vald-hot", 4, Trend.RISING, 3, ProblemStatus.CONFIRMED, 2,
                                "coordination-group", 1),
                        new CompiledProblem(W13, "berga", "skadegorelse", 2, Trend.RISING, 1, ProblemStatus.DISMISSED,
                                4, null, 0)));

        Dashboard.Cell compiled = figures.cell(week(W13), "ryd", "vald-hot");
        assertThat(compiled).extracting(Dashboard.Cell::reports, Dashboard.Cell::trend, Dashboard.Cell::trendSource,
                        Dashboard.Cell::priority, Dashboard.Cell::status, Dashboard.Cell::hotSpots)
                .containsExactly(5, Trend.RISING, TrendSource.PICTURE, 2, ProblemStatus.CONFIRMED, 1);
        assertThat(compiled.previousAverage()).isEqualTo(0.5);
        assertThat(figures.weeks()).extracting(Dashboard.WeekColumn::compiled)
                .containsExactly(false, true, false, false, false);
        assertThat(figures.weeks()).extracting(Dashboard.WeekColumn::ongoing)
                .containsExactly(false, false, false, false, true);
        // a dismissed problem keeps EST's trend but has no priority
        assertThat(figures.cell(week(W13), "berga", "skadegorelse"))
                .extracting(Dashboard.Cell::trend, Dashboard.Cell::priority, Dashboard.Cell::status)
                .containsExactly(Trend.RISING, null, ProblemStatus.DISMISSED);
        // week 14: 1 against (1 + 1 + 5 + 0) / 4 is stable; week 15: 0 against 7 / 4 is too small a fall
        assertThat(figures.cell(week(W14), "ryd", "vald-hot"))
                .extracting(Dashboard.Cell::reports, Dashboard.Cell::trend, Dashboard.Cell::trendSource,
                        Dashboard.Cell::priority, Dashboard.Cell::status)
                .containsExactly(1, Trend.STABLE, TrendSource.COMPUTED, null, null);
        assertThat(figures.cell(week(W13.plusWeeks(1)), "ryd", "vald-hot").previousAverage()).isEqualTo(1.75);
        // the week that is going on has no trend yet
        assertThat(figures.cell(week(W16), "berga", "skadegorelse"))
                .extracting(Dashboard.Cell::reports, Dashboard.Cell::trend, Dashboard.Cell::trendSource,
                        Dashboard.Cell::arrow, Dashboard.Cell::trendText)
                .containsExactly(4, null, null, "", "ingen trend än (veckan pågår)");
    }

    @Test
    void aFallIsTwoReportsAndAThirdLessThanTheAverage() {
        DashboardFigures figures = figures(List.of(count(W12.minusWeeks(4), "ryd", "vald-hot", 4),
                count(W12.minusWeeks(3), "ryd", "vald-hot", 4), count(W12.minusWeeks(2), "ryd", "vald-hot", 4),
                count(W12.minusWeeks(1), "ryd", "vald-hot", 4), count(W12, "ryd", "vald-hot", 1)), List.of());

        assertThat(figures.cell(week(W12), "ryd", "vald-hot"))
                .extracting(Dashboard.Cell::trend, Dashboard.Cell::arrow).containsExactly(Trend.FALLING, "↓");
    }

    @Test
    void theHeatMapHoldsEveryActiveDistrictAndCategoryWithTotalsAndAnIntensityRelativeToTheWeeksHighest() {
        DashboardFigures figures = figures(List.of(count(W13, "ryd", "vald-hot", 10), count(W13, "ryd", "skadegorelse", 1),
                count(W13, "berga", "skadegorelse", 6), count(W14, "gamla", "vald-hot", 1)), List.of());

        Dashboard dashboard = figures.dashboard(week(W13), null, null);
        Dashboard.HeatMap heatMap = dashboard.heatMap();
        // an inactive district shows while the range has reports in it; one without reports does not
        assertThat(heatMap.rows()).extracting(row -> row.district().code()).containsExactly("ryd", "berga", "gamla");
        assertThat(heatMap.categories()).extracting(Area::code).containsExactly("vald-hot", "skadegorelse");
        assertThat(heatMap.rows().get(0).cells())
                .extracting(Dashboard.Cell::category, Dashboard.Cell::reports, Dashboard.Cell::intensity)
                .containsExactly(tuple("vald-hot", 10, 5), tuple("skadegorelse", 1, 1));
        assertThat(heatMap.rows().get(1).cells()).extracting(Dashboard.Cell::intensity).containsExactly(0, 3);
        assertThat(heatMap.rows()).extracting(Dashboard.HeatRow::total).containsExactly(11, 6, 0);
        assertThat(heatMap.categoryTotals()).containsExactly(10, 7);
        assertThat(heatMap).extracting(Dashboard.HeatMap::total, Dashboard.HeatMap::max).containsExactly(17, 10);
        assertThat(dashboard.week()).extracting(Dashboard.WeekColumn::label, Dashboard.WeekColumn::ongoing,
                Dashboard.WeekColumn::compiled).containsExactly("vecka 13 2026", false, false);
        assertThat(dashboard.weeks()).extracting(Dashboard.WeekColumn::shortLabel)
                .containsExactly("v. 12 2026", "v. 13 2026", "v. 14 2026", "v. 15 2026", "v. 16 2026");
    }

    @Test
    void theChartsDrawTheFiveDistrictsAndCategoriesWithMostReportsPerWeek() {
        List<Area> districts = new ArrayList<>();
        List<WeekCount> counts = new ArrayList<>();
        for (int d = 1; d <= 7; d++) {
            districts.add(new Area("d" + d, "Stadsdel " + d, true));
            counts.add(count(W12, "d" + d, "vald-hot", d));
            counts.add(count(W14, "d" + d, "skadegorelse", 1));
        }
        counts.add(count(W12.minusWeeks(1), "d1", "vald-hot", 50));
        DashboardFigures figures = new DashboardFigures(range, districts, CATEGORIES, counts, List.of(), Set.of());

        Dashboard dashboard = figures.dashboard(week(W14), null, null);
        // week 16 is going on: named beside the lines, not drawn in them
        assertThat(dashboard.byDistrict().weeks()).containsExactly("v. 12 2026", "v. 13 2026", "v. 14 2026",
                "v. 15 2026");
        assertThat(dashboard.byDistrict().ongoingWeek()).isEqualTo("v. 16 2026");
        // the week before the range counts for the trend, not for the charts; d2 and d1 tie and keep their order
        assertThat(dashboard.byDistrict().series()).extracting(Dashboard.Series::code, Dashboard.Series::total)
                .containsExactly(tuple("d7", 8), tuple("d6", 7), tuple("d5", 6), tuple("d4", 5), tuple("d3", 4));
        assertThat(dashboard.byDistrict().series().get(0).counts()).containsExactly(7, 0, 1, 0);
        assertThat(dashboard.byCategory().series()).extracting(Dashboard.Series::code, Dashboard.Series::total)
                .containsExactly(tuple("vald-hot", 28), tuple("skadegorelse", 7));
        assertThat(dashboard.byCategory().series().get(1).counts()).containsExactly(0, 0, 7, 0);
    }

    @Test
    void theWeekGoingOnIsLeftOutOfTheLinesAndTheirOrderButShownAsSuchInTheWeeks() {
        // the ongoing week's many reports would otherwise put berga first and draw a jump
        DashboardFigures figures = figures(List.of(count(W12, "ryd", "vald-hot", 3), count(W14, "ryd", "vald-hot", 2),
                count(W13, "berga", "vald-hot", 1), count(W16, "berga", "vald-hot", 40)), List.of());

        Dashboard dashboard = figures.dashboard(week(W16), null, null);
        assertThat(dashboard.byDistrict().series()).extracting(Dashboard.Series::code, Dashboard.Series::total)
                .containsExactly(tuple("ryd", 5), tuple("berga", 1));
        assertThat(dashboard.byDistrict().series().get(1).counts()).containsExactly(0, 1, 0, 0);
        assertThat(dashboard.week()).extracting(Dashboard.WeekColumn::ongoing, Dashboard.WeekColumn::linkLabel,
                Dashboard.WeekColumn::days).containsExactly(true, "v. 16 2026 (pågående vecka)", "13–19 april 2026");
        // the heat map of the ongoing week still shows its reports so far
        assertThat(dashboard.heatMap().total()).isEqualTo(40);
        assertThat(figures.weeks()).extracting(Dashboard.WeekColumn::linkLabel)
                .containsExactly("v. 12 2026", "v. 13 2026", "v. 14 2026", "v. 15 2026", "v. 16 2026 (pågående vecka)");
    }

    @Test
    void aRangeOfOnlyTheWeekGoingOnDrawsNoLine() {
        DashboardFigures figures = new DashboardFigures(WeekRange.of(W16, W16, NOW, STOCKHOLM), DISTRICTS, CATEGORIES,
                List.of(count(W16, "ryd", "vald-hot", 4)), List.of(), Set.of());

        Dashboard dashboard = figures.dashboard(week(W16), null, null);
        assertThat(dashboard.byDistrict().weeks()).isEmpty();
        assertThat(dashboard.byDistrict().series()).isEmpty();
        assertThat(dashboard.byDistrict().ongoingWeek()).isEqualTo("v. 16 2026");
    }

    @Test
    void aWeeksDaysAreWrittenInSwedishAcrossMonthsAndYears() {
        assertThat(DashboardFigures.days(week(LocalDate.of(2026, 3, 2)))).isEqualTo("2–8 mars 2026");
        assertThat(DashboardFigures.days(week(LocalDate.of(2026, 11, 30)))).isEqualTo("30 november–6 december 2026");
        // week 1 2026 begins in 2025; week 53 2026 ends in 2027
        assertThat(DashboardFigures.days(week(LocalDate.of(2025, 12, 29))))
                .isEqualTo("29 december 2025–4 januari 2026");
        assertThat(DashboardFigures.days(week(LocalDate.of(2026, 12, 28))))
                .isEqualTo("28 december 2026–3 januari 2027");
    }

    @Test
    void theFlatListHasTheCellsWithReportsAProblemOrEarlierReports() {
        DashboardFigures figures = figures(List.of(count(W12, "ryd", "vald-hot", 1)),
                List.of(new CompiledProblem(W13, "berga", "skadegorelse", 1, Trend.STABLE, 1, ProblemStatus.PROPOSED,
                        null, null, 0)));

        assertThat(figures.cells()).extracting(Dashboard.Cell::week, Dashboard.Cell::district, Dashboard.Cell::reports)
                .containsExactly(tuple(W12, "ryd", 1), tuple(W13, "ryd", 0), tuple(W13, "berga", 0),
                        tuple(W14, "ryd", 0), tuple(LocalDate.of(2026, 4, 6), "ryd", 0), tuple(W16, "ryd", 0));
    }

    @Test
    void intensityIsTheShareOfTheHighestRoundedUpToFifths() {
        assertThat(DashboardFigures.intensity(0, 10)).isZero();
        assertThat(DashboardFigures.intensity(1, 10)).isEqualTo(1);
        assertThat(DashboardFigures.intensity(2, 10)).isEqualTo(1);
        assertThat(DashboardFigures.intensity(3, 10)).isEqualTo(2);
        assertThat(DashboardFigures.intensity(10, 10)).isEqualTo(5);
        assertThat(DashboardFigures.intensity(1, 1)).isEqualTo(5);
    }

    private DashboardFigures figures(List<WeekCount> counts, List<CompiledProblem> problems) {
        return new DashboardFigures(range, DISTRICTS, CATEGORIES, counts, problems,
                Set.copyOf(problems.stream().map(CompiledProblem::week).toList()));
    }

    private static WeekCount count(LocalDate week, String district, String category, int reports) {
        return new WeekCount(week, district, category, reports);
    }

    private static Week week(LocalDate monday) {
        return new Week(monday, STOCKHOLM);
    }
}
