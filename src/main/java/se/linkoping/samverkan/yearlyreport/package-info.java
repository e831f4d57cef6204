/**
 * The yearly report for the steering group and for the municipality's duty under the law on
 * municipalities' responsibility for crime prevention (lag 2023:196): the year's situational picture,
 * its analysis, the action plan (the district plans the steering group approved, the cooperation
 * agreement and citizen promise in force), its follow-up (interventions and their effects, the promise's
 * follow-ups), and the year's decisions — as a printable page, as PDF from the same template, and as
 * JSON. Read-only; only the leading bodies, the security unit, auditors and administrators read it.
 * <p>
 * A read model: it reads other features' tables and never writes. Its SQL lives in the
 * {@code Yearly…Records} classes, one per part of what it reads (the picture, matters, decisions,
 * interventions, and the cooperation agreement's two tables in
 * {@link se.linkoping.samverkan.yearlyreport.YearlyAgreements}); {@link
 * se.linkoping.samverkan.yearlyreport.YearlyReports} puts the report together.
 */
package se.linkoping.samverkan.yearlyreport;
