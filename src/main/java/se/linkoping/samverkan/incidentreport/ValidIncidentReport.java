package se.linkoping.samverkan.incidentreport;

import java.time.OffsetDateTime;

import se.linkoping.samverkan.referencedata.IncidentCategory;

/** A report that passed every check: trimmed, with known codes and a parsed time. */
public record ValidIncidentReport(String districtCode, String place, IncidentCategory category,
                                  OffsetDateTime occurredAt, String description, String sourceCode,
                                  String externalReference) {

    /** Whether this is the same report as a stored one: what a retried request must repeat. */
    boolean sameContentAs(StoredIncidentReport stored) {
        return districtCode.equals(stored.districtCode())
                && place.equals(stored.place())
                && category.code().equals(stored.categoryCode())
                && occurredAt.toInstant().equals(stored.occurredAt().toInstant())
                && description.equals(stored.description())
                && sourceCode.equals(stored.sourceCode());
    }
}
