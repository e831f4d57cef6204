package se.linkoping.samverkan.yearlyreport;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

import se.linkoping.samverkan.support.Scenario;
import se.linkoping.samverkan.support.WebappSession;

/**
 * A year of cooperation in the database, as the yearly report's scenarios read it: reports, weekly
 * pictures, matters, an approved and a returned district plan, the agreement in force with a follow-up of
 * its promise, interventions done on time, late and still going, and the decisions of every body, with one
 * of each from the year before; and reading what came back.
 */
abstract class AYearOfCooperation extends Scenario {

    static final String PLAN_RATIONALE = "Planen bygger på lägesbilden för Skäggetorp och åtgärderna är förankrade "
            + "i förvaltningarnas verksamhetsplaner. <script>alert('x')</script>";
    static final String ESCALATION_RATIONALE = "Klottret i Ryd kräver resurser utöver förvaltningens budget: "
            + "styrgruppen behöver prioritera.";
    static final String HANDLED_RATIONALE = "Styrgruppen ger samhällsbyggnadsförvaltningen i uppdrag att sanera "
            + "och förbättra belysningen längs Rydsvägen före sommaren.";
    static final String AGREEMENT_RATIONALE = "Överenskommelsen bygger på den gemensamma lägesbilden och gäller "
            + "för 2027–2028.";
    static final String EST_RATIONALE = "Ökande skadegörelse vid Rydsvägen tre veckor i följd: sanering och "
            + "trygghetsvandring.";
    static final String OLD_RATIONALE = "Ett beslut från 2026 som inte hör till årets rapport.";
    static final String PROMISE = "Vi lovar att öka vår närvaro i Ryd och Skäggetorp på kvällar och helger.";

    // --- a year of cooperation, 2027, with one decision and one report from the year before

