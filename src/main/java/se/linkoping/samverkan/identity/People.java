package se.linkoping.samverkan.identity;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * People by name: what pages, forms, mails and PDFs show for a user id, from the identity service (Camunda's
 * users today, the directory tomorrow). The id stays in exports, beside the name. What no person did — a timer,
 * a rule — is named as such in Swedish, never "system".
 */
@Component
public class People {

    /** The user id recorded for what the engine did on its own (a timer, an asynchronous step without a person). */
    public static final String NO_PERSON = "system";
    /** How that reads. */
    public static final String NO_PERSON_NAME = "Samverkan automatiskt (ingen person)";

    private final IdentityService identity;

    public People(IdentityService identity) {
        this.identity = identity;
    }

    /** "Anna Lindqvist" for anna.lindqvist; the id itself for a user no longer known; null for null. */
    public String name(String userId) {
        if (userId == null) {
            return null;
        }
        return names(List.of(userId)).get(userId);
    }

    /** The names of several users at once, in one query, keyed by id (unknown ids name themselves). */
    public Map<String, String> names(Collection<String> userIds) {
        List<String> ids = userIds.stream().filter(Objects::nonNull).distinct().toList();
        Map<String, String> names = new LinkedHashMap<>();
        List<String> users = ids.stream().filter(id -> !NO_PERSON.equals(id)).toList();
        Map<String, String> known = users.isEmpty() ? Map.of()
                : identity.createUserQuery().userIdIn(users.toArray(String[]::new)).list().stream()
                        .collect(Collectors.toMap(User::getId, People::fullName));
        for (String id : ids) {
            names.put(id, NO_PERSON.equals(id) ? NO_PERSON_NAME : known.getOrDefault(id, id));
        }
        return names;
    }

    /** The e-mail address of a user, when one is set. */
    public Optional<String> email(String userId) {
        return Optional.ofNullable(identity.createUserQuery().userId(userId).singleResult()).map(User::getEmail)
                .filter(mail -> !mail.isBlank());
    }

    private static String fullName(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return name.isEmpty() ? user.getId() : name;
    }
}
