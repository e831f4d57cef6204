package se.linkoping.samverkan.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.linkoping.samverkan.identity.OrganisationGroup;
import se.linkoping.samverkan.refusal.ProblemResponses;
import se.linkoping.samverkan.refusal.Refusal;

/**
 * Who reaches Spring Boot's actuator ({@code /actuator/*}, on the application's port): the metrics
 * ({@code /actuator/prometheus}) and everything else there only administrators and members of {@code monitoring},
 * by HTTP Basic (the scraper) or signed in to Camunda's webapps in this browser; anyone else gets 401 without a
 * login and 403 with one. The health ({@code /actuator/health}, with its probes) answers everyone, with its status
 * alone; the request carries the caller's groups as roles, so administrators and {@code monitoring} see the
 * details ({@code management.endpoint.health.roles}). A wrong password is 401 everywhere.
 */
final class ActuatorAccessFilter extends OncePerRequestFilter {

    static final String ACTUATOR = "/actuator";
    /** The groups that read the metrics and the health's details; administrators besides. */
    static final Set<String> READERS = Set.of(OrganisationGroup.MONITORING.id(), OrganisationGroup.CAMUNDA_ADMIN.id());

    private final ProcessEngine engine;
    private final CachedBasicAuthentication basic;
    private final SignedInUsers signedIn;
    private final ObjectMapper json;

    ActuatorAccessFilter(ProcessEngine engine, LoginCache logins, SignedInUsers signedIn, ObjectMapper json) {
        this.engine = engine;
        this.basic = new CachedBasicAuthentication(logins);
        this.signedIn = signedIn;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // only plain paths are told apart: "/actuator/health/../prometheus" is not health, whatever routes it
        boolean plain = !path.contains("..") && !path.contains(";") && !path.contains("%") && !path.contains("//");
        boolean health = plain && path.equals(ACTUATOR + "/health") || path.startsWith(ACTUATOR + "/health/");
        boolean sentLogin = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
        Optional<Caller> caller = caller(request, sentLogin);
        if (sentLogin && caller.isEmpty()) {
            refuse(response, Refusal.notSignedIn("Fel användarnamn eller lösenord."));
            return;
        }
        if (!health && caller.isEmpty()) {
            refuse(response, Refusal.notSignedIn("Logga in (HTTP Basic) som administratör eller medlem av gruppen "
                    + "monitoring för att läsa mätvärdena."));
            return;
        }
        if (!health && !caller.get().readsMetrics()) {
            refuse(response, Refusal.forbidden("Mätvärdena läses av administratörer och gruppen monitoring "
                    + "(driftövervakning). Be en administratör om behörighet om du behöver dem."));
            return;
        }
        chain.doFilter(caller.<HttpServletRequest>map(c -> new AsCaller(request, c)).orElse(request), response);
    }

    private Optional<Caller> caller(HttpServletRequest request, boolean sentLogin) {
        if (sentLogin) {
            AuthenticationResult result = basic.extractAuthenticatedUser(request, engine);
            return result.isAuthenticated()
                    ? Optional.of(caller(result.getAuthenticatedUser(), result.getGroups()))
                    : Optional.empty();
        }
        return signedIn.of(request).map(user -> caller(user.id(), user.groupIds()));
    }

    private Caller caller(String userId, List<String> groupIds) {
        Set<String> roles = new HashSet<>(groupIds == null ? List.of() : groupIds);
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        if (Administrators.includes(configuration, new Authentication(userId, List.copyOf(roles)))) {
            roles.add(OrganisationGroup.CAMUNDA_ADMIN.id());
        }
        return new Caller(userId, Set.copyOf(roles));
    }

    private void refuse(HttpServletResponse response, Refusal refusal) throws IOException {
        if (refusal.kind() == Refusal.Kind.NOT_SIGNED_IN) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Samverkan\", charset=\"UTF-8\"");
        }
        ProblemResponses.write(response, refusal.kind().status(), ProblemResponses.of(refusal), json);
    }

    /** A signed-in caller and the groups they act in (an administrator also as {@code camunda-admin}). */
    private record Caller(String userId, Set<String> roles) implements Principal {

        boolean readsMetrics() {
            return roles.stream().anyMatch(READERS::contains);
        }

        @Override
        public String getName() {
            return userId;
        }
    }

    /** The request as the actuator sees it: the caller as its principal, the caller's groups as its roles. */
    private static final class AsCaller extends HttpServletRequestWrapper {

        private final Caller caller;

        AsCaller(HttpServletRequest request, Caller caller) {
            super(request);
            this.caller = caller;
        }

        @Override
        public Principal getUserPrincipal() {
            return caller;
        }

        @Override
        public String getRemoteUser() {
            return caller.userId();
        }

        @Override
        public boolean isUserInRole(String role) {
            return caller.roles().contains(role);
        }
    }
}
