package se.linkoping.samverkan.estweeklycycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static se.linkoping.samverkan.support.Times.STOCKHOLM;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import se.linkoping.samverkan.decision.DecisionRecords;
import se.linkoping.samverkan.incidentreport.IncidentReports;
import se.linkoping.samverkan.refusal.Refusal;
import se.linkoping.samverkan.support.DemoLogins;
import se.linkoping.samverkan.support.RestClient;
import se.linkoping.samverkan.support.Scenario;
import se.linkoping.samverkan.support.ShownTexts;

/**
 * The weekly EST cycle against a real database: the picture compiled from stored reports, EST's
 * analysis checked and stored, and the whole process run by its timer with the engine's clock moved,
 * the tasks completed through the REST API as an EST member. Run on H2 and PostgreSQL.
 */
abstract class WeeklyCycleScenarios extends Scenario {

    /** The week the next run of the cycle's timer will compile: the one before the timer's Monday. */
    private Week week;
    private Job timer;

    @Autowired
    WeeklyCycle cycle;
    @Autowired
    PictureRecords records;
    @Autowired
    DecisionRecords decisions;
    @Autowired
    IncidentReports reports;

    @BeforeEach
    void noPicturesAndTheReportsOfTheseWeeks() {
        timer = managementService.createJobQuery().timers().activityId("Timer_WeeklyCycle").singleResult();
        week = Week.containing(timer.getDuedate().toInstant(), STOCKHOLM).minusWeeks(1);
        // violence at Rydstorget rising over three weeks; vandalism in Berga this week only
        report("ryd", "vald-hot", "Rydstorget", week.minusWeeks(2).monday().plusDays(2).atTime(21, 0));
        report("ryd", "vald-hot", "Rydstorget", week.minusWeeks(1).monday().plusDays(2).atTime(21, 0));
        for (int day = 0; day < 5; day++) {
            report("ryd", "vald-hot", "Rydstorget", week.monday().plusDays(day).atTime(22, 0));
        }
        report("berga", "skadegorelse", "Bergadalen 4", week.monday().plusDays(1).atTime(10, 0));
    }

    @Test
    void theWeekIsCompiledFromTheStoredReportsOnce() {
        long picture = cycle.compile(week, null).orElseThrow();

        assertThat(records.problemsOf(picture))
                .extracting(PictureProblem::district, PictureProblem::category, PictureProblem::place,
                        PictureProblem::reportsThisWeek, PictureProblem::trend, PictureProblem::consecutiveWeeks)
                .containsExactly(
                        tuple("berga", "skadegorelse", null, 1, Trend.STABLE, 1),
                        tuple("ryd", "vald-hot", null, 5, Trend.RISING, 3),
                        tuple("ryd", "vald-hot", "Rydstorget", 5, Trend.RISING, 3));
        assertThat(cycle.compile(week, null)).isEmpty();
    }

