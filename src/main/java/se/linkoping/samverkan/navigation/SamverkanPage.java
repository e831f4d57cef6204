package se.linkoping.samverkan.navigation;

import java.util.function.Predicate;

import se.linkoping.samverkan.access.SignedInUser;

/**
 * A page people open, as the way around names it: each feature declares its pages (a bean of this type) with
 * the rule of who may open them, the same rule its controller applies, so that nobody is shown a link that
 * ends in a refusal.
 *
 * @param name     the link's text, in Swedish
 * @param path     from the application's root, e.g. {@code /lagesbild}
 * @param order    the links' order, lowest first
 * @param mayOpen  whether a signed-in user may open it
 * @param isPublic open to everyone, also without signing in
 */
public record SamverkanPage(String name, String path, int order, Predicate<SignedInUser> mayOpen, boolean isPublic) {

    /** A page for signed-in users that the rule admits. */
    public static SamverkanPage forUsers(String name, String path, int order, Predicate<SignedInUser> mayOpen) {
        return new SamverkanPage(name, path, order, mayOpen, false);
    }

    /** A page for everyone. */
    public static SamverkanPage forEveryone(String name, String path, int order) {
        return new SamverkanPage(name, path, order, user -> true, true);
    }
}
