package se.linkoping.samverkan.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;

/** How the process ends when its start is refused until the settings are corrected, and when it fails otherwise. */
class SettingsToCorrectTest {

    @Test
    void aMissingAdministratorEndsTheProcessWithTheConfigurationCodeEvenWhenWrapped() {
        RuntimeException failure = new BeanCreationException("administratorBootstrap",
                "Invocation of init method failed", new MissingAdministratorException("Ingen administratör"));

        assertThat(SettingsToCorrect.exitCode(failure, Map.of())).hasValue(78);
    }

    @Test
    void composeAsksForZeroSoThatOnFailureDoesNotRestartIt() {
        assertThat(SettingsToCorrect.exitCode(new DemoLeftoversException(java.util.Set.of("anna.lindqvist")),
                Map.of(SettingsToCorrect.EXIT_CODE_VARIABLE, "0"))).hasValue(0);
        assertThat(SettingsToCorrect.exitCode(new MissingAdministratorException("x"),
                Map.of(SettingsToCorrect.EXIT_CODE_VARIABLE, " 3 "))).hasValue(3);
        assertThat(SettingsToCorrect.exitCode(new MissingAdministratorException("x"),
                Map.of(SettingsToCorrect.EXIT_CODE_VARIABLE, "noll"))).hasValue(78);
    }

    @Test
    void aCodeNoProcessCanEndWithAndACircleOfCausesAreNotTaken() {
        assertThat(SettingsToCorrect.exitCode(new MissingAdministratorException("x"),
                Map.of(SettingsToCorrect.EXIT_CODE_VARIABLE, "300"))).hasValue(78);
        IllegalStateException first = new IllegalStateException("first");
        IllegalStateException second = new IllegalStateException("second", first);
        first.initCause(second);
        assertThat(SettingsToCorrect.exitCode(first, Map.of())).isEmpty();
    }

    @Test
    void anyOtherFailureIsLeftToTheUsualExitSoThatItIsRestarted() {
        assertThat(SettingsToCorrect.exitCode(new IllegalStateException("database unreachable",
                new java.net.ConnectException()), Map.of(SettingsToCorrect.EXIT_CODE_VARIABLE, "0"))).isEmpty();
    }
}
