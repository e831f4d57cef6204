package se.linkoping.samverkan.intervention;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;

import se.linkoping.samverkan.forms.TextFields;
import se.linkoping.samverkan.identity.OrganisationGroup;
import se.linkoping.samverkan.refusal.Refusal;

/**
 * The interventions and their course: decided, carried out and reported, followed up. Each step is
 * checked whole and stored, or refused with Swedish reasons and nothing stored. Rows are found by the
 * process instance that runs them, never by a variable a task could change.
 */
@Service
public class Interventions {

    static final int TITLE_MAX = 200;
    static final int TEXT_MAX = 4000;
    /** How far ahead a due date may lie: beyond that it is a plan, not an intervention. */
    static final int DUE_WITHIN_DAYS = 366;
    /** Good, partly, none: the effects the follow-up form offers. */
    static final Set<String> EFFECTS = Set.of("GOOD", "PARTLY", "NONE");

    private final JdbcClient jdbc;
    private final Clock clock;

    /** The Swedish name of a stored effect ("god", "delvis", "ingen"), or null when not followed up. */
    public static String effectName(String effect) {
        return switch (effect == null ? "" : effect) {
            case "GOOD" -> "god";
            case "PARTLY" -> "delvis";
            case "NONE" -> "ingen";
            default -> null;
        };
    }

    public Interventions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Checks and stores a decided intervention.
     *
     * @return its id
     * @throws Refusal with every reason when anything is wrong
     */
    public long register(InterventionDecision decision, String decidedBy, String processInstanceId) {
        List<String> reasons = new ArrayList<>();
        String title = text(decision.title(), "Rubrik", TITLE_MAX, true, reasons);
        String description = text(decision.description(), "Beskrivning", TEXT_MAX, false, reasons);
        if (OrganisationGroup.byId(decision.responsibleGroup()).filter(OrganisationGroup::isStaff).isEmpty()) {
            reasons.add("Välj vilken förvaltning, enhet eller aktör som ansvarar för insatsen.");
        }
        if (OrganisationGroup.byId(decision.decidedByBody())
                .filter(g -> g.kind() == OrganisationGroup.Kind.BODY).isEmpty()) {
            reasons.add("Insatsen måste vara beslutad av EST eller ett av samverkansorganets möten.");
        }
        LocalDate due = dueDate(decision.dueDate(), reasons);
        if (decision.problemId() != null && jdbc.sql("select count(*) from samverkan.picture_problem where id = ?")
                .param(decision.problemId()).query(Long.class).single() == 0) {
            reasons.add("Problemet som insatsen gäller finns inte i lägesbilden.");
        }
        if (decision.matterId() != null && jdbc.sql("select count(*) from samverkan.matter where id = ?")
                .param(decision.matterId()).query(Long.class).single() == 0) {
            reasons.add("Ärendet som insatsen gäller finns inte.");
        }
        if (!reasons.isEmpty()) {
            throw new Refusal(reasons);
        }
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into samverkan.intervention (title, description, responsible_group, due_date,
                            decided_by_body, decided_by, decided_at, problem_id, matter_id, process_instance_id)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(title, description, decision.responsibleGroup(), due, decision.decidedByBody(), decidedBy,
                        now(), decision.problemId(), decision.matterId(), processInstanceId)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    private LocalDate dueDate(String text, List<String> reasons) {
        if (text == null || text.isBlank()) {
            reasons.add("Ange när insatsen ska vara genomförd.");
            return null;
        }
        LocalDate due;
        try {
            due = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            reasons.add("Datumet ”" + text + "” kan inte läsas: ange det som 2026-12-18.");
            return null;
        }
        LocalDate today = LocalDate.now(clock);
        if (due.isBefore(today)) {
            reasons.add("Datumet " + due + " har redan passerat: ange när insatsen ska vara genomförd.");
        } else if (due.isAfter(today.plusDays(DUE_WITHIN_DAYS))) {
            reasons.add("Datumet " + due + " ligger mer än ett år fram: dela upp insatsen eller ta den i handlingsplanen.");
        }
        return due;
    }

    /** What a running intervention is, as stored: for its tasks and timers. */
    public record Stored(String title, String responsibleGroup, String decidedByBody, LocalDate dueDate) {
    }

    /** The intervention a process instance runs, for the expressions of {@code intervention}. */
    public Stored of(String processInstanceId) {
        return jdbc.sql("""
                        select title, responsible_group, decided_by_body, due_date from samverkan.intervention
                        where process_instance_id = ?""")
                .param(processInstanceId)
                .query((rs, row) -> new Stored(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class)))
                .single();
    }

