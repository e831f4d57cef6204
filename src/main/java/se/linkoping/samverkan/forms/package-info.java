/**
 * What forms submit: reading the values loosely ({@link se.linkoping.samverkan.forms.FormValues}), the checks
 * every free text gets ({@link se.linkoping.samverkan.forms.TextFields}, {@link se.linkoping.samverkan.forms.MaxLength}),
 * and the one place where a refusal becomes a form error that Tasklist shows
 * ({@link se.linkoping.samverkan.forms.FormStepDelegate}, {@link se.linkoping.samverkan.forms.FormErrors}).
 */
package se.linkoping.samverkan.forms;