    /** The year 2027 of cooperation, and a decision, a report and an intervention from 2026. */
    void aYear() {
        report("ryd", "Rydsvägen 10", "skadegorelse", "2027-03-08T22:00:00+01:00");
        report("ryd", "Rydsvägen 12", "skadegorelse", "2027-03-09T23:00:00+01:00");
        report("ryd", "Rydsvägen 10", "skadegorelse", "2027-03-16T21:00:00+01:00");
        report("skaggetorp", "Skäggetorps centrum", "vald-hot", "2027-06-01T20:00:00+02:00");
        report("ryd", "Rydsvägen 10", "skadegorelse", "2026-11-02T20:00:00+01:00");

        long week10 = picture("2027-03-08", "vecka 10 2027", "2027-03-15T07:00:00+01:00",
                "Klottret ökar kring Rydsvägen; polisen ser samma grupp som i höstas.", "anna.lindqvist");
        long problem = problem(week10, "ryd", "skadegorelse", null, 2, "RISING", 1, "steering-group");
        problem(week10, "ryd", "skadegorelse", "Rydsvägen 10", 1, "STABLE", 2, "coordination-group");
        long week11 = picture("2027-03-15", "vecka 11 2027", "2027-03-22T07:00:00+01:00", null, null);
        problem(week11, "ryd", "skadegorelse", null, 1, "STABLE", 3, "est");

        long coordination = meeting("coordination-group", "2027-03-02T09:00:00+01:00");
        long steering = meeting("steering-group", "2027-05-10T13:00:00+02:00");
        long political = meeting("political-steering-group", "2027-02-24T13:00:00+01:00");
        long previousYear = meeting("steering-group", "2026-10-10T13:00:00+02:00");

        decision("est", null, "PROBLEM", problem, "INTERVENTION", EST_RATIONALE, "anna.lindqvist",
                "2027-03-15T10:00:00+01:00");
        long matter = matter("Klotter längs Rydsvägen", "ryd", "skadegorelse", "steering-group", "HANDLED",
                "2027-03-15T11:00:00+01:00");
        decision("coordination-group", coordination, "MATTER", matter, "ESCALATED", ESCALATION_RATIONALE,
                "johan.berg", "2027-03-20T10:00:00+01:00");
        decision("steering-group", steering, "MATTER", matter, "HANDLED", HANDLED_RATIONALE, "maria.ek",
                "2027-05-10T15:00:00+02:00");
        long approved = plan("skaggetorp", coordination, steering, "APPROVED", "Tryggare centrum i Skäggetorp",
                "exec-approved");
        decision("steering-group", steering, "DISTRICT_PLAN", approved, "APPROVED", PLAN_RATIONALE, "maria.ek",
                "2027-05-10T15:30:00+02:00");
        long returned = plan("ryd", coordination, steering, "RETURNED", "Förslag som skickades tillbaka",
                "exec-returned");
        decision("steering-group", steering, "DISTRICT_PLAN", returned, "RETURNED", "Målen behöver vara mätbara.",
                "maria.ek", "2027-05-10T15:40:00+02:00");
        long agreement = agreement();
        decision("political-steering-group", political, "AGREEMENT", agreement, "APPROVED", AGREEMENT_RATIONALE,
                "lars.holm", "2027-02-24T14:00:00+01:00");
        decision("steering-group", previousYear, "MATTER", matter, "CLOSED", OLD_RATIONALE, "maria.ek",
                "2026-10-10T15:00:00+02:00");
        jdbc.sql("""
                        insert into samverkan.promise_follow_up (agreement_id, meeting_id, status, summary,
                            followed_up_by, followed_up_at)
                        values (?, ?, 'ON_TRACK', 'Fler trygghetsvandringar än planerat.', 'lars.holm', ?)""")
                .params(agreement, political, OffsetDateTime.parse("2027-05-24T14:00:00+02:00")).update();

        intervention("Sanering av klotter", "urban-planning", "2027-03-20", "2027-03-18T12:00:00+01:00", "GOOD",
                "2027-03-15T10:00:00+01:00");
        intervention("Belysning i gångtunneln", "urban-planning", "2027-04-01", "2027-04-15T12:00:00+02:00", "PARTLY",
                "2027-03-15T10:05:00+01:00");
        intervention("Trygghetsvandring i Ryd", "culture-leisure", "2099-12-20", null, null,
                "2027-05-10T16:00:00+02:00");
        intervention("Insats från året före", "social-care", "2026-12-01", null, null, "2026-10-10T16:00:00+02:00");
    }

    private void report(String district, String place, String category, String occurredAt) {
        report(district, category, place, OffsetDateTime.parse(occurredAt), "Händelse i årsrapportens test.",
                "demo-partner-systems");
    }