    /**
     * What a body has to follow up: its interventions not yet followed up, oldest due first, each with
     * its responsible group, due date and state — late ones marked. For the body's weekly or meeting form.
     */
    public String followUpOf(String body) {
        LocalDate today = LocalDate.now(clock);
        List<String> lines = jdbc.sql("""
                        select title, responsible_group, due_date, status from samverkan.intervention
                        where decided_by_body = ? and status <> 'FOLLOWED_UP' order by due_date, id""")
                .param(body)
                .query((rs, row) -> {
                    LocalDate due = rs.getObject(3, LocalDate.class);
                    String state = "REPORTED".equals(rs.getString(4)) ? "rapporterad, att följa upp"
                            : due.isBefore(today) ? "FÖRSENAD" : "pågår";
                    return "• " + rs.getString(1) + " – " + OrganisationGroup.byId(rs.getString(2))
                            .map(OrganisationGroup::swedishName).orElse(rs.getString(2)) + ", klar senast " + due
                            + " (" + state + ")";
                })
                .list();
        return lines.isEmpty() ? "Inga pågående insatser." : TextFields.forDisplay(String.join("\n", lines));
    }

    /** The responsible group was reminded before the due date. */
    public void reminded(String processInstanceId) {
        updated(jdbc.sql("update samverkan.intervention set reminded_at = ? where process_instance_id = ?")
                .params(now(), processInstanceId).update(), processInstanceId);
    }

    private static void updated(int rows, String processInstanceId) {
        if (rows != 1) {
            throw new IllegalStateException("No intervention is run by process instance " + processInstanceId);
        }
    }

    /**
     * Checks and stores what the responsible group did.
     *
     * @throws Refusal when the result is missing, too long or holds a personal number
     */
    public void reportResult(String processInstanceId, String result, String reportedBy) {
        List<String> reasons = new ArrayList<>();
        String text = text(result, "Resultat", TEXT_MAX, true, reasons);
        if (!reasons.isEmpty()) {
            throw new Refusal(reasons);
        }
        updated(jdbc.sql("""
                        update samverkan.intervention set status = 'REPORTED', result = ?, reported_by = ?, reported_at = ?
                        where process_instance_id = ?""")
                .params(text, reportedBy, now(), processInstanceId).update(), processInstanceId);
    }

    /**
     * Checks and stores the deciding body's follow-up: the effect and why.
     *
     * @throws Refusal when the effect is not chosen or the comment is too long or holds a personal number
     */
    public void followUp(String processInstanceId, String effect, String comment, String followedUpBy) {
        List<String> reasons = new ArrayList<>();
        if (effect == null || !EFFECTS.contains(effect)) {
            reasons.add("Välj vilken effekt insatsen fick: god, delvis eller ingen.");
        }
        String text = text(comment, "Uppföljning", TEXT_MAX, true, reasons);
        if (!reasons.isEmpty()) {
            throw new Refusal(reasons);
        }
        updated(jdbc.sql("""
                        update samverkan.intervention set status = 'FOLLOWED_UP', effect = ?, follow_up = ?,
                            followed_up_by = ?, followed_up_at = ?
                        where process_instance_id = ?""")
                .params(effect, text, followedUpBy, now(), processInstanceId).update(), processInstanceId);
    }

    private static String text(String value, String label, int max, boolean required, List<String> reasons) {
        return TextFields.checked(value, label, max, required, reasons);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
