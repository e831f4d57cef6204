package se.linkoping.samverkan.singlesignon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import se.linkoping.samverkan.identity.DirectoryGroups;

/**
 * Who signed in, from the provider's claims: the user id ({@code samverkan.oidc.user-id-claim}, in lower case, the
 * part before the {@code @} only in the municipality's own domains {@code samverkan.oidc.user-id-domains}), name and
 * mail, and the Samverkan groups that the groups of the claim
 * {@code samverkan.oidc.groups-claim} stand for ({@link DirectoryGroups}). A person none of whose groups is one of
 * Samverkan's is refused ({@link #NO_GROUP}); everyone else is brought into the engine's users ({@link EngineUsers}).
 */
final class SignInUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private static final Logger LOG = LoggerFactory.getLogger(SignInUsers.class);

    /** The error a sign-in is refused with when none of the person's groups is Samverkan's. */
    static final String NO_GROUP = "samverkan_no_group";
    /** ... or when the provider gives no user id Samverkan can use. */
    static final String NO_USER_ID = "samverkan_no_user_id";

    /** The engine's rule for user ids under this profile (user-resource-whitelist-pattern in application-oidc.yml). */
    private static final Pattern ENGINE_ID = Pattern.compile("[a-z0-9][a-z0-9._-]*(@[a-z0-9][a-z0-9.-]*)?");

    private final OAuth2UserService<OidcUserRequest, OidcUser> provider;
    private final DirectoryGroups directoryGroups;
    private final EngineUsers engineUsers;
    private final SingleSignOnSettings settings;

    SignInUsers(DirectoryGroups directoryGroups, EngineUsers engineUsers, SingleSignOnSettings settings) {
        this(new OidcUserService(), directoryGroups, engineUsers, settings);
    }

    SignInUsers(OAuth2UserService<OidcUserRequest, OidcUser> provider, DirectoryGroups directoryGroups,
                EngineUsers engineUsers, SingleSignOnSettings settings) {
        this.provider = provider;
        this.directoryGroups = directoryGroups;
        this.engineUsers = engineUsers;
        this.settings = settings;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser provided = provider.loadUser(request);
        String userId = userId(provided.getClaimAsString(settings.userIdClaim()), settings.userIdDomains());
        if (userId == null) {
            // the claim's name is for the operator's log, not for the person refused
            LOG.warn("Sign-in refused: the provider's claim {} holds no user id Samverkan can use",
                    settings.userIdClaim());
            throw new OAuth2AuthenticationException(new OAuth2Error(NO_USER_ID,
                    "Kommunens inloggningstjänst gav inget användarnamn som Samverkan kan använda. Kontakta "
                            + "administratören.", null));
        }
        if (engineUsers.isLocalAccount(userId)) {
            // an administrator's or a partner system's own account is never taken over by a sign-in
            throw new OAuth2AuthenticationException(new OAuth2Error(NO_USER_ID, "Ditt konto hos identitetsleverantören "
                    + "har samma användarnamn (" + userId + ") som ett konto i Samverkan med eget lösenord och kan inte "
                    + "logga in här. Be administratören att byta namn på det kontot i Camunda Admin.", null));
        }
        Set<String> groupIds = directoryGroups.organisationGroupsOf(names(provided.getClaims().get(settings.groupsClaim())));
        if (groupIds.isEmpty()) {
            // no longer in any of Samverkan's groups: no task mail or role names them any more
            engineUsers.withdraw(userId);
            throw new OAuth2AuthenticationException(new OAuth2Error(NO_GROUP,
                    userId + " är inte med i någon av Samverkans grupper.", null));
        }
        engineUsers.bringIn(userId, provided.getGivenName(), provided.getFamilyName(), provided.getEmail(), groupIds);
        return new SignedInPerson(provided, userId, List.copyOf(groupIds));
    }

    /**
     * The user id from the claim, in lower case: for an address (a UPN, a mail address) in one of the municipality's
     * own domains the part before the {@code @}, for an address in any other domain the whole address, so that
     * anna@polisen.se never signs in as anna@linkoping.se's user; null for what the engine would not take.
     */
    static String userId(String claimed, Collection<String> ownDomains) {
        if (claimed == null || claimed.isBlank()) {
            return null;
        }
        String id = claimed.strip().toLowerCase(Locale.ROOT);
        int at = id.lastIndexOf('@');
        String domain = at < 0 ? null : id.substring(at + 1);
        if (domain != null && ownDomains.stream().anyMatch(own -> !own.isBlank() && own.strip().equalsIgnoreCase(domain))) {
            String local = id.substring(0, at);
            return ENGINE_ID.matcher(local).matches() && local.indexOf('@') < 0 ? local : null;
        }
        return ENGINE_ID.matcher(id).matches() ? id : null;
    }

    /** The group names of the claim: a list, or one string with names separated by commas. */
    static List<String> names(Object claim) {
        List<String> names = new ArrayList<>();
        if (claim instanceof Collection<?> values) {
            values.forEach(value -> names.add(String.valueOf(value)));
        } else if (claim instanceof String value) {
            names.addAll(Arrays.stream(value.split(",")).map(String::strip).filter(n -> !n.isEmpty()).toList());
        }
        return names;
    }
}
