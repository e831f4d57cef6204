package se.linkoping.samverkan.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/** Who a log line belongs to: the user of the webapp session while their request is answered, and no longer. */
class UserInLogsTest {

    private final List<String> seen = new ArrayList<>();
    private final MockFilterChain chain = new MockFilterChain() {
        @Override
        public void doFilter(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse response) {
            seen.add(MDC.get(UserInLogs.USER));
        }
    };

    @Test
    void theSignedInUserIsInTheLogsOfTheirRequestOnly() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/camunda/api/engine/engine/default/task");
        MockHttpSession session = new MockHttpSession();
        Authentications authentications = new Authentications();
        authentications.addOrReplace(new UserAuthentication("anna.lindqvist", "default"));
        AuthenticationUtil.updateSession(session, authentications);
        request.setSession(session);

        new UserInLogs("default").doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(seen).containsExactly("anna.lindqvist");
        assertThat(MDC.get(UserInLogs.USER)).isNull();
    }

    @Test
    void aRequestWithoutASessionHasNoUserAndCreatesNoSession() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/medborgarlofte");

        new UserInLogs("default").doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(seen).containsExactly((String) null);
        assertThat(request.getSession(false)).isNull();
    }

    @Test
    void anotherEnginesLoginIsNotThisEnginesUser() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/lagesbild");
        MockHttpSession session = new MockHttpSession();
        Authentications authentications = new Authentications();
        authentications.addOrReplace(new UserAuthentication("someone", "other-engine"));
        AuthenticationUtil.updateSession(session, authentications);
        request.setSession(session);

        new UserInLogs("default").doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(seen).containsExactly((String) null);
    }

    @Test
    void anApiRequestRunsWithItsAuthenticatedUserAndRestoresTheContext() throws Exception {
        UserInLogs.asUser("demo-partner-systems", () -> seen.add(MDC.get(UserInLogs.USER)));
        UserInLogs.asUser(null, () -> seen.add(MDC.get(UserInLogs.USER)));

        assertThat(seen).containsExactly("demo-partner-systems", null);
        assertThat(MDC.get(UserInLogs.USER)).isNull();
    }
}
