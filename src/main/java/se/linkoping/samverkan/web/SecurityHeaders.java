package se.linkoping.samverkan.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security headers of every answer, and what may be cached. Samverkan's pages, its API and Camunda's REST API
 * get a Content-Security-Policy (pages: only this server's scripts, styles and images, no inline code; data: nothing
 * at all), no framing, {@code nosniff}, and {@code Cache-Control: no-store}, so nothing of them stays on a shared
 * computer in a municipal office (the public citizen promise relaxes it itself). Over TLS — directly, or behind a
 * proxy that says so in {@code X-Forwarded-Proto} ({@code server.forward-headers-strategy}) — they also get HSTS,
 * and every cookie set on the answer is {@code Secure}.
 * <p>
 * Camunda's webapps ({@code /camunda/}) write their own CSP, {@code nosniff} and HSTS
 * ({@code camunda.bpm.webapp.header-security} in application.yml) and their own caching of their pages; only what
 * they lack is added here (no framing, the referrer policy, Secure cookies over TLS, {@code no-store} on the data of
 * their API, {@code /camunda/api/}).
 */
class SecurityHeaders extends OncePerRequestFilter {

    /** Samverkan's pages: everything from this server, no inline script or style, no plugins, no framing. */
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";
    /** Data (JSON, CSV, calendars): nothing to run or load when a browser opens it. */
    static final String DATA_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    /** PDF: the browser's own viewer must work; it may not be framed. */
    static final String PDF_POLICY = "frame-ancestors 'none'";
    static final String HSTS = "max-age=31536000";
    /** Every header this filter sets ({@link OutageAnswers} keeps them when it drops a failed answer). */
    static final List<String> NAMES = List.of("X-Frame-Options", "Referrer-Policy", "X-Content-Type-Options",
            "Content-Security-Policy", "Strict-Transport-Security", HttpHeaders.CACHE_CONTROL);

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = Answers.path(request);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        if (!path.startsWith("/camunda/")) {
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Content-Security-Policy", policy(path));
            if (request.isSecure()) {
                response.setHeader("Strict-Transport-Security", HSTS);
            }
        }
        // the webapps' own API (what Tasklist reads: tasks and their variables) is data too
        boolean guardCaching = !isStatic(path) && (!path.startsWith("/camunda/") || path.startsWith("/camunda/api/"));
        if (guardCaching) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        chain.doFilter(request, request.isSecure() || guardCaching
                ? new Guarded(response, request.isSecure(), guardCaching) : response);
    }

    private static String policy(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".pdf")) {
            return PDF_POLICY;
        }
        if (lower.startsWith("/api/") || Answers.isEngineApi(lower) || lower.startsWith("/actuator")
                || lower.endsWith(".csv") || lower.endsWith(".json") || lower.endsWith(".ics")) {
            return DATA_POLICY;
        }
        return PAGE_POLICY;
    }

    /** Stylesheets, scripts and fonts: the same for everyone, so they may be cached. */
    private static boolean isStatic(String path) {
        return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/")
                || path.startsWith("/fonts/") || path.equals("/favicon.ico");
    }

    /**
     * Makes every cookie set on the answer {@code Secure} over TLS, however it is set; and keeps {@code no-store} on
     * data when the code behind sets its own caching (Camunda's REST API says {@code no-cache}): only an answer the
     * code declares {@code public} (the same for everyone) may be cached.
     */
    private static final class Guarded extends HttpServletResponseWrapper {

        private final boolean secure;
        private final boolean guardCaching;

        Guarded(HttpServletResponse response, boolean secure, boolean guardCaching) {
            super(response);
            this.secure = secure;
            this.guardCaching = guardCaching;
        }

        @Override
        public void addCookie(Cookie cookie) {
            if (secure) {
                cookie.setSecure(true);
            }
            super.addCookie(cookie);
        }

        @Override
        public void addHeader(String name, String value) {
            if (isCacheControl(name)) {
                super.setHeader(name, cached(value));
            } else {
                super.addHeader(name, secured(name, value));
            }
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, isCacheControl(name) ? cached(value) : secured(name, value));
        }

        private boolean isCacheControl(String name) {
            return guardCaching && HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name);
        }

        private static String cached(String value) {
            return value != null && value.toLowerCase(Locale.ROOT).contains("public") ? value : "no-store";
        }

        private String secured(String name, String value) {
            if (!secure || value == null || !HttpHeaders.SET_COOKIE.equalsIgnoreCase(name)
                    || value.toLowerCase(Locale.ROOT).matches("(?s).*;\\s*secure\\s*(;.*)?")) {
                return value;
            }
            return value + "; Secure";
        }
    }
}
