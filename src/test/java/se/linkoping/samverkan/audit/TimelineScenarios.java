package se.linkoping.samverkan.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import com.fasterxml.jackson.databind.JsonNode;

import se.linkoping.samverkan.identity.People;
import se.linkoping.samverkan.support.DemoLogins;
import se.linkoping.samverkan.support.Scenario;
import se.linkoping.samverkan.system.Swedish;

/**
 * The audit timeline is whole for every matter, whatever day and time it was raised and whatever raised it:
 * EST's weekly cycle on each day of the week, at the turn of a week, in ISO week 53 and across the turn of
 * the year; a body or unit in Tasklist (acute); a late intervention; a rule. Each timeline is read as the
 * page, the JSON and the CSV, which must agree entry by entry and field by field ({@link TimelineViews}),
 * and must hold the weekly picture the matter rests on, the decision tables' evaluations with their inputs,
 * outputs and Swedish reasons, every decision with the person's name and the directive, and the agenda
 * notes. The engine clock is moved to each day; nothing sleeps. Run on H2 and PostgreSQL.
 */
abstract class TimelineScenarios extends Scenario {

    static final String CATEGORY = "skadegorelse";
    static final String ANNA = "Anna Lindqvist";
    static final String ERIK = "Erik Sandberg";

    ChainDriver chain;

    @BeforeEach
    void drive() {
        chain = new ChainDriver(jdbc, managementService, runtimeService, taskService, http);
    }

    /** A matter EST raises, with the week of the picture it rests on and when the tables ran. */
    record Raised(String district, LocalDate pictureWeek, LocalDateTime at) {
    }

