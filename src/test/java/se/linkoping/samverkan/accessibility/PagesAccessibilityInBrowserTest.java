package se.linkoping.samverkan.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

import se.linkoping.samverkan.estweeklycycle.Week;
import se.linkoping.samverkan.support.BrowserScript;
import se.linkoping.samverkan.support.DemoLogins;
import se.linkoping.samverkan.support.OnH2;
import se.linkoping.samverkan.support.Scenario;
import se.linkoping.samverkan.support.TestData;
import se.linkoping.samverkan.system.Swedish;

/**
 * Samverkan's own pages, with real data in them, as the roles that use them ({@code browser-tests/pages-accessibility.mjs},
 * Debian's Chromium through playwright-core with axe-core): no serious or critical WCAG 2.1 A/AA finding on any page,
 * Swedish language and titles, a skip link that moves the focus to the content, every chart with a text alternative
 * and a table of its figures, the heat map readable without its colours; and one page used with the keyboard alone
 * (an administrator adds a district on {@code /referensdata}) with the focus visible at every stop. Screenshots go to
 * {@code target/browser-screenshots/pages-accessibility/}. Runs only with {@code -Pbrowser-tests}.
 *
 * <p>The data: eight weeks of reports in three districts, last week compiled by EST with a prioritised problem, a
 * matter decided at three levels, a published citizen promise with a follow-up and a retention run.
 */
@OnH2
class PagesAccessibilityInBrowserTest extends Scenario {

    static final String KEYBOARD_DISTRICT = "Tangentbordsby";

    @LocalServerPort
    int port;

    /**
     * Emptied after it, the lists as delivered again (the district the keyboard added is retired on the page, so no
     * form offers it): the other browser tests share this application.
     */
    @AfterEach
    void clean() {
        TestData.clear(jdbc, runtimeService);
        jdbc.sql("delete from samverkan.retention_run").update();
        jdbc.sql("delete from samverkan.district where name = ?").params(KEYBOARD_DISTRICT).update();
        jdbc.sql("delete from samverkan.reference_data_change").update();
    }

    @Test
    void everyPageHasNoSeriousFindingAndOneIsUsedByKeyboardAlone() throws Exception {
        Week lastWeek = Week.containing(Instant.now(), Swedish.ZONE).minusWeeks(1);
        reportsOfEightWeeks(lastWeek);
        long picture = picture(lastWeek);
        problem(picture, "ryd", "skadegorelse", 1);
        problem(picture, "skaggetorp", "vald-hot", 3);
        long matter = matterDecidedAtThreeLevels();
        agreementWithFollowUp();
        jdbc.sql("""
                        insert into samverkan.retention_run (ran_at, rule, process_instances, incident_reports, pictures,
                            matters, interventions, meetings, decisions, events, agreements)
                        values (?, 'Avslutade processer vars bevarandetid har gått ut', 3, 2, 0, 1, 0, 0, 1, 0, 0)""")
                .params(OffsetDateTime.now().minusDays(3)).update();

        BrowserScript.run("browser-tests/pages-accessibility.mjs", port,
                BrowserScript.PROJECT.resolve("target/browser-screenshots/pages-accessibility"), 8,
                String.valueOf(matter), lastWeek.monday().toString(), KEYBOARD_DISTRICT);

        // the district the keyboard added, then retired, is in the list as retired, both changes the administrator's
        assertThat(jdbc.sql("select active from samverkan.district where name = ?").params(KEYBOARD_DISTRICT)
                .query(Boolean.class).single()).isFalse();
        assertThat(jdbc.sql("select change_type, changed_by from samverkan.reference_data_change order by id")
                .query((rs, row) -> rs.getString(1) + " " + rs.getString(2)).list())
                .containsExactly("ADDED " + DemoLogins.ADMIN, "RETIRED " + DemoLogins.ADMIN);
    }

    /** Reports in Ryd, Skäggetorp and Berga over the eight weeks up to last week, rising in Ryd. */
    private void reportsOfEightWeeks(Week lastWeek) {
        for (int back = 7; back >= 0; back--) {
            Week week = lastWeek.minusWeeks(back);
            int ryd = back == 0 ? 7 : 1 + back % 2;
            for (int n = 0; n < ryd; n++) {
                report("ryd", "skadegorelse", "Rydsvägen " + (10 + n), at(week, n));
            }
            for (int n = 0; n < 2 + back % 3; n++) {
                report("skaggetorp", "vald-hot", "Skäggetorps centrum", at(week, n + 1));
            }
            report("berga", "stold-inbrott", "Bergavägen 3", at(week, 4));
            if (back % 2 == 0) {
                report("berga", "ordningsstorning", "Berga centrum", at(week, 5));
            }
        }
    }

    private void report(String district, String category, String place, OffsetDateTime at) {
        report(district, category, place, at, "Rapport till tillgänglighetstestet.", DemoLogins.PARTNER_SYSTEM);
    }

    /** The n-th day of a week at a quarter past eight in the evening, Swedish time. */
    private static OffsetDateTime at(Week week, int day) {
        return ZonedDateTime.of(week.monday().plusDays(day % 7).atTime(20, 15), Swedish.ZONE).toOffsetDateTime();
    }

