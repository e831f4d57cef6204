package se.linkoping.samverkan.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts who made a request into every log line written while it is answered (the logging context's
 * {@value #USER}), beside the process instance and activity Camunda puts there while it runs a step
 * ({@code processInstanceId}, {@code activityId}): the user signed in to Tasklist, Cockpit or Admin in this
 * browser, read from Camunda's webapp session without asking the database. The APIs' HTTP Basic user is
 * set by {@link ApiAuthenticationConfiguration} once it is known. With structured logs (profile
 * {@code json-logs}) each is a field of the line.
 */
final class UserInLogs extends OncePerRequestFilter {

    /** The logging context's key for the person a line belongs to. */
    static final String USER = "userId";

    private final String engineName;

    UserInLogs(String engineName) {
        this.engineName = engineName;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String user = signedIn(request);
        if (user == null) {
            chain.doFilter(request, response);
            return;
        }
        try (MDC.MDCCloseable ignored = MDC.putCloseable(USER, user)) {
            chain.doFilter(request, response);
        }
    }

    /** The user of Camunda's webapp session in this browser, or null. */
    private String signedIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Authentications all = AuthenticationUtil.getAuthsFromSession(session);
        Authentication engine = all == null ? null : all.getAuthenticationForProcessEngine(engineName);
        return engine == null ? null : engine.getName();
    }

    /** Runs the rest of an API request with its authenticated user in the logging context. */
    static void asUser(String user, IoStep step) throws IOException, ServletException {
        if (user == null) {
            step.run();
            return;
        }
        try (MDC.MDCCloseable ignored = MDC.putCloseable(USER, user)) {
            step.run();
        }
    }

    /** A step of a filter chain. */
    @FunctionalInterface
    interface IoStep {
        void run() throws IOException, ServletException;
    }
}
