package se.linkoping.samverkan.picture;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.linkoping.samverkan.SamverkanApplication;
import se.linkoping.samverkan.intake.PersonalIdentityNumbers;

/**
 * The steps of the weekly EST cycle: compile the week's picture from the reports, take EST's analysis
 * of it, and give the decision tables what they need per problem. Called by the delegates of
 * {@code est-weekly-cycle}, and as {@code ${weeklyCycle...}} by its input mappings.
 */
@Service("weeklyCycle")
public class WeeklyCycle {

    /** How far back reports are read for trends and consecutive weeks. */
    static final int HISTORY_WEEKS = 52;
    static final int TEXT_MAX = 4000;
    static final int DEPARTMENTS_MAX = 20;
    /** The place types of the decision tables, with the words the form shows. */
    static final Map<String, String> PLACE_TYPES = Map.of(
            "skola", "Skola", "kollektivtrafik", "Kollektivtrafik", "bostadsomrade", "Bostadsområde",
            "centrum", "Centrum eller torg", "park-idrott", "Park eller idrottsplats", "ovrigt", "Övrigt");
    private static final Map<String, ProblemStatus> DECISIONS = Map.of(
            "confirm", ProblemStatus.CONFIRMED, "merge", ProblemStatus.MERGED, "dismiss", ProblemStatus.DISMISSED);

