package se.linkoping.samverkan.estweeklycycle;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import se.linkoping.samverkan.decision.DecisionRecords;
import se.linkoping.samverkan.identity.OrganisationGroup;
import se.linkoping.samverkan.identity.People;
import se.linkoping.samverkan.incidentreport.IncidentReports;
import se.linkoping.samverkan.refusal.Refusal;
import se.linkoping.samverkan.system.Swedish;

/**
 * The steps of the weekly EST cycle: compile the week's picture from the reports, take EST's analysis
 * of each problem and its summary of the week, and give the decision tables what they need per
 * problem. Called by the delegates of {@code est-weekly-cycle}, and as {@code ${weeklyCycle...}} by its
 * expressions.
 */
@Service("weeklyCycle")
public class WeeklyCycle {

    static final int TEXT_MAX = 4000;
    static final int DEPARTMENTS_MAX = 20;
    /** The place types of the decision tables (the form shows their Swedish names). */
    static final Set<String> PLACE_TYPES = PlaceType.codes();
    private static final Map<String, ProblemStatus> DECISIONS = Map.of(
            "confirm", ProblemStatus.CONFIRMED, "merge", ProblemStatus.MERGED, "dismiss", ProblemStatus.DISMISSED);

    private static final Logger LOG = LoggerFactory.getLogger(WeeklyCycle.class);
    private static final long MS = 1_000_000;

    private final PictureRecords records;
    private final StreakRecords streaks;
    private final IncidentReports reports;
    private final DecisionRecords decisions;
    private final Clock clock;
    private final People people;

    public WeeklyCycle(PictureRecords records, StreakRecords streaks, IncidentReports reports,
                       DecisionRecords decisions, Clock clock, People people) {
        this.records = records;
        this.streaks = streaks;
        this.reports = reports;
        this.decisions = decisions;
        this.clock = clock;
        this.people = people;
    }

    /** The week a cycle starting now is about: the last complete week. */
    public Week weekToCompile() {
        return Week.containing(clock.instant(), Swedish.ZONE).minusWeeks(1);
    }

    /**
     * Compiles and stores the picture of a week: from the reports of the week and the four before it, with the
     * runs of weeks carried on from the week before (a year of reports is counted only when that week left none).
     *
     * @return the new picture's id, or empty when the week has a picture already (the cycle ran twice)
     */
    public Optional<Long> compile(Week week, String processInstanceId) {
        if (records.pictureOfWeek(week).isPresent()) {
            return Optional.empty();
        }
        long started = System.nanoTime();
        Optional<Map<WeeklyPicture.Key, Integer>> before = streaks.upTo(week.minusWeeks(1).monday());
        int weeksCounted = before.isPresent() ? WeeklyPicture.TREND_WEEKS : WeeklyPicture.HISTORY_WEEKS;
        List<ReportCount> counts = reports.countedPerWeek(WeeklyPicture.weekStarts(week, weeksCounted), week.end())
                .stream().map(c -> new ReportCount(c.district(), c.category(), c.place(), c.weeksBack(), c.reports()))
                .toList();
        long read = System.nanoTime();
        WeeklyPicture.Compiled picture = WeeklyPicture.compile(counts, weeksCounted, before.orElse(null));
        long compiled = System.nanoTime();
        long pictureId = records.insertPicture(week, clock.instant(), processInstanceId);
        records.insertProblems(pictureId, picture.problems());
        Map<WeeklyPicture.Key, Integer> carried = picture.runsToCarry();
        streaks.store(week.monday(), carried);
        long stored = System.nanoTime();
        LOG.info("Picture of the week from {} compiled: {} problems from {} counts over {} weeks, {} runs carried on; "
                + "read, compiled, stored in {}, {}, {} ms", week.monday(), picture.problems().size(), counts.size(),
                weeksCounted + 1, carried.size(), (read - started) / MS, (compiled - read) / MS, (stored - compiled) / MS);
        return Optional.of(pictureId);
    }

    /** Every problem of a picture, in its order: EST analyses each in a task of its own. */
    public List<Long> problemIds(long pictureId) {
        return records.problemsOf(pictureId).stream().map(PictureProblem::id).toList();
    }

    /**
     * The confirmed problems of the picture a run of the cycle compiled, in its order: the collection
     * the decision tables run over. Found by the process instance, not by a variable a task could change.
     */
    public List<Long> confirmedProblems(String processInstanceId) {
        long pictureId = records.pictureOfProcess(processInstanceId)
                .orElseThrow(() -> new IllegalStateException("No picture was compiled by " + processInstanceId));
        return records.problemsOf(pictureId).stream().filter(p -> p.status() == ProblemStatus.CONFIRMED)
                .map(PictureProblem::id).toList();
    }

