/**
 * Retention (gallring): Camunda's history cleanup, removal-time based, also removes Samverkan's own rows of the
 * process instances whose history it removes ({@link se.linkoping.samverkan.retention.Retention}), with each process's
 * history time-to-live from the retention schedule ({@link se.linkoping.samverkan.retention.RetentionSettings}); each
 * run is recorded for auditors (table {@code retention_run}).
 */
package se.linkoping.samverkan.retention;
