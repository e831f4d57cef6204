package se.linkoping.samverkan.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.linkoping.samverkan.support.Times.at;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.linkoping.samverkan.decision.DecisionRecords;
import se.linkoping.samverkan.decision.DecisionRecords.Outcome;
import se.linkoping.samverkan.decision.DecisionRecords.Subject;
import se.linkoping.samverkan.matter.Matter;
import se.linkoping.samverkan.matter.MatterStatus;
import se.linkoping.samverkan.matter.Matters;
import se.linkoping.samverkan.matter.MattersByRule;
import se.linkoping.samverkan.refusal.Refusal;
import se.linkoping.samverkan.support.Scenario;

/**
 * Meetings and matters against a real database: a persisting problem escalates its open matter by
 * rule; the tertial analysis proposes plans for the districts with serious problems, and the steering
 * group decides them and the phase, which moves the coordination group's next meeting; an extra
 * meeting is asked for once. Each refusal saves nothing. Run on H2 and PostgreSQL.
 */
abstract class MeetingsScenarios extends Scenario {

    @Autowired
    Meetings meetings;
    @Autowired
    Matters matters;
    @Autowired
    MattersByRule mattersByRule;
    @Autowired
    DistrictPlans districtPlans;
    @Autowired
    DistrictPlanTexts districtPlanTexts;
    @Autowired
    DecisionRecords decisions;
    @Autowired
    CoordinationPhases phases;
    @Autowired
    ProcessEngine engine;

    @Test
    void aProblemThatPersistsEscalatesItsOpenMatterByRule() {
        long firstWeek = problem(LocalDate.now().minusWeeks(2), 2, 4, "coordination-group");
        long matterId = mattersByRule.raiseForProblem(firstWeek, "coordination-group", "system", engine);
        Matter matter = matters.get(matterId);
        assertThat(matter.level()).isEqualTo(MeetingBody.COORDINATION_GROUP);
        assertThat(matter.status()).isEqualTo(MatterStatus.WAITING);

        // the same area a week later, still at the coordination group's level: no second matter
        long secondWeek = problem(LocalDate.now().minusWeeks(1), 2, 5, "coordination-group");
        assertThat(mattersByRule.raiseForProblem(secondWeek, "coordination-group", "system", engine)).isEqualTo(matterId);

        // eight weeks at high priority despite interventions: the table says steering group, the matter follows
        long persisting = problem(LocalDate.now(), 2, 8, "steering-group");
        assertThat(mattersByRule.raiseForProblem(persisting, "steering-group", "system", engine)).isEqualTo(matterId);

        assertThat(matters.get(matterId)).extracting(Matter::level, Matter::status, Matter::problemId)
                .containsExactly(MeetingBody.STEERING_GROUP, MatterStatus.WAITING, persisting);
        assertThat(decisions.about(Subject.MATTER, matterId)).singleElement().satisfies(d -> {
            assertThat(d.body()).isEqualTo("coordination-group");
            assertThat(d.outcome()).isEqualTo(Outcome.ESCALATED);
            assertThat(d.decidedBy()).isEqualTo("regel (escalation-level)");
            assertThat(d.rationale()).contains("8 veckor", "Styrgruppen");
            assertThat(d.meetingId()).isNull();
        });
        // the matter's process waits again, now for the steering group
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(matter.processInstanceId())
                .activityIdIn("Task_AwaitMeetingDecision").count()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from samverkan.matter").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theTertialAnalysisProposesPlansTheSteeringGroupDecides() {
        // 8 February 2027, 09:00: the coordination group's last meeting before the steering group's on the 10th
        ClockUtil.setCurrentTime(at("2027-02-08T09:00"));
        problem(LocalDate.of(2027, 1, 25), 1, 1, "est");
        problem(LocalDate.of(2026, 6, 1), 1, 1, "est");
        long coordination = meetings.open("cg-1", MeetingBody.COORDINATION_GROUP, false, null, "system");
        assertThat(districtPlans.tertialDistricts("cg-1")).containsExactly("skaggetorp");
        assertThat(districtPlanTexts.districtFacts("skaggetorp")).contains("Skäggetorp", "Skadegörelse och klotter",
                "högsta prioritet 1");

        districtPlans.assignProposal("exec-plan", "cg-1", "skaggetorp");
        assertThatThrownBy(() -> districtPlans.proposePlan("exec-plan", " ", "Skadegörelsen ökar.", null, "johan.berg"))
                .isInstanceOf(Refusal.class)
                .satisfies(e -> assertThat(((Refusal) e).reasons()).containsExactly("Mål saknas.",
                        "Handlingsplan saknas."));
        districtPlans.proposePlan("exec-plan", "Halvera skadegörelsen.", "Skadegörelsen ökar kvällstid.",
                "Fältare och belysning.", "johan.berg");

        // the steering group on the 10th
        ClockUtil.setCurrentTime(at("2027-02-10T13:00"));
        meetings.open("sg-1", MeetingBody.STEERING_GROUP, false, null, "system");
        List<Long> plans = districtPlans.plansToDecide("sg-1");
        assertThat(plans).hasSize(1);
        assertThat(districtPlanTexts.planText(plans.get(0))).contains("Skäggetorp", "Halvera skadegörelsen.");
        districtPlans.assignPlanDecision("exec-decision", plans.get(0));
        assertThatThrownBy(() -> districtPlans.decidePlan("exec-decision", "sg-1", "APPROVED", "", null, false,
                "maria.ek"))
                .hasMessageContaining("Motivering saknas");
        assertThatThrownBy(() -> districtPlans.decidePlan("exec-decision", "sg-1", null, "Bra.", null, false, "maria.ek"))
                .hasMessageContaining("Välj beslut: fastställ planen eller skicka tillbaka den.");
        assertThatThrownBy(() -> districtPlans.decidePlan("exec-decision", "sg-1", "RETURNED", "Oklart.", null, true,
                "maria.ek"))
                .hasMessageContaining("kan bara ges när planen fastställs");
        assertThat(decisions.about(Subject.DISTRICT_PLAN, plans.get(0))).isEmpty();
        districtPlans.decidePlan("exec-decision", "sg-1", "APPROVED", "Målen är mätbara.", "In i budgetarbetet 2028.",
                false, "maria.ek");

        assertThat(decisions.about(Subject.DISTRICT_PLAN, plans.get(0))).singleElement().satisfies(d -> {
            assertThat(d.body()).isEqualTo("steering-group");
            assertThat(d.outcome()).isEqualTo(Outcome.APPROVED);
            assertThat(d.directive()).isEqualTo("In i budgetarbetet 2028.");
            assertThat(d.basis()).contains("Fältare och belysning.");
        });
        assertThat(districtPlans.plansToDecide("sg-1")).isEmpty();
        assertThat(coordination).isPositive();
    }