    /**
     * The confirmed problems of a run's picture that the decision tables left within EST's mandate:
     * EST decides their interventions itself.
     */
    public List<Long> problemsWithinMandate(String processInstanceId) {
        long pictureId = records.pictureOfProcess(processInstanceId)
                .orElseThrow(() -> new IllegalStateException("No picture was compiled by " + processInstanceId));
        return records.problemsOf(pictureId).stream()
                .filter(p -> p.status() == ProblemStatus.CONFIRMED && "est".equals(p.escalationLevel()))
                .map(PictureProblem::id).toList();
    }

    /** Ties a problem to the execution of EST's decision task on it, as the task starts. */
    public void assignDecision(String executionId, long problemId) {
        records.assignDecision(problemId, executionId);
    }

    /**
     * Records EST's decision on the problem decided in an execution: an intervention or none, why,
     * and what it rested on.
     *
     * @return the problem decided on
     * @throws Refusal when the rationale is missing, too long or holds a personal number
     */
    public long recordDecision(String executionId, String processInstanceId, boolean intervene, String rationale,
                               String decidedBy) {
        PictureProblem problem = records.problemDecidedIn(executionId)
                .orElseThrow(() -> new IllegalStateException("No problem is decided in execution " + executionId));
        String basis = Swedish.priority(problem.priority()) + " enligt beslutstabellen ”" + people.ruleName(
                "problem-priority") + "”, nivå " + OrganisationGroup.byId(problem.escalationLevel())
                .map(OrganisationGroup::shortName).orElse(problem.escalationLevel()) + " enligt beslutstabellen ”"
                + people.ruleName("escalation-level") + "”. " + facts(problem.id());
        decisions.record("est", processInstanceId, DecisionRecords.Subject.PROBLEM, problem.id(),
                intervene ? DecisionRecords.Outcome.INTERVENTION : DecisionRecords.Outcome.NO_INTERVENTION,
                rationale, basis, decidedBy);
        return problem.id();
    }

    /** A problem of a picture, for the expressions of the process. */
    public PictureProblem problem(long problemId) {
        return records.problem(problemId).orElseThrow(() -> new IllegalArgumentException("No problem " + problemId));
    }

    /** What the reports say of a problem, in a sentence for EST's form. */
    public String facts(long problemId) {
        PictureProblem p = problem(problemId);
        return p.reportsThisWeek() + (p.reportsThisWeek() == 1 ? " rapport" : " rapporter") + " förra veckan, "
                + p.trend().swedish() + " (snitt " + String.format(Swedish.LOCALE, "%.1f", p.previousWeeksAverage())
                + " per vecka de fyra veckorna före), " + p.consecutiveWeeks()
                + (p.consecutiveWeeks() == 1 ? " vecka" : " veckor i rad") + ".";
    }

    /**
     * Ties a problem to the execution of its analysis task, as the task starts: the analysis is later
     * stored on the problem of that execution, whatever the task's variables say.
     */
    public void assignAnalysis(String executionId, long problemId) {
        records.assignAnalysis(problemId, executionId);
    }

