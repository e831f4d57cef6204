package se.linkoping.samverkan.cooperationagreement;

import java.util.EnumSet;
import java.util.Set;

/** Where a round stands; the check constraint of {@code cooperation_agreement.status} lists the same. */
public enum AgreementStatus {
    DRAFTING, CONSULTATION, AWAITING_DECISION, SIGNING, PUBLISHING, PUBLISHED, SUPERSEDED,
    /** Its process ended before publication (deleted by an administrator). */
    ABANDONED,
    /** Its period is over. */
    EXPIRED;

    /** A round under way: started, not yet published nor abandoned. Only one at a time. */
    static final Set<AgreementStatus> UNDER_WAY = EnumSet.of(DRAFTING, CONSULTATION, AWAITING_DECISION, SIGNING,
            PUBLISHING);
}
