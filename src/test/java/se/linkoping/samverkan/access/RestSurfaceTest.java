package se.linkoping.samverkan.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The allow-list itself: which paths it sees as the engine's, and that only plain paths pass. */
class RestSurfaceTest {

    private final RestSurfaceFilter filter = new RestSurfaceFilter(null, "/camunda", null);

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "/engine-rest/task/1/claim, /task/1/claim",
            "/engine-rest/engine/default/task/1/claim, /task/1/claim",
            "/camunda/api/engine/engine/default/task/1/claim, /task/1/claim",
            "/camunda/api/engine/engine/default, ''",
            "/camunda/api/engine/engine, /engine",
            "/engine-rest, ''"})
    void theEnginesPathsAreSeenWhicheverWayIn(String path, String enginePath) {
        assertThat(filter.enginePath(path)).isEqualTo(enginePath);
    }

    @Test
    void samverkansOwnApiAndPagesAreNotTheEngines() {
        assertThat(filter.enginePath("/api/incident-reports")).isNull();
        assertThat(filter.enginePath("/engine-restful/task")).isNull();
        assertThat(filter.enginePath("/camunda/api/admin/auth/user/default")).isNull();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "GET, /task/1/../../process-instance",
            "GET, /task/1/%2e%2e/%2e%2e/process-instance",
            "GET, /task;x=1",
            "GET, //process-instance",
            "POST, /task/1/claim/..",
            "POST, /process-definition/key/matter/start%2F..%2Fmodification"})
    void onlyPlainPathsPass(String method, String path) {
        assertThat(RestSurface.admits(List.of("est"), Set.of("camunda-admin"), method, path)).isFalse();
    }

    @Test
    void administratorsReachEverythingOthersWhatTheirGroupsDo() {
        assertThat(RestSurface.admits(List.of("camunda-admin"), Set.of("camunda-admin"), "DELETE", "/deployment/1"))
                .isTrue();
        assertThat(RestSurface.admits(List.of("est"), Set.of("camunda-admin"), "POST", "/task/1/claim")).isTrue();
        assertThat(RestSurface.admits(List.of("auditors"), Set.of("camunda-admin"), "POST", "/task/1/claim")).isFalse();
        assertThat(RestSurface.admits(List.of("auditors", "est"), Set.of("camunda-admin"), "POST", "/task/1/claim"))
                .as("a member of several groups reaches what any of them does").isTrue();
        assertThat(RestSurface.admits(List.of("a-group-samverkan-does-not-know"), Set.of("camunda-admin"), "GET",
                "/task")).isFalse();
        assertThat(RestSurface.admits(List.of("auditors"), Set.of("camunda-admin"), "POST", "/history/process-instance"))
                .as("a query sent as POST").isTrue();
        assertThat(RestSurface.admits(List.of("auditors"), Set.of("camunda-admin"), "POST",
                "/history/process-instance/delete")).isFalse();
        assertThat(RestSurface.admits(List.of("partner-systems"), Set.of("camunda-admin"), "POST",
                "/process-definition/key/incident-report/submit-form")).isTrue();
        assertThat(RestSurface.admits(List.of("partner-systems"), Set.of("camunda-admin"), "GET", "/task")).isFalse();
    }
}
