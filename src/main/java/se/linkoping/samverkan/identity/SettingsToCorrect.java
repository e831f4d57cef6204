package se.linkoping.samverkan.identity;

import java.util.Map;
import java.util.OptionalInt;

/**
 * A start-up refused because an operator must correct the settings first (no administrator, demo users left
 * on a production database): starting again unchanged would fail the same way. The process ends with
 * {@value #DEFAULT_EXIT_CODE} (EX_CONFIG of sysexits.h; systemd: {@code RestartPreventExitStatus=78}) or the
 * code in {@value #EXIT_CODE_VARIABLE}: {@code docker-compose.yml} sets 0 there, so that its
 * {@code restart: on-failure} restarts a node that crashed but not one that said once what to correct.
 */
public interface SettingsToCorrect {

    /** The environment variable with the exit code of such a refusal. */
    String EXIT_CODE_VARIABLE = "SAMVERKAN_SETTINGS_EXIT_CODE";
    int DEFAULT_EXIT_CODE = 78;

    /**
     * The code to end the process with after a failed start, when the failure (or one of its causes) is
     * settings to correct; empty for any other failure.
     */
    static OptionalInt exitCode(Throwable failure, Map<String, String> environment) {
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof SettingsToCorrect) {
                String configured = environment.get(EXIT_CODE_VARIABLE);
                if (configured == null || configured.isBlank()) {
                    return OptionalInt.of(DEFAULT_EXIT_CODE);
                }
                try {
                    int code = Integer.parseInt(configured.strip());
                    // a process's exit status is one byte
                    return OptionalInt.of(code >= 0 && code <= 255 ? code : DEFAULT_EXIT_CODE);
                } catch (NumberFormatException notANumber) {
                    return OptionalInt.of(DEFAULT_EXIT_CODE);
                }
            }
        }
        return OptionalInt.empty();
    }
}
