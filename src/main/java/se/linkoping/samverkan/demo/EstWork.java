package se.linkoping.samverkan.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import se.linkoping.samverkan.estweeklycycle.PictureProblem;
import se.linkoping.samverkan.estweeklycycle.PictureRecords;
import se.linkoping.samverkan.estweeklycycle.ProblemStatus;
import se.linkoping.samverkan.estweeklycycle.Trend;
import se.linkoping.samverkan.estweeklycycle.WeeklyCycle;

/**
 * EST's week: the prompt assessment of reports of violence and threats, and the weekly cycle — each
 * problem analysed (confirmed, merged into its district's problem, or dismissed), the week summed up, and
 * an intervention decided where the priority calls for one and nothing is under way already. The latest
 * weekly picture is this week's work, left waiting in Tasklist.
 */
final class EstWork {

    private final TaskService tasks;
    private final Staff staff;
    private final EngineTime time;
    private final WeeklyCycle cycle;
    private final PictureRecords pictures;
    private final Areas areas;
    /** The Monday of the week the latest EST cycle before the end compiles: EST has not analysed it yet. */
    private final LocalDate latestWeekCompiled;
    /** The end of the simulated quarter: the demo opens then. */
    private final Instant end;

    EstWork(TaskService tasks, Staff staff, EngineTime time, WeeklyCycle cycle, PictureRecords pictures, Areas areas,
            LocalDate latestWeekCompiled, Instant end) {
        this.tasks = tasks;
        this.staff = staff;
        this.time = time;
        this.cycle = cycle;
        this.pictures = pictures;
        this.areas = areas;
        this.latestWeekCompiled = latestWeekCompiled;
        this.end = end;
    }

    /**
     * EST works on a weekly picture on Monday mornings, except the latest one: that is this week's work, left
     * waiting in Tasklist while it is not yet due. EST keeps its deadlines, so a task of it that falls due before
     * the demo opens (later in the week) is done on time: the demo opens on work in time, never on a backlog.
     */
    Optional<Instant> cycleWorkAt(Task task, Instant earliest) {
        LocalDate week = pictures.weekOfPicture(longVariable(task, "pictureId"));
        boolean dueBeforeTheDemoOpens = task.getDueDate() != null && !task.getDueDate().toInstant().isAfter(end);
        return week.isBefore(latestWeekCompiled) || dueBeforeTheDemoOpens ? Optional.of(Quarter.workingTime(earliest))
                : Optional.empty();
    }

    void assess(Task task) {
        String category = String.valueOf(tasks.getVariable(task.getId(), "category"));
        staff.complete(task, staff.memberOf("est"), Map.of("assessment", DemoTexts.assessment(category),
                "immediateAction", "skottlossning-sprangning".equals(category)));
    }

    void analyse(Task task) {
        PictureProblem p = cycle.problem(longVariable(task, "problemId"));
        Map<String, Object> form = new HashMap<>();
        form.put("placeType", QuarterReports.placeType(p.district(), p.category()));
        form.put("needsResourcesBeyondBudget", false);
        form.put("needsPolicyDecision", false);
        form.put("departmentsInvolved", 1);
        if (p.place() != null) {
            form.put("decision", "merge");
            form.put("mergeInto", String.valueOf(districtProblem(p).id()));
            form.put("policeKnowledge", "Samma plats som stadsdelens problem i veckan: en del av det.");
        } else if (p.reportsThisWeek() == 1 && !p.violenceOrThreat() && p.consecutiveWeeks() == 1) {
            form.put("decision", "dismiss");
            form.put("policeKnowledge", "Enstaka händelse utan koppling till andra rapporter; följs i nästa lägesbild.");
        } else {
            form.put("decision", "confirm");
            String knowledge = DemoTexts.knowledge(p.category());
            boolean noMatterYet = areas.matterBody(p.district(), p.category(), Duration.ofDays(400)).isEmpty();
            if (Storyline.is(p.district(), p.category(), Storyline.CHAIN_DISTRICT, Storyline.CHAIN_CATEGORY)
                    && noMatterYet && p.reportsThisWeek() >= Storyline.CHAIN_RAISE_REPORTS) {
                form.put("departmentsInvolved", 4);
                knowledge += " Har ökat i flera veckor trots polisens insats. Socialtjänst, skola, fritid och "
                        + "bostadsbolag behöver agera tillsammans med polisen.";
            } else if (Storyline.is(p.district(), p.category(), Storyline.ARSON_DISTRICT, Storyline.ARSON_CATEGORY)
                    && noMatterYet && p.reportsThisWeek() >= Storyline.ARSON_RAISE_REPORTS) {
                form.put("departmentsInvolved", 2);
                knowledge += " Bostadsbolaget, räddningstjänsten och polisen behöver agera tillsammans.";
            } else {
                Optional<String> body = areas.matterBody(p.district(), p.category(), Duration.ofDays(56));
                if (body.isPresent()) {
                    knowledge += " Ärendet hanteras av " + body.get() + ".";
                }
            }
            form.put("policeKnowledge", knowledge);
        }
        staff.complete(task, staff.memberOf("est"), form);
    }

