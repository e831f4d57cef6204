package se.linkoping.samverkan.incidentreport;

/** What is wrong with one field of a report, in Swedish, saying what to fix. */
public record FieldError(String field, String message) {
}
