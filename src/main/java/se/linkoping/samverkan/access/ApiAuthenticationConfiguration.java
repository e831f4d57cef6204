package se.linkoping.samverkan.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * HTTP Basic authentication, against the engine's users, in front of Camunda's REST API (which the
 * starter leaves open, so that no permission would be checked) and Samverkan's own API; the logins of the last
 * moments are kept ({@link LoginCache}), so that a busy partner's system is not checked on every request. Requests run
 * as the authenticated user, so the engine's authorizations apply to them; on Camunda's REST API only
 * what {@link RestSurface} admits gets that far. The webapps (Tasklist, Cockpit, Admin) keep their own
 * session login and CSRF protection; their way into the engine's REST API is held to {@link RestSurface} too.
 */
@Configuration
class ApiAuthenticationConfiguration {

    static final String ENGINE_REST = RestSurfaceFilter.ENGINE_REST + "/*";
    static final String SAMVERKAN_API = "/api/*";

    private final String webappPath;

    ApiAuthenticationConfiguration(@Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
        this.webappPath = webappPath;
    }

    /** The logins of the last moments ({@code samverkan.api.login-cache-seconds}; 0 checks every request). */
    @Bean
    LoginCache loginCache(@Value("${samverkan.api.login-cache-seconds:30}") long seconds, Clock clock) {
        return new LoginCache(Duration.ofSeconds(Math.max(0, seconds)), clock);
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> apiAuthenticationFilter(ProcessEngine engine,
                                                                                      ObjectMapper json,
                                                                                      LoginCache logins) {
        RestSurfaceFilter surface = new RestSurfaceFilter(engine, webappPath, json);
        ProcessEngineAuthenticationFilter authentication = new ProcessEngineAuthenticationFilter() {
            @Override
            public void init(FilterConfig config) throws ServletException {
                super.init(config);
                authenticationProvider = new CachedBasicAuthentication(logins);
            }

            @Override
            public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                    throws IOException, ServletException {
                // the surface is asked once the user is set on the engine, before the request goes on; from then
                // on the user is in every line logged for the request
                super.doFilter(request, response, (authenticated, answer) -> UserInLogs.asUser(
                        engine.getIdentityService().getCurrentAuthentication() == null ? null
                                : engine.getIdentityService().getCurrentAuthentication().getUserId(),
                        () -> surface.doFilter(authenticated, answer, chain)));
            }
        };
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(authentication);
        registration.setName("samverkan-api-authentication");
        registration.addUrlPatterns(ENGINE_REST, SAMVERKAN_API, "/v3/api-docs", "/v3/api-docs/*", "/swagger-ui.html",
                "/swagger-ui/*");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        return registration;
    }

    /** The actuator: metrics for administrators and monitoring, the health's status for anyone. */
    @Bean
    FilterRegistrationBean<ActuatorAccessFilter> actuatorAccess(ProcessEngine engine, LoginCache logins,
                                                              SignedInUsers signedIn, ObjectMapper json) {
        FilterRegistrationBean<ActuatorAccessFilter> registration =
                new FilterRegistrationBean<>(new ActuatorAccessFilter(engine, logins, signedIn, json));
        registration.setName("samverkan-actuator-access");
        registration.addUrlPatterns(ActuatorAccessFilter.ACTUATOR, ActuatorAccessFilter.ACTUATOR + "/*");
        return registration;
    }

    /** The user signed in to the webapps in every line logged for their requests (after the session is read). */
    @Bean
    FilterRegistrationBean<UserInLogs> userInLogs(ProcessEngine engine) {
        FilterRegistrationBean<UserInLogs> registration = new FilterRegistrationBean<>(new UserInLogs(engine.getName()));
        registration.setName("samverkan-user-in-logs");
        registration.addUrlPatterns("/*");
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 10);
        return registration;
    }

    /** The webapps' way into the engine's REST API, which Tasklist uses, held to the same surface. */
    @Bean
    FilterRegistrationBean<RestSurfaceFilter> webappEngineApiSurface(ProcessEngine engine, ObjectMapper json) {
        FilterRegistrationBean<RestSurfaceFilter> registration =
                new FilterRegistrationBean<>(new RestSurfaceFilter(engine, webappPath, json));
        registration.setName("samverkan-webapp-engine-api-surface");
        registration.addUrlPatterns(webappPath + "/api/engine/*");
        return registration;
    }
}
