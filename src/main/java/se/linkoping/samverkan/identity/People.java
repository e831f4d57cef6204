package se.linkoping.samverkan.identity;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Component;

/**
 * People by name: what pages, forms, mails and PDFs show for a user id, from the identity service (Camunda's
 * users today, the directory tomorrow). The id stays in exports, beside the name. What no person did — a timer,
 * a rule — is named as such in Swedish, never "system". Several people who acted together (the EST members
 * who analysed a problem and raised it) are stored as their ids separated by commas, and named together.
 */
@Component
public class People {

    /** The user id recorded for what the engine did on its own (a timer, an asynchronous step without a person). */
    public static final String NO_PERSON = "system";
    /** How that reads. */
    public static final String NO_PERSON_NAME = "Samverkan automatiskt (ingen person)";
    /** How the stored ids of several people are separated. */
    public static final String SEPARATOR = ",";
    /** What a stored actor holds at most (the columns are 255 characters). */
    static final int MAX_STORED = 255;

    private static final String RULE_PREFIX = "regel (";

    private final IdentityService identity;
    private final RepositoryService repository;

    public People(IdentityService identity, RepositoryService repository) {
        this.identity = identity;
        this.repository = repository;
    }

    /**
     * The actor stored for what a decision table decided, "regel (escalation-level)": named by the table's
     * Swedish name ({@link #name}).
     */
    public static String rule(String decisionKey) {
        return RULE_PREFIX + decisionKey + ")";
    }

    /** Several people as one stored actor: their ids, each once, in order, as many as fit the column. */
    public static String together(Collection<String> userIds) {
        StringBuilder stored = new StringBuilder();
        for (String id : new LinkedHashSet<>(userIds)) {
            if (id == null || id.isBlank() || NO_PERSON.equals(id)) {
                continue;
            }
            String next = stored.isEmpty() ? id : SEPARATOR + id;
            if (stored.length() + next.length() > MAX_STORED) {
                break;
            }
            stored.append(next);
        }
        return stored.isEmpty() ? NO_PERSON : stored.toString();
    }

    /** The user ids of a stored actor: one, or several separated by commas. */
    public static List<String> ids(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        if (stored.startsWith(RULE_PREFIX)) {
            return List.of(stored);
        }
        return Arrays.stream(stored.split(SEPARATOR)).map(String::strip).filter(id -> !id.isEmpty()).toList();
    }

    /**
     * "Anna Lindqvist" for anna.lindqvist; "Anna Lindqvist, Erik Sandberg" for several; the table's name
     * for a rule; the id itself for a user no longer known; null for null.
     */
    public String name(String userId) {
        if (userId == null) {
            return null;
        }
        return names(List.of(userId)).get(userId);
    }

    /** The names of several stored actors at once, in one query, keyed by what was stored (unknown ids name themselves). */
    public Map<String, String> names(Collection<String> userIds) {
        List<String> stored = userIds.stream().filter(Objects::nonNull).distinct().toList();
        Set<String> users = new LinkedHashSet<>();
        stored.forEach(s -> ids(s).stream().filter(id -> !NO_PERSON.equals(id) && !id.startsWith(RULE_PREFIX))
                .forEach(users::add));
        Map<String, String> known = users.isEmpty() ? Map.of() : users(users).stream()
                .collect(Collectors.toMap(User::getId, People::fullName));
        Map<String, String> names = new LinkedHashMap<>();
        for (String s : stored) {
            names.put(s, ids(s).stream().map(id -> nameOf(id, known)).collect(Collectors.joining(", ")));
        }
        return names;
    }

    /**
     * The users of some ids, whoever asks: a page or an export names the people in what its reader may
     * read, although the reader may not read the users themselves (the engine would filter them by the
     * signed-in user's grants). Only their names leave this class.
     */
    private List<User> users(Set<String> ids) {
        Authentication reader = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return identity.createUserQuery().userIdIn(ids.toArray(String[]::new)).list();
        } finally {
            if (reader != null) {
                identity.setAuthentication(reader);
            }
        }
    }

    private String nameOf(String id, Map<String, String> known) {
        if (NO_PERSON.equals(id)) {
            return NO_PERSON_NAME;
        }
        if (id.startsWith(RULE_PREFIX) && id.endsWith(")")) {
            return "Regel i beslutstabellen ”" + ruleName(id.substring(RULE_PREFIX.length(), id.length() - 1)) + "”";
        }
        return known.getOrDefault(id, id);
    }

    /** A decision table's Swedish name, "Eskaleringsnivå", from its latest deployed version; its key if none. */
    public String ruleName(String decisionKey) {
        DecisionDefinition table = repository.createDecisionDefinitionQuery().decisionDefinitionKey(decisionKey)
                .latestVersion().singleResult();
        return table == null || table.getName() == null ? decisionKey : table.getName();
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
