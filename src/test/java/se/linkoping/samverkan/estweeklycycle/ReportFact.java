package se.linkoping.samverkan.estweeklycycle;

import java.time.Instant;

/** One incident report, as the tests of the picture write them (counted per week before the picture reads them). */
record ReportFact(String district, String category, String place, Instant occurredAt) {
}
