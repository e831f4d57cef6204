/**
 * What auditors (revisorer) review, read-only: matters searched by district, category, level, period
 * and outcome; per matter one timeline across every level (picture and decision tables, raising, each
 * decision with who, when, why and on what basis, interventions due and done, Camunda's user operations),
 * as a page and as CSV and JSON; and how often each body met against its cadence. Only auditors and
 * administrators see it; nothing here changes anything.
 * <p>
 * A read model: it reads other features' tables and never writes. Its SQL lives in
 * {@link se.linkoping.samverkan.audit.MatterSearchRecords} (the search),
 * {@link se.linkoping.samverkan.audit.TimelineRecords} (a matter's timeline) and
 * {@link se.linkoping.samverkan.audit.CadenceRecords} (the cadence); Camunda's history is read by
 * {@link se.linkoping.samverkan.audit.EngineHistory}. {@link se.linkoping.samverkan.audit.AuditTrail} and
 * {@link se.linkoping.samverkan.audit.CadenceCompliance} put what they read together, with the Swedish
 * names of codes from their owners.
 */
package se.linkoping.samverkan.audit;