    @Test
    void aWeekCompiledFromLastWeeksStoredPictureIsTheWeekCountedFromAllHistoryOverTheTurnOfTheYear() {
        Week week53 = new Week(java.time.LocalDate.of(2026, 12, 28), STOCKHOLM);
        Week week1 = week53.minusWeeks(-1);
        assertThat(week1.label()).isEqualTo("vecka 1 2027");
        for (int back = 0; back < 20; back++) {
            // Lambohov's school every week for twenty weeks, twice a week for the last eight: a hot spot
            java.time.LocalDate monday = week1.minusWeeks(back).monday();
            report("lambohov", "anlagd-brand", "Lambohovsskolan", monday.plusDays(3).atTime(23, 0));
            if (back < 8) {
                report("lambohov", "anlagd-brand", "lambohovsskolan ", monday.plusDays(5).atTime(2, 0));
            }
            if (back % 3 != 1) {
                report("berga", "narkotika", "Bergadalen", monday.plusDays(1).atTime(20, 0));
            }
        }
        List<Problem> fromAllHistory = WeeklyPicture.of(reportsCounted(week1, WeeklyPicture.HISTORY_WEEKS));

        cycle.compile(week53, null).orElseThrow();
        // the reports before the weeks a trend needs are gone: week 1 can only carry on from week 53's picture
        jdbc.sql("delete from samverkan.incident_report where occurred_at < ?")
                .param(week1.minusWeeks(WeeklyPicture.TREND_WEEKS).start().atOffset(java.time.ZoneOffset.UTC)).update();
        long picture = cycle.compile(week1, null).orElseThrow();

        assertThat(records.problemsOf(picture)).extracting(PictureProblem::district, PictureProblem::category,
                        PictureProblem::place, PictureProblem::reportsThisWeek, PictureProblem::previousWeeksAverage,
                        PictureProblem::trend, PictureProblem::consecutiveWeeks)
                .containsExactlyInAnyOrderElementsOf(fromAllHistory.stream().map(p -> tuple(p.district(), p.category(),
                        p.place(), p.reportsThisWeek(), p.previousWeeksAverage(), p.trend(), p.consecutiveWeeks()))
                        .toList());
        // the school's run includes the weeks it was reported once, when it was no hot spot in the picture
        assertThat(fromAllHistory).extracting(Problem::district, Problem::place, Problem::consecutiveWeeks)
                .containsExactly(tuple("berga", null, 1), tuple("lambohov", null, 20),
                        tuple("lambohov", "Lambohovsskolan", 20));
    }

    /** The reports of a week and the weeks before it as the cycle counts them. */
    private List<ReportCount> reportsCounted(Week of, int weeksBack) {
        return reports.countedPerWeek(WeeklyPicture.weekStarts(of, weeksBack), of.end()).stream()
                .map(c -> new ReportCount(c.district(), c.category(), c.place(), c.weeksBack(), c.reports())).toList();
    }

    @Test
    void theAnalysisFormOffersTheWeeksOtherProblemsWhenOpenedAndNoVariableHoldsThem() {
        fire(timer);
        runSteps("est-weekly-cycle");
        long picture = records.pictureOfWeek(week).orElseThrow();
        List<PictureProblem> problems = records.problemsOf(picture);
        Task ryd = taskService.createTaskQuery().taskDefinitionKey("Task_AnalyseProblem")
                .taskName("Analysera: Ryd – Våld eller hot om våld").singleResult();

        // as an EST member opens the form: the other two problems, by the names people read
        String shown = ShownTexts.of(RestClient.as(http, DemoLogins.EST_POLICE), ryd.getId());
        assertThat(shown).contains("Del av problemet", "Berga – Skadegörelse och klotter",
                "Ryd – Våld eller hot om våld (Rydstorget)");
        assertThat(ShownTexts.value(RestClient.as(http, DemoLogins.EST_POLICE), ryd.getId(), "mergeOptions"))
                .isEqualTo("[" + option(problems.get(0)) + "," + option(problems.get(2)) + "]");
        // ... worked out then, not stored: no variable of the cycle holds a copy of the week's problems
        String berga = problems.get(0).area();
        String rydArea = problems.get(1).area();
        assertThat(runtimeService.createVariableInstanceQuery().list())
                .noneMatch(v -> v.getName().equals("mergeOptions"))
                .noneMatch(v -> String.valueOf(v.getValue()).contains(berga)
                        && String.valueOf(v.getValue()).contains(rydArea));
        assertThat(historyService.createHistoricVariableInstanceQuery().list())
                .noneMatch(v -> v.getName().equals("mergeOptions"))
                .noneMatch(v -> String.valueOf(v.getValue()).contains(berga)
                        && String.valueOf(v.getValue()).contains(rydArea));
        // the choice offered is the one stored
        complete(ryd.getId(), Map.of("decision", "merge", "mergeInto", String.valueOf(problems.get(0).id())));
        assertThat(records.problem(problems.get(1).id()).orElseThrow().mergedInto()).isEqualTo(problems.get(0).id());
    }

