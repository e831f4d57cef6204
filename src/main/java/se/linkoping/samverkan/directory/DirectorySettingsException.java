package se.linkoping.samverkan.directory;

import se.linkoping.samverkan.identity.SettingsToCorrect;

/** The profile {@code ldap} cannot start as configured: a setting is missing or a profile does not combine. */
public class DirectorySettingsException extends IllegalStateException implements SettingsToCorrect {

    public DirectorySettingsException(String message) {
        super(message);
    }
}
