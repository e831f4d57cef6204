package se.linkoping.samverkan.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.support.CronExpression;

import se.linkoping.samverkan.estweeklycycle.PictureProblem;
import se.linkoping.samverkan.estweeklycycle.Trend;
import se.linkoping.samverkan.estweeklycycle.WeeklyCycle;
import se.linkoping.samverkan.identity.OrganisationGroup;
import se.linkoping.samverkan.matter.Matter;
import se.linkoping.samverkan.matter.MatterOrigin;
import se.linkoping.samverkan.matter.Matters;
import se.linkoping.samverkan.meeting.Meeting;
import se.linkoping.samverkan.meeting.MeetingBody;
import se.linkoping.samverkan.meeting.MeetingSchedule;
import se.linkoping.samverkan.meeting.Meetings;
import se.linkoping.samverkan.system.Swedish;

/**
 * What the people of the simulated quarter do with their tasks, and when: EST assesses reports of violence
 * the same day, analyses the weekly picture on Monday morning and decides its interventions before
 * lunch; the security unit prepares each meeting's agenda; the bodies decide their matters at the
 * meeting; the responsible groups carry out their interventions by the due date — except the two of the
 * {@link Storyline} that run late — and the deciding body follows them up. Every step goes through the
 * task's form, as the person who would do it ({@link Staff}).
 * <p>
 * Left undone on purpose, so Tasklist has work when the demo opens: the analysis of the latest weekly
 * picture, the decisions of meetings not yet held, interventions not yet due and their follow-ups, and
 * the draft of next year's cooperation agreement.
 */
final class StaffWork {

    /** Schedules a step of the simulation at a time. */
    interface Scheduler {
        void at(Instant when, String what, Runnable step);
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("sv"));
    /** The rising problem must be decided at the top this long before the end, so its reports can fall. */
    static final Duration CHAIN_MARGIN = Duration.ofDays(10);

    private final TaskService tasks;
    private final Staff staff;
    private final EngineTime time;
    private final WeeklyCycle cycle;
    private final Matters matters;
    private final Meetings meetings;
    private final MeetingSchedule schedule;
    private final JdbcClient jdbc;
    private final ProcessEngineServices engine;
    private final Quarter quarter;
    private final Scheduler scheduler;
    /** The Monday of the week the latest EST cycle before the end compiles: EST has not analysed it yet. */
    private final LocalDate latestWeekCompiled;

    /** The week the political steering group decided the rising problem, or -1. */
    private int chainDecidedInWeek = -1;
    /** When the responsible group finally reports the late intervention in Ryd, once the group has decided. */
    private Instant tunnelReportedAt;
    private final Map<Long, Integer> plansDecided = new HashMap<>();
    /** When each open task will be done, worked out once per task (the course of things changes it only once). */
    private final Map<String, Optional<Instant>> plannedAt = new HashMap<>();

    StaffWork(TaskService tasks, Staff staff, EngineTime time, WeeklyCycle cycle, Matters matters, Meetings meetings,
              MeetingSchedule schedule, JdbcClient jdbc, ProcessEngineServices engine, Quarter quarter,
              String estCron, Scheduler scheduler) {
        this.tasks = tasks;
        this.staff = staff;
        this.time = time;
        this.cycle = cycle;
        this.matters = matters;
        this.meetings = meetings;
        this.schedule = schedule;
        this.jdbc = jdbc;
        this.engine = engine;
        this.quarter = quarter;
        this.scheduler = scheduler;
        this.latestWeekCompiled = latestWeekCompiled(estCron, quarter.end());
    }

    int chainDecidedInWeek() {
        return chainDecidedInWeek;
    }

    /** The week the EST cycle compiles that last ran before the end: its analysis is left waiting. */
    static LocalDate latestWeekCompiled(String estCron, Instant end) {
        CronExpression cron = CronExpression.parse(estCron);
        ZonedDateTime last = null;
        ZonedDateTime at = end.atZone(Swedish.ZONE).minusDays(15);
        while ((at = cron.next(at)) != null && !at.toInstant().isAfter(end)) {
            last = at;
        }
        if (last == null) {
            return LocalDate.MAX;
        }
        return last.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
    }

