package se.linkoping.samverkan.identity;

/** Start-up cannot go on: nobody could administer the application. */
public class MissingAdministratorException extends IllegalStateException implements SettingsToCorrect {

    public MissingAdministratorException(String message) {
        super(message);
    }
}
