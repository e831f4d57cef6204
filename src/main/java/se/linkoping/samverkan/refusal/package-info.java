/**
 * The one refusal of the application: {@link se.linkoping.samverkan.refusal.Refusal}, a kind (which says the
 * HTTP status) and every reason in Swedish. Thrown by checks, access and the API alike; answered by
 * {@code web.RefusalAdvice} and {@code forms.FormErrors}.
 */
package se.linkoping.samverkan.refusal;
