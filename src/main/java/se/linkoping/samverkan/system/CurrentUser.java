package se.linkoping.samverkan.system;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * The user on whose request the engine runs a delegate: who submitted a form or completed a task.
 * Taken from the engine's authentication, never from a variable a caller could have set.
 */
public final class CurrentUser {

    /** When the engine runs without a user (a job, a timer). */
    public static final String SYSTEM = "system";

    private CurrentUser() {
    }

    public static String of(DelegateExecution execution) {
        Authentication authentication =
                execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authentication == null || authentication.getUserId() == null ? SYSTEM : authentication.getUserId();
    }
}
