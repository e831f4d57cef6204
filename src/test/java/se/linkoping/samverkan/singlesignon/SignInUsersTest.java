package se.linkoping.samverkan.singlesignon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The user id and the group names as the provider's claims give them. */
class SignInUsersTest {

    @Test
    void theUserIdIsThePartBeforeTheAtInLowerCase() {
        assertThat(SignInUsers.userId("Anna.Lindqvist@linkoping.se")).isEqualTo("anna.lindqvist");
        assertThat(SignInUsers.userId(" erik-berg ")).isEqualTo("erik-berg");
    }

    @Test
    void anIdTheEngineWouldNotTakeIsNone() {
        assertThat(SignInUsers.userId("anna lindqvist")).isNull();
        assertThat(SignInUsers.userId("@linkoping.se")).isNull();
        assertThat(SignInUsers.userId("")).isNull();
        assertThat(SignInUsers.userId(null)).isNull();
    }

    @Test
    void groupsComeAsAListOrAsOneStringSeparatedByCommas() {
        assertThat(SignInUsers.names(List.of("SG-Samverkan-EST", "Alla"))).containsExactly("SG-Samverkan-EST", "Alla");
        assertThat(SignInUsers.names("SG-Samverkan-EST, Alla")).containsExactly("SG-Samverkan-EST", "Alla");
        assertThat(SignInUsers.names(null)).isEmpty();
    }
}
