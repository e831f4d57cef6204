package se.linkoping.samverkan.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.refusal.Refusal;

/**
 * Who is signed in, for Samverkan's own pages and API: on {@code /api/*} the HTTP Basic user the
 * authentication filter set on the engine; on the pages the user signed in to Tasklist or Cockpit in
 * this browser (Camunda's webapp session, same cookie), so staff sign in once. Groups are read from the
 * engine (or from the authentication filter, which read them from the engine), never from the request.
 */
@Component
public class SignedInUsers {

    private final ProcessEngine engine;
    private final IdentityService identity;

    public SignedInUsers(ProcessEngine engine, IdentityService identity) {
        this.engine = engine;
        this.identity = identity;
    }

    public Optional<SignedInUser> of(HttpServletRequest request) {
        Authentication api = identity.getCurrentAuthentication();
        if (api != null && api.getUserId() != null) {
            return Optional.of(new SignedInUser(api.getUserId(), api.getGroupIds() == null ? List.of() : api.getGroupIds()));
        }
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Authentications webapp = AuthenticationUtil.getAuthsFromSession(session);
        if (webapp == null || !(webapp.getAuthenticationForProcessEngine(engine.getName())
                instanceof UserAuthentication signedIn)) {
            return Optional.empty();
        }
        return Optional.of(user(signedIn.getName()));
    }

    /**
     * The signed-in user.
     *
     * @throws Refusal (not signed in) when nobody is
     */
    public SignedInUser required(HttpServletRequest request) {
        return of(request).orElseThrow(() -> Refusal.notSignedIn(
                "Du är inte inloggad. Logga in i Samverkan (Tasklist eller Cockpit) och öppna sidan igen."));
    }

    /** The groups as the engine has them now (no user is set on the engine outside /api, so nothing filters them). */
    private SignedInUser user(String userId) {
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        return new SignedInUser(userId, groups);
    }
}