    /**
     * Checks and stores EST's analysis of the problem analysed in an execution, with who analysed it.
     *
     * @throws Refusal with every reason when anything is wrong; nothing is stored then
     */
    public void analyseProblem(String executionId, ProblemInput input, String analysedBy) {
        PictureProblem problem = records.problemAnalysedIn(executionId)
                .orElseThrow(() -> new IllegalStateException("No problem is analysed in execution " + executionId));
        long problemId = problem.id();
        List<PictureProblem> problems = records.problemsOf(problem.pictureId());
        List<String> reasons = new ArrayList<>();
        ProblemStatus status = DECISIONS.get(input.decision());
        if (status == null) {
            reasons.add("Välj om problemet ska bekräftas, slås ihop med ett annat eller avfärdas.");
        }
        Long mergeInto = null;
        if (status == ProblemStatus.MERGED) {
            PictureProblem target = problems.stream()
                    .filter(p -> p.id() != problemId && String.valueOf(p.id()).equals(input.mergeInto()))
                    .findFirst().orElse(null);
            if (target == null) {
                reasons.add("Välj vilket av veckans andra problem det här är en del av.");
            } else if (target.status() == ProblemStatus.MERGED || target.status() == ProblemStatus.DISMISSED) {
                reasons.add("”" + target.area() + "” är redan " + (target.status() == ProblemStatus.MERGED
                        ? "en del av ett annat problem" : "avfärdat") + ": välj det problem som bekräftades.");
            } else {
                mergeInto = target.id();
            }
        }
        if (status != null && status != ProblemStatus.CONFIRMED) {
            problems.stream().filter(p -> p.status() == ProblemStatus.MERGED && p.mergedInto() != null
                            && p.mergedInto() == problemId)
                    .forEach(p -> reasons.add("”" + p.area() + "” har slagits ihop med det här problemet, som därför "
                            + "måste bekräftas."));
        }
        // place and who must act feed the decision tables, which read confirmed problems only: a problem merged
        // into another or dismissed needs neither (the form hides them), but what is given must be right
        boolean confirmed = status == ProblemStatus.CONFIRMED;
        if (input.placeType() == null ? confirmed : !PLACE_TYPES.contains(input.placeType())) {
            reasons.add("Välj vilken typ av plats det gäller.");
        }
        Integer departments = input.departmentsInvolved();
        if (departments == null ? confirmed : departments < 0 || departments > DEPARTMENTS_MAX) {
            reasons.add("Ange hur många förvaltningar och aktörer som behöver agera, mellan 0 och "
                    + DEPARTMENTS_MAX + ".");
        }
        String knowledge = input.policeKnowledge() == null ? "" : input.policeKnowledge().strip();
        CycleTexts.check(knowledge, "Polisens kunskap och EST:s analys", reasons);
        if (!reasons.isEmpty()) {
            throw new Refusal(reasons);
        }
        records.recordAnalysis(problemId, new ProblemAnalysis(status, mergeInto,
                knowledge.isEmpty() ? null : knowledge, input.placeType(), departments,
                Boolean.TRUE.equals(input.needsResources()), Boolean.TRUE.equals(input.needsPolicyDecision())),
                analysedBy, clock.instant());
    }

    /**
     * Checks and stores the week's summary on the picture a run of the cycle compiled, written when
     * every problem is analysed.
     *
     * @throws Refusal when the summary is missing, too long or holds a personal number
     */
    public void summarise(String processInstanceId, String summary, String analysedBy) {
        long pictureId = records.pictureOfProcess(processInstanceId)
                .orElseThrow(() -> new IllegalStateException("No picture was compiled by " + processInstanceId));
        List<String> reasons = new ArrayList<>();
        String text = summary == null ? "" : summary.strip();
        if (text.isEmpty()) {
            reasons.add("Veckans sammanfattning saknas: skriv kort vad EST ser i veckans lägesbild.");
        }
        CycleTexts.check(text, "Veckans sammanfattning", reasons);
        if (!reasons.isEmpty()) {
            throw new Refusal(reasons);
        }
        records.recordSummary(pictureId, text, analysedBy, clock.instant());
    }

    /** How many problems the picture has: the cycle goes on to EST's analyses only when it has any. */
    public int problemCount(long pictureId) {
        return records.problemsOf(pictureId).size();
    }

    /**
     * Weeks in a row, this one included, the problem has been confirmed with priority 1 or 2: an input
     * of escalation-level. A week where it was not (quiet, dismissed, lower priority) ends the run;
     * zero when this week's priority is lower.
     */
    public int weeksPersisting(long problemId, int priority) {
        if (priority > 2) {
            return 0;
        }
        PictureProblem problem = problem(problemId);
        LocalDate expected = records.weekOfPicture(problem.pictureId()).minusWeeks(1);
        int weeks = 1;
        for (PictureRecords.WeekPriority earlier : records.earlierPriorities(problem)) {
            if (!earlier.monday().equals(expected) || earlier.priority() > 2) {
                break;
            }
            weeks++;
            expected = expected.minusWeeks(1);
        }
        return weeks;
    }

    /** Stores what the decision tables gave for a problem. */
    public void recordPrioritisation(long problemId, int priority, int weeksPersisting, String escalationLevel) {
        records.recordPrioritisation(problemId, priority, weeksPersisting, escalationLevel);
    }

    /**
     * Notes that a decision table was evaluated for a problem, in the activity instance of its business
     * rule task: the audit trail finds the evaluation in Camunda's decision history by it.
     */
    public void evaluated(long problemId, String activityInstanceId) {
        records.evaluated(problemId, activityInstanceId, clock.instant());
    }

    /** The activity instances in which the decision tables were evaluated for a problem. */
    public List<String> evaluationsOf(long problemId) {
        return records.evaluationsOf(problemId);
    }
}
