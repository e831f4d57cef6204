/**
 * The weekly situational picture (lägesbild) of the EST working group: the week's incident reports
 * turned into problems per district and category (and place, where reports repeat there), each with
 * its count, its trend against the previous four weeks and how many weeks in a row it has been active.
 * Plain domain code ({@link se.linkoping.samverkan.estweeklycycle.WeeklyPicture}), tested without an
 * engine; the weekly EST cycle ({@link se.linkoping.samverkan.estweeklycycle.WeeklyCycle}) runs it, with
 * the reports asked of {@code incidentreport.IncidentReports} and the pictures stored by
 * {@link se.linkoping.samverkan.estweeklycycle.PictureRecords}, the owner of {@code situational_picture},
 * {@code picture_problem} and {@code problem_evaluation}; the runs of weeks each week leaves for the next, so
 * that a week counts only its own and the four before it, by
 * {@link se.linkoping.samverkan.estweeklycycle.StreakRecords} ({@code picture_streak}). The week's other
 * problems the analysis form offers are worked out when it is opened
 * ({@link se.linkoping.samverkan.estweeklycycle.MergeChoices}).
 */
package se.linkoping.samverkan.estweeklycycle;