    /** The problem of the whole district and category that a hot spot's problem of the same week is part of. */
    private PictureProblem districtProblem(PictureProblem hotSpot) {
        List<PictureProblem> whole = pictures.problemsOf(hotSpot.pictureId()).stream()
                .filter(p -> p.place() == null && p.district().equals(hotSpot.district())
                        && p.category().equals(hotSpot.category()))
                .toList();
        if (whole.size() != 1) {
            throw new IllegalStateException("Not one problem of the whole district for " + hotSpot.area());
        }
        return whole.get(0);
    }

    void summarise(Task task) {
        List<PictureProblem> problems = pictures.problemsOf(longVariable(task, "pictureId")).stream()
                .filter(p -> p.place() == null).toList();
        List<PictureProblem> confirmed = problems.stream().filter(p -> p.status() == ProblemStatus.CONFIRMED)
                .sorted(Comparator.comparingInt(PictureProblem::reportsThisWeek).reversed()).toList();
        int reports = problems.stream().mapToInt(PictureProblem::reportsThisWeek).sum();
        StringBuilder text = new StringBuilder("Lägesbild ").append(tasks.getVariable(task.getId(), "weekLabel"))
                .append(": ").append(reports).append(" rapporter, ").append(confirmed.size())
                .append(" bekräftade problem.");
        if (!confirmed.isEmpty()) {
            text.append(" Mest rapporterat: ");
            text.append(String.join("; ", confirmed.stream().limit(3)
                    .map(p -> p.area() + " (" + p.reportsThisWeek() + ", " + p.trend().swedish() + ")").toList()))
                    .append('.');
        }
        text.append(" Pågående insatser följs upp på måndagsmötet.");
        staff.complete(task, staff.memberOf("est"), Map.of("analysisSummary", text.toString()));
    }

    void decideIntervention(Task task) {
        PictureProblem p = cycle.problem(longVariable(task, "problemId"));
        Map<String, Object> form = new HashMap<>();
        Optional<String> ongoing = areas.ongoingIntervention(p.district(), p.category());
        Optional<String> body = areas.matterBody(p.district(), p.category(), Duration.ofDays(56));
        int priority = p.priority() == null ? 4 : p.priority();
        if (body.isPresent()) {
            form.put("intervene", "no");
            form.put("rationale", "Ärendet hanteras av " + body.get() + ". EST följer utvecklingen i lägesbilden.");
        } else if (ongoing.isPresent()) {
            form.put("intervene", "no");
            form.put("rationale", "Insats finns redan: " + ongoing.get() + ". Ingen ny insats nu.");
        } else if (priority <= 2 || (priority == 3 && (p.reportsThisWeek() >= 2 || p.trend() == Trend.RISING))) {
            DemoTexts.Intervention intervention = DemoTexts.intervention(p.category(), p.districtName());
            form.put("intervene", "yes");
            form.put("rationale", "Prioritet " + priority + ": " + cycle.facts(p.id())
                    + " EST beslutar en insats och följer upp effekten.");
            form.put("title", intervention.title());
            form.put("description", intervention.description());
            form.put("responsibleGroup", tasks.getVariable(task.getId(), "responsibleGroup"));
            // due a week ahead for an acute problem, two for priority 2, three otherwise
            form.put("dueDate", Quarter.fridayAfter(time.now(), priority == 1 ? 7 : priority == 2 ? 14 : 21)
                    .toString());
        } else {
            form.put("intervene", "no");
            form.put("rationale", "Prioritet " + priority + ": följs i lägesbilden.");
        }
        staff.complete(task, staff.memberOf("est"), form);
    }

    /** The security unit reminds EST of the week's analysis. */
    void remind(Task task) {
        staff.complete(task, "erik.sandberg", Map.of("reminderNote", "EST påmind; analysen görs i dag."));
    }

    private long longVariable(Task task, String name) {
        return ((Number) tasks.getVariable(task.getId(), name)).longValue();
    }
}
