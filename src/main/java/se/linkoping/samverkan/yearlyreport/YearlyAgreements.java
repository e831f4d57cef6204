package se.linkoping.samverkan.yearlyreport;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import se.linkoping.samverkan.cooperationagreement.Agreement;
import se.linkoping.samverkan.cooperationagreement.AgreementRecords;

/**
 * What the report reads of the cooperation agreement and the citizen promise's follow-ups, asked of their owner
 * ({@link AgreementRecords}) and put in the report's terms: days in Linköping's time, statuses in Swedish.
 */
@Component
class YearlyAgreements {

    /** An agreement's period; either end may be missing. */
    record Period(LocalDate start, LocalDate end) {
    }

    private final AgreementRecords records;

    YearlyAgreements(AgreementRecords records) {
        this.records = records;
    }

    /** The agreements published before the year ended, not superseded before it began, whose period reaches into it. */
    List<YearlyReport.Agreement> inForce(YearSpan span, int max) {
        return records.inForceDuring(span.start(), span.end(), max).stream()
                .map(a -> new YearlyReport.Agreement(a.id(), a.periodStart(), a.periodEnd(), a.focusProblems(),
                        a.probableCauses(), a.goals(), a.documentation(), a.citizenPromise(),
                        day(a.decidedAt(), span.zone()), day(a.publishedAt(), span.zone()),
                        day(a.supersededAt(), span.zone())))
                .toList();
    }

    /** The citizen promise's follow-ups in the year. */
    List<YearlyReport.PromiseFollowUp> promiseFollowUps(YearSpan span, int max) {
        return records.followUpsDuring(span.start(), span.end(), max).stream()
                .map(f -> new YearlyReport.PromiseFollowUp(day(f.followedUpAt(), span.zone()), f.status().swedish(),
                        f.summary()))
                .toList();
    }

    /** The periods of the agreements asked for (those a year's decisions were about: a handful). */
    Map<Long, Period> periods(Collection<Long> ids) {
        return records.withIds(ids).stream().collect(Collectors.toMap(Agreement::id,
                a -> new Period(a.periodStart(), a.periodEnd())));
    }

    private static LocalDate day(OffsetDateTime at, ZoneId zone) {
        return at == null ? null : at.atZoneSameInstant(zone).toLocalDate();
    }
}
