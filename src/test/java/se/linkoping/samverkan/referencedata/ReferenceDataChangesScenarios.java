package se.linkoping.samverkan.referencedata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.linkoping.samverkan.support.DemoLogins;
import se.linkoping.samverkan.support.RestClient;
import se.linkoping.samverkan.support.Scenario;
import se.linkoping.samverkan.support.TestData;
import se.linkoping.samverkan.support.WebappSession;

/**
 * Administrators keep the districts, categories and sources on {@code /referensdata} and in the API: only they, each
 * change kept in the history, a new entry offered at once by the latest version of Tasklist's forms, a retired one no
 * longer offered nor accepted while what was recorded with it keeps its name. Run on H2 and on PostgreSQL by
 * {@link ReferenceDataChangesOnH2Test} and {@link ReferenceDataChangesOnPostgresTest}.
 */
abstract class ReferenceDataChangesScenarios extends Scenario {

    private static final String API = "/api/reference-data";
    private static Map<ReferenceKind, List<ReferenceItem>> delivered;

    @Autowired
    ReferenceData data;
    @Autowired
    ReferenceDataChanges changes;
    @Autowired
    ReferenceForms forms;
    @Autowired
    RepositoryService repositoryService;

    private final ObjectMapper json = new ObjectMapper();

    /** The lists as delivered again, for the scenarios after this one, and the forms with them. */
    @AfterEach
    void restoreTheDeliveredLists() {
        TestData.clear(jdbc, runtimeService);
        for (ReferenceKind kind : ReferenceKind.values()) {
            String table = switch (kind) {
                case DISTRICT -> "samverkan.district";
                case CATEGORY -> "samverkan.incident_category";
                case SOURCE -> "samverkan.report_source";
            };
            List<String> codes = delivered().get(kind).stream().map(ReferenceItem::code).toList();
            for (ReferenceItem now : data.all(kind)) {
                if (!codes.contains(now.code())) {
                    jdbc.sql("delete from " + table + " where code = ?").param(now.code()).update();
                }
            }
            for (ReferenceItem item : delivered().get(kind)) {
                jdbc.sql("update " + table + " set name = ?, active = ? where code = ?")
                        .params(item.name(), item.active(), item.code()).update();
            }
        }
        jdbc.sql("delete from samverkan.reference_data_change").update();
        forms.refresh();
    }

    private Map<ReferenceKind, List<ReferenceItem>> delivered() {
        if (delivered == null) {
            Map<ReferenceKind, List<ReferenceItem>> lists = new EnumMap<>(ReferenceKind.class);
            for (ReferenceKind kind : ReferenceKind.values()) {
                lists.put(kind, data.all(kind));
            }
            delivered = lists;
        }
        return delivered;
    }

