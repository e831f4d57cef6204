package se.linkoping.samverkan.cooperationagreement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.linkoping.samverkan.forms.TextFields;
import se.linkoping.samverkan.refusal.Refusal;

/**
 * The public part of the agreement in force, the citizen promise: followed up at each political steering
 * group meeting, and shown with its follow-ups to anyone, without names or anything internal.
 */
@Service
@Transactional
public class CitizenPromises {

    /** The citizen promise as the public page shows it: nothing internal, no names. */
    public record PublicPromise(String promise, LocalDate periodStart, LocalDate periodEnd, LocalDate publishedOn,
                                List<PublicFollowUp> followUps) {
    }

    /** A follow-up as the public page shows it. */
    public record PublicFollowUp(LocalDate on, FollowUpStatus status, String summary) {
    }

    private final CooperationAgreements agreements;
    private final AgreementRecords records;
    private final Clock clock;

    public CitizenPromises(CooperationAgreements agreements, AgreementRecords records, Clock clock) {
        this.agreements = agreements;
        this.records = records;
        this.clock = clock;
    }

    /**
     * Stores and publishes a follow-up of the citizen promise made at a political steering group meeting.
     *
     * @return whether the agreement's period is over, so that this was the last follow-up
     * @throws Refusal when the status is not chosen or the summary is missing or refused
     */
    public boolean followUp(String processInstanceId, String status, String summary, String followedUpBy) {
        List<String> reasons = new ArrayList<>();
        FollowUpStatus chosen = chosen(status);
        if (chosen == null) {
            reasons.add("Välj hur arbetet med medborgarlöftet går: enligt plan, delvis eller inte enligt plan.");
        }
        String text = TextFields.checked(summary, "Uppföljningen", CooperationAgreements.TEXT_MAX, true,
                reasons);
        if (!reasons.isEmpty()) {
            throw new Refusal(reasons);
        }
        Agreement agreement = agreements.of(processInstanceId);
        records.insertFollowUp(agreement.id(), agreements.atMeeting(processInstanceId), chosen, text, followedUpBy,
                OffsetDateTime.now(clock));
        return LocalDate.now(clock).isAfter(agreement.periodEnd());
    }

    private static FollowUpStatus chosen(String status) {
        try {
            return status == null ? null : FollowUpStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The citizen promise in force with its follow-ups, as anyone may read it; empty before the first is published. */
    @Transactional(readOnly = true)
    public Optional<PublicPromise> publicPromise() {
        return agreements.current().map(a -> new PublicPromise(a.citizenPromise(), a.periodStart(), a.periodEnd(),
                day(a.publishedAt()), records.followUpsOf(a.id()).stream()
                .map(f -> new PublicFollowUp(day(f.followedUpAt()), f.status(), f.summary())).toList()));
    }

    private LocalDate day(OffsetDateTime at) {
        return at.atZoneSameInstant(clock.getZone()).toLocalDate();
    }
}
