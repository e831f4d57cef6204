package se.linkoping.samverkan.picture;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.linkoping.samverkan.estweeklycycle.Week;
import se.linkoping.samverkan.estweeklycycle.WeeklyPicture;
import se.linkoping.samverkan.referencedata.ReferenceKind;
import se.linkoping.samverkan.refusal.Refusal;

/**
 * The dashboard's figures for a range of weeks and the reports behind a cell, read-only. The pages and the
 * API check who asks ({@link DashboardAccess}) and pass on whether descriptions may be read.
 */
@Service
@Transactional(readOnly = true)
public class SituationalPictureDashboard {

    /** The reports a drill-down page lists by default, and at most. */
    public static final int PAGE_SIZE = 25;
    public static final int MAX_PAGE_SIZE = 100;

    /** Every cell with something to say, week by week. */
    public record Counts(List<Dashboard.WeekColumn> weeks, String district, String category,
                         List<Dashboard.Cell> cells) {
    }

    /**
     * A page of a week's reports of a district and/or category.
     *
     * @param cell              the district and category's count and trend that week, when both are given
     * @param descriptionsShown whether the descriptions were read (see {@link DashboardAccess})
     */
    public record ReportPage(Dashboard.WeekColumn week, Area district, Area category, Dashboard.Cell cell,
                             List<ReportRow> items, int page, int size, long total, boolean descriptionsShown) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    private final DashboardRecords records;
    private final Clock clock;

    public SituationalPictureDashboard(DashboardRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    /**
     * @param from     a day of the first week, or null
     * @param to       a day of the last week, or null (see {@link WeekRange#of})
     * @param week     a day of the heat map's week, or null for the latest that is over
     * @param district a district's code, or null or blank for all
     * @param category a category's code, or null or blank for all
     * @throws Refusal in Swedish for a range that is too long, reversed or in the future, a week outside it
     *                      or an unknown district or category
     */
    public Dashboard dashboard(LocalDate from, LocalDate to, LocalDate week, String district, String category) {
        WeekRange range = range(from, to);
        Week selected = range.select(week);
        Area inDistrict = district(district);
        Area inCategory = category(category);
        return figures(range, inDistrict, inCategory).dashboard(selected, code(inDistrict), code(inCategory));
    }

    /** The same figures as a flat list, for tools. */
    public Counts counts(LocalDate from, LocalDate to, String district, String category) {
        WeekRange range = range(from, to);
        Area inDistrict = district(district);
        Area inCategory = category(category);
        DashboardFigures figures = figures(range, inDistrict, inCategory);
        return new Counts(figures.weeks(), code(inDistrict), code(inCategory), figures.cells());
    }

    /**
     * @param week         a day of the week (not after the current one)
     * @param descriptions whether the viewer reads the reports' descriptions
     */
    public ReportPage reports(LocalDate week, String district, String category, boolean descriptions, int page,
                              int size) {
        if (week == null) {
            throw new Refusal(List.of("Ange vilken vecka rapporterna ska visas för."));
        }
        WeekRange range = range(week, week);
        Week inWeek = range.first();
        Area inDistrict = district(district);
        Area inCategory = category(category);
        int rows = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int at = Math.max(0, page);
        DashboardFigures figures = figures(range, inDistrict, inCategory);
        Dashboard.Cell cell = inDistrict != null && inCategory != null
                ? figures.cell(inWeek, inDistrict.code(), inCategory.code()) : null;
        long total = records.reportCount(inWeek, code(inDistrict), code(inCategory));
        List<ReportRow> items = records.reports(inWeek, code(inDistrict), code(inCategory), descriptions, at, rows);
        return new ReportPage(figures.weeks().get(0), records.namedIn(inDistrict, ReferenceKind.DISTRICT, inWeek),
                records.namedIn(inCategory, ReferenceKind.CATEGORY, inWeek), cell, items, at, rows, total, descriptions);
    }

    public List<Area> districts() {
        return records.districts();
    }

    public List<Area> categories() {
        return records.categories();
    }

    private WeekRange range(LocalDate from, LocalDate to) {
        return WeekRange.of(from, to, clock.instant(), clock.getZone());
    }

    private DashboardFigures figures(WeekRange range, Area district, Area category) {
        List<Week> counted = new ArrayList<>();
        for (int back = WeeklyPicture.TREND_WEEKS; back >= 1; back--) {
            counted.add(range.first().minusWeeks(back));
        }
        counted.addAll(range.weeks());
        LocalDate first = range.first().monday();
        LocalDate last = range.last().monday();
        return new DashboardFigures(range,
                district == null ? records.districts() : List.of(district),
                category == null ? records.categories() : List.of(category),
                records.counts(counted, code(district), code(category)),
                records.problems(first, last, code(district), code(category)),
                records.compiledWeeks(first, last));
    }

    private Area district(String code) {
        return find(code, records.districts(), "Det finns ingen stadsdel med koden ”%s”.");
    }

    private Area category(String code) {
        return find(code, records.categories(), "Det finns ingen kategori med koden ”%s”.");
    }

    private static Area find(String code, List<Area> areas, String unknown) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String wanted = code.strip();
        Optional<Area> area = areas.stream().filter(a -> a.code().equals(wanted)).findFirst();
        String shown = wanted.length() > 40 ? wanted.substring(0, 40) + "…" : wanted;
        return area.orElseThrow(() -> new Refusal(List.of(unknown.formatted(shown))));
    }

    private static String code(Area area) {
        return area == null ? null : area.code();
    }
}
