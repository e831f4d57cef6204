package se.linkoping.samverkan.meeting;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.linkoping.samverkan.system.EndedRows;

/**
 * The district plans of the tertial analysis (table {@code district_plan}), found by the execution of
 * the task proposing or deciding them. The district's name is joined from the reference table.
 */
@Repository
public class DistrictPlanRecords {

    private final JdbcClient jdbc;

    public DistrictPlanRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A plan for a district, tied to the execution of the task proposing it; it starts {@link DistrictPlanStatus#DRAFT}. */
    void insertDraft(String district, long meetingId, String proposalExecutionId) {
        jdbc.sql("""
                        insert into samverkan.district_plan (district_code, proposed_in_meeting, proposal_execution_id,
                            status)
                        values (?, ?, ?, ?)""")
                .params(district, meetingId, proposalExecutionId, DistrictPlanStatus.DRAFT.name()).update();
    }

    /** @return how many plans were proposed: 1, or 0 when no plan is tied to the execution */
    int propose(String proposalExecutionId, String goals, String picture, String actionPlan, String proposedBy,
                OffsetDateTime at) {
        return jdbc.sql("""
                        update samverkan.district_plan set goals = ?, picture = ?, action_plan = ?, proposed_by = ?,
                            proposed_at = ?, status = ?
                        where proposal_execution_id = ?""")
                .params(goals, picture, actionPlan, proposedBy, at, DistrictPlanStatus.PROPOSED.name(),
                        proposalExecutionId)
                .update();
    }

    /** The plans proposed and not yet decided, oldest first. */
    List<Long> proposed() {
        return jdbc.sql("select id from samverkan.district_plan where status = ? order by id")
                .param(DistrictPlanStatus.PROPOSED.name()).query(Long.class).list();
    }

    void assignDecision(long planId, String decisionExecutionId) {
        jdbc.sql("update samverkan.district_plan set decision_execution_id = ? where id = ?")
                .params(decisionExecutionId, planId).update();
    }

    /** The proposed plan a task decides in an execution. */
    Optional<Long> decidedIn(String decisionExecutionId) {
        return jdbc.sql("select id from samverkan.district_plan where decision_execution_id = ? and status = ?")
                .params(decisionExecutionId, DistrictPlanStatus.PROPOSED.name()).query(Long.class).optional();
    }

    void decided(long planId, DistrictPlanStatus status, long meetingId) {
        jdbc.sql("update samverkan.district_plan set status = ?, decided_in_meeting = ? where id = ?")
                .params(status.name(), meetingId, planId).update();
    }

    /** The meeting a plan was proposed at, and when it was proposed (null before it is). */
    Optional<Proposal> proposalOf(long planId) {
        return jdbc.sql("select proposed_in_meeting, proposed_at from samverkan.district_plan where id = ?")
                .param(planId)
                .query((rs, row) -> new Proposal(rs.getLong(1), rs.getObject(2, OffsetDateTime.class)))
                .optional();
    }

    /** Where and when a plan was proposed. */
    record Proposal(long meetingId, OffsetDateTime proposedAt) {
    }

    public Optional<DistrictPlan> find(long planId) {
        return jdbc.sql("""
                        select p.id, p.district_code, d.name, p.goals, p.picture, p.action_plan, p.proposed_by, p.status
                        from samverkan.district_plan p join samverkan.district d on d.code = p.district_code
                        where p.id = ?""")
                .param(planId)
                .query((rs, row) -> new DistrictPlan(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        DistrictPlanStatus.valueOf(rs.getString(8))))
                .optional();
    }

    /** The meetings district plans were proposed and decided in (kept: the plans are the districts' record). */
    public Set<Long> meetingsReferred() {
        return EndedRows.referred(jdbc, "samverkan.district_plan", "proposed_in_meeting", "decided_in_meeting");
    }
}
