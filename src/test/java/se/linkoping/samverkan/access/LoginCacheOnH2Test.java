package se.linkoping.samverkan.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

import se.linkoping.samverkan.support.OnH2;
import se.linkoping.samverkan.support.Scenario;

/**
 * The kept logins of the API never outlive a change: a password changed, a membership taken away or a user removed
 * counts from the next request, and a wrong password is refused however recently the right one was used.
 */
@OnH2
class LoginCacheOnH2Test extends Scenario {

    private static final String USER = "test-cache-partner";
    private static final String TASKS = "/engine-rest/task?maxResults=1";

    @Autowired
    IdentityService identity;

    @BeforeEach
    void aPartnersAccount() {
        User user = identity.newUser(USER);
        user.setFirstName("Test");
        user.setLastName("Partner");
        user.setPassword("Forsta-losenordet-2026");
        identity.saveUser(user);
        identity.createMembership(USER, "est");
    }

    @AfterEach
    void gone() {
        identity.deleteUser(USER);
    }

    @Test
    void aChangedPasswordCountsAtOnce() {
        assertThat(status("Forsta-losenordet-2026")).isEqualTo(HttpStatus.OK);
        assertThat(status("Forsta-losenordet-2026")).isEqualTo(HttpStatus.OK);

        User user = identity.createUserQuery().userId(USER).singleResult();
        user.setPassword("Andra-losenordet-2026");
        identity.saveUser(user);

        assertThat(status("Forsta-losenordet-2026")).isEqualTo(HttpStatus.UNAUTHORIZED);
        liftTheEnginesDelay();
        assertThat(status("Andra-losenordet-2026")).isEqualTo(HttpStatus.OK);
        // a wrong password is refused however recently the right one was used (last: the engine then delays
        // the next attempt, as it guards against guessing)
        assertThat(status("Andra-losenordet-2027")).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aMembershipTakenAwayCountsAtOnce() {
        assertThat(status("Forsta-losenordet-2026")).isEqualTo(HttpStatus.OK);

        identity.deleteMembership(USER, "est");

        // without a group the REST surface admits nothing
        assertThat(status("Forsta-losenordet-2026")).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aRemovedUserIsRefusedAtOnce() {
        assertThat(status("Forsta-losenordet-2026")).isEqualTo(HttpStatus.OK);

        identity.deleteUser(USER);

        assertThat(status("Forsta-losenordet-2026")).isEqualTo(HttpStatus.UNAUTHORIZED);
        aPartnersAccount();
    }

    /** After a failed attempt the engine refuses the user's next attempts for a few seconds: lifted, as Admin can. */
    private void liftTheEnginesDelay() {
        identity.unlockUser(USER);
    }

    private HttpStatus status(String password) {
        return HttpStatus.valueOf(http.withBasicAuth(USER, password).getForEntity(TASKS, String.class)
                .getStatusCode().value());
    }
}