    private long picture(String monday, String label, String compiledAt, String summary, String analysedBy) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into samverkan.situational_picture (week_start, week_label, compiled_at, summary,
                            analysed_by, analysed_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(LocalDate.parse(monday), label, OffsetDateTime.parse(compiledAt), summary, analysedBy,
                        summary == null ? null : OffsetDateTime.parse(compiledAt).plusHours(3))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    private long problem(long pictureId, String district, String category, String place, int priority, String trend,
                         int consecutive, String level) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into samverkan.picture_problem (picture_id, district_code, category_code, place,
                            reports_this_week, previous_weeks_average, trend, consecutive_weeks, status, priority,
                            weeks_persisting, escalation_level)
                        values (?, ?, ?, ?, ?, 0.5, ?, ?, 'CONFIRMED', ?, ?, ?)""")
                .params(pictureId, district, category, place, place == null ? 4 - consecutive / 2 : 2, trend,
                        consecutive, priority, consecutive, level)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    private long meeting(String body, String calledAt) {
        KeyHolder keys = new GeneratedKeyHolder();
        OffsetDateTime at = OffsetDateTime.parse(calledAt);
        jdbc.sql("""
                        insert into samverkan.meeting (body, kind, called_at, held_at, status, process_instance_id)
                        values (?, 'ORDINARY', ?, ?, 'HELD', ?)""")
                .params(body, at, at.plusHours(2), "pi-" + body + "-" + calledAt)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void decision(String body, Long meetingId, String subject, long subjectId, String outcome, String rationale,
                          String decidedBy, String decidedAt) {
        jdbc.sql("""
                        insert into samverkan.decision_record (body, process_instance_id, meeting_id, subject_type,
                            subject_id, outcome, rationale, basis, decided_by, decided_at)
                        values (?, 'pi-decision', ?, ?, ?, ?, ?, 'Underlaget.', ?, ?)""")
                .params(body, meetingId, subject, subjectId, outcome, rationale, decidedBy,
                        OffsetDateTime.parse(decidedAt))
                .update();
    }

    private long matter(String title, String district, String category, String level, String status, String raisedAt) {
        KeyHolder keys = new GeneratedKeyHolder();
        OffsetDateTime at = OffsetDateTime.parse(raisedAt);
        jdbc.sql("""
                        insert into samverkan.matter (title, district_code, category_code, level, acute, origin,
                            raised_by, raised_at, waiting_since, status)
                        values (?, ?, ?, ?, true, 'EST', 'system', ?, ?, ?)""")
                .params(title, district, category, level, at, at, status)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    private long plan(String district, long proposedIn, long decidedIn, String status, String goals, String execution) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into samverkan.district_plan (district_code, proposed_in_meeting, proposal_execution_id,
                            goals, picture, action_plan, proposed_by, proposed_at, status, decided_in_meeting)
                        values (?, ?, ?, ?, 'Otrygghet kvällstid kring centrumet.',
                            'Belysning, fältassistenter och trygghetsvandringar varje månad.', 'johan.berg', ?, ?, ?)""")
                .params(district, proposedIn, execution, goals, OffsetDateTime.parse("2027-03-02T11:00:00+01:00"),
                        status, decidedIn)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    private long agreement() {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into samverkan.cooperation_agreement (process_instance_id, status, started_reason,
                            started_by, started_at, focus_problems, probable_causes, goals, documentation, period_start,
                            period_end, citizen_promise, decided_at, published_by, published_at)
                        values ('pi-agreement', 'PUBLISHED', 'Årlig översyn.', 'erik.sandberg', ?, 'Skadegörelse i Ryd.',
                            'Brist på vuxna i miljön kvällstid.', 'Halverad skadegörelse till 2028.',
                            'Lägesbilden varje vecka.', ?, ?, ?, ?, 'erik.sandberg', ?)""")
                .params(OffsetDateTime.parse("2026-11-01T10:00:00+01:00"), LocalDate.parse("2027-01-01"),
                        LocalDate.parse("2028-12-31"), PROMISE, OffsetDateTime.parse("2027-02-24T14:00:00+01:00"),
                        OffsetDateTime.parse("2027-03-01T10:00:00+01:00"))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    private void intervention(String title, String group, String due, String reportedAt, String effect,
                              String decidedAt) {
        OffsetDateTime reported = reportedAt == null ? null : OffsetDateTime.parse(reportedAt);
        jdbc.sql("""
                        insert into samverkan.intervention (title, responsible_group, due_date, decided_by_body,
                            decided_by, decided_at, status, result, reported_by, reported_at, effect, follow_up,
                            followed_up_by, followed_up_at)
                        values (?, ?, ?, 'est', 'anna.lindqvist', ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(title, group, LocalDate.parse(due), OffsetDateTime.parse(decidedAt),
                        reported == null ? "ONGOING" : "FOLLOWED_UP", reported == null ? null : "Utfört.",
                        reported == null ? null : "demo-urban-planning", reported, effect,
                        effect == null ? null : "Mindre klotter efteråt.", effect == null ? null : "anna.lindqvist",
                        reported == null ? null : reported.plusDays(7))
                .update();
    }

    // --- reading what came back

    /** Text with every run of white space as one space: lines break where the PDF's columns wrap. */
    static String words(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    static ResponseEntity<byte[]> bytes(WebappSession session, String path) {
        HttpHeaders headers = new HttpHeaders();
        session.cookies().forEach(cookie -> headers.add(HttpHeaders.COOKIE, cookie));
        return session.http().exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
    }
}
