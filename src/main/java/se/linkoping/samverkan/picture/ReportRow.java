package se.linkoping.samverkan.picture;

import java.time.OffsetDateTime;

/**
 * A report as the drill-down lists it, with the Swedish names of its district, category and source.
 * {@code description} is null where the viewer may not read it (see {@link DashboardAccess}).
 */
public record ReportRow(long id, OffsetDateTime occurredAt, String district, String place, String category,
                        String source, String description) {
}
