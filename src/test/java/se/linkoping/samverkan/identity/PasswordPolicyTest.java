package se.linkoping.samverkan.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The password rule: length, not the user's id, not a known default. */
class PasswordPolicyTest {

    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ulla.admin | demo                    | minst 12
            ulla.admin | kort-ord                | minst 12
            ulla.admin | ulla.admin-2026-vinter  | användarens id
            ulla.admin | ULLA.ADMIN.sommar.2026  | användarens id
            ulla.admin | Lösenord2026!!          | känt standardlösenord
            ulla.admin | samverkan 2026-12-03    | känt standardlösenord
            ulla.admin | Demo1234567890          | känt standardlösenord
            ulla.admin | 1234567890123           | känt standardlösenord
            ulla.admin | Administratör!!!        | känt standardlösenord
            """)
    void refused(String userId, String password, String reason) {
        assertThat(String.join(" ", PasswordPolicy.problems(userId, password))).contains(reason);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            ulla.admin | ett-långt-lösenord
            bo.admin   | korrekt häst batteri
            ulla.admin | demokratiska-samtal
            ulla.admin | Vintergatan över Stångån
            """)
    void taken(String userId, String password) {
        assertThat(PasswordPolicy.problems(userId, password)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"demo", "Demo", "admin", "lösenord", "Samverkan2026", "changeme!"})
    void theDemosAndTheCommonestAreKnown(String password) {
        assertThat(PasswordPolicy.isKnownDefault(password)).isTrue();
    }
}
