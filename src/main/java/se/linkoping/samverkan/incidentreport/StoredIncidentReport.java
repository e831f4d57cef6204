package se.linkoping.samverkan.incidentreport;

import java.time.OffsetDateTime;

/** An incident report as kept in the database. */
public record StoredIncidentReport(long id, String districtCode, String place, String categoryCode,
                                   OffsetDateTime occurredAt, String description, String sourceCode,
                                   String externalReference, Channel channel, String reportedBy,
                                   OffsetDateTime receivedAt, String processInstanceId,
                                   String assessment, Boolean immediateAction, String assessedBy,
                                   OffsetDateTime assessedAt) {
}
