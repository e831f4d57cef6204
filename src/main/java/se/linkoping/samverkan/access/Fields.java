package se.linkoping.samverkan.access;

import java.lang.reflect.Field;

/**
 * Reads a field of one of the engine's commands, which keep what they were asked in protected fields
 * without getters. Camunda-specific and so kept in one place: a field that is not there (another engine
 * version) reads as null, and the guards then refuse rather than let a command through unchecked.
 */
final class Fields {

    private Fields() {
    }

    static Object value(Object command, String name) {
        for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return field.get(command);
            } catch (NoSuchFieldException notHere) {
                // look in the superclass
            } catch (ReflectiveOperationException | RuntimeException unreadable) {
                return null;
            }
        }
        return null;
    }

    static String text(Object command, String name) {
        Object value = value(command, name);
        return value instanceof String text && !text.isBlank() ? text : null;
    }
}
