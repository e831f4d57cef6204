package se.linkoping.samverkan.identity;

/** Start-up cannot go on: nobody could administer the application. */
public class MissingAdministratorException extends IllegalStateException implements SettingsToCorrect {

    private final String action;

    public MissingAdministratorException(String message) {
        this(message, null);
    }

    /** @param action what to do about it, when not to configure the first administrator (the directory's group) */
    public MissingAdministratorException(String message, String action) {
        super(message);
        this.action = action;
    }

    /** What to do about it; null for the first administrator's settings. */
    public String action() {
        return action;
    }
}
