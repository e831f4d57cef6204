package se.linkoping.samverkan.referencedata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import se.linkoping.samverkan.estweeklycycle.PictureProblem;
import se.linkoping.samverkan.eventcoordination.CoordinatedEvents;
import se.linkoping.samverkan.estweeklycycle.PictureRecords;
import se.linkoping.samverkan.support.DemoLogins;
import se.linkoping.samverkan.support.Scenario;
import se.linkoping.samverkan.support.WebappSession;
import se.linkoping.samverkan.yearlyreport.YearlyReport;
import se.linkoping.samverkan.yearlyreport.YearlyReports;

/**
 * A rename changes what is shown from then on, never what was: reports made before it, the weekly picture compiled
 * before it, the matters raised before it, the events held before it and the yearly report of a year before it keep
 * the district's old name, while those after it have the new one. Run on H2 and on PostgreSQL by {@link NamesAsTheyWereOnH2Test} and
 * {@link NamesAsTheyWereOnPostgresTest}.
 */
abstract class NamesAsTheyWereScenarios extends Scenario {

    private static final String OLD = "Skäggetorp";
    private static final String NEW = "Skäggetorp centrum";
    private static final Instant RENAMED_AT = Instant.parse("2026-04-01T08:00:00Z");

    @Autowired
    ReferenceDataChanges changes;
    @Autowired
    ReferenceForms forms;
    @Autowired
    PictureRecords pictures;
    @Autowired
    YearlyReports yearlyReports;
    @Autowired
    CoordinatedEvents events;

    @AfterEach
    void theDeliveredNameAgain() {
        jdbc.sql("update samverkan.district set name = ? where code = 'skaggetorp'").param(OLD).update();
        jdbc.sql("delete from samverkan.reference_data_change").update();
        forms.refresh();
    }