    @Test
    void onlyAdministratorsOpenThePageAndChangeTheListsWhileEveryoneReadsTheActiveOnes() {
        delivered();
        assertThat(WebappSession.signIn(http, DemoLogins.EST_POLICE, "tasklist").get("/referensdata").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(WebappSession.signIn(http, DemoLogins.AUDITOR, "cockpit").get("/referensdata").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> page = WebappSession.signIn(http, DemoLogins.ADMIN, "tasklist").get("/referensdata");
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("Stadsdelar", "Kategorier", "Källor", "Skäggetorp", "Våld eller hot om våld",
                ">Referensdata</a>");

        for (String user : List.of(DemoLogins.EST_POLICE, DemoLogins.PARTNER_SYSTEM, DemoLogins.PROCESS_OWNER)) {
            RestClient staff = RestClient.as(http, user);
            assertThat(staff.status(HttpMethod.POST, API + "/districts", Map.of("name", "Nya Gränsö")))
                    .as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(staff.status(HttpMethod.PUT, API + "/districts/berga", Map.of("active", false)))
                    .as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(staff.status(HttpMethod.GET, API + "/changes", null)).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(staff.status(HttpMethod.GET, API, null)).as(user).isEqualTo(HttpStatus.OK);
        }
        assertThat(RestClient.anonymous(http).status(HttpMethod.POST, API + "/districts", Map.of("name", "Nya Gränsö")))
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(data.all(ReferenceKind.DISTRICT)).isEqualTo(delivered().get(ReferenceKind.DISTRICT));
        assertThat(changes.history(10)).isEmpty();
    }

    @Test
    void aDistrictAddedIsOfferedAtOnceByTheLatestStartFormsAndAcceptedInReports() throws Exception {
        delivered();
        RestClient admin = RestClient.as(http, DemoLogins.ADMIN);

        ResponseEntity<JsonNode> added = admin.post(API + "/districts", Map.of("name", "  Nya   Gränsö "));

        assertThat(added.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(added.getBody().get("code").asText()).isEqualTo("nya-granso");
        assertThat(added.getBody().get("name").asText()).isEqualTo("Nya Gränsö");
        assertThat(added.getHeaders().getLocation()).hasToString(API + "/districts/nya-granso");
        // Tasklist's start forms, as a member of staff opens them, offer it last
        for (String process : List.of("incident-report", "matter", "event-coordination")) {
            String user = process.equals("incident-report") ? DemoLogins.EST_POLICE : DemoLogins.DEPARTMENT_HEAD;
            List<String> offered = options(RestClient.as(http, user)
                    .getText("/engine-rest/process-definition/key/" + process + "/deployed-start-form").getBody(), "district");
            assertThat(offered).as(process).endsWith("nya-granso").contains("skaggetorp");
        }
        assertThat(RestClient.as(http, DemoLogins.PARTNER_SYSTEM).get(API).getBody().get("districts")
                .findValuesAsText("code")).contains("nya-granso");
        // and the history says who added it, when
        JsonNode history = admin.get(API + "/changes").getBody();
        assertThat(history).hasSize(1);
        assertThat(history.get(0).get("type").asText()).isEqualTo("ADDED");
        assertThat(history.get(0).get("kind").asText()).isEqualTo("DISTRICT");
        assertThat(history.get(0).get("code").asText()).isEqualTo("nya-granso");
        assertThat(history.get(0).get("newName").asText()).isEqualTo("Nya Gränsö");
        assertThat(history.get(0).get("changedBy").asText()).isEqualTo(DemoLogins.ADMIN);
        // a second start of the application deploys nothing: the forms are current
        long versions = repositoryService.createDeploymentQuery().deploymentName(ReferenceForms.DEPLOYMENT_NAME).count();
        assertThat(forms.refresh()).isEmpty();
        assertThat(repositoryService.createDeploymentQuery().deploymentName(ReferenceForms.DEPLOYMENT_NAME).count())
                .isEqualTo(versions);
    }

    @Test
    void aRenameKeepsTheCodeAndTheHistoryKeepsTheOldName() {
        delivered();
        RestClient admin = RestClient.as(http, DemoLogins.ADMIN);

        ResponseEntity<JsonNode> renamed = admin.put(API + "/sources/trygghetsvardar",
                Map.of("name", "Trygghetsvärdar och ordningsvakter"));

        assertThat(renamed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(renamed.getBody().get("code").asText()).isEqualTo("trygghetsvardar");
        assertThat(data.source("trygghetsvardar").orElseThrow().name()).isEqualTo("Trygghetsvärdar och ordningsvakter");
        ReferenceChange change = changes.history(1).get(0);
        assertThat(change.type()).isEqualTo(ReferenceChange.Type.RENAMED);
        assertThat(change.oldName()).isEqualTo("Trygghetsvärdar");
        assertThat(change.newName()).isEqualTo("Trygghetsvärdar och ordningsvakter");
    }

    @Test
    void aRetiredDistrictIsNoLongerOfferedNorAcceptedButAnOldReportKeepsItsName() throws Exception {
        delivered();
        report("skaggetorp", "skadegorelse", "Gillbergska gatan 12", LocalDateTime.of(2026, 3, 10, 21, 0));
        Map<String, Object> violence = new java.util.HashMap<>(Map.of("district", "skaggetorp",
                "place", "Skäggetorps centrum", "category", "vald-hot",
                "occurredAt", java.time.OffsetDateTime.now().minusHours(2).withNano(0).toString(),
                "description", "Hot mot personal vid entrén.", "source", "polis", "externalReference", "RD-1"));
        RestClient partner = RestClient.as(http, DemoLogins.PARTNER_SYSTEM);
        assertThat(partner.post("/api/incident-reports", violence).getStatusCode()).isEqualTo(HttpStatus.CREATED);

        ResponseEntity<JsonNode> retired = RestClient.as(http, DemoLogins.ADMIN)
                .put(API + "/districts/skaggetorp", Map.of("active", false));

        assertThat(retired.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(retired.getBody().get("active").asBoolean()).isFalse();
        assertThat(options(RestClient.as(http, DemoLogins.EST_POLICE)
                .getText("/engine-rest/process-definition/key/incident-report/deployed-start-form").getBody(), "district"))
                .doesNotContain("skaggetorp").contains("berga");
        violence.put("externalReference", "RD-2");
        assertThat(partner.post("/api/incident-reports", violence).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        // EST's assessment of the report made before still shows the district by its name
        String task = taskService.createTaskQuery().taskDefinitionKey("Task_AssessReport").singleResult().getId();
        String form = RestClient.as(http, DemoLogins.EST_POLICE).getText("/engine-rest/task/" + task + "/deployed-form")
                .getBody();
        assertThat(labels(form, "district")).containsEntry("skaggetorp", "Skäggetorp");
        // and so do the situational picture's reports of the week it was made
        ResponseEntity<String> reports = WebappSession.signIn(http, DemoLogins.ADMIN, "tasklist")
                .get("/lagesbild/rapporter?week=2026-03-09&district=skaggetorp&category=skadegorelse");
        assertThat(reports.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(reports.getBody()).contains("Skäggetorp", "Gillbergska gatan 12");
        assertThat(data.districtName("skaggetorp")).isEqualTo("Skäggetorp");
        // auditors still search the matters of a retired district
        assertThat(WebappSession.signIn(http, DemoLogins.AUDITOR, "cockpit").get("/granskning").getBody())
                .contains("<option value=\"skaggetorp\">Skäggetorp</option>");
        // it may come back
        RestClient.as(http, DemoLogins.ADMIN).put(API + "/districts/skaggetorp",
                Map.of("active", true));
        assertThat(changes.history(2)).extracting(ReferenceChange::type)
                .containsExactly(ReferenceChange.Type.REACTIVATED, ReferenceChange.Type.RETIRED);
    }

    @Test
    void whatCannotBeDoneIsRefusedInSwedishAndChangesNothing() {
        delivered();
        RestClient admin = RestClient.as(http, DemoLogins.ADMIN);

        assertRefused(admin.post(API + "/districts", Map.of("name", "  ")), HttpStatus.BAD_REQUEST, "Skriv ett namn.");
        assertRefused(admin.post(API + "/districts", Map.of("name", "skäggetorp")), HttpStatus.CONFLICT,
                "Det finns redan en post med namnet Skäggetorp bland stadsdelar.");
        assertRefused(admin.post(API + "/districts", Map.of("name", "x".repeat(101))), HttpStatus.BAD_REQUEST,
                "högst 100 tecken");
        assertRefused(admin.post(API + "/planets", Map.of("name", "Mars")), HttpStatus.NOT_FOUND, "ingen lista");
        assertRefused(admin.put(API + "/districts/atlantis", Map.of("active", false)),
                HttpStatus.NOT_FOUND, "ingen post med koden ”atlantis”");
        assertRefused(admin.put(API + "/districts/berga", Map.of()), HttpStatus.BAD_REQUEST,
                "Skicka ett nytt namn");
        assertRefused(admin.put(API + "/districts/berga", Map.of("name", "Ryd")),
                HttpStatus.CONFLICT, "Det finns redan en post med namnet Ryd");
        assertThat(changes.history(10)).isEmpty();

        List<ReferenceItem> districts = data.all(ReferenceKind.DISTRICT);
        // all but the first retired at once (as 23 retirements would leave them, without deploying the forms 23 times)
        jdbc.sql("update samverkan.district set active = false where code <> ?").param(districts.get(0).code()).update();
        assertRefused(admin.put(API + "/districts/" + districts.get(0).code(),
                Map.of("active", false)), HttpStatus.CONFLICT, "är den enda som erbjuds och kan inte avvecklas");
        assertRefused(admin.post(API + "/districts", Map.of("name", "berga")), HttpStatus.CONFLICT,
                "Det finns redan en avvecklad post med namnet Berga bland stadsdelar. Återinför den i stället.");
        assertThat(data.districts()).containsExactly(new ReferenceEntry(districts.get(0).code(), districts.get(0).name()));
    }

    @Test
    void anAdministratorAddsRenamesAndRetiresOnThePageWhichShowsTheHistory() {
        delivered();
        WebappSession admin = WebappSession.signIn(http, DemoLogins.ADMIN, "tasklist");

        assertDone(post(admin, "/referensdata/kategorier", "name", "Nedskräpning"));
        assertDone(post(admin, "/referensdata/kategorier/nedskrapning/namn", "name", "Nedskräpning och dumpning"));
        assertDone(post(admin, "/referensdata/kategorier/nedskrapning/avveckla", null, null));

        String page = admin.get("/referensdata").getBody();
        assertThat(page).contains("Nedskräpning och dumpning", "Nej, avvecklad", "Tillagd: Nedskräpning",
                "Namnändrad från Nedskräpning till Nedskräpning och dumpning", "Avvecklad: Nedskräpning och dumpning");
        assertThat(data.find(ReferenceKind.CATEGORY, "nedskrapning")).contains(
                new ReferenceItem("nedskrapning", "Nedskräpning och dumpning", false));
        // a refusal on the page is the refused page, in Swedish
        ResponseEntity<String> empty = post(admin, "/referensdata/stadsdelar", "name", "");
        assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(empty.getBody()).contains("Skriv ett namn.");
        // staff, and a post from another site, change nothing
        WebappSession staff = WebappSession.signIn(http, DemoLogins.EST_POLICE, "tasklist");
        assertThat(post(staff, "/referensdata/stadsdelar", "name", "Smygstaden").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        HttpHeaders evil = new HttpHeaders();
        evil.add("Origin", "https://evil.example");
        evil.add("Sec-Fetch-Site", "cross-site");
        assertThat(post(admin, "/referensdata/stadsdelar", "name", "Smygstaden", evil).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(data.all(ReferenceKind.DISTRICT)).extracting(ReferenceItem::name).doesNotContain("Smygstaden");
    }

    // --- helpers

    private ResponseEntity<String> post(WebappSession browser, String path, String field, String value) {
        return post(browser, path, field, value, new HttpHeaders());
    }

    private ResponseEntity<String> post(WebappSession browser, String path, String field, String value,
                                        HttpHeaders headers) {
        browser.cookies().forEach(cookie -> headers.add(HttpHeaders.COOKIE, cookie));
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        if (field != null) {
            form.add(field, value);
        }
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
    }

    /** Done and led back to the page (a redirect, or the page when the client followed it). */
    private static void assertDone(ResponseEntity<String> answer) {
        if (answer.getStatusCode().is3xxRedirection()) {
            assertThat(answer.getHeaders().getLocation().getPath()).isEqualTo("/referensdata");
        } else {
            assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        }
    }

    private static void assertRefused(ResponseEntity<JsonNode> answer, HttpStatus status, String reason) {
        assertThat(answer.getStatusCode()).isEqualTo(status);
        assertThat(answer.getBody().get("detail").asText()).contains(reason);
    }

    /** The values a form's select offers. */
    private List<String> options(String form, String key) throws Exception {
        return List.copyOf(labels(form, key).keySet());
    }

    private Map<String, String> labels(String form, String key) throws Exception {
        Map<String, String> labels = new java.util.LinkedHashMap<>();
        for (JsonNode field : json.readTree(form).get("components")) {
            if (key.equals(field.path("key").asText())) {
                field.get("values").forEach(v -> labels.put(v.get("value").asText(), v.get("label").asText()));
            }
        }
        return labels;
    }
}
