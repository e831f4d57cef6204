package se.linkoping.samverkan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.linkoping.samverkan.support.DemoLogins;
import se.linkoping.samverkan.support.OnH2;
import se.linkoping.samverkan.support.Scenario;
import se.linkoping.samverkan.support.WebappSession;

/**
 * Cross-site request forgery with cached HTTP Basic credentials: a page on another site makes the browser post to
 * Samverkan's APIs (a multipart deploy, a report). Refused with 403 in Swedish and nothing changed, whether the
 * browser says so in Sec-Fetch-Site, in Origin or both; Camunda Modeler, curl and partners' systems, which send
 * neither (or this server's own origin), keep working, and reading is never refused. The webapps keep Camunda's
 * CSRF token. Run on H2: nothing here depends on the database.
 */
@OnH2
class CrossSiteRequestsOnH2Test extends Scenario {

    private static final String EVIL = "https://angripare.example";

    @Autowired
    RepositoryService repositoryService;

    @Test
    void aCrossSiteDeployWithCachedBasicCredentialsIsRefusedAndNothingIsDeployed() throws Exception {
        Browser owner = browser().as(DemoLogins.PROCESS_OWNER);

        HttpResponse<String> bothHeaders = deploy(owner.with("Origin", EVIL).with("Sec-Fetch-Site", "cross-site"), "a");
        HttpResponse<String> originOnly = deploy(owner.with("Origin", EVIL), "b");
        HttpResponse<String> fetchSiteOnly = deploy(owner.with("Sec-Fetch-Site", "cross-site"), "c");
        HttpResponse<String> sameSite = deploy(owner.with("Origin", "https://annan.linkoping.se")
                .with("Sec-Fetch-Site", "same-site"), "d");
        HttpResponse<String> opaque = deploy(owner.with("Origin", "null"), "e");

        for (HttpResponse<String> refused : java.util.List.of(bothHeaders, originOnly, fetchSiteOnly, sameSite, opaque)) {
            assertThat(refused.statusCode()).as(refused.request().headers().toString()).isEqualTo(403);
            assertThat(new ObjectMapper().readTree(refused.body()).get("message").asText())
                    .contains("kom från en annan webbplats", "Inget har ändrats");
            assertThat(refused.body()).doesNotContain("Exception");
        }
        assertThat(repositoryService.createDeploymentQuery().deploymentNameLike("csrf-%").count()).isZero();
    }

    @Test
    void modelerCurlAndThisSitesOwnPagesKeepWorking() {
        Browser owner = browser().as(DemoLogins.PROCESS_OWNER);

        assertThat(deploy(owner, "modeler").statusCode()).as("no Origin, as Modeler and curl send").isEqualTo(200);
        assertThat(deploy(owner.with("Origin", http.getRootUri()).with("Sec-Fetch-Site", "same-origin"), "page")
                .statusCode()).isEqualTo(200);
        assertThat(deploy(owner.with("Sec-Fetch-Site", "none"), "typed").statusCode()).as("typed into the address bar")
                .isEqualTo(200);
        assertThat(repositoryService.createDeploymentQuery().deploymentNameLike("csrf-%").count()).isEqualTo(3);
        repositoryService.createDeploymentQuery().deploymentNameLike("csrf-%").list()
                .forEach(deployment -> repositoryService.deleteDeployment(deployment.getId(), true));
    }

    @Test
    void aCrossSiteReportIsRefusedAndNotStoredReadingIsNot() {
        Browser partner = browser().as(DemoLogins.PARTNER_SYSTEM);
        String report = """
                {"district": "ryd", "place": "Rydstorget", "category": "skadegorelse",
                 "occurredAt": "%s", "description": "Krossad ruta.", "source": "polis", "externalReference": "%s"}"""
                .formatted(java.time.OffsetDateTime.now().minusHours(1), UUID.randomUUID());

        HttpResponse<String> forged = partner.with("Origin", EVIL).postJson("/api/incident-reports", report);

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(forged.body()).contains("kom från en annan webbplats");
        assertThat(jdbc.sql("select count(*) from samverkan.incident_report").query(Long.class).single()).isZero();

        assertThat(partner.postJson("/api/incident-reports", report).statusCode()).isEqualTo(201);
        assertThat(partner.with("Origin", EVIL).with("Sec-Fetch-Site", "cross-site").get("/api/reference-data")
                .statusCode()).as("reading").isEqualTo(200);
    }

    @Test
    void theWebappsKeepCamundasCsrfToken() {
        WebappSession session = WebappSession.signIn(http, DemoLogins.EST_POLICE, "tasklist");

        HttpResponse<String> withoutToken = browser().withCookies(session.cookies())
                .postJson("/camunda/api/engine/engine/default/task/nothing/claim", "{\"userId\": \"anna.lindqvist\"}");

        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(withoutToken.body()).doesNotContain("Exception", "CSRFPreventionFilter");
    }

    private HttpResponse<String> deploy(Browser browser, String name) {
        String boundary = "----samverkan" + UUID.randomUUID();
        String bpmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="test">
                  <process id="csrf-check" isExecutable="true" camunda:historyTimeToLive="1">
                    <startEvent id="StartEvent_Check" />
                  </process>
                </definitions>""";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\ncsrf-" + name
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"csrf.bpmn\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + bpmn + "\r\n--" + boundary + "--\r\n";
        return browser.post("/engine-rest/deployment/create", "multipart/form-data; boundary=" + boundary,
                body.getBytes(StandardCharsets.UTF_8));
    }

    private Browser browser() {
        return Browser.at(http.getRootUri());
    }
}
