package se.linkoping.samverkan.access;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.http.HttpHeaders;

/**
 * Camunda's HTTP Basic login against the engine's users, with the last moments' logins kept in a
 * {@link LoginCache}: a request with the same user and password as one a moment ago is let through with that
 * login's groups and tenants, without asking the database. Everything else is Camunda's own check.
 */
final class CachedBasicAuthentication extends HttpBasicAuthenticationProvider {

    private static final String BASIC = "Basic ";

    private final LoginCache cache;

    CachedBasicAuthentication(LoginCache cache) {
        this.cache = cache;
    }

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Optional<String[]> credentials = credentials(request.getHeader(HttpHeaders.AUTHORIZATION));
        if (credentials.isEmpty() || !cache.isOn()) {
            return super.extractAuthenticatedUser(request, engine);
        }
        String userId = credentials.get()[0];
        String password = credentials.get()[1];
        Optional<LoginCache.Login> kept = cache.find(userId, password);
        if (kept.isPresent()) {
            return result(kept.get());
        }
        AuthenticationResult checked = super.extractAuthenticatedUser(request, engine);
        if (!checked.isAuthenticated()) {
            return checked;
        }
        IdentityService identity = engine.getIdentityService();
        LoginCache.Login login = new LoginCache.Login(checked.getAuthenticatedUser(),
                identity.createGroupQuery().groupMember(checked.getAuthenticatedUser()).list().stream()
                        .map(Group::getId).toList(),
                identity.createTenantQuery().userMember(checked.getAuthenticatedUser()).includingGroupsOfUser(true)
                        .list().stream().map(Tenant::getId).toList());
        cache.remember(password, login);
        return result(login);
    }

    private static AuthenticationResult result(LoginCache.Login login) {
        AuthenticationResult result = AuthenticationResult.successful(login.userId());
        result.setGroups(login.groupIds());
        result.setTenants(login.tenantIds());
        return result;
    }

    /** User and password of a Basic header, as Camunda reads them (the first colon separates them). */
    static Optional<String[]> credentials(String header) {
        if (header == null || !header.startsWith(BASIC)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).strip()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return Optional.empty();
            }
            return Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
