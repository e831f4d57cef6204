package se.linkoping.samverkan.singlesignon;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.session.web.http.SessionRepositoryFilter;

import se.linkoping.samverkan.identity.DirectoryGroups;

/**
 * Single sign-on (profile {@code oidc}): every page of Camunda's webapps and of Samverkan's own needs a person signed
 * in through the provider, except the public ones ({@link #PUBLIC}); the partner API, the actuator and the API's
 * description are left wholly to the application's own filters and accounts ({@code access.ApiAuthenticationConfiguration}),
 * as without the profile. CSRF protection and security headers stay Camunda's and Samverkan's own.
 */
@Configuration(proxyBeanMethods = false)
@Profile("oidc")
@EnableWebSecurity
class SingleSignOnConfiguration {

    static final String REGISTRATION = "samverkan";

    /** Pages anyone may read: the citizen promise, the accessibility statement, their styles and the error page. */
    static final String[] PUBLIC = {"/medborgarlofte", "/medborgarlofte/**", "/tillganglighet", "/css/**", "/js/**",
            "/webjars/**", "/favicon.ico", "/error"};
    /** Left to the application's own filters: HTTP Basic with the partners' accounts, the actuator's own rules. */
    static final String[] OWN_ACCOUNTS = {"/api/**", "/engine-rest/**", "/actuator", "/actuator/**", "/v3/api-docs",
            "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"};

    private final String webappPath;

    SingleSignOnConfiguration(Environment environment,
                              @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
        if (environment.acceptsProfiles(Profiles.of("demo"))) {
            throw new IllegalStateException("Profilerna oidc och demo kan inte användas tillsammans: demons användare "
                    + "loggar in med lösenord, och med oidc loggar alla in genom kommunens inloggningstjänst. Starta med "
                    + "spring.profiles.active=h2,oidc eller postgres,oidc.");
        }
        if (environment.acceptsProfiles(Profiles.of("ldap"))) {
            throw new IllegalStateException("Profilerna oidc och ldap kan inte användas tillsammans: med ldap läses "
                    + "användare och grupper ur katalogen och kan inte ändras, med oidc förs de in vid varje inloggning. "
                    + "Välj en av dem, t.ex. spring.profiles.active=postgres,oidc.");
        }
        this.webappPath = webappPath;
    }

    @Bean
    ClientRegistrationRepository identityProvider(SingleSignOnSettings settings) {
        String missing = settings.issuerUri() == null || settings.issuerUri().isBlank() ? "SAMVERKAN_OIDC_ISSUER_URI"
                : settings.clientId() == null || settings.clientId().isBlank() ? "SAMVERKAN_OIDC_CLIENT_ID"
                : settings.clientSecret() == null || settings.clientSecret().isBlank() ? "SAMVERKAN_OIDC_CLIENT_SECRET"
                : null;
        if (missing != null) {
            throw new IllegalStateException("Profilen oidc behöver inställningen " + missing
                    + " (se README, Inloggning genom kommunens inloggningstjänst).");
        }
        ClientRegistration registration = ClientRegistrations.fromIssuerLocation(settings.issuerUri())
                .registrationId(REGISTRATION)
                .clientId(settings.clientId())
                .clientSecret(settings.clientSecret())
                .scope("openid", "profile", "email")
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .build();
        return new InMemoryClientRegistrationRepository(registration);
    }

    @Bean
    WebSecurityCustomizer ownAccountsOutside() {
        return web -> web.ignoring().requestMatchers(OWN_ACCOUNTS);
    }

    @Bean
    SecurityFilterChain staffSignIn(HttpSecurity http, ClientRegistrationRepository identityProvider,
                                    DirectoryGroups directoryGroups, SingleSignOnSettings settings, ProcessEngine engine)
            throws Exception {
        SignInUsers users = new SignInUsers(directoryGroups, new EngineUsers(engine.getIdentityService()), settings);
        SavedRequestAwareAuthenticationSuccessHandler landing = new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(jakarta.servlet.http.HttpServletRequest request,
                                                jakarta.servlet.http.HttpServletResponse response,
                                                org.springframework.security.core.Authentication signedIn)
                    throws ServletException, java.io.IOException {
                WebappSignIn.intoSession(request, engine, (SignedInPerson) signedIn.getPrincipal());
                super.onAuthenticationSuccess(request, response, signedIn);
            }
        };
        OidcClientInitiatedLogoutSuccessHandler providerSignOut =
                new OidcClientInitiatedLogoutSuccessHandler(identityProvider);
        providerSignOut.setPostLogoutRedirectUri("{baseUrl}/");
        http.csrf(AbstractHttpConfigurer::disable)
                .headers(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC).permitAll()
                        // the webapps' plugins' scripts and styles, public as without the profile (Camunda's login page)
                        .requestMatchers(HttpMethod.GET, webappPath + "/api/*/plugin/*/static/**").permitAll()
                        // no password sign-in to the webapps beside the provider's
                        .requestMatchers(HttpMethod.POST, webappPath + "/api/admin/auth/user/*/login/*").denyAll()
                        .anyRequest().authenticated())
                .oauth2Login(login -> login
                        .loginPage("/oauth2/authorization/" + REGISTRATION)
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(users))
                        .successHandler(landing)
                        .failureHandler(new SignInRefused()))
                .logout(logout -> logout
                        .logoutRequestMatcher(new OrRequestMatcher(new AntPathRequestMatcher(SignOutThroughProvider.SIGN_OUT, "GET"),
                                new AntPathRequestMatcher(SignOutThroughProvider.SIGN_OUT, "POST")))
                        .logoutSuccessHandler(providerSignOut))
                .addFilterBefore(new SignOutThroughProvider(webappPath), LogoutFilter.class);
        return http.build();
    }

    /** Spring Security's filters, after the session is read and before Camunda's webapp filters. */
    @Bean
    DelegatingFilterProxyRegistrationBean springSecurityFilterChainRegistration() {
        DelegatingFilterProxyRegistrationBean registration = new DelegatingFilterProxyRegistrationBean("springSecurityFilterChain");
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 20);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
        return registration;
    }

    /** Camunda's container-based authentication: the webapps' user is the one Spring Security signed in. */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappsFromSpringSecurity() {
        ContainerBasedAuthenticationFilter filter = new ContainerBasedAuthenticationFilter() {
            @Override
            public void init(FilterConfig config) {
                authenticationProvider = new WebappSignIn();
            }
        };
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setName("samverkan-container-based-authentication");
        registration.addUrlPatterns(webappPath + "/*");
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 21);
        return registration;
    }
}
