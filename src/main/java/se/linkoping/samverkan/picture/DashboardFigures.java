package se.linkoping.samverkan.picture;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import se.linkoping.samverkan.estweeklycycle.ProblemStatus;
import se.linkoping.samverkan.estweeklycycle.Trend;
import se.linkoping.samverkan.estweeklycycle.Week;
import se.linkoping.samverkan.estweeklycycle.WeeklyPicture;
import se.linkoping.samverkan.system.Swedish;

/**
 * Turns the counts of a range of weeks and EST's compiled pictures into the dashboard: each cell's count,
 * its trend (the picture's where the week was compiled, otherwise the picture's rule applied to the counts)
 * and priority, the heat map of one week and the charts. Plain code: the database only counts.
 */
public final class DashboardFigures {

    private static final DateTimeFormatter DAY_AND_MONTH = DateTimeFormatter.ofPattern("d MMMM", Swedish.LOCALE);

    private final WeekRange range;
    private final List<Area> districts;
    private final List<Area> categories;
    private final Map<Key, Integer> counts = new HashMap<>();
    private final Map<Key, CompiledProblem> problems = new HashMap<>();
    private final Set<LocalDate> compiledWeeks;

    /**
     * @param districts     the districts to show, in their order; inactive ones only appear if they have reports
     * @param categories    the same for categories
     * @param counts        the counts of the range and of the {@value WeeklyPicture#TREND_WEEKS} weeks before it
     *                      (for the trend); counts outside those weeks are ignored
     * @param problems      the compiled pictures' problems of the range (district and category as a whole)
     * @param compiledWeeks the Mondays of the weeks whose picture was compiled
     */
    public DashboardFigures(WeekRange range, List<Area> districts, List<Area> categories, List<WeekCount> counts,
                            List<CompiledProblem> problems, Set<LocalDate> compiledWeeks) {
        this.range = range;
        counts.forEach(c -> this.counts.merge(new Key(c.week(), c.district(), c.category()), c.reports(), Integer::sum));
        problems.forEach(p -> this.problems.put(new Key(p.week(), p.district(), p.category()), p));
        this.compiledWeeks = Set.copyOf(compiledWeeks);
        Set<String> reportedDistricts = new HashSet<>();
        Set<String> reportedCategories = new HashSet<>();
        this.counts.forEach((key, reports) -> {
            if (reports > 0 && !key.week().isBefore(range.first().monday())) {
                reportedDistricts.add(key.district());
                reportedCategories.add(key.category());
            }
        });
        this.districts = districts.stream().filter(d -> d.active() || reportedDistricts.contains(d.code())).toList();
        this.categories = categories.stream().filter(c -> c.active() || reportedCategories.contains(c.code())).toList();
    }

    public List<Dashboard.WeekColumn> weeks() {
        return range.weeks().stream().map(this::column).toList();
    }

    /** The dashboard with the heat map of a week of the range. */
    public Dashboard dashboard(Week selected, String district, String category) {
        return new Dashboard(weeks(), column(selected), district, category, heatMap(selected),
                chart(districts, (week, area) -> sum(week, List.of(area), categories)),
                chart(categories, (week, area) -> sum(week, districts, List.of(area))));
    }

    /** One district and category in a week: count, trend, priority. */
    public Dashboard.Cell cell(Week week, String district, String category) {
        return cell(week, district, category, max(week));
    }

    /**
     * Every district and category of every week in the range with something to say: reports that week, a
     * problem in EST's picture, or reports in the weeks the trend compares with. Oldest week first.
     */
    public List<Dashboard.Cell> cells() {
        List<Dashboard.Cell> cells = new ArrayList<>();
        for (Week week : range.weeks()) {
            int max = max(week);
            for (Area district : districts) {
                for (Area category : categories) {
                    Dashboard.Cell cell = cell(week, district.code(), category.code(), max);
                    if (cell.reports() > 0 || cell.status() != null || cell.previousAverage() > 0) {
                        cells.add(cell);
                    }
                }
            }
        }
        return cells;
    }

    private Dashboard.HeatMap heatMap(Week week) {
        int max = max(week);
        List<Dashboard.HeatRow> rows = new ArrayList<>();
        int[] categoryTotals = new int[categories.size()];
        int total = 0;
        for (Area district : districts) {
            List<Dashboard.Cell> cells = new ArrayList<>();
            int rowTotal = 0;
            for (int i = 0; i < categories.size(); i++) {
                Dashboard.Cell cell = cell(week, district.code(), categories.get(i).code(), max);
                cells.add(cell);
                rowTotal += cell.reports();
                categoryTotals[i] += cell.reports();
            }
            rows.add(new Dashboard.HeatRow(district, cells, rowTotal));
            total += rowTotal;
        }
        return new Dashboard.HeatMap(column(week), categories, rows,
                Arrays.stream(categoryTotals).boxed().toList(), total, max);
    }

