package se.linkoping.samverkan.system;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;

/**
 * Inserts many rows of a table with few statements: one {@code insert ... values (...), (...), ...} per
 * {@link #ROWS_PER_STATEMENT} rows, every value with its SQL type (so that a null needs no question to the database).
 * PostgreSQL executes such a statement several times faster than as many single-row inserts in a JDBC batch; H2
 * alike. For the few places that write hundreds of rows in one step (the Monday picture's problems and runs).
 */
public final class ManyRows {

    /** Rows per statement: 100 rows of 8 columns are 800 parameters, far below PostgreSQL's 32,767. */
    static final int ROWS_PER_STATEMENT = 100;

    /** A column and its type in {@link java.sql.Types}. */
    public record Column(String name, int sqlType) {
    }

    private ManyRows() {
    }

    /**
     * Inserts the rows into the table, {@code values} giving each row's values in the order of {@code columns}.
     *
     * @return the number of rows inserted
     */
    public static <T> int insert(JdbcTemplate jdbc, String table, List<Column> columns, List<T> rows,
                                 Function<T, Object[]> values) {
        int inserted = 0;
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<T> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            List<Object> arguments = new ArrayList<>(chunk.size() * columns.size());
            for (T row : chunk) {
                Object[] rowValues = values.apply(row);
                if (rowValues.length != columns.size()) {
                    throw new IllegalArgumentException("A row of " + table + " has " + rowValues.length
                            + " values for " + columns.size() + " columns");
                }
                for (int c = 0; c < rowValues.length; c++) {
                    arguments.add(new SqlParameterValue(columns.get(c).sqlType(), rowValues[c]));
                }
            }
            inserted += jdbc.update(statement(table, columns, chunk.size()), arguments.toArray());
        }
        return inserted;
    }

    /** {@code insert into t (a, b) values (?, ?), (?, ?)} for {@code rows} rows. */
    static String statement(String table, List<Column> columns, int rows) {
        String row = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        return "insert into " + table + " (" + String.join(", ", columns.stream().map(Column::name).toList())
                + ") values " + String.join(", ", Collections.nCopies(rows, row));
    }
}
