package se.linkoping.samverkan.incidentreport;

/**
 * A report as it arrives, from the Tasklist form or the API, before anything is checked: every field
 * is the raw text sent. The same names are the process variables of {@code incident-report} and the
 * JSON fields of the API.
 *
 * @param district          district code, e.g. {@code skaggetorp}
 * @param place             where, in words (a street, a square, a school yard)
 * @param category          category code, e.g. {@code skadegorelse}
 * @param occurredAt        when it happened: ISO-8601 date and time, with or without offset
 * @param description       what happened, without personal data
 * @param source            source code, e.g. {@code polis}
 * @param externalReference the reporting system's own id of the report; required from the API
 */
public record IncidentReportSubmission(String district, String place, String category, String occurredAt,
                                       String description, String source, String externalReference) {
}
