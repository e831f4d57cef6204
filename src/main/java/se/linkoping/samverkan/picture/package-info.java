/**
 * The situational-picture dashboard ({@code /lagesbild} and {@code /api/picture}): reports per week,
 * district and category counted in the database, with the trend and priority of EST's weekly picture
 * where the week was compiled (and the same trend rule computed where it was not), as a heat map of one
 * week, line charts over the weeks and a paged list of the reports behind each cell. Who may see it, and
 * who also reads the reports' descriptions, is decided in {@link se.linkoping.samverkan.picture.DashboardAccess}.
 */
package se.linkoping.samverkan.picture;
