package se.linkoping.samverkan.identity;

import java.util.Set;

/** Start-up cannot go on outside the demo: demo users or known passwords are in the database. */
public class DemoLeftoversException extends IllegalStateException implements SettingsToCorrect {

    private final Set<String> userIds;

    public DemoLeftoversException(Set<String> userIds) {
        super("Samverkan startar inte utan demoprofilen när databasen har demoanvändare eller användare med ett känt "
                + "lösenord (som demo): " + String.join(", ", userIds) + ". Med dem kan vem som helst logga in.");
        this.userIds = Set.copyOf(userIds);
    }

    public Set<String> userIds() {
        return userIds;
    }
}
