package se.linkoping.samverkan.singlesignon;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Camunda's webapps sign out by a request of their own ({@code POST <webapps>/api/admin/auth/user/<engine>/logout}),
 * which ends only their part of the session: its answer names where signing out of Samverkan and the identity
 * provider starts ({@link #HEADER}), and Tasklist's script {@code samverkan-sign-out.js} takes the browser there.
 */
final class SignOutThroughProvider extends OncePerRequestFilter {

    static final String HEADER = "X-Samverkan-Sign-Out";
    /** Spring Security's sign-out, which ends the session and then the provider's (RP-initiated logout). */
    static final String SIGN_OUT = "/logout";

    private final Pattern webappLogout;

    SignOutThroughProvider(String webappPath) {
        this.webappLogout = Pattern.compile(Pattern.quote(webappPath) + "/api/admin/auth/user/[^/]+/logout/?");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("POST".equals(request.getMethod()) && webappLogout.matcher(path).matches()) {
            response.setHeader(HEADER, request.getContextPath() + SIGN_OUT);
        }
        chain.doFilter(request, response);
    }
}