    private static String option(PictureProblem problem) {
        return "{\"label\":\"" + problem.area() + "\",\"value\":\"" + problem.id() + "\"}";
    }

    @Test
    void anAnalysisIsCheckedWholeAndStoredOnlyWhenRight() {
        long picture = cycle.compile(week, null).orElseThrow();
        long ryd = cycle.problemIds(picture).get(1);
        cycle.assignAnalysis("execution-of-ryd", ryd);

        assertThatThrownBy(() -> cycle.analyseProblem("execution-of-ryd", new ProblemInput("merge", null, "torget", 50,
                false, false, "Mannen 850709-9805 är känd."), DemoLogins.EST_POLICE))
                .isInstanceOf(Refusal.class)
                .satisfies(e -> assertThat(((Refusal) e).reasons()).hasSize(4));
        assertThat(cycle.problem(ryd).status()).isEqualTo(ProblemStatus.PROPOSED);

        cycle.analyseProblem("execution-of-ryd", new ProblemInput("confirm", null, "centrum", 2, false, true,
                "Känd grupp."), DemoLogins.EST_POLICE);
        assertThat(cycle.problem(ryd)).extracting(PictureProblem::status, PictureProblem::placeType,
                        PictureProblem::departmentsInvolved, PictureProblem::needsPolicyDecision)
                .containsExactly(ProblemStatus.CONFIRMED, "centrum", 2, true);
    }

    @Test
    void anAnalysisLandsOnItsOwnProblemWhateverTheTaskVariablesSay() {
        ClockUtil.setCurrentTime(timer.getDuedate());
        managementService.executeJob(timer.getId());
        runSteps("est-weekly-cycle");
        Task berga = taskService.createTaskQuery().taskDefinitionKey("Task_AnalyseProblem")
                .taskNameLike("%Berga%").singleResult();

        // the analysis form has no field for either: refused in Swedish, naming them, and the task stays open
        ResponseEntity<JsonNode> forged = submit(berga.getId(), Map.of("decision", "dismiss", "placeType", "ovrigt",
                "departmentsInvolved", 0, "problemId", areaOfRyd(), "pictureId", -1));
        assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(forged.getBody().get("message").asText()).contains("har inga fält ”pictureId”, ”problemId”",
                "Inget har sparats.");
        assertThat(taskService.createTaskQuery().taskId(berga.getId()).count()).isEqualTo(1);

        complete(berga.getId(), Map.of("decision", "dismiss", "placeType", "ovrigt", "departmentsInvolved", 0));

        long picture = records.pictureOfWeek(week).orElseThrow();
        assertThat(records.problemsOf(picture)).extracting(PictureProblem::category, PictureProblem::status)
                .containsExactly(tuple("skadegorelse", ProblemStatus.DISMISSED),
                        tuple("vald-hot", ProblemStatus.PROPOSED), tuple("vald-hot", ProblemStatus.PROPOSED));
    }

