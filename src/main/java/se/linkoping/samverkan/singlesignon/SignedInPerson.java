package se.linkoping.samverkan.singlesignon;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A member of staff signed in through the identity provider: the provider's tokens, with Samverkan's user id as
 * the name and the Samverkan groups the provider's groups stand for.
 */
final class SignedInPerson extends DefaultOidcUser {

    private static final long serialVersionUID = 1L;

    private final String userId;
    private final List<String> groupIds;

    SignedInPerson(OidcUser provided, String userId, List<String> groupIds) {
        super(groupIds.stream().map(id -> new SimpleGrantedAuthority("GROUP_" + id)).toList(), provided.getIdToken(),
                provided.getUserInfo());
        this.userId = userId;
        this.groupIds = List.copyOf(groupIds);
    }

    @Override
    public String getName() {
        return userId;
    }

    List<String> groupIds() {
        return groupIds;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInPerson person && person.userId.equals(userId) && super.equals(other);
    }

    @Override
    public int hashCode() {
        return userId.hashCode();
    }
}