    @Test
    void theSteeringGroupsPhaseMovesTheCoordinationGroupsNextMeeting() {
        ClockUtil.setCurrentTime(at("2027-02-10T13:00"));
        meetings.open("sg-2", MeetingBody.STEERING_GROUP, false, null, "system");
        engine.getManagementService().recalculateJobDuedate(coordinationTimer().getId(), false);
        assertThat(coordinationTimer().getDuedate()).isEqualTo(at("2027-03-08T09:00"));

        assertThatThrownBy(() -> meetings.setPhase("sg-2", "kaos", "Oklart.", "maria.ek", engine))
                .hasMessageContaining("lugn, normal eller förhöjd");
        assertThatThrownBy(() -> meetings.setPhase("sg-2", "förhöjd", " ", "maria.ek", engine))
                .hasMessageContaining("Motivering saknas");
        assertThat(phases.current()).isEqualTo("normal");

        meetings.setPhase("sg-2", "förhöjd", "Skjutningar i två stadsdelar.", "maria.ek", engine);

        assertThat(phases.current()).isEqualTo("förhöjd");
        assertThat(coordinationTimer().getDuedate()).isEqualTo(at("2027-02-18T09:00"));
        assertThat(decisions.atMeeting(meetings.of("sg-2").id())).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo(Subject.PHASE);
            assertThat(d.basis()).contains("normal (månadsvis)", "förhöjd (varannan vecka)", "meeting-cadence")
                    .doesNotContain("P14D");
        });
    }

    @Test
    void anExtraMeetingNeedsAReasonAndIsCalledOnce() {
        assertThatThrownBy(() -> meetings.open("x", MeetingBody.COORDINATION_GROUP, true, " ", "johan.berg"))
                .hasMessageContaining("Skäl till extra möte saknas");
        assertThat(jdbc.sql("select count(*) from samverkan.meeting").query(Long.class).single()).isZero();

        String first = meetings.requestExtra(MeetingBody.STEERING_GROUP, "Akut ärende: skottlossning", engine);
        String second = meetings.requestExtra(MeetingBody.STEERING_GROUP, "Akut ärende: brand", engine);

        assertThat(second).isEqualTo(first);
        assertThat(meetings.of(first)).extracting(Meeting::body, Meeting::extra, Meeting::reason).containsExactly(MeetingBody.STEERING_GROUP, true, "Akut ärende: skottlossning");
    }

    private Job coordinationTimer() {
        return timer("coordination-group-meeting");
    }

    /** A confirmed problem of vandalism in Skäggetorp in the week starting on a Monday. */
    private long problem(LocalDate monday, int priority, int weeksPersisting, String level) {
        Long picture = jdbc.sql("select id from samverkan.situational_picture where week_start = ?").param(monday)
                .query(Long.class).optional().orElseGet(() -> {
                    jdbc.sql("""
                                    insert into samverkan.situational_picture (week_start, week_label, compiled_at)
                                    values (?, ?, current_timestamp)""")
                            .params(monday, "vecka " + monday).update();
                    return jdbc.sql("select id from samverkan.situational_picture where week_start = ?")
                            .param(monday).query(Long.class).single();
                });
        jdbc.sql("""
                        insert into samverkan.picture_problem (picture_id, district_code, category_code,
                            reports_this_week, previous_weeks_average, trend, consecutive_weeks, status, priority,
                            weeks_persisting, escalation_level)
                        values (?, 'skaggetorp', 'skadegorelse', 6, 2.0, 'RISING', ?, 'CONFIRMED', ?, ?, ?)""")
                .params(picture, weeksPersisting, priority, weeksPersisting, level).update();
        return jdbc.sql("select max(id) from samverkan.picture_problem").query(Long.class).single();
    }
}
