package se.linkoping.samverkan.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator, from configuration ({@code SAMVERKAN_ADMIN_USER} and
 * {@code SAMVERKAN_ADMIN_PASSWORD} in the environment). There is no built-in default.
 */
@ConfigurationProperties("samverkan.admin")
public record AdministratorProperties(String userId, String password, String firstName, String lastName,
                                      String email) {

    boolean isGiven() {
        return userId != null && !userId.isBlank();
    }
}
