package se.linkoping.samverkan.forms;

import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The options of a form's choice that are worked out when the form is opened and never stored in a variable:
 * a select whose {@code valuesKey} names one of {@link #variables()}. Where {@link CurrentTexts} keeps a stored
 * text current, these exist only in what the form reads: a list that depends on others' work (the week's other
 * problems, say) would otherwise be copied into every task that offers it. {@link CurrentTextsPlugin} adds them
 * to the values of {@code GET /task/{id}/form-variables} as JSON, as Tasklist reads a select's options.
 */
public interface FormChoices {

    /** The variables, as the forms' {@code valuesKey} names them, this bean offers. */
    Set<String> variables();

    /**
     * The options, a JSON array of objects with {@code label} (Swedish) and {@code value}, for the task running
     * in an execution; empty when its form offers none.
     */
    Optional<String> now(String variable, DelegateExecution execution);
}
