package se.linkoping.samverkan.picture;

import java.time.LocalDate;

/** How many reports of a category occurred in a district in the week starting on {@code week}. */
public record WeekCount(LocalDate week, String district, String category, int reports) {
}
