package se.linkoping.samverkan.referencedata;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The history of the reference data: every change an administrator made, never changed nor deleted. */
@Repository
class ReferenceChangeRecords {

    private final JdbcClient jdbc;

    ReferenceChangeRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(ReferenceKind kind, String code, ReferenceChange.Type type, String oldName, String newName,
                String changedBy, Instant changedAt) {
        jdbc.sql("""
                        insert into samverkan.reference_data_change
                            (kind, code, change_type, old_name, new_name, changed_by, changed_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(kind.name(), code, type.name(), oldName, newName, changedBy,
                        OffsetDateTime.ofInstant(changedAt, ZoneOffset.UTC))
                .update();
    }

    /** The latest changes first, at most {@code limit}. */
    List<ReferenceChange> latest(int limit) {
        return jdbc.sql("""
                        select id, kind, code, change_type, old_name, new_name, changed_by, changed_at
                        from samverkan.reference_data_change order by changed_at desc, id desc
                        fetch first %d rows only""".formatted(Math.max(1, limit)))
                .query(ReferenceChangeRecords::change).list();
    }

    /** Every rename, oldest first (renames are rare: an administrator's deed, a few a year). */
    List<ReferenceChange> renames() {
        return jdbc.sql("""
                        select id, kind, code, change_type, old_name, new_name, changed_by, changed_at
                        from samverkan.reference_data_change where change_type = ? order by changed_at, id""")
                .param(ReferenceChange.Type.RENAMED.name()).query(ReferenceChangeRecords::change).list();
    }

    private static ReferenceChange change(ResultSet rs, int row) throws SQLException {
        return new ReferenceChange(rs.getLong("id"), ReferenceKind.valueOf(rs.getString("kind")),
                rs.getString("code"), ReferenceChange.Type.valueOf(rs.getString("change_type")),
                rs.getString("old_name"), rs.getString("new_name"), rs.getString("changed_by"),
                rs.getObject("changed_at", OffsetDateTime.class));
    }
}
