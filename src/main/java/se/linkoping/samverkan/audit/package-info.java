/**
 * What auditors (revisorer) review, read-only: matters searched by district, category, level, period
 * and outcome; per matter one timeline across every level (picture and decision tables, raising, each
 * decision with who, when, why and on what basis, interventions due and done, Camunda's user operations),
 * as a page and as CSV and JSON; and how often each body met against its cadence. Only auditors and
 * administrators see it; nothing here changes anything.
 */
package se.linkoping.samverkan.audit;
