package se.linkoping.samverkan.cooperationagreement;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A round of the cooperation agreement as stored. */
public record Agreement(long id, Long previousId, AgreementStatus status, String processInstanceId,
                        String focusProblems, String probableCauses, String goals, String documentation,
                        LocalDate periodStart, LocalDate periodEnd, String citizenPromise, String consultationOpinion,
                        OffsetDateTime decidedAt, OffsetDateTime publishedAt, OffsetDateTime supersededAt) {
}