    @Test
    void whatWasMadeBeforeARenameKeepsTheOldNameAndWhatCameAfterHasTheNew() {
        report("skaggetorp", "skadegorelse", "Gillbergska gatan 12", LocalDateTime.of(2025, 11, 12, 21, 0));
        report("skaggetorp", "skadegorelse", "Gillbergska gatan 12", LocalDateTime.of(2026, 3, 10, 21, 0));
        long before = picture(LocalDate.of(2026, 3, 9), "vecka 11 2026", "2026-03-16T06:00:00+01:00");
        long matterBefore = matter(problemOf(before), "2026-03-17T10:00:00+01:00");
        event("Vårmarknad", LocalDate.of(2026, 3, 28));
        event("Midsommarfest", LocalDate.of(2026, 6, 19)); // registered before the rename, held after it
        // a rename on 1 April 2026, an administrator's deed
        ClockUtil.setCurrentTime(Date.from(RENAMED_AT));
        changes.rename(ReferenceKind.DISTRICT, "skaggetorp", NEW, DemoLogins.ADMIN);
        ClockUtil.reset();
        report("skaggetorp", "skadegorelse", "Gillbergska gatan 14", LocalDateTime.of(2026, 4, 7, 22, 0));
        long after = picture(LocalDate.of(2026, 4, 6), "vecka 15 2026", "2026-04-13T06:00:00+02:00");
        long matterAfter = matter(problemOf(after), "2026-04-14T10:00:00+02:00");

        // the dashboard's reports of each week
        WebappSession admin = WebappSession.signIn(http, DemoLogins.ADMIN, "tasklist");
        String march = page(admin, "/lagesbild/rapporter?week=2026-03-09&district=skaggetorp&category=skadegorelse");
        assertThat(march).contains(OLD, "Gillbergska gatan 12").doesNotContain(NEW);
        String april = page(admin, "/lagesbild/rapporter?week=2026-04-06&district=skaggetorp&category=skadegorelse");
        assertThat(april).contains(NEW, "Gillbergska gatan 14");
        // the weekly pictures
        assertThat(pictures.problemsOf(before)).extracting(PictureProblem::districtName).containsOnly(OLD);
        assertThat(pictures.problemsOf(after)).extracting(PictureProblem::districtName).containsOnly(NEW);
        // the auditors' timelines and search
        WebappSession auditor = WebappSession.signIn(http, DemoLogins.AUDITOR, "cockpit");
        // (each timeline shows both weeks' pictures of the area, each with the name of its own time)
        String area = ", Skadegörelse och klotter: 1 rapport";
        String timeline = page(auditor, "/granskning/arenden/" + matterBefore).replaceAll("\\s+", " ");
        assertThat(timeline).contains("<span>" + OLD + "</span>, <span>Skadegörelse")
                .containsSubsequence("Lägesbild vecka 11 2026", OLD + area, "Lägesbild vecka 15 2026", NEW + area);
        assertThat(page(auditor, "/granskning/arenden/" + matterAfter).replaceAll("\\s+", " "))
                .contains("<span>" + NEW + "</span>, <span>Skadegörelse");
        assertThat(page(auditor, "/granskning?district=skaggetorp").replaceAll("\\s+", " "))
                .containsSubsequence("Klotter vid skolan</a></td> <td>" + NEW + "</td>", "2026-04-14",
                        "Klotter vid skolan</a></td> <td>" + OLD + "</td>", "2026-03-17");
        // the yearly reports: 2025 ended before the rename, 2026 after it
        assertThat(yearlyReports.of(2025).picture().byDistrict()).extracting(YearlyReport.Count::name)
                .containsExactly(OLD);
        assertThat(yearlyReports.of(2026).picture().byDistrict()).extracting(YearlyReport.Count::name)
                .containsExactly(NEW);
        // the events, each by the name on its day
        assertThat(events.dated(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 30)))
                .extracting(c -> c.event().name() + ": " + c.event().districtName())
                .containsExactly("Vårmarknad: " + OLD, "Midsommarfest: " + NEW);
        // and today's lists have the new name only
        assertThat(changes.history(1).get(0).oldName()).isEqualTo(OLD);
        assertThat(page(admin, "/lagesbild")).contains(NEW);
    }

    @Test
    void aRecordAtTheVeryInstantOfTheRenameHasTheNewName() {
        OffsetDateTime instant = RENAMED_AT.atOffset(java.time.ZoneOffset.UTC);
        report("skaggetorp", "skadegorelse", "Vid ändringen", instant, "Testrapport", "test");
        report("skaggetorp", "skadegorelse", "Strax före", instant.minusSeconds(1), "Testrapport", "test");
        ClockUtil.setCurrentTime(Date.from(RENAMED_AT));
        changes.rename(ReferenceKind.DISTRICT, "skaggetorp", NEW, DemoLogins.ADMIN);
        ClockUtil.reset();

        WebappSession admin = WebappSession.signIn(http, DemoLogins.ADMIN, "tasklist");
        String week = page(admin, "/lagesbild/rapporter?week=2026-03-30&district=skaggetorp&category=skadegorelse");
        assertThat(week.replaceAll("\\s+", " ")).containsSubsequence("Strax före", OLD + "</td>", "Vid ändringen",
                NEW + "</td>");
    }

    private static String page(WebappSession session, String path) {
        ResponseEntity<String> page = session.get(path);
        assertThat(page.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return page.getBody();
    }

    /** A compiled picture of a week with one problem, Skäggetorp's damage. */
    private long picture(LocalDate monday, String label, String compiledAt) {
        jdbc.sql("""
                        insert into samverkan.situational_picture (week_start, week_label, compiled_at)
                        values (?, ?, ?)""")
                .params(monday, label, OffsetDateTime.parse(compiledAt)).update();
        long picture = jdbc.sql("select max(id) from samverkan.situational_picture").query(Long.class).single();
        jdbc.sql("""
                        insert into samverkan.picture_problem (picture_id, district_code, category_code, place,
                            reports_this_week, previous_weeks_average, trend, consecutive_weeks, status, priority,
                            weeks_persisting, escalation_level)
                        values (?, 'skaggetorp', 'skadegorelse', null, 1, 0, 'RISING', 1, 'CONFIRMED', 3, 0,
                            'coordination-group')""")
                .param(picture).update();
        return picture;
    }

    /** An event in Skäggetorp, registered in March 2026. */
    private void event(String name, LocalDate day) {
        jdbc.sql("""
                        insert into samverkan.coordinated_event (name, event_date, district_code, expected_visitors,
                            organiser, participants, started_by, started_at, process_instance_id)
                        values (?, ?, 'skaggetorp', 500, 'Föreningen', 'police', 'test', ?, ?)""")
                .params(name, day, OffsetDateTime.parse("2026-03-02T10:00:00+01:00"), "event-" + name).update();
    }

    private long problemOf(long picture) {
        return jdbc.sql("select id from samverkan.picture_problem where picture_id = ?").param(picture)
                .query(Long.class).single();
    }

    /** A matter EST raised about a problem, in its district. */
    private long matter(long problem, String raisedAt) {
        jdbc.sql("""
                        insert into samverkan.matter (title, district_code, category_code, level, origin, problem_id,
                            raised_by, raised_at, waiting_since, status)
                        values ('Klotter vid skolan', 'skaggetorp', 'skadegorelse', 'coordination-group', 'EST', ?,
                            'system', ?, ?, 'WAITING')""")
                .params(problem, OffsetDateTime.parse(raisedAt), OffsetDateTime.parse(raisedAt)).update();
        return jdbc.sql("select max(id) from samverkan.matter").query(Long.class).single();
    }
}
