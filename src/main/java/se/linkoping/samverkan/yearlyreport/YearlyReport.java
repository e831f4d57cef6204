package se.linkoping.samverkan.yearlyreport;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * One year of the cooperation, in the order of the municipality's duty under the law on municipalities'
 * responsibility for crime prevention (lag 2023:196): the situational picture, its analysis, the action
 * plan and its follow-up, and the year's decisions. Every text is in Swedish, every date local
 * (Europe/Stockholm). Lists are bounded: where one is cut, its {@code total} says how many there were.
 */
public record YearlyReport(int year, LocalDate from, LocalDate to, LocalDateTime compiledAt, Picture picture,
                           Analysis analysis, ActionPlan actionPlan, FollowUp followUp, Decisions decisions) {

    /** Whether anything at all was recorded for the year. */
    public boolean empty() {
        return picture.reports() == 0 && picture.weeks().isEmpty() && analysis.matters().isEmpty()
                && actionPlan.plans().isEmpty() && actionPlan.agreements().isEmpty() && followUp.totals().decided() == 0
                && followUp.promiseFollowUps().isEmpty() && decisions.total() == 0;
    }

    // --- 1. lägesbild

    /** The year's situational picture: the reports, the weeks of EST's picture and its most prioritised problems. */
    public record Picture(long reports, long reportsPreviousYear, List<Count> byCategory, List<Count> byDistrict,
                          List<WeekRow> weeks, List<PrioritisedProblem> prioritised) {
    }

    /** Reports of a category or a district this year and the year before. */
    public record Count(String code, String name, long reports, long previousYear) {
    }

    /**
     * One week of EST's picture: its reports, the change from the week before ({@code ökar}, {@code minskar},
     * {@code oförändrat}, empty for the first), the areas (district and category) whose trend rose or fell
     * against the weeks before, the confirmed problems of priority 1 or 2, and whether EST analysed it.
     */
    public record WeekRow(LocalDate weekStart, String week, long reports, String change, long areasRising,
                          long areasFalling, long prioritised, Integer topPriority, boolean analysed) {
    }

    /**
     * A problem (district and category, or a hot spot in them) as EST prioritised it over the year; its best
     * priority as a number and by name ("Prioritet 1 (akut)").
     */
    public record PrioritisedProblem(String district, String category, String place, int bestPriority, long weeks,
                                     long reports, int longestRun, String bestPriorityName) {
    }

    // --- 2. analys

    /**
     * EST's analysis: how many weeks were compiled and analysed, the summaries shown (the latest and those
     * of weeks with an acute problem) out of all written, and the matters raised at each level.
     */
    public record Analysis(int weeksCompiled, int weeksAnalysed, List<Summary> summaries, int summariesTotal,
                           List<LevelRow> matters, List<MatterRow> mattersAbove, long mattersAboveTotal) {
    }

    /** EST's summary of one week, with who wrote it (user id, and by name). */
    public record Summary(LocalDate weekStart, String week, String text, String analysedBy, LocalDate analysedOn,
                          boolean acute, String analysedByName) {

        Summary named(Map<String, String> names) {
            return new Summary(weekStart, week, text, analysedBy, analysedOn, acute, names.get(analysedBy));
        }
    }

    /**
     * One level of the escalation chain in the year: matters raised there, its decisions on matters by
     * outcome, and of the matters raised in the year those still waiting there.
     */
    public record LevelRow(String level, String name, long raised, long handled, long escalated, long closed,
                           long stillOpen) {
    }

    /** A matter of the year that went to the steering group or the political steering group. */
    public record MatterRow(long id, String title, String district, String category, String level, String status,
                            LocalDate raisedOn, boolean acute) {
    }

    // --- 3. åtgärdsplan

    /**
     * The action plan: the districts' goals, picture and action plans the steering group approved in the
     * year, the districts without one, how many it returned, and the cooperation agreements in force.
     */
    public record ActionPlan(List<DistrictPlan> plans, long plansReturned, List<String> districtsWithoutPlan,
                             List<Agreement> agreements) {
    }

    /** A district plan the steering group approved; who proposed and approved it (user ids, and by name). */
    public record DistrictPlan(long id, String district, String goals, String picture, String actionPlan,
                               String proposedBy, LocalDate approvedOn, String approvedBy, String rationale,
                               String directive, String proposedByName, String approvedByName) {

        DistrictPlan named(Map<String, String> names) {
            return new DistrictPlan(id, district, goals, picture, actionPlan, proposedBy, approvedOn, approvedBy,
                    rationale, directive, names.get(proposedBy), names.get(approvedBy));
        }
    }

    /** A cooperation agreement and its citizen promise, in force for at least part of the year. */
    public record Agreement(long id, LocalDate periodStart, LocalDate periodEnd, String focusProblems,
                            String probableCauses, String goals, String documentation, String citizenPromise,
                            LocalDate decidedOn, LocalDate publishedOn, LocalDate supersededOn) {
    }

    // --- 4. uppföljning

    /** The follow-up: the interventions decided in the year and what came of them, and the citizen promise's follow-ups. */
    public record FollowUp(InterventionTotals totals, List<GroupRow> byGroup, List<InterventionRow> interventions,
                           List<PromiseFollowUp> promiseFollowUps) {
    }

    /**
     * The interventions decided in the year: reported by their due date, reported later, not yet reported
     * (and of those, past their due date), and their effect as the deciding body followed it up.
     */
    public record InterventionTotals(long decided, long onTime, long late, long ongoing, long ongoingOverdue,
                                     long effectGood, long effectPartly, long effectNone, long notFollowedUp) {
    }

    /** The interventions of one responsible group. */
    public record GroupRow(String group, String name, long decided, long onTime, long late, long ongoing) {
    }

    /** One intervention: who carried it out, when it was due and done, and its effect. */
    public record InterventionRow(long id, String title, String responsible, String decidedBy, LocalDate decidedOn,
                                  LocalDate due, LocalDate reportedOn, String timeliness, String effect, String result,
                                  String followUp) {
    }

    /** The citizen promise followed up at a political steering group meeting. */
    public record PromiseFollowUp(LocalDate on, String status, String summary) {
    }

    // --- 5. beslut

    /** The year's decisions: those of the meetings and EST's on problems, each list bounded, with totals per body. */
    public record Decisions(long total, List<BodyCount> byBody, List<Decision> meetings, long meetingsTotal,
                            List<Decision> est, long estTotal) {
    }

    /** How many decisions a body made in the year. */
    public record BodyCount(String body, String name, long decisions) {
    }

    /**
     * A decision record: when, which body, about what, what was decided, why, and by whom (user id, and by
     * name); the body's, subject type's and outcome's codes beside their Swedish names.
     */
    public record Decision(long id, LocalDate decidedOn, String body, String subjectType, String subject,
                           String outcome, String rationale, String directive, String decidedBy, String decidedByName,
                           String bodyCode, String subjectTypeCode, String outcomeCode) {

        Decision named(Map<String, String> names) {
            return new Decision(id, decidedOn, body, subjectType, subject, outcome, rationale, directive, decidedBy,
                    names.get(decidedBy), bodyCode, subjectTypeCode, outcomeCode);
        }
    }
}