    // --- the scripted steps of the storyline

    /** What staff start themselves, at fixed points of the quarter. */
    void scheduleStoryline() {
        scheduler.at(Quarter.at(quarter.monday(0).plusDays(3), LocalTime.of(10, 12)), "the graffiti matter",
                () -> raise("erik.sandberg", Storyline.GRAFFITI_MATTER,
                        "Stångåstaden rapporterar omfattande klotter på sina fastigheter i Valla de senaste veckorna. "
                                + "Behöver samordnas med kommunens saneringsavtal?",
                        MeetingBody.COORDINATION_GROUP, "valla", "skadegorelse", false));
        scheduler.at(quarter.end().minus(Duration.ofHours(26)), "the acute matter",
                () -> raise("sara.nilsson", Storyline.ACUTE_MATTER,
                        "Personalen på fritidsgården har hotats två kvällar i rad av en grupp ungdomar. "
                                + "Verksamheten överväger att stänga kvällstid.",
                        MeetingBody.COORDINATION_GROUP, Storyline.ACUTE_DISTRICT, Storyline.ACUTE_CATEGORY, true));
        scheduler.at(Quarter.workingTime(Quarter.at(Quarter.day(quarter.end().minus(Duration.ofDays(9))),
                LocalTime.of(10, 40))), "the cooperation agreement", () -> staff.start("cooperation-agreement",
                "erik.sandberg", Map.of("reason", "Överenskommelsen och medborgarlöftet ses över inför nästa år: "
                        + "lägesbilden i Skäggetorp och Berga har förändrats under kvartalet.")));
    }

    private void raise(String user, String title, String description, MeetingBody level, String district,
                       String category, boolean acute) {
        Map<String, Object> form = new HashMap<>();
        form.put("title", title);
        form.put("description", description);
        form.put("level", level.id());
        form.put("district", district);
        form.put("category", category);
        form.put("acute", acute);
        staff.start("matter", user, form);
    }

    // --- the tasks

    /** Works on every open task whose time has come, oldest first. */
    void workOnTasks(Duration pause) {
        List<Task> open = tasks.createTaskQuery().active().orderByTaskCreateTime().asc().list();
        plannedAt.keySet().retainAll(open.stream().map(Task::getId).toList());
        for (Task listed : open) {
            Optional<Instant> due = plannedAt.computeIfAbsent(listed.getId(), id -> actAt(listed));
            if (due.isEmpty() || due.get().isAfter(time.now())) {
                continue;
            }
            time.advanceTo(time.now().plus(pause));
            Task task = tasks.createTaskQuery().taskId(listed.getId()).singleResult();
            if (task != null) {
                act(task);
            }
        }
    }

    /** When the person responsible gets to a task; empty when it is left waiting. */
    Optional<Instant> actAt(Task task) {
        Instant created = task.getCreateTime().toInstant();
        return switch (task.getTaskDefinitionKey()) {
            // EST is on call for violence and threats, every day
            case "Task_AssessReport" -> Optional.of(created.plus(Duration.ofMinutes(45)));
            case "Task_AnalyseProblem" -> estWork(task, created.plus(Duration.ofHours(2)));
            case "Task_SummariseWeek" -> estWork(task, created.plus(Duration.ofMinutes(30)));
            case "Task_DecideIntervention" -> estWork(task, created.plus(Duration.ofHours(1)));
            case "Task_RemindAnalysis" -> estWork(task, created.plus(Duration.ofHours(1)));
            case "Task_PrepareAgenda" -> {
                Meeting meeting = meetings.of(task.getProcessInstanceId());
                // an acute matter's extra meeting is prepared at once, whatever the day
                yield Optional.of(meeting.extra() ? created.plus(Duration.ofHours(2))
                        : Quarter.workingTime(created.plus(Duration.ofHours(1))));
            }
            case "Task_DecideMatter", "Task_ProposeDistrictPlan", "Task_DecideDistrictPlan", "Task_DecidePhase" -> {
                Instant held = heldAt(meetings.of(task.getProcessInstanceId()));
                Instant ready = created.plus(Duration.ofMinutes(20));
                yield Optional.of(held.isAfter(ready) ? held : ready);
            }
            case "Task_CarryOutIntervention" -> reportedAt(task);
            case "Task_FollowUpIntervention" -> Optional.of(
                    "est".equals(intervention(task.getProcessInstanceId()).body())
                            // EST follows up at its Monday meeting
                            ? Quarter.at(Quarter.day(created).with(TemporalAdjusters.next(DayOfWeek.MONDAY)),
                            LocalTime.of(11, 0))
                            : Quarter.workingDaysAfter(created, 2, LocalTime.of(10, 0)));
            case "Task_AlertConvener" -> Optional.of(Quarter.workingDaysAfter(created, 1, LocalTime.of(9, 0)));
            default -> Optional.empty();
        };
    }

