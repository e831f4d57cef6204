package se.linkoping.samverkan.access;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * HTTP Basic authentication, against the engine's users, in front of Camunda's REST API (which the
 * starter leaves open, so that no permission would be checked) and Samverkan's own API. Requests run
 * as the authenticated user, so the engine's authorizations apply to them. The webapps (Tasklist,
 * Cockpit, Admin) keep their own session login and CSRF protection.
 */
@Configuration
class ApiAuthenticationConfiguration {

    static final String ENGINE_REST = "/engine-rest/*";
    static final String SAMVERKAN_API = "/api/*";

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> apiAuthenticationFilter() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("samverkan-api-authentication");
        registration.addUrlPatterns(ENGINE_REST, SAMVERKAN_API);
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        return registration;
    }
}
