package se.linkoping.samverkan.estweeklycycle;

import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import se.linkoping.samverkan.referencedata.NamesAt;
import se.linkoping.samverkan.referencedata.ReferenceNames;
import se.linkoping.samverkan.system.EndedRows;
import se.linkoping.samverkan.system.ManyRows;

/**
 * The weekly pictures, their problems and EST's evaluations of them (tables {@code situational_picture},
 * {@code picture_problem} and {@code problem_evaluation}); districts' and categories' names are the ones they
 * had when the picture was compiled ({@link ReferenceNames}).
 */
@Repository
public class PictureRecords {

    private static final String PROBLEM = """
            select p.id, p.picture_id, p.district_code, p.category_code, c.violence_or_threat, p.place,
                   (select ps.compiled_at from samverkan.situational_picture ps where ps.id = p.picture_id)
                       as compiled_at, p.reports_this_week,
                   p.previous_weeks_average, p.trend, p.consecutive_weeks, p.status, p.merged_into, p.place_type,
                   p.departments_involved, p.needs_resources, p.needs_policy_decision, p.priority,
                   p.weeks_persisting, p.escalation_level
            from samverkan.picture_problem p
            join samverkan.district d on d.code = p.district_code
            join samverkan.incident_category c on c.code = p.category_code
            """;

    private static final List<ManyRows.Column> PROBLEM_COLUMNS = List.of(
            new ManyRows.Column("picture_id", Types.BIGINT), new ManyRows.Column("district_code", Types.VARCHAR),
            new ManyRows.Column("category_code", Types.VARCHAR), new ManyRows.Column("place", Types.VARCHAR),
            new ManyRows.Column("reports_this_week", Types.INTEGER),
            new ManyRows.Column("previous_weeks_average", Types.DOUBLE), new ManyRows.Column("trend", Types.VARCHAR),
            new ManyRows.Column("consecutive_weeks", Types.INTEGER));

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final ReferenceNames referenceNames;

