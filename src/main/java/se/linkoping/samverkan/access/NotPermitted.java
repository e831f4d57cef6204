package se.linkoping.samverkan.access;

import org.camunda.bpm.engine.AuthorizationException;

/**
 * A refusal by the engine's own guards, in Swedish. An {@link AuthorizationException}, so that Camunda's REST
 * API and webapps answer it as any missing permission ({@code 403}, the message shown as it is) and the
 * engine rolls back whatever the command had begun.
 */
public class NotPermitted extends AuthorizationException {

    public NotPermitted(String message) {
        super(message);
    }
}
