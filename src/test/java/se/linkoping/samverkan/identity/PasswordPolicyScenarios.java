package se.linkoping.samverkan.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import se.linkoping.samverkan.support.DemoLogins;
import se.linkoping.samverkan.support.RestClient;
import se.linkoping.samverkan.support.Scenario;

/**
 * Every password set through Camunda Admin or the REST API follows the rule (length, not the user's id, not a
 * known default), for a new user and a changed password alike; refused in Swedish, and nothing stored.
 */
abstract class PasswordPolicyScenarios extends Scenario {

    private static final String USER = "nils.testsson";

    @Autowired
    private IdentityService identityService;

    @AfterEach
    void removeTheUser() {
        if (identityService.createUserQuery().userId(USER).count() > 0) {
            identityService.deleteUser(USER);
        }
    }

    @Test
    void aNewUsersPasswordFollowsTheRule() {
        RestClient admin = RestClient.as(http, DemoLogins.ADMIN);
        for (Map.Entry<String, String> weak : Map.of("demo", "minst 12", "Lösenord2026!!", "känt standardlösenord",
                "nils.testsson-vinter", "användarens id").entrySet()) {
            ResponseEntity<JsonNode> refused = admin.post("/engine-rest/user/create", newUser(weak.getKey()));

            assertThat(refused.getStatusCode()).as(weak.getKey()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody().get("message").asText()).as(weak.getKey())
                    .contains("Lösenordet sparades inte", weak.getValue(), "minst 12 tecken");
            assertThat(identityService.createUserQuery().userId(USER).count()).isZero();
        }

        assertThat(admin.post("/engine-rest/user/create", newUser("korrekt häst batteri")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(identityService.checkPassword(USER, "korrekt häst batteri")).isTrue();
    }

    @Test
    void aChangedPasswordFollowsTheRuleAndAChangedNameNeedsNone() {
        RestClient admin = RestClient.as(http, DemoLogins.ADMIN);
        assertThat(admin.post("/engine-rest/user/create", newUser("korrekt häst batteri")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(admin.status(HttpMethod.PUT, "/engine-rest/user/" + USER + "/credentials",
                Map.of("password", "admin", "authenticatedUserPassword", DemoLogins.PASSWORD)))
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(identityService.checkPassword(USER, "korrekt häst batteri")).isTrue();

        assertThat(admin.status(HttpMethod.PUT, "/engine-rest/user/" + USER + "/profile", Map.of("id", USER,
                "firstName", "Nils", "lastName", "Testsson-Berg", "email", "nils@example.invalid")))
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(admin.status(HttpMethod.PUT, "/engine-rest/user/" + USER + "/credentials",
                Map.of("password", "en ny och lång mening", "authenticatedUserPassword", DemoLogins.PASSWORD)))
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(identityService.checkPassword(USER, "en ny och lång mening")).isTrue();
    }

    private static Map<String, Object> newUser(String password) {
        return Map.of("profile", Map.of("id", USER, "firstName", "Nils", "lastName", "Testsson",
                "email", "nils@example.invalid"), "credentials", Map.of("password", password));
    }
}
