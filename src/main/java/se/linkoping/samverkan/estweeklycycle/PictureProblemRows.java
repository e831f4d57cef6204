package se.linkoping.samverkan.estweeklycycle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.RowMapper;

import se.linkoping.samverkan.referencedata.NamesAt;

/**
 * A stored problem as {@link PictureRecords} reads it, with the names its district and category had when its picture
 * was compiled (column {@code compiled_at}): a later rename changes no past picture.
 */
final class PictureProblemRows {

    private PictureProblemRows() {
    }

    static RowMapper<PictureProblem> mapper(NamesAt names) {
        return (rs, row) -> problem(rs, names);
    }

    static PictureProblem problem(ResultSet rs, NamesAt names) throws SQLException {
        OffsetDateTime compiledAt = rs.getObject("compiled_at", OffsetDateTime.class);
        return new PictureProblem(rs.getLong("id"), rs.getLong("picture_id"), rs.getString("district_code"),
                names.district(rs.getString("district_code"), compiledAt), rs.getString("category_code"),
                names.category(rs.getString("category_code"), compiledAt),
                rs.getBoolean("violence_or_threat"), rs.getString("place"), rs.getInt("reports_this_week"),
                rs.getDouble("previous_weeks_average"), Trend.valueOf(rs.getString("trend")),
                rs.getInt("consecutive_weeks"), ProblemStatus.valueOf(rs.getString("status")),
                rs.getObject("merged_into", Long.class), rs.getString("place_type"),
                rs.getObject("departments_involved", Integer.class),
                rs.getObject("needs_resources", Boolean.class), rs.getObject("needs_policy_decision", Boolean.class),
                rs.getObject("priority", Integer.class), rs.getObject("weeks_persisting", Integer.class),
                rs.getString("escalation_level"));
    }
}
