package se.linkoping.samverkan.singlesignon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The user id and the group names as the provider's claims give them. */
class SignInUsersTest {

    private static final List<String> OWN = List.of("linkoping.se", " Linkoping.onmicrosoft.com ");

    @Test
    void inTheMunicipalitysOwnDomainsTheUserIdIsThePartBeforeTheAtInLowerCase() {
        assertThat(SignInUsers.userId("Anna.Lindqvist@linkoping.se", OWN)).isEqualTo("anna.lindqvist");
        assertThat(SignInUsers.userId("Anna.Lindqvist@LINKOPING.ONMICROSOFT.COM", OWN)).isEqualTo("anna.lindqvist");
        assertThat(SignInUsers.userId(" erik-berg ", OWN)).isEqualTo("erik-berg");
    }

    @Test
    void anAddressInAnyOtherDomainStaysWholeSoTwoOrganisationsNamesesakesAreTwoUsers() {
        assertThat(SignInUsers.userId("Anna.Lindqvist@polisen.se", OWN)).isEqualTo("anna.lindqvist@polisen.se");
        assertThat(SignInUsers.userId("anna.lindqvist@linkoping.se.evil.example", OWN))
                .isEqualTo("anna.lindqvist@linkoping.se.evil.example");
        assertThat(SignInUsers.userId("Anna.Lindqvist@linkoping.se", List.of())).isEqualTo("anna.lindqvist@linkoping.se");
    }

    @Test
    void anIdTheEngineWouldNotTakeIsNone() {
        assertThat(SignInUsers.userId("anna lindqvist", OWN)).isNull();
        assertThat(SignInUsers.userId("@linkoping.se", OWN)).isNull();
        assertThat(SignInUsers.userId("a@b@linkoping.se", OWN)).isNull();
        assertThat(SignInUsers.userId("anna@", OWN)).isNull();
        assertThat(SignInUsers.userId("anna@", List.of(""))).isNull();
        assertThat(SignInUsers.userId("", OWN)).isNull();
        assertThat(SignInUsers.userId(null, OWN)).isNull();
    }

    @Test
    void groupsComeAsAListOrAsOneStringSeparatedByCommas() {
        assertThat(SignInUsers.names(List.of("SG-Samverkan-EST", "Alla"))).containsExactly("SG-Samverkan-EST", "Alla");
        assertThat(SignInUsers.names("SG-Samverkan-EST, Alla")).containsExactly("SG-Samverkan-EST", "Alla");
        assertThat(SignInUsers.names(null)).isEmpty();
    }
}
