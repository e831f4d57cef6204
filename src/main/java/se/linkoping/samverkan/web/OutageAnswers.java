package se.linkoping.samverkan.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.web.filter.OncePerRequestFilter;

import se.linkoping.samverkan.refusal.Refusal;

/**
 * The answer while the database is out of reach, for what fails before or after the application's own handling:
 * with the HTTP sessions in the database (profile {@code shared-sessions}) the session is read before any servlet
 * runs and stored after it has answered, and a failure there would reach the client as a broken connection or a
 * bare 500. Placed before Spring Session's filter, this turns such a failure, while nothing has been sent yet, into
 * the same answer as everywhere else ({@link Faults}: 503, {@code Retry-After}, a Swedish message, as a page or in
 * the API's shape), rendered by the error page without touching the session. Anything else is passed on as it
 * was thrown.
 */
class OutageAnswers extends OncePerRequestFilter {

    private final String errorPath;

    OutageAnswers(String errorPath) {
        this.errorPath = errorPath;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (!Faults.isOutage(failure) || response.isCommitted()) {
                throw failure;
            }
            Refusal refusal = Faults.of(failure, Answers.path(request));
            resetKeepingSecurityHeaders(response);
            request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, refusal);
            request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, refusal.kind().status());
            request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
            request.getRequestDispatcher(errorPath).forward(request, response);
        }
    }

    /**
     * Drops what the failed request began (its body, its session cookie, its other headers) but keeps the security
     * headers {@link SecurityHeaders} set before it: the forward to the error page does not pass that filter again.
     */
    private static void resetKeepingSecurityHeaders(HttpServletResponse response) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (String name : SecurityHeaders.NAMES) {
            String value = response.getHeader(name);
            if (value != null) {
                kept.put(name, value);
            }
        }
        response.reset();
        kept.forEach(response::setHeader);
    }
}
