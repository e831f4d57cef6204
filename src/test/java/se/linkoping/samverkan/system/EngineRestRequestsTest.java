package se.linkoping.samverkan.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The requests where what a caller sends reaches the engine: Camunda's REST API and the webapps' API. */
class EngineRestRequestsTest {

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @ParameterizedTest
    @CsvSource({
            "/engine-rest/task/1/submit-form, true",
            "/camunda/api/engine/engine/default/user/create, true",
            "/camunda/api/admin/setup/default/user/create, true",
            "/api/incident-reports, false",
            "/granskning, false",
            "/camunda/app/tasklist/, false"})
    void aRequestToTheEnginesApi(String path, boolean engineRest) {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest("POST", path)));

        assertThat(new EngineRestRequests("/camunda").now()).isEqualTo(engineRest);
    }

    @ParameterizedTest
    @CsvSource({"/camunda", "/camunda/"})
    void noRequestIsNone(String webapps) {
        assertThat(new EngineRestRequests(webapps).now()).isFalse();
    }
}
