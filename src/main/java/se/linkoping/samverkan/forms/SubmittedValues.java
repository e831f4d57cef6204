package se.linkoping.samverkan.forms;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.variable.value.BytesValue;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

import se.linkoping.samverkan.privacy.PersonalIdentityNumbers;

/**
 * The checks every value submitted to the engine from outside gets, whoever sends it: a plain value (text,
 * number, yes/no, date) or, for a field that holds a list, JSON; never a file, bytes or a serialized object;
 * a text no longer than its field allows (and never over what a variable holds), without control characters,
 * and without a personal identity number — by the reference rule for a field declared a reference.
 */
final class SubmittedValues {

    private static final String NO_PERSONAL_NUMBER = " innehåller något som ser ut som ett personnummer eller "
            + "samordningsnummer: ta bort det. Samverkan sparar inga personuppgifter.";

    /** The Java types a list or group of a form may come back as, in JSON. */
    private static final Set<String> JSON_COLLECTIONS = Set.of("java.util.ArrayList", "java.util.LinkedList",
            "java.util.HashMap", "java.util.LinkedHashMap", "java.util.HashSet", "java.util.LinkedHashSet");

    private SubmittedValues() {
    }

    /**
     * Whether the value is of a kind a form sends: checked before the engine reads it.
     *
     * @param field the declared field, or null for a variable the form does not declare (an administrator's)
     * @return the Swedish reason the value is refused, or null when its kind is fine
     */
    static String kindProblem(String name, Object value, DeclaredFields.Field field) {
        String label = label(name, field);
        if (value instanceof FileValue || value instanceof BytesValue || value instanceof byte[]
                || value instanceof InputStream) {
            return label + " innehåller en fil eller binära data. Filer tas inte emot i formulär.";
        }
        if (value instanceof SerializableValue serializable) {
            // Spin's JSON, as Tasklist sends a new list, or a list or map in JSON, as it sends one the process
            // held already; never an object of another Java class, and nothing serialized by Java
            boolean json = "json".equals(serializable.getType().getName())
                    || value instanceof ObjectValue object && "application/json".equals(object.getSerializationDataFormat())
                    && JSON_COLLECTIONS.contains(object.getObjectTypeName());
            return json && field != null && field.holdsJson() ? null : label + " har en sorts värde som inte tas "
                    + "emot här (" + serializable.getType().getName() + "). Skicka text, tal, ja/nej eller datum.";
        }
        Object plain = value instanceof TypedValue typed ? typed.getValue() : value;
        boolean fine = plain == null || plain instanceof Boolean || plain instanceof Date || plain instanceof String
                || plain instanceof Number
                || (plain instanceof Map || plain instanceof Collection) && field != null && field.holdsJson();
        return fine ? null : label + " har en sorts värde som inte tas emot här. Skicka text, tal, ja/nej eller datum.";
    }

    /**
     * The checks of a value's text (length, control characters, personal identity numbers), of a value whose kind
     * passed {@link #kindProblem}: made once the process's own checks have had their say.
     *
     * @return the Swedish reasons the value is refused, none when it is fine
     */
    static List<String> textProblems(String name, Object value, DeclaredFields.Field field, LocalDate today) {
        String text;
        if (value instanceof SerializableValue serializable) {
            text = serializable.getValueSerialized() == null ? String.valueOf(serializable.getValue())
                    : serializable.getValueSerialized();
        } else {
            Object plain = value instanceof TypedValue typed ? typed.getValue() : value;
            if (plain == null || plain instanceof Boolean || plain instanceof Date) {
                return List.of();
            }
            text = plain.toString();
        }
        return textProblems(label(name, field), text, field, today);
    }

    private static String label(String name, DeclaredFields.Field field) {
        return "Fältet ”" + (field == null ? shown(name) : field.label()) + "”";
    }

    private static List<String> textProblems(String label, String text, DeclaredFields.Field field, LocalDate today) {
        int max = field != null && field.maxLength() != null ? Math.min(field.maxLength(), TextFields.VARIABLE_MAX)
                : TextFields.VARIABLE_MAX;
        if (text.length() > max) {
            return List.of(label + " får vara högst " + max + " tecken men är " + text.length() + ". Korta texten.");
        }
        if (text.chars().anyMatch(c -> Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t')) {
            return List.of(label + " innehåller styrtecken som inte är text (t.ex. NUL). Skriv om texten.");
        }
        boolean found = field != null && field.reference() ? PersonalIdentityNumbers.containsOneInReference(text, today)
                : PersonalIdentityNumbers.containsOne(text);
        return found ? List.of(label + NO_PERSONAL_NUMBER) : List.of();
    }

    /**
     * A name a caller chose, as a refusal may repeat it: without control characters, at most 40 characters,
     * and never a personal identity number.
     */
    static String shown(String name) {
        if (name == null) {
            return "";
        }
        if (PersonalIdentityNumbers.containsOne(name)) {
            return "[personnummer borttaget]";
        }
        String printable = name.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return printable.length() <= 40 ? printable : printable.substring(0, 40) + "…";
    }
}
