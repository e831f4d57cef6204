/**
 * The weekly situational picture (lägesbild) of the EST working group: the week's incident reports
 * turned into problems per district and category (and place, where reports repeat there), each with
 * its count, its trend against the previous four weeks and how many weeks in a row it has been active.
 * Plain domain code, tested without an engine; the weekly EST cycle runs it.
 */
package se.linkoping.samverkan.estweeklycycle;
