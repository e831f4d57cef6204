/**
 * The weekly situational picture (lägesbild) of the EST working group: the week's incident reports
 * turned into problems per district and category (and place, where reports repeat there), each with
 * its count, its trend against the previous four weeks and how many weeks in a row it has been active.
 * Plain domain code ({@link se.linkoping.samverkan.estweeklycycle.WeeklyPicture}), tested without an
 * engine; the weekly EST cycle ({@link se.linkoping.samverkan.estweeklycycle.WeeklyCycle}) runs it, with
 * the reports asked of {@code incidentreport.IncidentReports} and the pictures stored by
 * {@link se.linkoping.samverkan.estweeklycycle.PictureRecords}, the owner of {@code situational_picture},
 * {@code picture_problem} and {@code problem_evaluation}.
 */
package se.linkoping.samverkan.estweeklycycle;
