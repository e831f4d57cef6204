package se.linkoping.samverkan.forms;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import se.linkoping.samverkan.refusal.Refusal;

/**
 * A step that stores what a form submitted: a refusal of it becomes a form error ({@link FormErrors}), so
 * Tasklist shows the Swedish reasons, nothing is saved and the task stays open. A conflict (another user did it
 * first, the same thing submitted twice) stays a refusal, which the REST API answers with 409 and its message.
 */
public abstract class FormStepDelegate implements JavaDelegate {

    private final String field;
    private final String notSaved;

    /**
     * @param field    the form field a refusal is shown at when it names none
     * @param notSaved what was not done, as a sentence ("Beslutet sparades inte.")
     */
    protected FormStepDelegate(String field, String notSaved) {
        this.field = field;
        this.notSaved = notSaved;
    }

    @Override
    public final void execute(DelegateExecution execution) {
        try {
            run(execution);
        } catch (Refusal refusal) {
            if (refusal.kind() == Refusal.Kind.CONFLICT) {
                throw refusal; // another user was first: not the form's fault, answered 409 (web.EngineErrors)
            }
            throw FormErrors.of(field, notSaved, refusal);
        }
    }

    /** Checks and stores the step; throws a {@link Refusal} when anything is wrong. */
    protected abstract void run(DelegateExecution execution);
}
