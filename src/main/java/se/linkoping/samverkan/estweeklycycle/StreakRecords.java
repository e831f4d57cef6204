package se.linkoping.samverkan.estweeklycycle;

import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.linkoping.samverkan.system.ManyRows;

/**
 * The runs of weeks with reports that a compiled week leaves for the next (table {@code picture_streak}): per
 * district and category, and per place within them, how many weeks in a row up to that week had reports. Only
 * the latest two weeks are kept, the one a new week carries on from and the new one.
 */
@Repository
public class StreakRecords {

    private static final List<ManyRows.Column> COLUMNS = List.of(new ManyRows.Column("week_start", Types.DATE),
            new ManyRows.Column("district_code", Types.VARCHAR), new ManyRows.Column("category_code", Types.VARCHAR),
            new ManyRows.Column("place_key", Types.VARCHAR), new ManyRows.Column("weeks", Types.INTEGER));

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    public StreakRecords(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** The runs up to the week starting on a Monday; empty when that week left none (not compiled since V47). */
    Optional<Map<WeeklyPicture.Key, Integer>> upTo(LocalDate monday) {
        Map<WeeklyPicture.Key, Integer> runs = new HashMap<>();
        jdbc.sql("""
                        select district_code, category_code, place_key, weeks from samverkan.picture_streak
                        where week_start = ?""")
                .param(monday)
                .query(rs -> {
                    runs.put(new WeeklyPicture.Key(rs.getString(1), rs.getString(2), rs.getString(3)), rs.getInt(4));
                });
        return runs.isEmpty() ? Optional.empty() : Optional.of(runs);
    }

    /** Stores the runs up to a week (instead of any stored before), and forgets those of earlier weeks than the one before. */
    void store(LocalDate monday, Map<WeeklyPicture.Key, Integer> runs) {
        jdbc.sql("delete from samverkan.picture_streak where week_start = ? or week_start < ?")
                .params(monday, monday.minusWeeks(1)).update();
        ManyRows.insert(batch, "samverkan.picture_streak", COLUMNS, new ArrayList<>(runs.entrySet()), row -> new Object[] {
                monday, row.getKey().district(), row.getKey().category(), row.getKey().place(), row.getValue()});
    }
}
