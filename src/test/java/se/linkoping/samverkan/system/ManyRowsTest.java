package se.linkoping.samverkan.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Many rows with few statements, every row as it was given, nulls included, across statement boundaries. */
class ManyRowsTest {

    private static final List<ManyRows.Column> COLUMNS = List.of(new ManyRows.Column("n", Types.INTEGER),
            new ManyRows.Column("name", Types.VARCHAR), new ManyRows.Column("week_start", Types.DATE),
            new ManyRows.Column("average", Types.DOUBLE));

    private JdbcTemplate database(String name) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        JdbcTemplate jdbc = new JdbcTemplate(h2);
        jdbc.execute("create table t (n int primary key, name varchar(20), week_start date, average double precision)");
        return jdbc;
    }

    @Test
    void oneStatementHoldsAValuesListPerRow() {
        assertThat(ManyRows.statement("samverkan.t", COLUMNS.subList(0, 2), 3))
                .isEqualTo("insert into samverkan.t (n, name) values (?, ?), (?, ?), (?, ?)");
    }

    @Test
    void rowsBeyondOneStatementAreAllInsertedAsGiven() {
        JdbcTemplate jdbc = database("many-rows");
        int rows = ManyRows.ROWS_PER_STATEMENT * 2 + 31;
        LocalDate monday = LocalDate.of(2026, 12, 28);

        int inserted = ManyRows.insert(jdbc, "t", COLUMNS, IntStream.range(0, rows).boxed().toList(),
                n -> new Object[] {n, n % 3 == 0 ? null : "rad " + n, monday.plusWeeks(n), n / 4.0});

        assertThat(inserted).isEqualTo(rows);
        assertThat(jdbc.queryForObject("select count(*) from t", Integer.class)).isEqualTo(rows);
        assertThat(jdbc.queryForObject("select count(*) from t where name is null", Integer.class)).isEqualTo(77);
        assertThat(jdbc.queryForMap("select name, week_start, average from t where n = 230"))
                .containsEntry("NAME", "rad 230").containsEntry("AVERAGE", 57.5)
                .containsEntry("WEEK_START", java.sql.Date.valueOf(monday.plusWeeks(230)));
    }

    @Test
    void noRowsNoStatement() {
        assertThat(ManyRows.insert(database("no-rows"), "t", COLUMNS, List.<Integer>of(), n -> new Object[0])).isZero();
    }

    @Test
    void aRowWithTooFewValuesIsRefusedBeforeAnythingIsWritten() {
        JdbcTemplate jdbc = database("too-few");
        assertThatThrownBy(() -> ManyRows.insert(jdbc, "t", COLUMNS, List.of(1), n -> new Object[] {n}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 values for 4 columns");
        assertThat(jdbc.queryForObject("select count(*) from t", Integer.class)).isZero();
    }
}
