package se.linkoping.samverkan.system;

import jakarta.ws.rs.core.Response.Status;
import java.lang.reflect.Field;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;

/**
 * What Samverkan's guards need of the engine's commands: what a command carries (its fields, which the engine
 * keeps protected), a place for a guard in every command's path, and a refusal that Camunda's REST API —
 * {@code /engine-rest} and the webapps' Tasklist, Cockpit and Admin alike — answers with 400 and the Swedish
 * message, whichever resource it came through.
 */
public final class EngineCommands {

    private EngineCommands() {
    }

    /** The value of a command's field, by name, from its class or a superclass; null when it has none. */
    public static Object field(Object command, String name) {
        for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return field.get(command);
            } catch (NoSuchFieldException notHere) {
                // a superclass may have it
            } catch (IllegalAccessException unreadable) {
                throw new IllegalStateException("Fältet " + name + " i " + type.getName() + " kan inte läsas", unreadable);
            }
        }
        return null;
    }

    /** A field's value as a text, or null. */
    public static String text(Object command, String name) {
        Object value = field(command, name);
        return value == null ? null : value.toString();
    }

    /**
     * A refusal in Swedish: Camunda's REST resources pass it on unchanged (none turns it into a 500), so the
     * caller gets 400 with the message, and Tasklist shows it on the form.
     */
    public static RuntimeException refused(String message) {
        return new InvalidRequestException(Status.BAD_REQUEST, message);
    }

    /**
     * Puts a guard in the path of every command, inside its command context and transaction, so that it can
     * look at the engine's data and a refusal leaves nothing behind.
     */
    public static void guard(ProcessEngineConfigurationImpl configuration, CommandInterceptor guard) {
        if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPostCommandInterceptorsTxRequired(new java.util.ArrayList<>());
        }
        configuration.getCustomPostCommandInterceptorsTxRequired().add(guard);
    }
}
