package se.linkoping.samverkan.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.linkoping.samverkan.refusal.Refusal;

/**
 * Cross-site request forgery on the HTTP Basic APIs ({@code /engine-rest}, {@code /api}): a browser that has
 * cached a user's Basic credentials sends them with any request, also one a page on another site makes (a
 * multipart deploy, a form post). Such a request says where it comes from — {@code Sec-Fetch-Site} in current
 * browsers, {@code Origin} on every cross-origin POST, PUT, PATCH and DELETE — and is refused here, before the
 * credentials are checked. Camunda Modeler, curl and partners' systems send neither header (or their own origin)
 * and are let through; so is anything that only reads. Origins trusted besides this server's own are listed in
 * {@code samverkan.web.trusted-origins}. The webapps keep Camunda's CSRF token.
 */
class CrossSiteRequests extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(CrossSiteRequests.class);
    private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> OWN_SITE = Set.of("same-origin", "none");
    private static final String UNMATCHED = "unmatched:";

    private final List<String> trustedOrigins;
    private final ObjectMapper json;

    CrossSiteRequests(List<String> trustedOrigins, ObjectMapper json) {
        this.json = json;
        this.trustedOrigins = trustedOrigins.stream().map(CrossSiteRequests::normalised).toList();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (READING.contains(request.getMethod().toUpperCase(Locale.ROOT)) || fromThisSite(request)) {
            chain.doFilter(request, response);
            return;
        }
        LOG.warn("Refused a cross-site {} {} (Origin {}, Sec-Fetch-Site {})", request.getMethod(),
                request.getRequestURI(), request.getHeader("Origin"), request.getHeader("Sec-Fetch-Site"));
        Answers.write(Refusal.forbidden("Begäran kom från en annan webbplats och "
                + "togs inte emot: ändringar i Samverkan görs från Samverkans egna sidor, Tasklist, Camunda Modeler "
                + "eller ett partnersystem. Inget har ändrats."), Answers.path(request), response, json);
    }

    private boolean fromThisSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !OWN_SITE.contains(site.trim().toLowerCase(Locale.ROOT))) {
            return false;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        String asked = normalised(origin);
        return !asked.startsWith(UNMATCHED) && (asked.equals(own(request)) || trustedOrigins.contains(asked));
    }

    /** This server's origin as the browser sees it (behind a proxy: as X-Forwarded-Proto and -Host say). */
    private static String own(HttpServletRequest request) {
        return normalised(request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort());
    }

    /** scheme://host:port in lower case, the port always written; "null" and what cannot be read stay unmatched. */
    static String normalised(String origin) {
        try {
            URI uri = new URI(origin.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
                return UNMATCHED + origin;
            }
            int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
        } catch (URISyntaxException e) {
            return UNMATCHED + origin;
        }
    }
}