    private final PictureRecords records;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    public WeeklyCycle(PictureRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    /** The week a cycle starting now is about: the last complete week. */
    public Week weekToCompile() {
        return Week.containing(clock.instant(), SamverkanApplication.ZONE).minusWeeks(1);
    }

    /**
     * Compiles and stores the picture of a week.
     *
     * @return the new picture's id, or empty when the week has a picture already (the cycle ran twice)
     */
    public Optional<Long> compile(Week week, String processInstanceId) {
        if (records.pictureOfWeek(week).isPresent()) {
            return Optional.empty();
        }
        List<ReportFact> reports = records.reportsBetween(week.minusWeeks(HISTORY_WEEKS).start(), week.end());
        long pictureId = records.insertPicture(week, clock.instant(), processInstanceId);
        for (Problem problem : WeeklyPicture.of(week, reports)) {
            records.insertProblem(pictureId, problem);
        }
        return Optional.of(pictureId);
    }

    /** The problems as EST's analysis form lists them (JSON array), numbered from 1 in the picture's order. */
    public String analysisForm(long pictureId) {
        ArrayNode rows = json.createArrayNode();
        int number = 1;
        for (PictureProblem p : records.problemsOf(pictureId)) {
            ObjectNode row = rows.addObject();
            row.put("number", number++);
            row.put("area", p.area());
            row.put("facts", facts(p));
            row.put("decision", "confirm");
            row.putNull("mergeInto");
            row.put("placeType", "ovrigt");
            row.put("departmentsInvolved", 1);
            row.put("needsResourcesBeyondBudget", false);
            row.put("needsPolicyDecision", false);
            row.put("policeKnowledge", "");
        }
        return rows.toString();
    }

    private static String facts(PictureProblem p) {
        return p.reportsThisWeek() + (p.reportsThisWeek() == 1 ? " rapport" : " rapporter") + " denna vecka, "
                + p.trend().swedish() + " (snitt " + String.format(Locale.forLanguageTag("sv-SE"), "%.1f",
                p.previousWeeksAverage()) + " veckorna före), " + p.consecutiveWeeks()
                + (p.consecutiveWeeks() == 1 ? " vecka" : " veckor i rad");
    }

    public int problemCount(long pictureId) {
        return records.problemsOf(pictureId).size();
    }

    /**
     * Checks and stores EST's analysis: every problem confirmed, merged into a confirmed one, or
     * dismissed, with what the decision tables need.
     *
     * @param analysisJson the analysis form's list, in the order it was given
     * @throws AnalysisRefusedException with every reason when anything is wrong; nothing is stored then
     */
    public void analyse(long pictureId, String analysisJson, String summary, String analysedBy) {
        List<PictureProblem> problems = records.problemsOf(pictureId);
        List<String> reasons = new ArrayList<>();
        List<ProblemAnalysis> analyses = new ArrayList<>();
        JsonNode rows = parse(analysisJson);
        if (rows == null || !rows.isArray() || rows.size() != problems.size()) {
            throw new AnalysisRefusedException(List.of("Analysen ska ha en rad per problem i veckans lägesbild ("
                    + problems.size() + " st). Ladda om uppgiften och försök igen."));
        }
        for (int i = 0; i < problems.size(); i++) {
            analyses.add(analysis(i + 1, problems, rows.get(i), reasons));
        }
        Set<Long> confirmed = new HashSet<>();
        analyses.stream().filter(a -> a.status() == ProblemStatus.CONFIRMED).forEach(a -> confirmed.add(a.problemId()));
        for (int i = 0; i < analyses.size(); i++) {
            ProblemAnalysis a = analyses.get(i);
            if (a.status() == ProblemStatus.MERGED && a.mergeInto() != null && !confirmed.contains(a.mergeInto())) {
                reasons.add("Problem " + (i + 1) + ": det problem det slås ihop med måste vara bekräftat.");
            }
        }
        String text = summary == null ? "" : summary.strip();
        if (text.isEmpty()) {
            reasons.add("Veckans sammanfattning saknas: skriv kort vad EST ser i veckans lägesbild.");
        }
        checkText(text, "Veckans sammanfattning", reasons);
        if (!reasons.isEmpty()) {
            throw new AnalysisRefusedException(reasons);
        }
        analyses.forEach(a -> records.recordAnalysis(a.problemId(), a));
        records.recordSummary(pictureId, text, analysedBy, clock.instant());
    }

    private ProblemAnalysis analysis(int number, List<PictureProblem> problems, JsonNode row, List<String> reasons) {
        String label = "Problem " + number + " (" + problems.get(number - 1).area() + ")";
        ProblemStatus status = DECISIONS.get(row.path("decision").asText());
        if (status == null) {
            reasons.add(label + ": välj bekräfta, slå ihop eller avfärda.");
        }
        Long mergeInto = null;
        if (status == ProblemStatus.MERGED) {
            int other = row.path("mergeInto").asInt(0);
            if (other < 1 || other > problems.size() || other == number) {
                reasons.add(label + ": ange numret på det problem i listan som det ska slås ihop med.");
            } else {
                mergeInto = problems.get(other - 1).id();
            }
        }
        String placeType = row.path("placeType").asText("");
        if (!PLACE_TYPES.containsKey(placeType)) {
            reasons.add(label + ": välj vilken typ av plats det gäller.");
        }
        int departments = row.path("departmentsInvolved").asInt(-1);
        if (departments < 0 || departments > DEPARTMENTS_MAX) {
            reasons.add(label + ": antal förvaltningar och aktörer ska vara mellan 0 och " + DEPARTMENTS_MAX + ".");
        }
        String knowledge = row.path("policeKnowledge").asText("").strip();
        checkText(knowledge, label + ", polisens kunskap och analys", reasons);
        return new ProblemAnalysis(problems.get(number - 1).id(), status, mergeInto, knowledge.isEmpty() ? null : knowledge,
                placeType, Math.max(departments, 0), row.path("needsResourcesBeyondBudget").asBoolean(false),
                row.path("needsPolicyDecision").asBoolean(false));
    }

    private static void checkText(String text, String label, List<String> reasons) {
        if (text.length() > TEXT_MAX) {
            reasons.add(label + " får vara högst " + TEXT_MAX + " tecken men är " + text.length() + ". Korta texten.");
        }
        if (PersonalIdentityNumbers.containsOne(text)) {
            reasons.add(label + " innehåller något som ser ut som ett personnummer eller samordningsnummer. "
                    + "Lägesbilden får inte innehålla personuppgifter: ta bort numret.");
        }
    }

    private JsonNode parse(String analysisJson) {
        try {
            return analysisJson == null ? null : json.readTree(analysisJson);
        } catch (JsonProcessingException unreadable) {
            return null;
        }
    }

    /** The confirmed problems of a picture, in its order: the collection the decision tables run over. */
    public List<Long> confirmedProblems(long pictureId) {
        return records.problemsOf(pictureId).stream().filter(p -> p.status() == ProblemStatus.CONFIRMED)
                .map(PictureProblem::id).toList();
    }

    /** A confirmed problem, for the input mappings of the decision tables. */
    public PictureProblem problem(long problemId) {
        return records.problem(problemId).orElseThrow(() -> new IllegalArgumentException("No problem " + problemId));
    }

    /**
     * Weeks in a row, this one included, the area has been a confirmed problem of priority 1 or 2: an
     * input of escalation-level. Zero when this week's priority is lower.
     */
    public int weeksPersisting(long problemId, int priority) {
        if (priority > 2) {
            return 0;
        }
        int weeks = 1;
        for (int earlier : records.earlierPriorities(problem(problemId))) {
            if (earlier > 2) {
                break;
            }
            weeks++;
        }
        return weeks;
    }

    /** Stores what the decision tables gave for a problem. */
    public void recordPrioritisation(long problemId, int priority, int weeksPersisting, String escalationLevel) {
        records.recordPrioritisation(problemId, priority, weeksPersisting, escalationLevel);
    }
}
