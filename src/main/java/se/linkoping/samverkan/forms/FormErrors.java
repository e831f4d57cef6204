package se.linkoping.samverkan.forms;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import se.linkoping.samverkan.refusal.Refusal;

/**
 * The one place where a refusal becomes a form error: Tasklist shows it on the form (at the refused field,
 * or the form's first), the engine rolls the step back and the task stays open.
 */
public final class FormErrors {

    private FormErrors() {
    }

    /**
     * @param field    the field to show it at when the refusal names none
     * @param notSaved what was not done, as a sentence ("Beslutet sparades inte.")
     */
    public static FormFieldValidationException of(String field, String notSaved, Refusal refusal) {
        String at = refusal.fieldReasons().stream().map(Refusal.Reason::field).filter(f -> f != null)
                .findFirst().orElse(field);
        return new FormFieldValidationException(at, notSaved + " " + refusal.getMessage());
    }
}
