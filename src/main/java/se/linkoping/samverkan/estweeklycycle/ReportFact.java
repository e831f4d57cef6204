package se.linkoping.samverkan.estweeklycycle;

import java.time.Instant;

/** What the picture needs of one incident report. */
public record ReportFact(String district, String category, String place, Instant occurredAt) {
}
