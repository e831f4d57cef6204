package se.linkoping.samverkan.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.linkoping.samverkan.privacy.PersonalIdentityNumbers;
import se.linkoping.samverkan.refusal.Refusal;
import se.linkoping.samverkan.refusal.Refusal.Kind;
import se.linkoping.samverkan.refusal.Refusal.Reason;

/**
 * A JSON body of Samverkan's API read as the record it declares, and only as that: a field the record does not
 * have is refused in Swedish, naming it (Jackson would drop it without a word), so that the API, like the forms,
 * takes only the fields it declares.
 */
public final class DeclaredJson {

    private DeclaredJson() {
    }

    /** The body as the record, or a refusal naming every field the record does not declare. */
    public static <T extends Record> T read(JsonNode body, Class<T> type, ObjectMapper json) {
        if (body == null || !body.isObject()) {
            throw Refusal.badInput("Begäran kunde inte läsas. Skicka ett JSON-objekt med de fält som API:t beskriver, "
                    + "alla som text.");
        }
        Set<String> declared = Arrays.stream(type.getRecordComponents()).map(c -> c.getName())
                .collect(Collectors.toCollection(TreeSet::new));
        List<Reason> undeclared = new ArrayList<>();
        body.fieldNames().forEachRemaining(name -> {
            if (!declared.contains(name)) {
                undeclared.add(new Reason(shown(name), "Fältet ”" + shown(name) + "” finns inte i API:t och tas inte "
                        + "emot."));
            }
        });
        if (!undeclared.isEmpty()) {
            String names = String.join(", ", undeclared.stream().map(reason -> "”" + reason.field() + "”").toList());
            throw new Refusal(Kind.BAD_INPUT, "Begäran togs inte emot: API:t har " + (undeclared.size() == 1
                    ? "inget fält " : "inga fält ") + names + ". Skicka bara " + String.join(", ", declared)
                    + ". Inget har sparats.", undeclared);
        }
        try {
            return json.treeToValue(body, type);
        } catch (JsonProcessingException | IllegalArgumentException unreadable) {
            throw Refusal.badInput("Begäran kunde inte läsas. Skicka ett JSON-objekt med de fält som API:t beskriver, "
                    + "alla som text.");
        }
    }

    /** A name a caller chose, as a refusal may repeat it: printable, short, never a personal identity number. */
    private static String shown(String name) {
        if (PersonalIdentityNumbers.containsOne(name)) {
            return "[personnummer borttaget]";
        }
        String printable = name.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return printable.length() <= 40 ? printable : printable.substring(0, 40) + "…";
    }
}
