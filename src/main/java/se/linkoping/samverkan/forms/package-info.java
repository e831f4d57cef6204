/**
 * What forms submit: reading the values loosely ({@link se.linkoping.samverkan.forms.FormValues}), the checks
 * every free text gets ({@link se.linkoping.samverkan.forms.TextFields}, {@link se.linkoping.samverkan.forms.MaxLength}),
 * and the one place where a refusal becomes a form error that Tasklist shows
 * ({@link se.linkoping.samverkan.forms.FormStepDelegate}, {@link se.linkoping.samverkan.forms.FormErrors}); and
 * that Camunda's REST API takes only the variables a form declares, each value checked
 * ({@code SubmittedVariablesGuard}, {@link se.linkoping.samverkan.forms.DeclaredFields}).
 */
package se.linkoping.samverkan.forms;
