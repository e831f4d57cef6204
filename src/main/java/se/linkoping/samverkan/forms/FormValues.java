package se.linkoping.samverkan.forms;

import org.camunda.bpm.engine.delegate.VariableScope;

/** What a form submitted, read loosely: a missing field is null, and the checks that follow say so in Swedish. */
public final class FormValues {

    private FormValues() {
    }

    public static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }

    /** A checkbox: only {@code true} (or "true") counts as ticked. */
    public static boolean ticked(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return Boolean.TRUE.equals(value) || "true".equals(value);
    }
}
