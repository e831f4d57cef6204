package se.linkoping.samverkan.singlesignon;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The identity provider Samverkan signs staff in through (profile {@code oidc}, {@code application-oidc.yml}).
 *
 * @param issuerUri    the provider's issuer (its discovery document is read at start-up)
 * @param clientId     Samverkan's client at the provider
 * @param clientSecret its secret, from the environment only
 * @param groupsClaim  the ID token's (or user info's) claim with the person's groups
 * @param userIdClaim  the claim that becomes the person's user id in Samverkan, in lower case
 * @param userIdDomains the municipality's own mail domains: an address in one of them becomes the part before the
 *                     {@code @} (anna.lindqvist), any other stays whole (anna.lindqvist@polisen.se), so that people of
 *                     two organisations with the same name are never one user
 */
@ConfigurationProperties("samverkan.oidc")
public record SingleSignOnSettings(String issuerUri, String clientId, String clientSecret,
                                   @DefaultValue("groups") String groupsClaim,
                                   @DefaultValue("preferred_username") String userIdClaim,
                                   @DefaultValue List<String> userIdDomains) {
}
