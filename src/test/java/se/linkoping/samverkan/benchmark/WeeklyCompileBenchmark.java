package se.linkoping.samverkan.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.linkoping.samverkan.benchmark.Timing.Median;
import se.linkoping.samverkan.estweeklycycle.Week;
import se.linkoping.samverkan.estweeklycycle.WeeklyCycle;
import se.linkoping.samverkan.estweeklycycle.WeeklyPicture;

/**
 * The Monday cycle's compile step (the week's picture from the reports, as the timer job runs it) against
 * a plain SQL aggregation of the same rows (counts per district, category, place and week over the weeks the
 * compile reads: a year when no week before left its runs of weeks, else the week and the
 * {@value WeeklyPicture#TREND_WEEKS} before it), with the week's reports alone and with a year of history before
 * them. The compile with history against the compile without tells whether it grows with history.
 */
final class WeeklyCompileBenchmark {

    static final String SECTION = "Monday cycle: compiling the week's picture against plain SQL";
    private static final int HISTORY_WEEKS = 52;
    private static final int COMPILE_REPETITIONS = 11;
    /** Share of reports at a district's few well-known places (the rest at places reported once). */
    private static final double AT_HOT_PLACES = 0.08;

    private final BenchmarkApp app;
    private final BenchmarkSuite.Settings settings;
    private final Results results;
    private final Random random = new Random(20_260_105L);

    WeeklyCompileBenchmark(BenchmarkApp app, BenchmarkSuite.Settings settings, Results results) {
        this.app = app;
        this.settings = settings;
        this.results = results;
    }