    public PictureRecords(JdbcClient jdbc, JdbcTemplate batch, ReferenceNames referenceNames) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.referenceNames = referenceNames;
    }

    Optional<Long> pictureOfWeek(Week week) {
        return jdbc.sql("select id from samverkan.situational_picture where week_start = ?")
                .param(week.monday()).query(Long.class).optional();
    }

    long insertPicture(Week week, Instant compiledAt, String processInstanceId) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into samverkan.situational_picture (week_start, week_label, compiled_at, process_instance_id)
                        values (?, ?, ?, ?)""")
                .params(week.monday(), week.label(), utc(compiledAt), processInstanceId)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** The problems of a new picture, a hundred rows a statement. */
    void insertProblems(long pictureId, List<Problem> problems) {
        ManyRows.insert(batch, "samverkan.picture_problem", PROBLEM_COLUMNS, problems, problem -> new Object[] {
                pictureId, problem.district(), problem.category(), problem.place(), problem.reportsThisWeek(),
                problem.previousWeeksAverage(), problem.trend().name(), problem.consecutiveWeeks()});
    }

    public List<PictureProblem> problemsOf(long pictureId) {
        return jdbc.sql(PROBLEM + " where p.picture_id = ? order by d.sort_order, c.sort_order, p.place nulls first")
                .param(pictureId).query(problems()).list();
    }

    /** The picture a run of the weekly cycle compiled. */
    Optional<Long> pictureOfProcess(String processInstanceId) {
        return jdbc.sql("select id from samverkan.situational_picture where process_instance_id = ?")
                .param(processInstanceId).query(Long.class).optional();
    }

    void assignAnalysis(long problemId, String executionId) {
        jdbc.sql("update samverkan.picture_problem set analysis_execution_id = ? where id = ?")
                .params(executionId, problemId).update();
    }

    void assignDecision(long problemId, String executionId) {
        jdbc.sql("update samverkan.picture_problem set decision_execution_id = ? where id = ?")
                .params(executionId, problemId).update();
    }

    /** The problem whose intervention EST decides in an execution. */
    Optional<PictureProblem> problemDecidedIn(String executionId) {
        return jdbc.sql(PROBLEM + " where p.decision_execution_id = ?").param(executionId)
                .query(problems()).optional();
    }

    /** The problem whose analysis runs in an execution. */
    Optional<PictureProblem> problemAnalysedIn(String executionId) {
        return jdbc.sql(PROBLEM + " where p.analysis_execution_id = ?").param(executionId)
                .query(problems()).optional();
    }

    public Optional<PictureProblem> problem(long problemId) {
        return jdbc.sql(PROBLEM + " where p.id = ?").param(problemId).query(problems()).optional();
    }

    /** A district's and category's problems (whole, hot spots) in their latest picture, with EST's view and summary. */
    public List<ProblemOfWeek> latestOn(String district, String category) {
        NamesAt names = referenceNames.namesAt();
        return jdbc.sql(PROBLEM.replace("from samverkan.picture_problem p", """
                        , s.week_label, p.police_knowledge, s.summary
                        from samverkan.picture_problem p
                        join samverkan.situational_picture s on s.id = p.picture_id""") + """
                        where p.district_code = ? and p.category_code = ? and s.week_start = (
                            select max(s2.week_start) from samverkan.picture_problem p2
                            join samverkan.situational_picture s2 on s2.id = p2.picture_id
                            where p2.district_code = ? and p2.category_code = ?)
                        order by p.place nulls first""")
                .params(district, category, district, category)
                .query((rs, row) -> new ProblemOfWeek(PictureProblemRows.problem(rs, names), rs.getString("week_label"),
                        rs.getString("police_knowledge"), rs.getString("summary")))
                .list();
    }

    /** The problems ever in a picture for a district and category, the latest first (at most 500). */
    public List<Long> problemIdsOn(String district, String category) {
        return jdbc.sql("""
                        select p.id from samverkan.picture_problem p
                        where p.district_code = ? and p.category_code = ?
                        order by p.id desc fetch first 500 rows only""")
                .params(district, category).query(Long.class).list();
    }

    /** A problem in a week's picture, with the week, EST's knowledge of it and EST's summary of the week. */
    public record ProblemOfWeek(PictureProblem problem, String weekLabel, String policeKnowledge, String weekSummary) {
    }

    void recordAnalysis(long problemId, ProblemAnalysis analysis, String analysedBy, Instant analysedAt) {
        jdbc.sql("""
                        update samverkan.picture_problem
                        set status = ?, merged_into = ?, police_knowledge = ?, place_type = ?, departments_involved = ?,
                            needs_resources = ?, needs_policy_decision = ?, analysed_by = ?, analysed_at = ?
                        where id = ?""")
                .params(analysis.status().name(), analysis.mergeInto(), analysis.policeKnowledge(), analysis.placeType(),
                        analysis.departmentsInvolved(), analysis.needsResources(), analysis.needsPolicyDecision(),
                        analysedBy, utc(analysedAt), problemId)
                .update();
    }

    /** The EST members who analysed a problem, each once: it, the problems merged into it, the week's summary (ids). */
    public List<String> analysts(long problemId) {
        List<String> analysts = new ArrayList<>(jdbc.sql("""
                        select analysed_by from samverkan.picture_problem
                        where (id = ? or merged_into = ?) and analysed_by is not null
                        order by case when id = ? then 0 else 1 end, id""")
                .params(problemId, problemId, problemId).query(String.class).list());
        jdbc.sql("""
                        select s.analysed_by from samverkan.situational_picture s
                        join samverkan.picture_problem p on p.picture_id = s.id
                        where p.id = ? and s.analysed_by is not null""")
                .param(problemId).query(String.class).optional().ifPresent(analysts::add);
        return analysts.stream().distinct().toList();
    }

    void recordSummary(long pictureId, String summary, String analysedBy, Instant analysedAt) {
        jdbc.sql("""
                        update samverkan.situational_picture set summary = ?, analysed_by = ?, analysed_at = ?
                        where id = ?""")
                .params(summary, analysedBy, utc(analysedAt), pictureId)
                .update();
    }

    void recordPrioritisation(long problemId, int priority, int weeksPersisting, String escalationLevel) {
        jdbc.sql("""
                        update samverkan.picture_problem set priority = ?, weeks_persisting = ?, escalation_level = ?
                        where id = ?""")
                .params(priority, weeksPersisting, escalationLevel, problemId)
                .update();
    }

    void evaluated(long problemId, String activityInstanceId, Instant at) {
        jdbc.sql("""
                        insert into samverkan.problem_evaluation (problem_id, activity_instance_id, evaluated_at)
                        values (?, ?, ?)""")
                .params(problemId, activityInstanceId, utc(at))
                .update();
    }

    List<String> evaluationsOf(long problemId) {
        return jdbc.sql("select activity_instance_id from samverkan.problem_evaluation where problem_id = ? order by id")
                .param(problemId).query(String.class).list();
    }

    /** The priorities (with Mondays) the same problem had as a confirmed one in earlier weeks' pictures, newest first. */
    List<WeekPriority> earlierPriorities(PictureProblem problem) {
        return jdbc.sql("""
                        select s.week_start, p.priority from samverkan.picture_problem p
                        join samverkan.situational_picture s on s.id = p.picture_id
                        where p.district_code = ? and p.category_code = ?
                          and coalesce(p.place, '') = coalesce(?, '')
                          and p.status = 'CONFIRMED' and p.priority is not null
                          and s.week_start < (select week_start from samverkan.situational_picture where id = ?)
                        order by s.week_start desc""")
                .params(problem.district(), problem.category(), problem.place(), problem.pictureId())
                .query((rs, row) -> new WeekPriority(rs.getObject(1, LocalDate.class), rs.getInt(2))).list();
    }

    /** A problem's priority in the picture of the week starting on a Monday. */
    record WeekPriority(LocalDate monday, int priority) { }

    /** The Monday of the week a picture compiles. */
    public LocalDate weekOfPicture(long pictureId) {
        return jdbc.sql("select week_start from samverkan.situational_picture where id = ?").param(pictureId)
                .query(LocalDate.class).single();
    }

    public long countPictures() {
        return jdbc.sql("select count(*) from samverkan.situational_picture").query(Long.class).single();
    }

    /** The latest week's picture, as the meetings' agenda names it. */
    public Optional<PictureSummary> latestPicture() {
        return jdbc.sql("""
                        select week_label, summary from samverkan.situational_picture
                        order by week_start desc fetch first 1 rows only""")
                .query((rs, row) -> new PictureSummary(rs.getString(1), rs.getString(2))).optional();
    }

    /** A week's picture: its label and EST's summary (null until EST has analysed it). */
    public record PictureSummary(String weekLabel, String summary) { }

    /** The districts with a confirmed problem of at most a priority in the weeks' pictures from a Monday on (codes). */
    public List<String> districtsWithConfirmedProblems(LocalDate since, int maxPriority) {
        return jdbc.sql("""
                        select distinct p.district_code from samverkan.picture_problem p
                        join samverkan.situational_picture s on s.id = p.picture_id
                        where p.status = 'CONFIRMED' and p.priority <= ? and s.week_start >= ?""")
                .params(maxPriority, since).query(String.class).list();
    }

    /** A district's confirmed problems in the weeks' pictures from a Monday on, per category: most serious first. */
    public List<CategoryInDistrict> confirmedInDistrict(String district, LocalDate since) {
        return jdbc.sql("""
                        select c.name, count(*), min(p.priority), sum(p.reports_this_week)
                        from samverkan.picture_problem p
                        join samverkan.situational_picture s on s.id = p.picture_id
                        join samverkan.incident_category c on c.code = p.category_code
                        where p.district_code = ? and p.status = 'CONFIRMED' and s.week_start >= ?
                        group by c.name order by min(p.priority), c.name""")
                .params(district, since)
                .query((rs, row) -> new CategoryInDistrict(rs.getString(1), rs.getInt(2), rs.getInt(4), rs.getInt(3)))
                .list();
    }

    /** A category's confirmed problems in a district over some weeks. */
    public record CategoryInDistrict(String categoryName, int weeks, int reports, int highestPriority) { }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** Problems with the names their district and category had when their picture was compiled. */
    private RowMapper<PictureProblem> problems() {
        return PictureProblemRows.mapper(referenceNames.namesAt());
    }


    /**
     * Retention: removes up to {@code max} pictures whose cycle's history is removed at {@code now}, with problems and
     * evaluations; not one with a problem in {@code keep} nor one a later week's problem was merged into.
     */
    public int removeEnded(Instant now, int max, Set<Long> keep) {
        Set<Long> kept = new HashSet<>(jdbc.sql("""
                        select p.picture_id from samverkan.picture_problem p where p.id in (
                            select m.merged_into from samverkan.picture_problem m where m.picture_id <> p.picture_id)""")
                .query(Long.class).list());
        kept.addAll(EndedRows.selectFor(jdbc, "select picture_id from samverkan.picture_problem where id in (:ids)", keep));
        List<Long> ids = EndedRows.due(jdbc, "samverkan.situational_picture", now, max, kept);
        EndedRows.apply(jdbc, ids, "delete from samverkan.problem_evaluation where problem_id in"
                        + " (select id from samverkan.picture_problem where picture_id in (:ids))",
                "update samverkan.picture_problem set merged_into = null where picture_id in (:ids)",
                "delete from samverkan.picture_problem where picture_id in (:ids)");
        return EndedRows.delete(jdbc, "samverkan.situational_picture", "id", ids);
    }
}
