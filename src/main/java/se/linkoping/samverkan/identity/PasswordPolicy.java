package se.linkoping.samverkan.identity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The rule for every password set outside the demo: at least {@value #MIN_LENGTH} characters, not holding the
 * user's id, and not a known default (the demo's password, {@code admin}, {@code lösenord} … with or without
 * digits and signs after it). The reasons are in Swedish, to be shown as they are.
 */
public final class PasswordPolicy {

    /** The fewest characters a password may have. */
    public static final int MIN_LENGTH = 12;

    /** Passwords anyone would try first: the demo's, the products', the commonest. */
    static final Set<String> KNOWN_DEFAULTS = Set.of("demo", "admin", "administrator", "administratör", "password",
            "passw0rd", "lösenord", "losenord", "samverkan", "camunda", "changeme", "secret", "hemligt", "hemlig",
            "qwerty", "qwertyuiop", "asdfgh", "letmein", "welcome", "välkommen", "valkommen", "linköping", "linkoping",
            "polisen", "kommunen", "sommar", "vinter", "test", "user", "guest", "abc", "");

    private PasswordPolicy() {
    }

    /** The rule in words, for a refusal or a start-up message. */
    public static String rule() {
        return "Ett lösenord ska ha minst " + MIN_LENGTH + " tecken, får inte innehålla användarens id och får inte "
                + "vara ett känt standardlösenord (som demo, admin eller lösenord, med eller utan siffror efter).";
    }

    /** Why a password may not be set for a user, in Swedish; empty when it may. */
    public static List<String> problems(String userId, String password) {
        List<String> problems = new ArrayList<>();
        String given = password == null ? "" : password;
        int length = given.codePointCount(0, given.length());
        if (length < MIN_LENGTH) {
            problems.add("Lösenordet har " + length + " tecken men ska ha minst " + MIN_LENGTH + ".");
        }
        if (userId != null && !userId.isBlank() && folded(given).contains(folded(userId))) {
            problems.add("Lösenordet innehåller användarens id (" + userId + ").");
        }
        if (isKnownDefault(given)) {
            problems.add("Lösenordet är ett känt standardlösenord, som alla provar först.");
        }
        return problems;
    }

    /**
     * Whether a password is a known default: one of {@link #KNOWN_DEFAULTS}, in any case, or one followed only by
     * digits, spaces and signs ({@code Demo2026!}), or digits and signs alone ({@code 123456}).
     */
    public static boolean isKnownDefault(String password) {
        String stem = folded(password).replaceAll("[\\p{N}\\p{P}\\p{S}\\s]+$", "");
        return KNOWN_DEFAULTS.contains(stem);
    }

    /** The candidates {@link DemoLeftovers} tries on every stored password, besides the demo's own. */
    static List<String> triedDefaults() {
        List<String> tried = new ArrayList<>();
        for (String known : KNOWN_DEFAULTS) {
            if (!known.isEmpty()) {
                tried.add(known);
                tried.add(Character.toUpperCase(known.charAt(0)) + known.substring(1));
            }
        }
        tried.addAll(List.of("123456", "12345678", "123456789", "1234567890", "demo123", "admin123", "password1"));
        return tried;
    }

    private static String folded(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }
}
