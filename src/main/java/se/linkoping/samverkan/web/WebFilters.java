package se.linkoping.samverkan.web;

import jakarta.servlet.DispatcherType;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.session.web.http.SessionRepositoryFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The filters in front of everything: the security headers on every answer ({@link SecurityHeaders}), the answer
 * while the database is out of reach for what fails around the session ({@link OutageAnswers}), and the
 * refusal of cross-site changes to the Basic-authenticated APIs ({@link CrossSiteRequests}) before their
 * authentication runs. Both come before Camunda's webapp filters, which are registered after the application's.
 */
@Configuration
class WebFilters {

    /** Browser origins besides this server's own that may change things through the APIs (default none). */
    @ConfigurationProperties("samverkan.web")
    record WebProperties(@DefaultValue List<String> trustedOrigins) {
    }

    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeaders() {
        FilterRegistrationBean<SecurityHeaders> registration = new FilterRegistrationBean<>(new SecurityHeaders());
        registration.setName("samverkan-security-headers");
        registration.addUrlPatterns("/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** Before Spring Session's filter (which reads and stores sessions in the database with shared sessions). */
    @Bean
    FilterRegistrationBean<OutageAnswers> outageAnswers(@Value("${server.error.path:/error}") String errorPath) {
        FilterRegistrationBean<OutageAnswers> registration = new FilterRegistrationBean<>(new OutageAnswers(errorPath));
        registration.setName("samverkan-outage-answers");
        registration.addUrlPatterns("/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<CrossSiteRequests> crossSiteRequests(WebProperties properties, ObjectMapper json) {
        FilterRegistrationBean<CrossSiteRequests> registration =
                new FilterRegistrationBean<>(new CrossSiteRequests(properties.trustedOrigins(), json));
        registration.setName("samverkan-cross-site-requests");
        // and of the reference data's page, whose forms post with the webapps' session cookie
        registration.addUrlPatterns("/engine-rest/*", "/api/*", "/referensdata", "/referensdata/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }
}
