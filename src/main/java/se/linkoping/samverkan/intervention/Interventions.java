package se.linkoping.samverkan.intervention;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import se.linkoping.samverkan.estweeklycycle.PictureRecords;
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

    private final InterventionRecords records;
    private final PictureRecords pictures;
    private final KnownMatters matters;
    private final Clock clock;

    /** The Swedish name of a stored effect ("god", "delvis", "ingen"), or null when not followed up. */
    public static String effectName(String effect) {
        return InterventionEffect.byCode(effect).map(InterventionEffect::swedishName).orElse(null);
    }

    public Interventions(InterventionRecords records, PictureRecords pictures, KnownMatters matters, Clock clock) {
        this.records = records;
        this.pictures = pictures;
        this.matters = matters;
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
        if (decision.problemId() != null && pictures.problem(decision.problemId()).isEmpty()) {
            reasons.add("Problemet som insatsen gäller finns inte i lägesbilden.");
        }
        if (decision.matterId() != null && !matters.exists(decision.matterId())) {
            reasons.add("Ärendet som insatsen gäller finns inte.");
        }
        if (!reasons.isEmpty()) {
            throw new Refusal(reasons);
        }
        return records.insert(decision, title, description, due, decidedBy, now(), processInstanceId);
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

    /** The intervention a process instance runs, for the expressions of {@code intervention}. */
    public Intervention of(String processInstanceId) {
        return records.ofProcess(processInstanceId).orElseThrow(() -> missing(processInstanceId));
    }

    /**
     * What a body has to follow up: its interventions not yet followed up, oldest due first, each with
     * its responsible group, due date and state — late ones marked. For the body's weekly or meeting form.
     */
    public String followUpOf(String body) {
        LocalDate today = LocalDate.now(clock);
        List<String> lines = records.notFollowedUpOf(body).stream()
                .map(i -> "• " + i.title() + " – " + OrganisationGroup.byId(i.responsibleGroup())
                        .map(OrganisationGroup::swedishName).orElse(i.responsibleGroup()) + ", klar senast "
                        + i.dueDate() + " (" + state(i, today) + ")")
                .toList();
        return lines.isEmpty() ? "Inga pågående insatser." : TextFields.forDisplay(String.join("\n", lines));
    }

    private static String state(Intervention intervention, LocalDate today) {
        if (intervention.status() == InterventionStatus.ONGOING && intervention.dueDate().isBefore(today)) {
            return "FÖRSENAD";
        }
        return intervention.status().swedishName();
    }

    /** The responsible group was reminded before the due date. */
    public void reminded(String processInstanceId) {
        updated(records.reminded(processInstanceId, now()), processInstanceId);
    }

    /**
     * The intervention is late by the margin: marked so, for the matter it becomes.
     *
     * @return the intervention
     */
    public Intervention overdue(String processInstanceId) {
        updated(records.overdue(processInstanceId, now()), processInstanceId);
        return of(processInstanceId);
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
        updated(records.reported(processInstanceId, text, reportedBy, now()), processInstanceId);
    }

    /**
     * Checks and stores the deciding body's follow-up: the effect and why.
     *
     * @throws Refusal when the effect is not chosen or the comment is too long or holds a personal number
     */
    public void followUp(String processInstanceId, String effect, String comment, String followedUpBy) {
        List<String> reasons = new ArrayList<>();
        InterventionEffect chosen = InterventionEffect.byCode(effect).orElse(null);
        if (chosen == null) {
            reasons.add("Välj vilken effekt insatsen fick: god, delvis eller ingen.");
        }
        String text = text(comment, "Uppföljning", TEXT_MAX, true, reasons);
        if (!reasons.isEmpty()) {
            throw new Refusal(reasons);
        }
        updated(records.followedUp(processInstanceId, chosen, text, followedUpBy, now()), processInstanceId);
    }

    private static void updated(int rows, String processInstanceId) {
        if (rows != 1) {
            throw missing(processInstanceId);
        }
    }

    private static IllegalStateException missing(String processInstanceId) {
        return new IllegalStateException("No intervention is run by process instance " + processInstanceId);
    }

    private static String text(String value, String label, int max, boolean required, List<String> reasons) {
        return TextFields.checked(value, label, max, required, reasons);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