    /** The lines: the weeks that are over; the week going on is named beside the chart instead. */
    private Dashboard.Chart chart(List<Area> areas, BiFunction<LocalDate, Area, Integer> reports) {
        List<Week> over = range.weeks().stream().filter(w -> !range.isOngoing(w)).toList();
        String ongoing = range.weeks().stream().filter(range::isOngoing).findFirst()
                .map(DashboardFigures::shortLabel).orElse(null);
        List<Dashboard.Series> series = new ArrayList<>();
        for (Area area : areas) {
            List<Integer> perWeek = over.stream().map(w -> reports.apply(w.monday(), area)).toList();
            int total = perWeek.stream().mapToInt(Integer::intValue).sum();
            if (total > 0) {
                series.add(new Dashboard.Series(area.code(), area.name(), perWeek, total));
            }
        }
        // the most reports first; a tie keeps the reference data's order (the sort is stable)
        series.sort(Comparator.comparingInt(Dashboard.Series::total).reversed());
        return new Dashboard.Chart(over.stream().map(DashboardFigures::shortLabel).toList(),
                List.copyOf(series.subList(0, Math.min(Dashboard.TOP_SERIES, series.size()))), ongoing);
    }

    private Dashboard.Cell cell(Week week, String district, String category, int max) {
        int reports = count(week.monday(), district, category);
        int before = 0;
        for (int back = 1; back <= WeeklyPicture.TREND_WEEKS; back++) {
            before += count(week.monday().minusWeeks(back), district, category);
        }
        double average = before / (double) WeeklyPicture.TREND_WEEKS;
        CompiledProblem problem = problems.get(new Key(week.monday(), district, category));
        Trend trend;
        TrendSource source;
        if (problem != null) {
            trend = problem.trend();
            source = TrendSource.PICTURE;
        } else if (range.isOngoing(week)) {
            trend = null;
            source = null;
        } else {
            trend = Trend.of(reports, average);
            source = TrendSource.COMPUTED;
        }
        Integer priority = problem != null && problem.status() == ProblemStatus.CONFIRMED ? problem.priority() : null;
        return new Dashboard.Cell(week.monday(), district, category, reports, average, trend, source, priority,
                problem == null ? null : problem.status(), problem == null ? null : problem.escalationLevel(),
                problem == null ? 0 : problem.hotSpots(), intensity(reports, max));
    }

    /** The highest count of a district and category shown, in a week. */
    private int max(Week week) {
        int max = 0;
        for (Area district : districts) {
            for (Area category : categories) {
                max = Math.max(max, count(week.monday(), district.code(), category.code()));
            }
        }
        return max;
    }

    /** 0 for none, else 1 … 5: the share of the highest count, rounded up to fifths. */
    static int intensity(int reports, int max) {
        if (reports <= 0 || max <= 0) {
            return 0;
        }
        return Math.min(5, (int) Math.ceil(5.0 * reports / max));
    }

    private int sum(LocalDate week, List<Area> inDistricts, List<Area> inCategories) {
        int sum = 0;
        for (Area district : inDistricts) {
            for (Area category : inCategories) {
                sum += count(week, district.code(), category.code());
            }
        }
        return sum;
    }

    private int count(LocalDate week, String district, String category) {
        return counts.getOrDefault(new Key(week, district, category), 0);
    }

    private Dashboard.WeekColumn column(Week week) {
        return new Dashboard.WeekColumn(week.monday(), week.label(), shortLabel(week), days(week),
                range.isOngoing(week), compiledWeeks.contains(week.monday()));
    }

    /** "v. 10 2026": a chart's axis label. */
    static String shortLabel(Week week) {
        return "v. " + week.monday().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + " "
                + week.monday().get(IsoFields.WEEK_BASED_YEAR);
    }

    /** "2–8 mars 2026", "30 november–6 december 2026", "29 december 2025–4 januari 2026". */
    static String days(Week week) {
        LocalDate monday = week.monday();
        LocalDate sunday = monday.plusDays(6);
        String first;
        if (monday.getYear() != sunday.getYear()) {
            first = Swedish.day(monday);
        } else if (monday.getMonth() != sunday.getMonth()) {
            first = DAY_AND_MONTH.format(monday);
        } else {
            first = String.valueOf(monday.getDayOfMonth());
        }
        return first + "–" + Swedish.day(sunday);
    }

    private record Key(LocalDate week, String district, String category) {
    }
}
