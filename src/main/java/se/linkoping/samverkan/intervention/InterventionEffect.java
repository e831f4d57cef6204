package se.linkoping.samverkan.intervention;

import java.util.Arrays;
import java.util.Optional;

/** The effect the deciding body saw at the follow-up (column {@code intervention.effect}). */
public enum InterventionEffect {

    GOOD("god"),
    PARTLY("delvis"),
    NONE("ingen");

    private final String swedishName;

    InterventionEffect(String swedishName) {
        this.swedishName = swedishName;
    }

    public String swedishName() {
        return swedishName;
    }

    public static Optional<InterventionEffect> byCode(String code) {
        return Arrays.stream(values()).filter(effect -> effect.name().equals(code)).findFirst();
    }
}
