package se.linkoping.samverkan.access;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.linkoping.samverkan.refusal.ProblemResponses;
import se.linkoping.samverkan.refusal.Refusal;

/**
 * Lets a signed-in user's request to Camunda's REST API through only where {@link RestSurface} admits it,
 * and answers the rest {@code 403} with Swedish problem details (with a {@code message} as well, which
 * Camunda's clients show). Both ways in: {@code /engine-rest} (HTTP Basic, the user set on the engine by the
 * authentication filter this runs inside) and the webapps' {@code <webapp path>/api/engine} (the user signed
 * in to Tasklist or Cockpit in this browser). Requests without a user are left to the authentication.
 */
final class RestSurfaceFilter implements Filter {

    static final String ENGINE_REST = "/engine-rest";
    private static final Logger LOG = LoggerFactory.getLogger(RestSurfaceFilter.class);
    private static final Pattern NAMED_ENGINE = Pattern.compile("/engine/[^/]+(/.*)?");

    private final ProcessEngine engine;
    private final String webappEngineApi;
    private final ObjectMapper json;

    /**
     * @param webappPath where the webapps are served, {@code /camunda}
     */
    RestSurfaceFilter(ProcessEngine engine, String webappPath, ObjectMapper json) {
        this.engine = engine;
        this.webappEngineApi = webappPath + "/api/engine";
        this.json = json;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        String path = http.getRequestURI().substring(http.getContextPath().length());
        String enginePath = enginePath(path);
        List<String> groups = enginePath == null ? null : groupsOfUser(http);
        if (groups == null || RestSurface.admits(groups, adminGroups(), http.getMethod(), enginePath)) {
            chain.doFilter(request, response);
            return;
        }
        LOG.info("Refused {} {} to a member of {}: not in what the groups reach of the REST API", http.getMethod(),
                enginePath, groups);
        Refusal refusal = Refusal.forbidden("Kontot når inte " + http.getMethod() + " " + enginePath
                + " i Camundas REST-API. Personal når det som Tasklist använder och partnersystem det som behövs för "
                + "att rapportera; revisorer och processägare läser men ändrar inget. Be en administratör om "
                + "behörighet om du behöver mer.");
        Map<String, Object> problem = ProblemResponses.of(refusal);
        problem.put("message", refusal.detail());
        ProblemResponses.write((HttpServletResponse) response, refusal.kind().status(), problem, json);
    }

    /** The path after the engine's root, or null when the request is not for the engine's REST API. */
    String enginePath(String path) {
        String rest;
        if (path.equals(ENGINE_REST) || path.startsWith(ENGINE_REST + "/")) {
            rest = path.substring(ENGINE_REST.length());
        } else if (path.equals(webappEngineApi) || path.startsWith(webappEngineApi + "/")) {
            rest = path.substring(webappEngineApi.length());
        } else {
            return null;
        }
        Matcher named = NAMED_ENGINE.matcher(rest);
        if (named.matches()) {
            return named.group(1) == null ? "" : named.group(1);
        }
        return rest;
    }

    /** The groups of the user on the engine (HTTP Basic) or signed in to the webapps; null when there is none. */
    private List<String> groupsOfUser(HttpServletRequest request) {
        Authentication api = engine.getIdentityService().getCurrentAuthentication();
        if (api != null && api.getUserId() != null) {
            return api.getGroupIds() == null ? List.of() : api.getGroupIds();
        }
        HttpSession session = request.getSession(false);
        Authentications webapp = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
        if (webapp != null && webapp.getAuthenticationForProcessEngine(engine.getName())
                instanceof UserAuthentication signedIn) {
            return signedIn.getGroupIds() == null ? List.of() : List.copyOf(signedIn.getGroupIds());
        }
        return null;
    }

    private Set<String> adminGroups() {
        List<String> groups = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getAdminGroups();
        return groups == null ? Set.of() : Set.copyOf(groups);
    }
}
