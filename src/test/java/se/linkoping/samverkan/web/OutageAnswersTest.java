package se.linkoping.samverkan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import se.linkoping.samverkan.refusal.Refusal;

/**
 * What fails around the session while the database is out of reach (Spring Session reads it before and stores it
 * after the application) is answered by the error page as Faults answers an outage; anything else goes on as
 * thrown, and so does an outage once the answer has begun.
 */
class OutageAnswersTest {

    private final OutageAnswers filter = new OutageAnswers("/error");
    private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/lagesbild");
    private final MockHttpServletResponse response = new MockHttpServletResponse();

    @Test
    void aSessionThatCannotBeReadOrStoredIsAnsweredAsAnOutage() throws Exception {
        FilterChain sessionStore = (req, res) -> {
            res.getWriter().write("half a page");
            throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection");
        };

        filter.doFilter(request, response, sessionStore);

        assertThat(response.getForwardedUrl()).isEqualTo("/error");
        assertThat(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE)).isEqualTo(503);
        assertThat(request.getAttribute(RequestDispatcher.ERROR_EXCEPTION)).isInstanceOfSatisfying(Refusal.class,
                refusal -> assertThat(refusal.detail()).contains("databas går inte att nå", "Försök igen"));
        assertThat(response.getContentAsString()).as("what was begun is dropped").isEmpty();
    }

    @Test
    void theHeadersSetBeforeTheSessionStayAndTheFailedRequestsGo() throws Exception {
        response.setHeader("Content-Security-Policy", SecurityHeaders.PAGE_POLICY);
        response.setHeader("Cache-Control", "no-store");
        FilterChain sessionStore = (req, res) -> {
            ((MockHttpServletResponse) res).setHeader("Set-Cookie", "SESSION=half");
            throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection");
        };

        filter.doFilter(request, response, sessionStore);

        assertThat(response.getForwardedUrl()).isEqualTo("/error");
        assertThat(response.getHeader("Content-Security-Policy")).isEqualTo(SecurityHeaders.PAGE_POLICY);
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(response.getHeader("Set-Cookie")).isNull();
    }

    @Test
    void otherFailuresGoOnAsThrown() {
        FilterChain failing = (req, res) -> {
            throw new IllegalStateException("something else");
        };

        assertThatThrownBy(() -> filter.doFilter(request, response, failing))
                .isInstanceOf(IllegalStateException.class).hasMessage("something else");
        assertThat(response.getForwardedUrl()).isNull();
    }

    @Test
    void anAnswerAlreadySentCannotBeTakenBack() {
        FilterChain committedFirst = (req, res) -> {
            res.flushBuffer();
            throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection");
        };

        assertThatThrownBy(() -> filter.doFilter(request, response, committedFirst))
                .isInstanceOf(CannotGetJdbcConnectionException.class);
        assertThat(response.getForwardedUrl()).isNull();
    }
}
