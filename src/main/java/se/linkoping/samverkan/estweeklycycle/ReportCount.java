package se.linkoping.samverkan.estweeklycycle;

/**
 * What the picture needs of the reports: how many a district and category had at a place (as typed) in one
 * week, {@code weeksBack} weeks before the picture's (0 the picture's own week).
 */
public record ReportCount(String district, String category, String place, int weeksBack, int reports) {
}
