package se.linkoping.samverkan.singlesignon;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The person Spring Security signed in through the provider, as Camunda's webapps know a signed-in user: for
 * Camunda's container-based authentication ({@code ContainerBasedAuthenticationFilter}), which asks on each request
 * to Tasklist, Cockpit and Admin, and once at sign-in ({@link #intoSession}), so that Samverkan's own pages
 * ({@code access.SignedInUsers}) know the person before they have opened a webapp.
 */
final class WebappSignIn implements AuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn == null || !(signedIn.getPrincipal() instanceof SignedInPerson person)) {
            return AuthenticationResult.unsuccessful();
        }
        AuthenticationResult result = AuthenticationResult.successful(person.getName());
        result.setGroups(person.groupIds());
        return result;
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(jakarta.servlet.http.HttpServletResponse response,
                                                         ProcessEngine engine) {
        // the challenge is Spring Security's: a page without a session goes to the provider
    }

    /** The person in the session's Camunda authentications, as if they had signed in to Tasklist. */
    static void intoSession(HttpServletRequest request, ProcessEngine engine, SignedInPerson person) {
        HttpSession session = request.getSession();
        UserAuthentication authentication =
                AuthenticationUtil.createAuthentication(engine, person.getName(), person.groupIds(), null);
        if (authentication == null) {
            return;
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        authentications.addOrReplace(authentication);
        AuthenticationUtil.updateSession(session, authentications);
    }
}
