package se.linkoping.samverkan.forms;

import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Texts a form shows that must be as of the moment the form is opened, not as of the moment its task was
 * created: the decisions, interventions and picture a body decides on. Each implementation names the
 * variables it fills (declared, with their first text, as input parameters in the models) and tells what
 * they say now. {@link CurrentTextsPlugin} asks whenever a task's form is read.
 */
public interface CurrentTexts {

    /** The variables this bean keeps current. */
    Set<String> variables();

    /**
     * What one of the variables says now, for the task running in an execution (its variables, such as
     * {@code matterId}, say what the task is about); empty keeps what is stored. At most
     * {@link TextFields#VARIABLE_MAX} characters: see {@link TextFields#forDisplay}.
     */
    Optional<String> now(String variable, DelegateExecution execution);
}