    /** EST's picture of the week, compiled the Monday after and analysed. */
    private long picture(Week week) {
        KeyHolder keys = new GeneratedKeyHolder();
        OffsetDateTime compiled = ZonedDateTime.of(week.monday().plusDays(7).atTime(7, 0), Swedish.ZONE)
                .toOffsetDateTime();
        jdbc.sql("""
                        insert into samverkan.situational_picture (week_start, week_label, compiled_at, summary,
                            analysed_by, analysed_at)
                        values (?, ?, ?, 'Klottret ökar kring Rydsvägen.', ?, ?)""")
                .params(week.monday(), week.label(), compiled, DemoLogins.EST_POLICE, compiled.plusHours(3))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    private void problem(long picture, String district, String category, int priority) {
        jdbc.sql("""
                        insert into samverkan.picture_problem (picture_id, district_code, category_code,
                            reports_this_week, previous_weeks_average, trend, consecutive_weeks, status, priority,
                            weeks_persisting, escalation_level)
                        values (?, ?, ?, 7, 1.5, 'RISING', 1, 'CONFIRMED', ?, 1, 'est')""")
                .params(picture, district, category, priority).update();
    }

    /** A matter raised twenty days ago, escalated twice and handled by the political steering group. */
    private long matterDecidedAtThreeLevels() {
        OffsetDateTime raised = OffsetDateTime.now().minusDays(20);
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into samverkan.matter (title, description, district_code, category_code, level, origin,
                            raised_by, raised_at, waiting_since, status)
                        values ('Klotter längs Rydsvägen', 'Klottret återkommer varje vecka.', 'ryd', 'skadegorelse',
                            'political-steering-group', 'BODY', ?, ?, ?, 'HANDLED')""")
                .params(DemoLogins.DISTRICT_COORDINATOR, raised, raised).update(keys, "id");
        long matter = keys.getKeyAs(Number.class).longValue();
        decision(matter, "coordination-group", "ESCALATED", "Kräver resurser utöver förvaltningarnas budget.",
                DemoLogins.DEPARTMENT_HEAD, OffsetDateTime.now().minusDays(15));
        decision(matter, "steering-group", "ESCALATED", "Behöver prioriteras i kommunstyrelsens budget.",
                DemoLogins.DIRECTOR, OffsetDateTime.now().minusDays(8));
        decision(matter, "political-steering-group", "HANDLED", "Sanering och belysning längs Rydsvägen prioriteras.",
                DemoLogins.POLITICIAN, OffsetDateTime.now().minusDays(2));
        return matter;
    }

    /** A body's decision on the matter, at a meeting held that day. */
    private void decision(long matter, String body, String outcome, String rationale, String by, OffsetDateTime at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into samverkan.meeting (body, kind, called_at, held_at, status, process_instance_id)
                        values (?, 'ORDINARY', ?, ?, 'HELD', ?)""")
                .params(body, at.minusDays(3), at, "pi-" + body).update(keys, "id");
        jdbc.sql("""
                        insert into samverkan.decision_record (body, process_instance_id, subject_type, subject_id, outcome,
                            rationale, basis, decided_by, decided_at, meeting_id)
                        values (?, ?, 'MATTER', ?, ?, ?, 'Lägesbilden för Ryd.', ?, ?, ?)""")
                .params(body, "pi-" + body, matter, outcome, rationale, by, at, keys.getKeyAs(Number.class).longValue())
                .update();
    }

    /** The agreement in force this year and next, its promise published and followed up once. */
    private void agreementWithFollowUp() {
        int year = LocalDate.now(Swedish.ZONE).getYear();
        OffsetDateTime published = OffsetDateTime.now().minusDays(60);
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into samverkan.cooperation_agreement (process_instance_id, status, started_reason,
                            started_by, started_at, focus_problems, probable_causes, goals, documentation, period_start,
                            period_end, citizen_promise, decided_at, published_by, published_at)
                        values ('pi-agreement', 'PUBLISHED', 'Årlig översyn.', ?, ?, 'Skadegörelse i Ryd.',
                            'Brist på vuxna i miljön kvällstid.', 'Halverad skadegörelse.', 'Lägesbilden varje vecka.',
                            ?, ?, 'Vi lovar att öka vår närvaro i Ryd på kvällar och helger.', ?, ?, ?)""")
                .params(DemoLogins.EST_SECURITY_UNIT, published.minusDays(30), LocalDate.of(year, 1, 1),
                        LocalDate.of(year + 1, 12, 31), published.minusDays(1), DemoLogins.EST_SECURITY_UNIT, published)
                .update(keys, "id");
        KeyHolder meeting = new GeneratedKeyHolder();
        OffsetDateTime held = OffsetDateTime.now().minusDays(10);
        jdbc.sql("""
                        insert into samverkan.meeting (body, kind, called_at, held_at, status, process_instance_id)
                        values ('political-steering-group', 'ORDINARY', ?, ?, 'HELD', 'pi-follow-up')""")
                .params(held.minusDays(7), held).update(meeting, "id");
        jdbc.sql("""
                        insert into samverkan.promise_follow_up (agreement_id, meeting_id, status, summary,
                            followed_up_by, followed_up_at)
                        values (?, ?, 'ON_TRACK', 'Fler trygghetsvandringar än planerat.', ?, ?)""")
                .params(keys.getKeyAs(Number.class).longValue(), meeting.getKeyAs(Number.class).longValue(),
                        DemoLogins.POLITICIAN, held).update();
    }
}
