package se.linkoping.samverkan.singlesignon;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The identity provider Samverkan signs staff in through (profile {@code oidc}, {@code application-oidc.yml}).
 *
 * @param issuerUri    the provider's issuer (its discovery document is read at start-up)
 * @param clientId     Samverkan's client at the provider
 * @param clientSecret its secret, from the environment only
 * @param groupsClaim  the ID token's (or user info's) claim with the person's groups
 * @param userIdClaim  the claim that becomes the person's user id in Samverkan (the part before any {@code @})
 */
@ConfigurationProperties("samverkan.oidc")
public record SingleSignOnSettings(String issuerUri, String clientId, String clientSecret,
                                   @DefaultValue("groups") String groupsClaim,
                                   @DefaultValue("preferred_username") String userIdClaim) {
}