    @Test
    void fieldsIrrelevantToTheChosenActionAreNotRequired() {
        ClockUtil.setCurrentTime(timer.getDuedate());
        managementService.executeJob(timer.getId());
        runSteps("est-weekly-cycle");
        List<Task> analyses = taskService.createTaskQuery().taskDefinitionKey("Task_AnalyseProblem").list();
        Task ryd = analyses.stream().filter(t -> t.getName().endsWith("Ryd – Våld eller hot om våld")).findFirst()
                .orElseThrow();
        Task rydstorget = analyses.stream().filter(t -> t.getName().endsWith("(Rydstorget)")).findFirst().orElseThrow();
        Task berga = analyses.stream().filter(t -> t.getName().contains("Berga")).findFirst().orElseThrow();
        analyses.forEach(this::assertNoCodes);

        // merged into another problem or dismissed: no place type, no departments (the form hides them)
        complete(rydstorget.getId(), Map.of("decision", "merge", "mergeInto", String.valueOf(areaOfRyd())));
        // confirmed: the decision tables need them
        assertThat(submit(ryd.getId(), Map.of("decision", "confirm")).getBody().get("message").asText())
                .contains("Analysen sparades inte", "Välj vilken typ av plats", "Ange hur många förvaltningar");
        complete(ryd.getId(), Map.of("decision", "confirm", "placeType", "centrum", "departmentsInvolved", 1));
        complete(berga.getId(), Map.of("decision", "dismiss", "policeKnowledge", "Engångshändelse."));
        long picture = records.pictureOfWeek(week).orElseThrow();
        assertThat(records.problemsOf(picture)).extracting(PictureProblem::status, PictureProblem::placeType,
                        PictureProblem::departmentsInvolved)
                .containsExactly(tuple(ProblemStatus.DISMISSED, null, null), tuple(ProblemStatus.CONFIRMED, "centrum", 1),
                        tuple(ProblemStatus.MERGED, null, null));

        Task summary = taskService.createTaskQuery().taskDefinitionKey("Task_SummariseWeek").singleResult();
        assertNoCodes(summary);
        complete(summary.getId(), Map.of("analysisSummary", "Våldet vid Rydstorget ökar."));
        runSteps("est-weekly-cycle");

        // within EST's mandate, no intervention now: only why, none of the intervention's fields
        Task decide = taskService.createTaskQuery().taskDefinitionKey("Task_DecideIntervention").singleResult();
        assertNoCodes(decide);
        complete(decide.getId(), Map.of("intervene", "no", "rationale", "Polisen följer läget; ingen insats nu."));
        assertThat(decisions.about(DecisionRecords.Subject.PROBLEM, areaOfRyd())).singleElement()
                .satisfies(d -> assertThat(d.outcome()).isEqualTo(DecisionRecords.Outcome.NO_INTERVENTION));
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("intervention").count()).isZero();
    }

    /** What EST reads in a task shows no codes: no group or user ids, ISO durations, map literals or English words. */
    private void assertNoCodes(Task task) {
        String shown = ShownTexts.of(RestClient.as(http, DemoLogins.EST_POLICE), task.getId());
        assertThat(ShownTexts.codesIn(shown, List.of(DemoLogins.EST_POLICE, DemoLogins.EST_SECURITY_UNIT)))
                .as("%s shows:%n%s", task.getName(), shown).isEmpty();
    }

    @Test
    void theCycleRunsOnMondayMorningAndEstsAnalysisGivesPriorityAndLevel() {
        ClockUtil.setCurrentTime(timer.getDuedate());
        managementService.executeJob(timer.getId());
        runSteps("est-weekly-cycle");

        List<Task> analyses = taskService.createTaskQuery().taskDefinitionKey("Task_AnalyseProblem").list();
        assertThat(analyses).extracting(Task::getName).containsExactlyInAnyOrder(
                "Analysera: Berga – Skadegörelse och klotter", "Analysera: Ryd – Våld eller hot om våld",
                "Analysera: Ryd – Våld eller hot om våld (Rydstorget)");
        for (Task analysis : analyses) {
            boolean hotSpot = analysis.getName().endsWith("(Rydstorget)");
            boolean berga = analysis.getName().contains("Berga");
            complete(analysis.getId(), hotSpot
                    ? Map.of("decision", "merge", "mergeInto", String.valueOf(areaOfRyd()), "placeType", "centrum",
                    "departmentsInvolved", 1)
                    : Map.of("decision", "confirm", "placeType", "centrum", "departmentsInvolved", berga ? 1 : 3));
        }
        complete(taskService.createTaskQuery().taskDefinitionKey("Task_SummariseWeek").singleResult().getId(),
                Map.of("analysisSummary", "Våldet vid Rydstorget ökar för tredje veckan."));
        runSteps("est-weekly-cycle");

        long picture = records.pictureOfWeek(week).orElseThrow();
        assertThat(records.problemsOf(picture))
                .extracting(PictureProblem::place, PictureProblem::status, PictureProblem::priority,
                        PictureProblem::escalationLevel)
                .containsExactly(
                        tuple(null, ProblemStatus.CONFIRMED, 4, "est"),
                        tuple(null, ProblemStatus.CONFIRMED, 1, "coordination-group"),
                        tuple("Rydstorget", ProblemStatus.MERGED, null, null));

        // Berga's vandalism stays with EST, which decides an intervention; the table proposes urban planning
        Task decide = taskService.createTaskQuery().taskDefinitionKey("Task_DecideIntervention").singleResult();
        assertThat(taskService.getVariable(decide.getId(), "responsibleGroup")).isEqualTo("urban-planning");
        Map<String, Object> withoutRationale = Map.of("intervene", "yes", "title", "Klottersanering i Bergadalen",
                "responsibleGroup", "urban-planning", "dueDate", week.monday().plusWeeks(3).toString());
        assertThat(submit(decide.getId(), withoutRationale).getBody().get("message").asText())
                .contains("Beslutet sparades inte", "Motivering saknas");
        Map<String, Object> pastDue = Map.of("intervene", "yes", "rationale", "Klottret sprider sig.",
                "title", "Klottersanering i Bergadalen", "responsibleGroup", "urban-planning",
                "dueDate", week.monday().minusDays(1).toString());
        assertThat(submit(decide.getId(), pastDue).getBody().get("message").asText())
                .contains("Insatsen startades inte", "har redan passerat");
        assertThat(decisions.about(DecisionRecords.Subject.PROBLEM, bergaProblem())).isEmpty();
        // the form has no field for the problem: naming another one is refused, not followed
        assertThat(submit(decide.getId(), Map.of("intervene", "yes", "rationale", "Klottret sprider sig.",
                "title", "Klottersanering i Bergadalen", "responsibleGroup", "urban-planning",
                "dueDate", week.monday().plusWeeks(3).toString(), "problemId", areaOfRyd())).getBody().get("message")
                .asText()).contains("har inget fält ”problemId”", "Inget har sparats.");
        complete(decide.getId(), Map.of("intervene", "yes", "rationale", "Klottret sprider sig.",
                "title", "Klottersanering i Bergadalen", "responsibleGroup", "urban-planning",
                "dueDate", week.monday().plusWeeks(3).toString()));
        assertThat(taskService.createTaskQuery().processDefinitionKey("intervention")
                .taskCandidateGroup("urban-planning").singleResult().getName())
                .isEqualTo("Genomför insats: Klottersanering i Bergadalen");
        assertThat(jdbc.sql("select decided_by from samverkan.intervention where title = 'Klottersanering i Bergadalen'")
                .query(String.class).single()).isEqualTo(DemoLogins.EST_POLICE);
        // the decision is recorded on Berga's problem, whatever problemId the completion carried
        assertThat(jdbc.sql("select problem_id from samverkan.intervention where title = 'Klottersanering i Bergadalen'")
                .query(Long.class).single()).isEqualTo(bergaProblem());
        assertThat(decisions.about(DecisionRecords.Subject.PROBLEM, bergaProblem())).singleElement()
                .satisfies(d -> {
                    assertThat(d.body()).isEqualTo("est");
                    assertThat(d.outcome()).isEqualTo(DecisionRecords.Outcome.INTERVENTION);
                    assertThat(d.rationale()).isEqualTo("Klottret sprider sig.");
                    assertThat(d.decidedBy()).isEqualTo(DemoLogins.EST_POLICE);
                    assertThat(d.basis()).contains("Prioritet 4", "nivå EST-arbetsgruppen");
                });
        assertThat(historyService.createHistoricDecisionInstanceQuery().decisionDefinitionKey("problem-priority")
                .includeOutputs().list())
                .flatExtracting(d -> d.getOutputs()).extracting(o -> o.getRuleId())
                .contains("Rule_RepeatedViolenceIsAcute");
        assertThat(jdbc.sql("select summary from samverkan.situational_picture where id = ?").param(picture)
                .query(String.class).single()).isEqualTo("Våldet vid Rydstorget ökar för tredje veckan.");
    }

    @Test
    void aProblemOthersArePartOfMustBeConfirmedAndNothingIsPartOfADismissedOne() {
        long picture = cycle.compile(week, null).orElseThrow();
        List<Long> ids = cycle.problemIds(picture);
        long berga = ids.get(0);
        long ryd = ids.get(1);
        long rydstorget = ids.get(2);
        ids.forEach(id -> cycle.assignAnalysis("execution-" + id, id));
        cycle.analyseProblem("execution-" + rydstorget, input("merge", String.valueOf(ryd)), DemoLogins.EST_POLICE);

        assertThatThrownBy(() -> cycle.analyseProblem("execution-" + ryd, input("dismiss", null), DemoLogins.EST_POLICE))
                .hasMessageContaining("har slagits ihop med det här problemet");
        cycle.analyseProblem("execution-" + berga, input("dismiss", null), DemoLogins.EST_POLICE);
        assertThatThrownBy(() -> cycle.analyseProblem("execution-" + ryd, input("merge", String.valueOf(berga)),
                DemoLogins.EST_POLICE))
                .hasMessageContaining("är redan avfärdat");
    }

    @Test
    void weeksPersistingCountsConsecutiveWeeksOfHighPriorityOnly() {
        long twoWeeksAgo = confirmedRydInWeek(week.minusWeeks(2), 1);
        assertThat(cycle.weeksPersisting(twoWeeksAgo, 1)).isEqualTo(1);
        long lastWeek = confirmedRydInWeek(week.minusWeeks(1), 3);
        // had last week been high too, the run would be two weeks long
        assertThat(cycle.weeksPersisting(lastWeek, 2)).isEqualTo(2);
        assertThat(cycle.weeksPersisting(lastWeek, 3)).isZero();
        // last week's lower priority ends the run
        assertThat(cycle.weeksPersisting(confirmedRydInWeek(week, 1), 1)).isEqualTo(1);
    }

    /** A picture of a week where Ryd's violence was confirmed and given a priority. */
    private long confirmedRydInWeek(Week of, int priority) {
        long picture = cycle.compile(of, null).orElseThrow();
        long ryd = records.problemsOf(picture).stream().filter(p -> p.district().equals("ryd") && p.place() == null)
                .findFirst().orElseThrow().id();
        cycle.assignAnalysis("execution-" + ryd, ryd);
        cycle.analyseProblem("execution-" + ryd, input("confirm", null), DemoLogins.EST_POLICE);
        cycle.recordPrioritisation(ryd, priority, cycle.weeksPersisting(ryd, priority), "est");
        return ryd;
    }

    private static ProblemInput input(String decision, String mergeInto) {
        return new ProblemInput(decision, mergeInto, "centrum", 1, false, false, null);
    }

    private long bergaProblem() {
        long picture = records.pictureOfWeek(week).orElseThrow();
        return records.problemsOf(picture).stream().filter(p -> p.district().equals("berga")).findFirst()
                .orElseThrow().id();
    }

    private long areaOfRyd() {
        long picture = records.pictureOfWeek(week).orElseThrow();
        return records.problemsOf(picture).stream()
                .filter(p -> p.district().equals("ryd") && p.place() == null).findFirst().orElseThrow().id();
    }

    /** Claims and completes a task through the REST API, as Tasklist does for an EST member. */
    private void complete(String taskId, Map<String, Object> values) {
        assertThat(submit(taskId, values).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    private ResponseEntity<JsonNode> submit(String taskId, Map<String, Object> values) {
        RestClient est = RestClient.as(http, DemoLogins.EST_POLICE);
        if (taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee() == null) {
            assertThat(est.post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", DemoLogins.EST_POLICE))
                    .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        }
        return est.post("/engine-rest/task/" + taskId + "/submit-form", form(values));
    }
}