    /** EST works on a weekly picture on Monday mornings, except the latest one: that is this week's work. */
    private Optional<Instant> estWork(Task task, Instant earliest) {
        Object pictureId = tasks.getVariable(task.getId(), "pictureId");
        LocalDate week = jdbc.sql("select week_start from samverkan.situational_picture where id = ?")
                .param(((Number) pictureId).longValue()).query(LocalDate.class).single();
        return week.isBefore(latestWeekCompiled) ? Optional.of(Quarter.workingTime(earliest)) : Optional.empty();
    }

    /** An ordinary meeting meets when called; an extra one two working days later. */
    private static Instant heldAt(Meeting meeting) {
        Instant called = meeting.calledAt().toInstant();
        return meeting.extra() ? Quarter.workingDaysAfter(called, 2, LocalTime.of(10, 0))
                : Quarter.workingTime(called.plus(Duration.ofHours(1)));
    }

    private void act(Task task) {
        switch (task.getTaskDefinitionKey()) {
            case "Task_AssessReport" -> assess(task);
            case "Task_AnalyseProblem" -> analyse(task);
            case "Task_SummariseWeek" -> summarise(task);
            case "Task_DecideIntervention" -> decideIntervention(task);
            case "Task_RemindAnalysis" -> staff.complete(task, "erik.sandberg",
                    Map.of("reminderNote", "EST påmind; analysen görs i dag."));
            case "Task_PrepareAgenda" -> prepareAgenda(task);
            case "Task_DecideMatter" -> decideMatter(task);
            case "Task_ProposeDistrictPlan" -> proposePlan(task);
            case "Task_DecideDistrictPlan" -> decidePlan(task);
            case "Task_DecidePhase" -> staff.complete(task, "maria.ek", Map.of("phase", meetings.currentPhase(),
                    "phaseRationale", "Läget är i huvudsak oförändrat. Skäggetorp följs särskilt; lednings- och "
                            + "samordningsgruppen fortsätter i nuvarande mötesrytm."));
            case "Task_CarryOutIntervention" -> carryOut(task);
            case "Task_FollowUpIntervention" -> followUp(task);
            case "Task_AlertConvener" -> staff.complete(task, staff.memberOf(candidateGroup(task)),
                    Map.of("convenerAction", "NEXT_MEETING", "convenerComment", "Tas upp på nästa ordinarie möte."));
            default -> throw new IllegalStateException("No one in the demo does " + task.getTaskDefinitionKey());
        }
    }

    // --- EST

    private void assess(Task task) {
        String category = String.valueOf(tasks.getVariable(task.getId(), "category"));
        staff.complete(task, staff.memberOf("est"), Map.of("assessment", DemoTexts.assessment(category),
                "immediateAction", "skottlossning-sprangning".equals(category)));
    }

