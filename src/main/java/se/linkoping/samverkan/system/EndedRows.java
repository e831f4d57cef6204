package se.linkoping.samverkan.system;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Retention's SQL that the owners of Samverkan's tables share (each names only its own tables): which rows are
 * tied to a process instance whose history Camunda's history cleanup removes. A process instance counts as
 * removed when it has ended and its removal time (history) has come, or when its history is already gone while
 * it does not run (the cleanup removed it first). A running instance has no removal time and is never one.
 */
public final class EndedRows {

    /** Ids at most in one {@code in (...)} list. */
    private static final int CHUNK = 500;

    private EndedRows() {
    }

    /** SQL condition on a column holding a process instance id; the parameter {@code :now}. */
    static String removed(String column) {
        return "(exists (select 1 from ACT_HI_PROCINST h where h.ID_ = " + column + " and h.REMOVAL_TIME_ <= :now)"
                + " or (not exists (select 1 from ACT_HI_PROCINST h where h.ID_ = " + column + ")"
                + " and not exists (select 1 from ACT_RU_EXECUTION e where e.PROC_INST_ID_ = " + column + ")))";
    }

    /**
     * Up to {@code max} ids of the rows of {@code table} (with columns {@code id} and {@code process_instance_id})
     * whose process instance is removed at {@code now}, the oldest first, leaving out those in {@code keep}.
     */
    public static List<Long> due(JdbcClient jdbc, String table, Instant now, int max, Collection<Long> keep) {
        List<Long> ids = new ArrayList<>(jdbc.sql("select t.id from " + table + " t where t.process_instance_id is not null"
                        + " and " + removed("t.process_instance_id") + " order by t.id fetch first :max rows only")
                .param("now", Timestamp.from(now)).param("max", max + keep.size()).query(Long.class).list());
        ids.removeAll(keep);
        return ids.size() > max ? List.copyOf(ids.subList(0, max)) : ids;
    }

    /** Deletes the rows of {@code table} whose {@code column} holds one of {@code ids}; how many. */
    public static int delete(JdbcClient jdbc, String table, String column, List<Long> ids) {
        int deleted = 0;
        for (int from = 0; from < ids.size(); from += CHUNK) {
            deleted += jdbc.sql("delete from " + table + " where " + column + " in (:ids)")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK))).update();
        }
        return deleted;
    }

    /**
     * The ids a query with the parameter {@code :ids} returns for each of the given ids, asked {@value #CHUNK} ids at a
     * time (a database takes a bounded number of parameters: PostgreSQL 32,767).
     */
    public static Set<Long> selectFor(JdbcClient jdbc, String query, Collection<Long> ids) {
        List<Long> all = List.copyOf(ids);
        Set<Long> found = new HashSet<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            found.addAll(jdbc.sql(query).param("ids", all.subList(from, Math.min(all.size(), from + CHUNK)))
                    .query(Long.class).list());
        }
        return found;
    }

    /** The ids a column of {@code table} refers to (the rows another table's rows may not lose while these stay). */
    public static Set<Long> referred(JdbcClient jdbc, String table, String... columns) {
        Set<Long> ids = new HashSet<>();
        for (String column : columns) {
            ids.addAll(jdbc.sql("select distinct " + column + " from " + table + " where " + column + " is not null")
                    .query(Long.class).list());
        }
        return ids;
    }

    /**
     * The ids a column of {@code table} refers to in its rows that match {@code condition} and whose process
     * instance is not removed at {@code now}.
     */
    public static Set<Long> referredNotDue(JdbcClient jdbc, String table, String column, String condition,
                                           Instant now) {
        return new HashSet<>(jdbc.sql("select distinct t." + column + " from " + table + " t where t." + column
                        + " is not null and " + condition + " and not " + removed("t.process_instance_id"))
                .param("now", Timestamp.from(now)).query(Long.class).list());
    }

    /** Runs statements with the parameter {@code :ids} for the ids, some hundred at a time; nothing without ids. */
    public static void apply(JdbcClient jdbc, List<Long> ids, String... statements) {
        for (String sql : statements) {
            for (int from = 0; from < ids.size(); from += CHUNK) {
                jdbc.sql(sql).param("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK))).update();
            }
        }
    }
}
