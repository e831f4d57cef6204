package se.linkoping.samverkan.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import se.linkoping.samverkan.decision.DecisionRecords;
import se.linkoping.samverkan.identity.OrganisationGroup;
import se.linkoping.samverkan.identity.People;
import se.linkoping.samverkan.intervention.Interventions;
import se.linkoping.samverkan.matter.MatterOrigin;
import se.linkoping.samverkan.matter.MatterStatus;
import se.linkoping.samverkan.meeting.MeetingBody;
import se.linkoping.samverkan.system.Swedish;

/**
 * A matter's own entries in its timeline: how it was raised and by whom, each decision on it (body, meeting,
 * outcome, rationale, directive, who, when, basis), the agenda notes of every meeting it was on, what the
 * convener did when it waited too long, its interventions decided, reported and followed up, and how it ended.
 */
@Component
class MatterEntries {

    private final TimelineRecords records;
    private final Clock clock;

    MatterEntries(TimelineRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    List<AuditTrail.Entry> of(TimelineRecords.Matter m, List<DecisionRecords.Decision> decided,
                              List<TimelineRecords.Intervention> interventions) {
        List<AuditTrail.Entry> entries = new ArrayList<>();
        entries.add(raised(m, decided));
        Set<Long> meetingIds = new LinkedHashSet<>();
        decided.stream().map(DecisionRecords.Decision::meetingId).filter(id -> id != null).forEach(meetingIds::add);
        if (m.meetingId() != null) {
            meetingIds.add(m.meetingId());
        }
        Map<Long, TimelineRecords.Meeting> meetings = records.meetings(meetingIds).stream()
                .collect(Collectors.toMap(TimelineRecords.Meeting::id, Function.identity()));
        for (int k = 0; k < decided.size(); k++) {
            DecisionRecords.Decision d = decided.get(k);
            String then = k + 1 < decided.size() ? decided.get(k + 1).body() : m.level();
            entries.add(decision(d, then, d.meetingId() == null ? null : meetings.get(d.meetingId())));
        }
        meetings.values().forEach(meeting -> entries.add(agenda(meeting)));
        if (m.convenerAlertedAt() != null) {
            entries.add(convenerAction(m));
        }
        interventions.forEach(i -> entries.addAll(intervention(i)));
        if (m.closedAt() != null) {
            boolean handled = MatterStatus.HANDLED.name().equals(m.status());
            entries.add(AuditTrail.Entry.of(m.closedAt(), m.level(), handled ? "Ärendet hanteras här"
                            : "Ärendet avslutas", (handled ? "Hanteras av " : "Avslutat av ") + Names.group(m.level())
                            + (handled && !interventions.isEmpty() ? ", med insatser" : ""),
                            decided.isEmpty() ? People.NO_PERSON : decided.get(decided.size() - 1).decidedBy())
                    .detail("status", MatterStatus.nameOf(m.status())).code("status", m.status()));
        }
        return entries;
    }

    /** Raised: by EST from its picture (by its analysts), by a body or unit, or by a late intervention's timer. */
    private AuditTrail.Entry raised(TimelineRecords.Matter m, List<DecisionRecords.Decision> decided) {
        String raisedTo = decided.isEmpty() ? m.level() : decided.get(0).body();
        boolean byEst = MatterOrigin.EST.name().equals(m.origin());
        return AuditTrail.Entry.of(m.raisedAt(), byEst ? OrganisationGroup.EST.id() : raisedTo, "Ärendet väcks",
                        m.title(), m.raisedBy())
                .basis(m.description())
                .detail("ursprung", MatterOrigin.nameOf(m.origin()))
                .detail("till", Names.group(raisedTo))
                .detail("akut", m.acute() ? "ja" : null)
                .code("ursprung", m.origin()).code("till", raisedTo)
                .code("problem", m.problemId()).code("insats", m.interventionId());
    }

    /** A decision on the matter; {@code then} is the level it went on to (where it waited next, or is now). */
    private AuditTrail.Entry decision(DecisionRecords.Decision d, String then, TimelineRecords.Meeting meeting) {
        String meetingName = meeting == null ? null : meetingName(meeting);
        String what = switch (d.outcome()) {
            case ESCALATED -> "Ärendet går vidare till " + Names.group(then);
            case HANDLED -> "Ärendet hanteras av " + Names.group(d.body());
            case CLOSED -> "Ärendet avslutas";
            default -> d.outcome().swedish();
        };
        return AuditTrail.Entry.of(d.decidedAt(), d.body(), "Beslut: " + d.outcome().swedish(),
                        what + (meeting == null ? ", enligt regel utan möte" : ""), d.decidedBy())
                .meeting(meetingName).directive(d.directive()).rationale(d.rationale()).basis(d.basis())
                .detail("beslut", d.outcome().swedish())
                .code("beslut", d.outcome().name()).code("möte", d.meetingId());
    }

    /**
     * What the convener did about the matter waiting too long, by whom in which role then: "Maria Ek
     * (Sammankallande, styrgruppen)"; the role's code kept for the exports.
     */
    private AuditTrail.Entry convenerAction(TimelineRecords.Matter m) {
        Optional<OrganisationGroup> role = Optional.ofNullable(m.convenerRole()).flatMap(OrganisationGroup::byId);
        // the body convened (or, before conveners had roles, the body whose member chose); else where it waits
        String level = role.flatMap(r -> Arrays.stream(MeetingBody.values())
                        .filter(body -> body.convener() == r || body.group() == r).findFirst())
                .map(MeetingBody::id).orElse(m.level());
        return AuditTrail.Entry.of(m.convenerAlertedAt(), level, "Väntat för länge",
                        "Sammankallande påmindes" + (m.convenerAction() == null ? "" : ": " + m.convenerAction()),
                        m.convener())
                .rationale(m.convenerAction())
                .detail("roll", role.map(OrganisationGroup::shortName).orElse(null))
                .code(AuditTrail.Entry.ROLE, m.convenerRole());
    }

    /** What was written on the agenda of a meeting the matter was on, for the meeting to know. */
    private AuditTrail.Entry agenda(TimelineRecords.Meeting meeting) {
        String name = meetingName(meeting);
        boolean prepared = meeting.agendaPreparedAt() != null;
        return AuditTrail.Entry.of(prepared ? meeting.agendaPreparedAt() : meeting.agendaCompiledAt() != null
                                ? meeting.agendaCompiledAt() : meeting.calledAt(), meeting.body(),
                        prepared ? "Dagordningen förbereds" : "Dagordningen sammanställs",
                        meeting.agendaNotes() == null ? "Inga anteckningar till mötet" : meeting.agendaNotes(),
                        prepared ? meeting.agendaPreparedBy() : People.NO_PERSON)
                .meeting(name)
                .detail("hållet", meeting.heldAt() == null ? "inte ännu" : Swedish.minute(meeting.heldAt()))
                .code("möte", meeting.id());
    }

    /** An intervention decided, reported and followed up: one entry for each that happened. */
    private List<AuditTrail.Entry> intervention(TimelineRecords.Intervention i) {
        ZoneId zone = clock.getZone();
        String group = Names.group(i.group());
        LocalDate reportedOn = i.reportedAt() == null ? null : i.reportedAt().atZoneSameInstant(zone).toLocalDate();
        boolean late = reportedOn == null ? LocalDate.now(clock).isAfter(i.due()) : reportedOn.isAfter(i.due());
        List<AuditTrail.Entry> entries = new ArrayList<>();
        entries.add(facts(AuditTrail.Entry.of(i.decidedAt(), i.decidedByBody(), "Insats beslutad", i.title() + " – "
                + group + ", klar senast " + i.due(), i.decidedBy()), i, group, reportedOn, late));
        if (reportedOn != null) {
            entries.add(facts(AuditTrail.Entry.of(i.reportedAt(), i.decidedByBody(), "Insats genomförd", i.title()
                    + " (klar senast " + i.due() + ", rapporterad " + reportedOn + (late ? ", försenad" : "") + ")",
                    i.reportedBy()).basis(i.result()), i, group, reportedOn, late).detail("resultat", i.result()));
        }
        if (i.followedUpAt() != null) {
            entries.add(facts(AuditTrail.Entry.of(i.followedUpAt(), i.decidedByBody(), "Insats följd upp", i.title()
                    + ": effekt " + Interventions.effectName(i.effect()), i.followedUpBy())
                    .basis(i.followUp()), i, group, reportedOn, late).detail("effekt", Interventions.effectName(
                    i.effect())).code("effekt", i.effect()));
        }
        return entries;
    }

    private static AuditTrail.Entry facts(AuditTrail.Entry entry, TimelineRecords.Intervention i, String group,
                                          LocalDate reportedOn, boolean late) {
        return entry.detail("ansvarig", group)
                .detail("klar senast", i.due().toString())
                .detail("rapporterad", reportedOn == null ? "inte ännu" : reportedOn.toString())
                .detail("försenad", late ? "ja" : "nej")
                .code("insats", i.id()).code("ansvarig", i.group());
    }

    String meetingName(TimelineRecords.Meeting meeting) {
        return (meeting.extra() ? "Extra möte" : "Möte") + " i "
                + Names.group(meeting.body()).toLowerCase(Swedish.LOCALE) + " "
                + meeting.calledAt().atZoneSameInstant(clock.getZone()).toLocalDate();
    }
}