    void run() throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(app.dataSource());
        List<String> districts = jdbc.queryForList("select code from samverkan.district where active", String.class);
        List<String> categories = jdbc.queryForList("select code from samverkan.incident_category where active",
                String.class);
        WeeklyCycle cycle = app.bean(WeeklyCycle.class);
        Week week = cycle.weekToCompile();
        insert(week, settings.weekReports(), districts, categories);
        // the first picture ever: no runs of weeks carried, so the compile counts a year back (empty here)
        Median alone = measure(jdbc, cycle, week, HISTORY_WEEKS,
                String.format("%,d reports in the week, no history", settings.weekReports()));
        for (int back = 1; back <= HISTORY_WEEKS; back++) {
            insert(week.minusWeeks(back), settings.historyPerWeek(), districts, categories);
        }
        // as every Monday but the first: last week's picture stands, and the week carries its runs of weeks on
        new TransactionTemplate(app.bean(PlatformTransactionManager.class))
                .executeWithoutResult(status -> cycle.compile(week.minusWeeks(1), "benchmark-previous-week"));
        Median withHistory = measure(jdbc, cycle, week, WeeklyPicture.TREND_WEEKS, String.format(
                "%,d reports in the week, %,d a week for a year before", settings.weekReports(), settings.historyPerWeek()));
        double growth = withHistory.millis() / alone.millis();
        results.add(SECTION, new Results.Row(app.database.shown, "the compile with a year of history against without",
                "with " + withHistory.shown(), "without " + alone.shown(), growth, "≈ 1 (independent of history)",
                growth <= 1.5));
    }

    private Median measure(JdbcTemplate jdbc, WeeklyCycle cycle, Week week, int weeksBack, String what)
            throws Exception {
        int[] runs = {0};
        long[] problems = {0};
        long[] picture = {0};
        // in one transaction, as the cycle's job runs it
        TransactionTemplate transaction = new TransactionTemplate(app.bean(PlatformTransactionManager.class));
        // the compile alone is timed; counting and removing its picture for the next run is not. Both sides
        // are timed as often, more than the suite's default: the first runs after the warm-up are still being
        // compiled by the JIT, and a median of five kept one of them
        int repetitions = Math.max(COMPILE_REPETITIONS, settings.repetitions());
        Median compile = Timing.median(repetitions, settings.budgetMillis(),
                () -> picture[0] = transaction.execute(status -> cycle.compile(week, "benchmark-" + runs[0]++)
                        .orElseThrow(() -> new IllegalStateException("The week had a picture already"))),
                () -> {
                    problems[0] = jdbc.queryForObject(
                            "select count(*) from samverkan.picture_problem where picture_id = ?", Long.class, picture[0]);
                    jdbc.update("delete from samverkan.picture_problem where picture_id = ?", picture[0]);
                    jdbc.update("delete from samverkan.situational_picture where id = ?", picture[0]);
                });
        long[] groups = {0};
        Median sql = Timing.median(repetitions, settings.budgetMillis(),
                () -> groups[0] = aggregate(week, weeksBack));
        double ratio = compile.millis() / sql.millis();
        results.add(SECTION, new Results.Row(app.database.shown, what, "compile " + compile.shown(),
                "SQL " + sql.shown(), ratio, "≤ 2 (issue 15, item 2)", ratio <= 2));
        results.note(SECTION, String.format(Locale.ROOT, "%s, %s: %,d problems compiled; the SQL over the same "
                        + "%d weeks returned %,d groups", app.database.shown, what, problems[0], weeksBack + 1, groups[0]));
        return compile;
    }

    /**
     * Reports per district, category, normalised place and week (0 the picture's, 1 to {@code weeksBack} before),
     * the rows the compile reads: groups returned.
     */
    private long aggregate(Week week, int weeksBack) throws Exception {
        StringBuilder weekOf = new StringBuilder("case");
        for (int back = 0; back < weeksBack; back++) {
            weekOf.append(" when occurred_at >= ? then ").append(back);
        }
        weekOf.append(" else ").append(weeksBack).append(" end");
        String sql = "select district_code, category_code, place, w, count(*) from (select district_code, category_code, "
                + "lower(trim(place)) as place, " + weekOf + " as w from samverkan.incident_report "
                + "where occurred_at >= ? and occurred_at < ?) r group by district_code, category_code, place, w";
        try (Connection connection = app.dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            int p = 1;
            for (int back = 0; back < weeksBack; back++) {
                query.setObject(p++, utc(week.minusWeeks(back).start()));
            }
            query.setObject(p++, utc(week.minusWeeks(weeksBack).start()));
            query.setObject(p, utc(week.end()));
            long rows = 0;
            try (ResultSet groups = query.executeQuery()) {
                while (groups.next()) {
                    rows += groups.getLong(5) > 0 ? 1 : 0;
                }
            }
            return rows;
        }
    }

    private void insert(Week week, int reports, List<String> districts, List<String> categories) throws Exception {
        long span = week.end().toEpochMilli() - week.start().toEpochMilli();
        try (Connection connection = app.dataSource().getConnection(); PreparedStatement insert = connection.prepareStatement("""
                insert into samverkan.incident_report (district_code, place, category_code, occurred_at, description,
                    source_code, channel, reported_by, received_at) values (?, ?, ?, ?, ?, 'polis', 'API', 'benchmark', ?)""")) {
            connection.setAutoCommit(false);
            for (int i = 0; i < reports; i++) {
                String district = districts.get(random.nextInt(districts.size()));
                String place = random.nextDouble() < AT_HOT_PLACES ? "Torget " + random.nextInt(2) + " " + district
                        : "Gatan " + random.nextInt(1_000_000);
                OffsetDateTime at = utc(Instant.ofEpochMilli(week.start().toEpochMilli() + (long) (random.nextDouble() * span)));
                insert.setString(1, district);
                insert.setString(2, place);
                insert.setString(3, categories.get(random.nextInt(categories.size())));
                insert.setObject(4, at);
                insert.setString(5, "Rapport i mätningen.");
                insert.setObject(6, at.plusHours(1));
                insert.addBatch();
                if (i % 1000 == 999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            connection.commit();
            connection.setAutoCommit(true);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