    private void analyse(Task task) {
        PictureProblem p = cycle.problem(((Number) tasks.getVariable(task.getId(), "problemId")).longValue());
        Map<String, Object> form = new HashMap<>();
        form.put("placeType", QuarterReports.placeType(p.district(), p.category()));
        form.put("needsResourcesBeyondBudget", false);
        form.put("needsPolicyDecision", false);
        form.put("departmentsInvolved", 1);
        if (p.place() != null) {
            form.put("decision", "merge");
            form.put("mergeInto", String.valueOf(jdbc.sql("""
                            select id from samverkan.picture_problem
                            where picture_id = ? and district_code = ? and category_code = ? and place is null""")
                    .params(p.pictureId(), p.district(), p.category()).query(Long.class).single()));
            form.put("policeKnowledge", "Samma plats som stadsdelens problem i veckan: en del av det.");
        } else if (p.reportsThisWeek() == 1 && !p.violenceOrThreat() && p.consecutiveWeeks() == 1) {
            form.put("decision", "dismiss");
            form.put("policeKnowledge", "Enstaka händelse utan koppling till andra rapporter; följs i nästa lägesbild.");
        } else {
            form.put("decision", "confirm");
            String knowledge = DemoTexts.knowledge(p.category());
            boolean noMatterYet = matterOn(p.district(), p.category(), Duration.ofDays(400)).isEmpty();
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
                Optional<String> matter = matterOn(p.district(), p.category(), Duration.ofDays(56));
                if (matter.isPresent()) {
                    knowledge += " Ärendet hanteras av " + matter.get() + ".";
                }
            }
            form.put("policeKnowledge", knowledge);
        }
        staff.complete(task, staff.memberOf("est"), form);
    }

    private void summarise(Task task) {
        long pictureId = ((Number) tasks.getVariable(task.getId(), "pictureId")).longValue();
        String week = String.valueOf(tasks.getVariable(task.getId(), "weekLabel"));
        record Row(String area, int reports, String trend) {
        }
        List<Row> confirmed = jdbc.sql("""
                        select d.name, c.name, p.reports_this_week, p.trend
                        from samverkan.picture_problem p
                        join samverkan.district d on d.code = p.district_code
                        join samverkan.incident_category c on c.code = p.category_code
                        where p.picture_id = ? and p.status = 'CONFIRMED' and p.place is null
                        order by p.reports_this_week desc, d.sort_order, c.sort_order""")
                .param(pictureId)
                .query((rs, row) -> new Row(rs.getString(1) + " – " + rs.getString(2), rs.getInt(3),
                        Trend.valueOf(rs.getString(4)).swedish()))
                .list();
        int reports = jdbc.sql("select coalesce(sum(reports_this_week), 0) from samverkan.picture_problem "
                + "where picture_id = ? and place is null").param(pictureId).query(Integer.class).single();
        StringBuilder text = new StringBuilder("Lägesbild ").append(week).append(": ").append(reports)
                .append(" rapporter, ").append(confirmed.size()).append(" bekräftade problem.");
        if (!confirmed.isEmpty()) {
            text.append(" Mest rapporterat: ");
            text.append(String.join("; ", confirmed.stream().limit(3)
                    .map(r -> r.area() + " (" + r.reports() + ", " + r.trend() + ")").toList())).append('.');
        }
        text.append(" Pågående insatser följs upp på måndagsmötet.");
        staff.complete(task, staff.memberOf("est"), Map.of("analysisSummary", text.toString()));
    }

    private void decideIntervention(Task task) {
        PictureProblem p = cycle.problem(((Number) tasks.getVariable(task.getId(), "problemId")).longValue());
        Map<String, Object> form = new HashMap<>();
        Optional<String> ongoing = ongoingIntervention(p.district(), p.category());
        Optional<String> matter = matterOn(p.district(), p.category(), Duration.ofDays(56));
        int priority = p.priority() == null ? 4 : p.priority();
        if (matter.isPresent()) {
            form.put("intervene", "no");
            form.put("rationale", "Ärendet hanteras av " + matter.get() + ". EST följer utvecklingen i lägesbilden.");
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
            form.put("dueDate", dueDate(priority).toString());
        } else {
            form.put("intervene", "no");
            form.put("rationale", "Prioritet " + priority + ": följs i lägesbilden.");
        }
        staff.complete(task, staff.memberOf("est"), form);
    }

    /** Due on a Friday: a week ahead for an acute problem, two for priority 2, three otherwise. */
    private LocalDate dueDate(int priority) {
        int days = priority == 1 ? 7 : priority == 2 ? 14 : 21;
        return Quarter.day(time.now()).plusDays(days).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
    }

    // --- meetings

    private void prepareAgenda(Task task) {
        Meeting meeting = meetings.of(task.getProcessInstanceId());
        boolean coordinator = meeting.body() == MeetingBody.COORDINATION_GROUP && !meeting.extra()
                && meeting.id() % 2 == 0;
        staff.complete(task, coordinator ? "sara.nilsson" : "erik.sandberg", Map.of("agendaNotes", coordinator
                ? "Stadsdelssamordnarna redovisar vad trygghetsvärdar och trygghetsråd ser i stadsdelarna."
                : "Säkerhetsenheten redovisar veckans lägesbild och läget för insatserna efter sitt slutdatum."));
    }

    private void decideMatter(Task task) {
        Matter matter = matters.get(((Number) tasks.getVariable(task.getId(), "matterId")).longValue());
        MeetingBody body = meetings.of(task.getProcessInstanceId()).body();
        Map<String, Object> form = new HashMap<>();
        boolean chain = matter.origin() == MatterOrigin.EST
                && Storyline.is(matter.district(), matter.category(), Storyline.CHAIN_DISTRICT, Storyline.CHAIN_CATEGORY);
        if (chain && body == MeetingBody.COORDINATION_GROUP) {
            form.put("outcome", "ESCALATED");
            form.put("rationale", "Problemet har ökat i flera veckor trots polisens insats. Det kräver resurser utöver "
                    + "förvaltningarnas budgetar och samordning mellan socialtjänst, skola, fritid och bostadsbolag: "
                    + "styrgruppen behöver prioritera.");
            afterChainEscalation(MeetingBody.STEERING_GROUP, matter, "johan.berg", guardsMatter(),
                    "Trygghetsvärdarna i Skäggetorp och Ryd är finansierade bara i år. Lednings- och "
                            + "samordningsgruppen vill att styrgruppen prioriterar dem i budgetplaneringen " + budgetYear()
                            + ".");
        } else if (chain && body == MeetingBody.STEERING_GROUP) {
            form.put("outcome", "ESCALATED");
            form.put("rationale", "Styrgruppen står bakom en samlad satsning i Skäggetorp, men den kräver prioritering "
                    + "i kommunstyrelsens budget: politiska styrgruppen beslutar.");
            form.put("directive", "Förvaltningarna tar fram en gemensam kostnadsberäkning till politiska styrgruppen.");
            afterChainEscalation(MeetingBody.POLITICAL_STEERING_GROUP, matter, "maria.ek", Storyline.CAMERAS_MATTER,
                    "Polisen och boende efterfrågar kamerabevakning vid Skäggetorps centrum. Frågan kräver ett "
                            + "politiskt ställningstagande och medel i budgeten.");
        } else if (chain) {
            form.put("outcome", "HANDLED");
            form.put("rationale", "Politiska styrgruppen prioriterar en samlad satsning mot den öppna "
                    + "narkotikahandeln i Skäggetorp.");
            form.put("directive", "Prioriteras i KS budget " + budgetYear() + " och i KLF:s verksamhetsplan: förstärkt fältarbete, "
                    + "föräldranätverk och bättre belysning i centrum.");
            intervention(form, "Förstärkt fältarbete och föräldranätverk i Skäggetorp",
                    "Socialtjänstens fältgrupp förstärks kvällstid och ett föräldranätverk startas med skolan.",
                    "social-care", 42);
            chainDecidedInWeek = quarter.weekOf(time.now());
        } else if (matter.origin() == MatterOrigin.OVERDUE_INTERVENTION) {
            String group = jdbc.sql("select responsible_group from samverkan.intervention where id = ?")
                    .param(matter.interventionId()).query(String.class).single();
            form.put("outcome", "HANDLED");
            form.put("rationale", OrganisationGroup.byId(group).map(OrganisationGroup::swedishName).orElse(group)
                    + " har fått en ny tidplan och rapporterar när insatsen är genomförd. Gruppen följer upp vid "
                    + "nästa möte.");
            if (Storyline.is(matter.district(), matter.category(), Storyline.TUNNEL_DISTRICT,
                    Storyline.TUNNEL_CATEGORY)) {
                tunnelReportedAt = Quarter.workingDaysAfter(time.now(), 4, LocalTime.of(13, 30));
                plannedAt.clear();
            }
        } else if (Storyline.GRAFFITI_MATTER.equals(matter.title())) {
            form.put("outcome", "CLOSED");
            form.put("rationale", "Stångåstaden sanerar klottret inom sitt ordinarie underhåll och EST följer "
                    + "utvecklingen i lägesbilden. Inget mer behövs på den här nivån.");
        } else if (guardsMatter().equals(matter.title())) {
            form.put("outcome", "HANDLED");
            form.put("rationale", "Trygghetsvärdarna gör skillnad kvällstid; styrgruppen prioriterar dem i "
                    + "budgetplaneringen " + budgetYear() + ".");
            form.put("directive", "Kultur- och fritidsförvaltningen och Stångåstaden tar fram ett gemensamt "
                    + "finansieringsförslag till budgetberedningen.");
            intervention(form, "Finansieringsförslag för trygghetsvärdar " + budgetYear(),
                    "Förslag till gemensam finansiering av trygghetsvärdar kvällstid i Skäggetorp och Ryd.",
                    "culture-leisure", 35);
        } else if (Storyline.CAMERAS_MATTER.equals(matter.title())) {
            form.put("outcome", "HANDLED");
            form.put("rationale", "Politiska styrgruppen ser behovet men vill ha underlag om effekter och integritet "
                    + "innan beslut.");
            form.put("directive", "KLF utreder kamerabevakning vid Skäggetorps centrum tillsammans med polisen och "
                    + "redovisar vid nästa möte.");
        } else if (Storyline.is(matter.district(), matter.category(), Storyline.ARSON_DISTRICT,
                Storyline.ARSON_CATEGORY)) {
            form.put("outcome", "HANDLED");
            form.put("rationale", "Bostadsbolaget, räddningstjänsten och polisen samordnar åtgärderna mot bränderna "
                    + "i Berga.");
            intervention(form, "Låsta soprum och nattlig tillsyn i Berga",
                    "Stångåstaden låser soprummen nattetid och ordnar tillsyn; räddningstjänsten informerar boende.",
                    "municipal-companies", 21);
        } else if (matter.acute()) {
            form.put("outcome", "HANDLED");
            form.put("rationale", "Polisen och verksamheten ser över närvaro och rutiner så att verksamheten kan "
                    + "hålla öppet.");
            intervention(form, "Polisiär närvaro vid " + Storyline.ACUTE_PLACE + " kvällstid",
                    "Polisen är på plats kvällstid två veckor och går igenom rutinerna med personalen.", "police", 14);
        } else {
            form.put("outcome", "HANDLED");
            form.put("rationale", "Hanteras inom förvaltningarnas ordinarie arbete och följs upp vid nästa möte.");
        }
        staff.complete(task, staff.memberOf(body.id()), form);
    }

    private void intervention(Map<String, Object> form, String title, String description, String group, int days) {
        form.put("title", title);
        form.put("description", description);
        form.put("responsibleGroup", group);
        form.put("dueDate", Quarter.day(time.now()).plusDays(days).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY))
                .toString());
    }

    /**
     * The rising problem goes up a level: the next day a member raises a question of their own there, and
     * when that body's next ordinary meeting comes too late for the quarter, an extra meeting is called.
     */
    private void afterChainEscalation(MeetingBody next, Matter matter, String raisedBy, String title,
                                      String description) {
        Instant tomorrow = Quarter.workingDaysAfter(time.now(), 1, LocalTime.of(9, 5));
        scheduler.at(tomorrow, title, () -> raise(raisedBy, title, description, next, null, null, false));
        ZonedDateTime ordinary = schedule.nextMeeting(next, time.now().atZone(Swedish.ZONE));
        if (ordinary.toInstant().isAfter(quarter.end().minus(CHAIN_MARGIN))) {
            scheduler.at(tomorrow.plus(Duration.ofHours(1)), "an extra meeting of " + next.id(), () -> meetings.requestExtra(
                    next, "Ärendet ”" + matter.title() + "” har eskalerats och kan inte vänta till nästa ordinarie möte "
                            + ordinary.format(DAY) + ".", engine));
        }
    }

    private void proposePlan(Task task) {
        String district = String.valueOf(tasks.getVariable(task.getId(), "district"));
        String name = String.valueOf(tasks.getVariable(task.getId(), "districtName"));
        String top = jdbc.sql("""
                        select c.name from samverkan.picture_problem p
                        join samverkan.incident_category c on c.code = p.category_code
                        where p.district_code = ? and p.status = 'CONFIRMED'
                        group by c.name order by sum(p.reports_this_week) desc fetch first 1 rows only""")
                .param(district).query(String.class).optional().orElse("otrygghet");
        staff.complete(task, "johan.berg", Map.of(
                "goals", "Färre rapporter om " + top.toLowerCase(Locale.forLanguageTag("sv")) + " i " + name
                        + " till nästa tertial, och fler boende som känner sig trygga i trygghetsmätningen.",
                "picture", "Lägesbilden för " + name + ": " + top + " dominerar under perioden; se underlaget.",
                "actionPlan", "Samordnade insatser av polis, socialtjänst, skola och bostadsbolag; uppföljning varje "
                        + "månad i lednings- och samordningsgruppen."));
    }

    private void decidePlan(Task task) {
        Map<String, Object> form = new HashMap<>();
        form.put("planDecision", "APPROVED");
        form.put("rationale", "Förslaget fastställs: målen är tydliga och följs upp varje tertial.");
        long meetingId = meetings.of(task.getProcessInstanceId()).id();
        if (plansDecided.merge(meetingId, 1, Integer::sum) == 1) {
            form.put("directive", "Utbildningsförvaltningen för in uppdraget i sin verksamhetsplan " + budgetYear() + ".");
            intervention(form, "Trygghetsarbete med skolorna i " + tasks.getVariable(task.getId(), "districtName"),
                    "Skolorna i stadsdelen tar fram en gemensam plan för trygghet på väg till och från skolan.",
                    "education", 56);
        }
        staff.complete(task, "maria.ek", form);
    }

    // --- interventions

    /** An intervention, as far as the demo needs it. */
    private record Intervention(long id, String title, String group, String body, LocalDate due, String district,
                                String category) {
    }

    private Intervention intervention(String processInstanceId) {
        return jdbc.sql("""
                        select i.id, i.title, i.responsible_group, i.decided_by_body, i.due_date,
                            coalesce(p.district_code, m.district_code), coalesce(p.category_code, m.category_code)
                        from samverkan.intervention i
                        left join samverkan.picture_problem p on p.id = i.problem_id
                        left join samverkan.matter m on m.id = i.matter_id
                        where i.process_instance_id = ?""")
                .param(processInstanceId)
                .query((rs, row) -> new Intervention(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7)))
                .single();
    }

    /**
     * The responsible group reports a day or two before the due date; EST's interventions in the underpass in
     * Ryd (reported after the coordination group's decision on it) and for the young people in Ekholmen
     * (still overdue at the end) run late.
     */
    private Optional<Instant> reportedAt(Task task) {
        Intervention i = intervention(task.getProcessInstanceId());
        if ("est".equals(i.body())
                && Storyline.is(i.district(), i.category(), Storyline.YOUTH_DISTRICT, Storyline.YOUTH_CATEGORY)) {
            return Optional.empty();
        }
        if ("est".equals(i.body())
                && Storyline.is(i.district(), i.category(), Storyline.TUNNEL_DISTRICT, Storyline.TUNNEL_CATEGORY)) {
            return Optional.ofNullable(tunnelReportedAt);
        }
        Instant onTime = Quarter.workingTime(Quarter.at(i.due().minusDays(i.id() % 3), LocalTime.of(14, 0)));
        Instant earliest = Quarter.workingDaysAfter(task.getCreateTime().toInstant(), 2, LocalTime.of(10, 0));
        return Optional.of(onTime.isAfter(earliest) ? onTime : earliest);
    }

    private void carryOut(Task task) {
        Intervention i = intervention(task.getProcessInstanceId());
        String result = "est".equals(i.body()) && i.category() != null
                ? DemoTexts.intervention(i.category(), "").result()
                : "Genomförd enligt beslutet; redovisad till "
                        + MeetingBody.byId(i.body()).map(MeetingBody::swedishName).orElse(i.body()).toLowerCase(
                        Locale.forLanguageTag("sv")) + ".";
        staff.complete(task, staff.memberOf(i.group()), Map.of("result", result));
    }

    private void followUp(Task task) {
        Intervention i = intervention(task.getProcessInstanceId());
        String effect = switch ((int) (i.id() % 5)) {
            case 3 -> "PARTLY";
            case 4 -> "NONE";
            default -> "GOOD";
        };
        staff.complete(task, staff.memberOf(i.body()), Map.of("effect", effect,
                "followUpComment", DemoTexts.followUp(effect)));
    }

    /** The year the budget being planned is for: the next. */
    private int budgetYear() {
        return Quarter.day(quarter.end()).getYear() + 1;
    }

    private String guardsMatter() {
        return Storyline.GUARDS_MATTER + " " + budgetYear();
    }

    // --- what the database says

    /** An intervention on a district and category not yet followed up, or followed up in the last two weeks. */
    private Optional<String> ongoingIntervention(String district, String category) {
        return jdbc.sql("""
                        select i.title, i.responsible_group, i.due_date from samverkan.intervention i
                        left join samverkan.picture_problem p on p.id = i.problem_id
                        left join samverkan.matter m on m.id = i.matter_id
                        where coalesce(p.district_code, m.district_code) = ?
                          and coalesce(p.category_code, m.category_code) = ?
                          and (i.status <> 'FOLLOWED_UP' or i.followed_up_at >= ?)
                        order by i.id desc fetch first 1 rows only""")
                .params(district, category, time.now().minus(Duration.ofDays(14)).atOffset(java.time.ZoneOffset.UTC))
                .query((rs, row) -> rs.getString(1) + " (" + OrganisationGroup.byId(rs.getString(2))
                        .map(OrganisationGroup::swedishName).orElse(rs.getString(2)) + ", klar senast "
                        + rs.getObject(3, LocalDate.class) + ")")
                .optional();
    }

    /** The body of a matter on a district and category raised within a period, in Swedish. */
    private Optional<String> matterOn(String district, String category, Duration within) {
        return jdbc.sql("""
                        select level from samverkan.matter where district_code = ? and category_code = ?
                          and raised_at >= ? order by id desc fetch first 1 rows only""")
                .params(district, category, time.now().minus(within).atOffset(java.time.ZoneOffset.UTC))
                .query(String.class).optional()
                .map(level -> MeetingBody.byId(level).map(MeetingBody::swedishName).orElse(level)
                        .toLowerCase(Locale.forLanguageTag("sv")));
    }

    private String candidateGroup(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream().map(link -> link.getGroupId())
                .filter(java.util.Objects::nonNull).findFirst().orElse("security-unit");
    }
}