    @Test
    void aMatterEstRaisesOnAnyDayOfTheWeekRestsOnItsPictureAndTheTablesInEveryView() {
        List<Raised> week = List.of(
                new Raised("berga", LocalDate.of(2026, 11, 30), LocalDateTime.of(2026, 12, 7, 9, 15)),
                new Raised("ekholmen", LocalDate.of(2026, 12, 7), LocalDateTime.of(2026, 12, 15, 10, 0)),
                new Raised("gottfridsberg", LocalDate.of(2026, 12, 14), LocalDateTime.of(2026, 12, 23, 14, 0)),
                // the last day of 2026
                new Raised("hjulsbro", LocalDate.of(2026, 12, 21), LocalDateTime.of(2026, 12, 31, 16, 30)),
                // ISO week 53 of 2026, 28 December to 3 January, raised in 2027
                new Raised("johannelund", LocalDate.of(2026, 12, 28), LocalDateTime.of(2027, 1, 8, 8, 5)),
                new Raised("lambohov", LocalDate.of(2027, 1, 4), LocalDateTime.of(2027, 1, 16, 12, 0)),
                // half an hour before the week turns
                new Raised("majelden", LocalDate.of(2027, 1, 11), LocalDateTime.of(2027, 1, 24, 23, 30)));
        for (Raised r : week) {
            chain.reports(r.district(), CATEGORY, r.pictureWeek());
            chain.estWeek(r.pictureWeek(), r.at(), Map.of());
        }
        // the Sunday's area has reports the week after too: the picture compiled on Monday joins its timeline
        chain.reports("majelden", CATEGORY, LocalDate.of(2027, 1, 18));
        String monday = chain.compile(LocalDate.of(2027, 1, 18));
        chain.analyse(monday, DemoLogins.EST_POLICE, LocalDateTime.of(2027, 1, 25, 9, 0), Map.of());
        chain.summarise(monday, DemoLogins.EST_SECURITY_UNIT, LocalDateTime.of(2027, 1, 25, 10, 0));
        chain.prioritise(monday, LocalDateTime.of(2027, 1, 25, 11, 0));

        assertThat(week.stream().map(r -> r.at().getDayOfWeek()).toList()).containsExactly(DayOfWeek.values());
        for (Raised r : week) {
            long matter = chain.matterIn(r.district());
            TimelineViews views = TimelineViews.of(http, matter);
            String label = "vecka " + r.pictureWeek().get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR) + " "
                    + r.pictureWeek().get(java.time.temporal.IsoFields.WEEK_BASED_YEAR);
            assertEstLevel(views, label, r);
        }
        // the Sunday's matter also has the picture compiled the Monday after, while it waited
        TimelineViews sunday = TimelineViews.of(http, chain.matterIn("majelden"));
        assertThat(sunday.kinds()).contains("Lägesbild vecka 2 2027", "Lägesbild vecka 3 2027");
        assertThat(TimelineViews.of(http, chain.matterIn("johannelund")).kinds()).contains("Lägesbild vecka 53 2026")
                .doesNotContain("Lägesbild vecka 1 2027");
    }

    @Test
    void whatWasRaisedBeforeTheAnalystsWereStoredNamesThemAfterTheMigrations() throws IOException {
        jdbc.sql("""
                        insert into samverkan.situational_picture (week_start, week_label, compiled_at, summary,
                            analysed_by, analysed_at)
                        values (?, 'vecka 53 2026', ?, 'Sammanfattningen.', ?, ?)""")
                .params(LocalDate.of(2026, 12, 28), OffsetDateTime.parse("2027-01-04T07:00:00+01:00"),
                        DemoLogins.EST_SECURITY_UNIT, OffsetDateTime.parse("2027-01-05T10:00:00+01:00")).update();
        long picture = jdbc.sql("select max(id) from samverkan.situational_picture").query(Long.class).single();
        jdbc.sql("""
                        insert into samverkan.picture_problem (picture_id, district_code, category_code, place,
                            reports_this_week, previous_weeks_average, trend, consecutive_weeks, status, priority,
                            weeks_persisting, escalation_level)
                        values (?, 'ryd', 'skadegorelse', null, 3, 1, 'RISING', 2, 'CONFIRMED', 3, 0, 'coordination-group')""")
                .param(picture).update();
        long problem = jdbc.sql("select max(id) from samverkan.picture_problem").query(Long.class).single();
        jdbc.sql("""
                        insert into samverkan.matter (title, district_code, category_code, level, origin, problem_id,
                            raised_by, raised_at, waiting_since, status)
                        values ('Ryd – Skadegörelse och klotter', 'ryd', 'skadegorelse', 'coordination-group', 'EST', ?,
                            'system', ?, ?, 'WAITING')""")
                .params(problem, OffsetDateTime.parse("2027-01-05T10:05:00+01:00"),
                        OffsetDateTime.parse("2027-01-05T10:05:00+01:00")).update();
        long matter = jdbc.sql("select max(id) from samverkan.matter").query(Long.class).single();

        for (String migration : List.of("V14__problem_analysts.sql", "V15__matters_name_who_raised_them.sql")) {
            updatesOf(migration).forEach(update -> jdbc.sql(update).update());
        }

        assertThat(jdbc.sql("select analysed_by from samverkan.picture_problem where id = ?").param(problem)
                .query(String.class).single()).isEqualTo(DemoLogins.EST_SECURITY_UNIT);
        TimelineViews views = TimelineViews.of(http, matter);
        assertThat(views.json().get("matter").get("raisedBy").asText()).isEqualTo(DemoLogins.EST_SECURITY_UNIT);
        assertThat(views.entry("Ärendet väcks").get("whoName").asText()).isEqualTo(ERIK);
        assertThat(views.entry("EST:s analys").get("whoName").asText()).isEqualTo(ERIK);
        assertThat(views.kinds()).contains("Lägesbild vecka 53 2026");
    }

    /** The statements of a migration that fill existing rows (its updates), in the schema Flyway ran them in. */
    private static List<String> updatesOf(String migration) throws IOException {
        String sql = new String(new ClassPathResource("db/migration/" + migration).getInputStream().readAllBytes(),
                StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "")
                .replaceAll("\\b(update|from|join)\\s+(picture_problem|situational_picture|matter)\\b", "$1 samverkan.$2");
        return Arrays.stream(sql.split(";")).map(String::strip).filter(s -> s.startsWith("update")).toList();
    }

    private void assertEstLevel(TimelineViews views, String week, Raised r) {
        String district = jdbc.sql("select name from samverkan.district where code = ?").param(r.district())
                .query(String.class).single();
        JsonNode matter = views.json().get("matter");
        assertThat(matter.get("raisedBy").asText()).isEqualTo(DemoLogins.EST_POLICE + "," + DemoLogins.EST_SECURITY_UNIT);
        assertThat(matter.get("raisedByName").asText()).isEqualTo(ANNA + ", " + ERIK);
        assertThat(views.html()).contains("av <span id=\"raised-by\">" + ANNA + ", " + ERIK + "</span>");
        assertThat(views.json().get("levels").get(0).asText()).isEqualTo("EST");

        JsonNode picture = views.entry("Lägesbild " + week);
        assertThat(picture.get("level").asText()).isEqualTo("EST");
        assertThat(picture.get("levelCode").asText()).isEqualTo("est");
        assertThat(picture.get("what").asText()).startsWith(district + ", Skadegörelse och klotter: 3 rapporter, trend");
        assertThat(picture.get("whoName").asText()).isEqualTo(People.NO_PERSON_NAME);
        JsonNode analysis = views.first("EST:s analys");
        assertThat(analysis.get("who").asText()).isEqualTo(DemoLogins.EST_POLICE);
        assertThat(analysis.get("whoName").asText()).isEqualTo(ANNA);
        assertThat(analysis.get("details").get("typ av plats").asText()).isEqualTo("Bostadsområde");
        assertThat(analysis.get("basis").asText()).isEqualTo("Samma grupp kvällstid, polisen känner till den.");
        assertThat(views.first("Veckans sammanfattning").get("whoName").asText()).isEqualTo(ERIK);

        JsonNode priority = views.first("Beslutstabell: Problemets prioritet");
        assertThat(priority.get("details").get("indata").get("Kategori").asText()).isEqualTo("Skadegörelse och klotter");
        assertThat(priority.get("details").get("indata").get("Rapporter denna vecka").asInt()).isEqualTo(3);
        assertThat(priority.get("details").get("indata").get("Typ av plats").asText()).isEqualTo("Bostadsområde");
        assertThat(priority.get("codes").get("indata").get("Kategori").asText()).isEqualTo(CATEGORY);
        assertThat(priority.get("details").get("utdata").get("Prioritet").asText()).startsWith("Prioritet ");
        assertThat(priority.get("rationale").asText()).isNotBlank().doesNotContain("Rule_");
        assertThat(priority.get("codes").get("regler").asText()).startsWith("Rule_");
        assertThat(priority.get("whoName").asText()).isEqualTo("Regel i beslutstabellen ”Problemets prioritet”");
        JsonNode level = views.first("Beslutstabell: Eskaleringsnivå");
        assertThat(level.get("details").get("indata").get("Antal förvaltningar och aktörer som måste agera").asInt())
                .isEqualTo(3);
        assertThat(level.get("details").get("utdata").get("Nivå").asText()).isEqualTo("Lednings- och samordningsgruppen");
        assertThat(level.get("codes").get("utdata").get("Nivå").asText()).isEqualTo("coordination-group");
        assertThat(level.get("rationale").asText()).isEqualTo("Lednings- och samordningsgruppen leder, prioriterar och "
                + "samordnar insatser mellan förvaltningar och aktörer.");
        assertThat(level.get("codes").get("regler").asText()).isEqualTo("Rule_SeveralDepartmentsGoToCoordinationGroup");

        JsonNode raised = views.entry("Ärendet väcks");
        assertThat(raised.get("level").asText()).isEqualTo("EST");
        assertThat(raised.get("who").asText()).isEqualTo(DemoLogins.EST_POLICE + "," + DemoLogins.EST_SECURITY_UNIT);
        assertThat(raised.get("whoName").asText()).isEqualTo(ANNA + ", " + ERIK);
        assertThat(OffsetDateTime.parse(raised.get("at").asText()).atZoneSameInstant(Swedish.ZONE).toLocalDateTime())
                .isEqualTo(r.at());
        assertThat(raised.get("details").get("till").asText()).isEqualTo("Lednings- och samordningsgruppen");
        // the picture, EST's analysis and the tables come before the matter they raised (a matter that waits into
        // the next week gets that week's too: see the Sunday's)
        List<String> kinds = views.kinds();
        assertThat(kinds.indexOf("Lägesbild " + week)).isLessThan(kinds.indexOf("Ärendet väcks"));
        assertThat(kinds.indexOf("Beslutstabell: Eskaleringsnivå")).isLessThan(kinds.indexOf("Ärendet väcks"));
    }

    @Test
    void aMatterClimbingThroughTheTurnOfTheYearKeepsEveryDecisionWithItsPersonDirectiveAndAgendaNotes() {
        // drug dealing in Skäggetorp, reported in ISO week 53 of 2026 and judged beyond EST's mandate on a Thursday
        LocalDate week53 = LocalDate.of(2026, 12, 28);
        chain.reports("skaggetorp", "narkotika", week53.minusWeeks(1));
        chain.reports("skaggetorp", "narkotika", week53);
        chain.estWeek(week53, LocalDateTime.of(2027, 1, 7, 15, 0), Map.of("departmentsInvolved", 4));
        long matter = chain.matterIn("skaggetorp");

        String coordination = chain.ordinaryMeeting("coordination-group-meeting", DemoLogins.EST_SECURITY_UNIT,
                "Polisen redovisar läget i Skäggetorp.");
        chain.complete(DemoLogins.DEPARTMENT_HEAD, chain.task(coordination, "Task_DecideMatter"), Map.of(
                "outcome", "ESCALATED", "rationale", "Kräver resurser utöver förvaltningarnas budget.",
                "directive", "Socialförvaltningen kartlägger unga i riskmiljö i Skäggetorp till styrgruppen."));
        chain.finishMeeting(coordination, DemoLogins.DEPARTMENT_HEAD);
        String steering = chain.ordinaryMeeting("steering-group-meeting", DemoLogins.EST_SECURITY_UNIT,
                "Lednings- och samordningsgruppens kartläggning bifogas.");
        chain.complete(DemoLogins.DIRECTOR, chain.task(steering, "Task_DecideMatter"), Map.of("outcome", "ESCALATED",
                "rationale", "Behöver prioriteras i kommunstyrelsens budget.",
                "directive", "Förvaltningarna tar fram en gemensam plan för Skäggetorp."));
        chain.finishMeeting(steering, DemoLogins.DIRECTOR);
        String political = chain.ordinaryMeeting("political-steering-group-meeting", DemoLogins.EST_SECURITY_UNIT,
                "Styrgruppens plan och budgetbehov.");
        LocalDate due = ClockUtil.now().toInstant().atZone(Swedish.ZONE).toLocalDate().plusDays(30);
        chain.complete(DemoLogins.POLITICIAN, chain.task(political, "Task_DecideMatter"), Map.of("outcome", "HANDLED",
                "rationale", "Trygghetsinsatser i Skäggetorp prioriteras.",
                "directive", "Prioriteras i KS budget och i KLF:s verksamhetsplan.", "title", "Närvaro kvällstid",
                "responsibleGroup", "police", "dueDate", due.toString()));
        Task carryOut = chain.task("Task_CarryOutIntervention");
        chain.complete(DemoLogins.EST_POLICE, carryOut, Map.of("result", "Polisen var på plats fyra kvällar i veckan."));
        chain.complete(DemoLogins.POLITICIAN, chain.task("Task_FollowUpIntervention"), Map.of("effect", "GOOD",
                "followUpComment", "Färre rapporter om handel."));

        TimelineViews views = TimelineViews.of(http, matter);
        assertThat(views.json().get("levels")).extracting(JsonNode::asText).containsSubsequence("EST",
                "Lednings- och samordningsgruppen", "Styrgruppen", "Politiska styrgruppen");
        assertThat(views.kinds()).contains("Lägesbild vecka 53 2026", "Beslutstabell: Problemets prioritet",
                "Beslutstabell: Eskaleringsnivå", "EST:s analys", "Veckans sammanfattning");
        assertThat(views.entries("Beslut: Eskaleras")).extracting(e -> e.get("what").asText()).containsExactly(
                "Ärendet går vidare till Styrgruppen", "Ärendet går vidare till Politiska styrgruppen");
        assertThat(views.entries().stream().filter(e -> e.get("kind").asText().startsWith("Beslut:")).toList())
                .extracting(e -> e.get("level").asText(), e -> e.get("whoName").asText(), e -> e.get("who").asText(),
                        e -> e.get("directive").asText(), e -> e.get("meeting").asText().split(" 20")[0])
                .containsExactly(
                        tuple("Lednings- och samordningsgruppen", "Johan Berg", DemoLogins.DEPARTMENT_HEAD,
                                "Socialförvaltningen kartlägger unga i riskmiljö i Skäggetorp till styrgruppen.",
                                "Möte i lednings- och samordningsgruppen"),
                        tuple("Styrgruppen", "Maria Ek", DemoLogins.DIRECTOR,
                                "Förvaltningarna tar fram en gemensam plan för Skäggetorp.", "Möte i styrgruppen"),
                        tuple("Politiska styrgruppen", "Lars Holm", DemoLogins.POLITICIAN,
                                "Prioriteras i KS budget och i KLF:s verksamhetsplan.", "Möte i politiska styrgruppen"));
        assertThat(views.entries("Dagordningen förbereds"))
                .extracting(e -> e.get("level").asText(), e -> e.get("what").asText(), e -> e.get("whoName").asText())
                .containsExactly(
                        tuple("Lednings- och samordningsgruppen", "Polisen redovisar läget i Skäggetorp.", ERIK),
                        tuple("Styrgruppen", "Lednings- och samordningsgruppens kartläggning bifogas.", ERIK),
                        tuple("Politiska styrgruppen", "Styrgruppens plan och budgetbehov.", ERIK));
        JsonNode decided = views.entry("Insats beslutad");
        assertThat(decided.get("whoName").asText()).isEqualTo("Lars Holm");
        assertThat(decided.get("details").get("klar senast").asText()).isEqualTo(due.toString());
        assertThat(decided.get("details").get("ansvarig").asText()).isEqualTo("Polisen, lokalpolisområde Linköping");
        assertThat(decided.get("codes").get("ansvarig").asText()).isEqualTo("police");
        JsonNode done = views.entry("Insats genomförd");
        assertThat(done.get("whoName").asText()).isEqualTo(ANNA);
        assertThat(done.get("basis").asText()).isEqualTo("Polisen var på plats fyra kvällar i veckan.");
        assertThat(done.get("details").get("försenad").asText()).isEqualTo("nej");
        assertThat(views.entry("Insats följd upp").get("details").get("effekt").asText()).isEqualTo("god");
        assertThat(views.entry("Ärendet hanteras här").get("whoName").asText()).isEqualTo("Lars Holm");
        // the later bodies' basis names the earlier decisions by person
        assertThat(views.entries("Beslut: Eskaleras").get(1).get("basis").asText()).contains("Johan Berg")
                .doesNotContain(DemoLogins.DEPARTMENT_HEAD);
    }

    @Test
    void aMatterFromTasklistALateInterventionOrARuleRestsOnWhatRaisedIt() {
        // week 9 of 2027 in Ryd: within EST's mandate, EST decides an intervention for the police
        LocalDate week9 = LocalDate.of(2027, 3, 1);
        chain.reports("ryd", CATEGORY, week9);
        String cycle = chain.estWeek(week9, LocalDateTime.of(2027, 3, 9, 13, 0), Map.of("departmentsInvolved", 1));
        chain.complete(DemoLogins.EST_POLICE, chain.task(cycle, "Task_DecideIntervention"), Map.of("intervene", "yes",
                "rationale", "Polisen tar det inom sitt uppdrag.", "title", "Klottersanering i Ryd",
                "responsibleGroup", "police", "dueDate", "2027-03-12"));

        // Wednesday 16:45: a district coordinator raises an acute matter on Ryd in Tasklist; an extra meeting decides
        chain.at(LocalDateTime.of(2027, 3, 10, 16, 45));
        chain.raiseInTasklist(DemoLogins.DISTRICT_COORDINATOR, Map.of("title", "Stenkastning mot bussar i Ryd",
                "description", "Bussar beskjutna med sten i kväll.", "level", "coordination-group", "district", "ryd",
                "category", CATEGORY, "acute", true));
        long fromTasklist = chain.matterIn("ryd");
        String extra = runtimeService.createProcessInstanceQuery().processDefinitionKey("coordination-group-meeting")
                .singleResult().getId();
        chain.at(LocalDateTime.of(2027, 3, 11, 8, 0));
        chain.prepare(extra, DemoLogins.DISTRICT_COORDINATOR, "Bussbolaget deltar.");
        chain.complete(DemoLogins.DEPARTMENT_HEAD, chain.task(extra, "Task_DecideMatter"), Map.of("outcome", "HANDLED",
                "rationale", "Polis och bussbolag samordnar.", "directive", "Bussbolaget rapporterar varje vecka."));
        chain.finishMeeting(extra, DemoLogins.DEPARTMENT_HEAD);

        TimelineViews tasklist = TimelineViews.of(http, fromTasklist);
        JsonNode raised = tasklist.entry("Ärendet väcks");
        assertThat(raised.get("level").asText()).isEqualTo("Lednings- och samordningsgruppen");
        assertThat(raised.get("whoName").asText()).isEqualTo("Sara Nilsson");
        assertThat(raised.get("details").get("akut").asText()).isEqualTo("ja");
        assertThat(tasklist.kinds()).contains("Lägesbild vecka 9 2027", "Beslutstabell: Problemets prioritet",
                "Beslutstabell: Eskaleringsnivå", "Beslutstabell: Ansvarig aktör för insats", "EST:s beslut: Insats",
                "Dagordningen förbereds", "Beslut: Hanteras här", "Ärendet hanteras här");
        assertThat(tasklist.entry("EST:s beslut: Insats").get("whoName").asText()).isEqualTo(ANNA);
        assertThat(tasklist.entry("Beslut: Hanteras här").get("meeting").asText()).startsWith("Extra möte i lednings-");
        assertThat(tasklist.entry("Dagordningen förbereds").get("whoName").asText()).isEqualTo("Sara Nilsson");

        // the police's intervention is a week past its due date on Friday 19 March: the timer raises a matter
        chain.fire(managementService.createJobQuery().timers().activityId("Timer_Overdue").singleResult());
        long late = jdbc.sql("select id from samverkan.matter where origin = 'OVERDUE_INTERVENTION'")
                .query(Long.class).single();
        // week 11's picture needs resources beyond the budget: the rule carries the waiting matter up
        LocalDate week11 = LocalDate.of(2027, 3, 15);
        chain.reports("ryd", CATEGORY, week11);
        chain.estWeek(week11, LocalDateTime.of(2027, 3, 23, 10, 0), Map.of("departmentsInvolved", 1,
                "needsResourcesBeyondBudget", true));
        chain.at(LocalDateTime.of(2027, 3, 24, 9, 0));
        chain.complete(DemoLogins.EST_POLICE, chain.task("Task_CarryOutIntervention"),
                Map.of("result", "Klottret sanerat, en vecka sent."));

        TimelineViews overdue = TimelineViews.of(http, late);
        assertThat(overdue.json().get("originCode").asText()).isEqualTo("OVERDUE_INTERVENTION");
        JsonNode byTimer = overdue.entry("Ärendet väcks");
        assertThat(byTimer.get("who").asText()).isEqualTo(People.NO_PERSON);
        assertThat(byTimer.get("whoName").asText()).isEqualTo(People.NO_PERSON_NAME);
        assertThat(overdue.kinds()).contains("Lägesbild vecka 9 2027", "Lägesbild vecka 11 2027",
                "Beslutstabell: Ansvarig aktör för insats", "EST:s beslut: Insats", "Insats beslutad",
                "Insats genomförd");
        JsonNode decidedByEst = overdue.entry("Insats beslutad");
        assertThat(decidedByEst.get("level").asText()).isEqualTo("EST");
        assertThat(decidedByEst.get("whoName").asText()).isEqualTo(ANNA);
        JsonNode reported = overdue.entry("Insats genomförd");
        assertThat(reported.get("details").get("försenad").asText()).isEqualTo("ja");
        assertThat(reported.get("details").get("klar senast").asText()).isEqualTo("2027-03-12");
        assertThat(reported.get("details").get("rapporterad").asText()).isEqualTo("2027-03-24");
        JsonNode byRule = overdue.entry("Beslut: Eskaleras");
        assertThat(byRule.get("who").asText()).isEqualTo(People.rule("escalation-level"));
        assertThat(byRule.get("whoName").asText()).isEqualTo("Regel i beslutstabellen ”Eskaleringsnivå”");
        assertThat(byRule.get("what").asText()).isEqualTo("Ärendet går vidare till Styrgruppen, enligt regel utan möte");
        assertThat(byRule.get("rationale").asText()).contains("Eskalerat enligt regel", "Styrgruppen")
                .doesNotContain("escalation-level");
        assertThat(overdue.json().get("matter").get("level").asText()).isEqualTo("Styrgruppen");
    }
}
