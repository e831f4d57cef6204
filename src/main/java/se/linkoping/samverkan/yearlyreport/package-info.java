/**
 * The yearly report for the steering group and for the municipality's duty under the law on
 * municipalities' responsibility for crime prevention (lag 2023:196): the year's situational picture,
 * its analysis, the action plan (the district plans the steering group approved, the cooperation
 * agreement and citizen promise in force), its follow-up (interventions and their effects, the promise's
 * follow-ups), and the year's decisions — as a printable page, as PDF from the same template, and as
 * JSON. Read-only; only the leading bodies, the security unit, auditors and administrators read it.
 */
package se.linkoping.samverkan.yearlyreport;
