package se.linkoping.samverkan.support;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.linkoping.samverkan.identity.OrganisationGroup;

/**
 * What Tasklist shows of a task, as text, fetched over the REST API as Tasklist does when a person opens the
 * task: its name, and its Camunda Form with the values of {@code GET /task/{id}/form-variables} — each text
 * with its {@code {{variables}}} filled in, each field's label, description and value (a choice's label, not
 * its code) and the labels of its choices. Every field is rendered, whether the form shows it at first or
 * only after a choice. {@link #codesIn} finds what people must not read there.
 */
public final class ShownTexts {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TEMPLATE = Pattern.compile("\\{\\{\\s*([\\w.]+)\\s*}}");
    /** P7D, PT384H, P1M, P2W, P1Y2M: ISO-8601 durations and periods. */
    private static final Pattern ISO_DURATION = Pattern.compile(
            "(?<![\\p{L}\\p{N}])P(?:\\d+[YMWD])*(?:T(?:\\d+[HMS])+)?(?![\\p{L}\\p{N}])");
    private static final Pattern MAP_LITERAL = Pattern.compile("\\{[^{}]*=[^{}]*}");
    private static final Pattern ENGLISH_TREND = Pattern.compile("(?i)(?<!\\p{L})(rising|stable|falling)(?!\\p{L})");
    private static final Pattern ENGLISH_CODE = Pattern.compile("(?<![\\p{L}_])(HANDLED|ESCALATED|CLOSED|WAITING"
            + "|ON_AGENDA|ONGOING|REPORTED|FOLLOWED_UP|CONFIRMED|MERGED|DISMISSED|PROPOSED|NO_INTERVENTION"
            + "|APPROVED|RETURNED|PHASE_SET|ORDINARY|EXTRA_MEETING|NEXT_MEETING|PARTLY|null)(?![\\p{L}_])");

    private ShownTexts() {
    }

    /** The task's name and its form as the person opening it reads them. */
    public static String of(RestClient reader, String taskId) {
        JsonNode task = ok(reader.get("/engine-rest/task/" + taskId), "the task");
        JsonNode form = ok(reader.get("/engine-rest/task/" + taskId + "/deployed-form"), "its form");
        JsonNode variables = ok(reader.get("/engine-rest/task/" + taskId + "/form-variables?deserializeValues=false"),
                "its form's values");
        List<String> shown = new ArrayList<>();
        shown.add(task.get("name").asText());
        render(form.get("components"), variables, shown);
        return String.join("\n", shown);
    }

    /** The value of one of the form's variables as the person opening it reads it (refreshed as Tasklist reads it). */
    public static String value(RestClient reader, String taskId, String variable) {
        JsonNode variables = ok(reader.get("/engine-rest/task/" + taskId + "/form-variables?deserializeValues=false"),
                "the form's values");
        return variables.path(variable).path("value").asText(null);
    }

    /**
     * What people must not read in a text: group ids, user ids where a name exists, ISO durations, map
     * literals {@code {…=…}}, English trend words and English codes of Samverkan's enums.
     */
    public static List<String> codesIn(String text, Collection<String> userIds) {
        List<String> found = new ArrayList<>();
        for (OrganisationGroup group : OrganisationGroup.values()) {
            find(Pattern.compile("(?<![\\p{L}\\p{N}_.-])" + Pattern.quote(group.id()) + "(?![\\p{L}\\p{N}_-])"), text,
                    "grupp-id", found);
        }
        for (String user : userIds) {
            find(Pattern.compile("(?<![\\p{L}\\p{N}_.-])" + Pattern.quote(user) + "(?![\\p{L}\\p{N}_-])"), text,
                    "användar-id", found);
        }
        find(ISO_DURATION, text, "ISO-tid", found);
        find(MAP_LITERAL, text, "map", found);
        find(ENGLISH_TREND, text, "engelsk trend", found);
        find(ENGLISH_CODE, text, "kod", found);
        return found;
    }

    private static void find(Pattern pattern, String text, String kind, List<String> found) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (!m.group().equals("P")) {
                int from = Math.max(0, m.start() - 40);
                found.add(kind + " ”" + m.group() + "” i …" + text.substring(from, Math.min(text.length(), m.end() + 40))
                        .replace('\n', ' ') + "…");
            }
        }
    }

    private static void render(JsonNode components, JsonNode variables, List<String> shown) {
        if (components == null) {
            return;
        }
        for (JsonNode component : components) {
            if (component.has("text")) {
                shown.add(fill(component.get("text").asText(), variables));
            }
            for (String property : List.of("label", "description", "dateLabel")) {
                if (component.has(property)) {
                    shown.add(fill(component.get(property).asText(), variables));
                }
            }
            List<JsonNode> options = options(component, variables);
            options.forEach(option -> shown.add(option.path("label").asText()));
            if (component.has("key")) {
                JsonNode value = variables.path(component.get("key").asText()).path("value");
                if (!value.isMissingNode() && !value.isNull()) {
                    shown.add(options.isEmpty() ? value.asText() : options.stream()
                            .filter(option -> option.path("value").asText().equals(value.asText()))
                            .map(option -> option.path("label").asText()).findFirst().orElse(value.asText()));
                }
            }
            render(component.get("components"), variables, shown);
        }
    }

    /** A choice's options: in the form, or from the variable its {@code valuesKey} names (a JSON array). */
    private static List<JsonNode> options(JsonNode component, JsonNode variables) {
        List<JsonNode> options = new ArrayList<>();
        if (component.has("values")) {
            component.get("values").forEach(options::add);
        } else if (component.has("valuesKey")) {
            JsonNode value = variables.path(component.get("valuesKey").asText()).path("value");
            try {
                JsonNode parsed = value.isTextual() ? JSON.readTree(value.asText()) : value;
                parsed.forEach(options::add);
            } catch (com.fasterxml.jackson.core.JsonProcessingException notJson) {
                throw new AssertionError("The options of " + component.get("key") + " are not JSON: " + value);
            }
        }
        return options;
    }

    private static String fill(String text, JsonNode variables) {
        Matcher m = TEMPLATE.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (m.find()) {
            JsonNode value = variables.path(m.group(1)).path("value");
            m.appendReplacement(filled, Matcher.quoteReplacement(value.isMissingNode() || value.isNull() ? ""
                    : value.asText()));
        }
        return m.appendTail(filled).toString();
    }

    private static JsonNode ok(ResponseEntity<JsonNode> response, String what) {
        if (response.getStatusCode() != HttpStatus.OK) {
            throw new AssertionError("Could not read " + what + ": " + response.getStatusCode() + " "
                    + response.getBody());
        }
        return response.getBody();
    }
}
