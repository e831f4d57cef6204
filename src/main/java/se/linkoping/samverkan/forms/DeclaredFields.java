package se.linkoping.samverkan.forms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The variables a form declares, and so the only ones that may be submitted with it: the keys of a Camunda
 * Form's fields ({@code forms/*.form}; a group or list with a path declares its path), or the fields of a
 * generated form. A field of a Camunda Form is declared a partner's reference by the custom property
 * {@code privacy: reference}, and is then checked by the reference rule for personal identity numbers.
 *
 * @param fields by variable name, in the form's order
 * @param known  false for a form Samverkan cannot read (embedded or external): then names are not checked
 */
public record DeclaredFields(Map<String, Field> fields, boolean known) {

    /**
     * A declared field: its label (what people read), its form-js type, its longest text, its rule, and whether
     * the form only shows it (disabled or read-only: a text the process sets, such as the chain in front of a
     * body, which Tasklist does not send back).
     */
    public record Field(String name, String label, String type, Integer maxLength, boolean reference,
                        boolean shown) {

        /** Whether the field holds a list or an object (sent as JSON), not a single value. */
        boolean holdsJson() {
            return LIST_TYPES.contains(type);
        }
    }

    private static final Set<String> LIST_TYPES = Set.of("checklist", "taglist", "dynamiclist", "group");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Nothing may be submitted: there is no form. */
    public static DeclaredFields none() {
        return new DeclaredFields(Map.of(), true);
    }

    /** A form whose fields Samverkan cannot read. */
    public static DeclaredFields unknown() {
        return new DeclaredFields(Map.of(), false);
    }

    /** The fields of a Camunda Form, read from its JSON. */
    public static DeclaredFields ofCamundaForm(InputStream form) {
        try (form) {
            Map<String, Field> fields = new LinkedHashMap<>();
            collect(JSON.readTree(form).path("components"), fields);
            return new DeclaredFields(fields, true);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Ett formulär kunde inte läsas", unreadable);
        }
    }

    /** The fields of a generated form ({@code camunda:formData}): ids only. */
    public static DeclaredFields ofGeneratedForm(Iterable<String> ids) {
        Map<String, Field> fields = new LinkedHashMap<>();
        ids.forEach(id -> fields.put(id, new Field(id, id, "textfield", null, false, false)));
        return new DeclaredFields(fields, true);
    }

    /** Both forms' fields: what may be set on a process where either is open. */
    public DeclaredFields and(DeclaredFields other) {
        Map<String, Field> both = new LinkedHashMap<>(fields);
        other.fields.forEach(both::putIfAbsent);
        return new DeclaredFields(both, known && other.known);
    }

    public boolean declares(String name) {
        return fields.containsKey(name);
    }

    public Field field(String name) {
        return fields.get(name);
    }

    private static void collect(JsonNode components, Map<String, Field> fields) {
        for (JsonNode component : components) {
            String type = component.path("type").asText();
            String path = component.path("path").asText("");
            if (!path.isEmpty()) {
                // a group or dynamic list with a path: one variable holding its fields
                String name = firstSegment(path);
                fields.putIfAbsent(name, new Field(name, component.path("label").asText(name), "group", null, false,
                        false));
                continue;
            }
            if (component.hasNonNull("key")) {
                String name = firstSegment(component.get("key").asText());
                JsonNode max = component.path("validate").path("maxLength");
                boolean reference = "reference".equals(component.path("properties").path("privacy").asText());
                String fieldType = firstSegment(component.get("key").asText()).equals(component.get("key").asText())
                        ? type : "group";
                boolean shown = component.path("disabled").asBoolean(false)
                        || component.path("readonly").asBoolean(false);
                fields.putIfAbsent(name, new Field(name, component.path("label").asText(name), fieldType,
                        max.isNumber() ? max.asInt() : null, reference, shown));
            }
            if (component.has("components")) {
                collect(component.get("components"), fields);
            }
        }
    }

    private static String firstSegment(String path) {
        int dot = path.indexOf('.');
        return dot < 0 ? path : path.substring(0, dot);
    }
}
