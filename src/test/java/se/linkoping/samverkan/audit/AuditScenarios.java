package se.linkoping.samverkan.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import se.linkoping.samverkan.support.DemoLogins;
import se.linkoping.samverkan.support.RestClient;
import se.linkoping.samverkan.support.Scenario;
import se.linkoping.samverkan.support.WebappSession;

/**
 * The audit trail's access, search and cadence compliance against a real database: auditors and
 * administrators read it (API with HTTP Basic, pages with their Cockpit sign-in), everyone else is
 * refused in Swedish, nothing accepts a change, text is shown as text, searches are paged. The timeline
 * of a matter that climbed all four levels is checked in EscalationChainScenarios. Run on H2 and PostgreSQL.
 */
abstract class AuditScenarios extends Scenario {

    static final String SCRIPT_TITLE = "Klotter <script>alert('x')</script> vid <b>skolan</b>";

    @Test
    void onlyAuditorsAndAdministratorsReadItAndNothingChangesIt() {
        long id = matter(SCRIPT_TITLE, "ryd", "skadegorelse", "steering-group", OffsetDateTime.now().minusDays(3));

        assertThat(RestClient.as(http, DemoLogins.AUDITOR).get("/api/audit/matters/" + id).getBody()
                .get("matter").get("title").asText()).isEqualTo(SCRIPT_TITLE);
        assertThat(RestClient.as(http, DemoLogins.ADMIN).get("/api/audit/matters").getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<JsonNode> refused = RestClient.as(http, DemoLogins.DEPARTMENT_HEAD).get("/api/audit/matters/" + id);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody().get("detail").asText()).contains("bara för revisorer", "Johan Berg")
                .doesNotContain(DemoLogins.DEPARTMENT_HEAD);
        for (String path : new String[] {"/api/audit/matters", "/api/audit/matters/" + id + ".csv", "/api/audit/cadence"}) {
            assertThat(RestClient.as(http, DemoLogins.EST_POLICE).getText(path).getStatusCode()).as(path)
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(RestClient.anonymous(http).getText(path).getStatusCode()).as(path)
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        for (HttpMethod change : new HttpMethod[] {HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE, HttpMethod.PATCH}) {
            assertThat(RestClient.as(http, DemoLogins.AUDITOR).status(change, "/api/audit/matters/" + id, Map.of())
                    .value()).as(change.name()).isIn(403, 405);
            assertThat(RestClient.as(http, DemoLogins.ADMIN).status(change, "/api/audit/matters", Map.of()).value())
                    .as(change.name()).isIn(403, 405);
        }
        assertThat(jdbc.sql("select title from samverkan.matter where id = ?").param(id).query(String.class).single())
                .isEqualTo(SCRIPT_TITLE);

        // the pages: the auditor signed in to Cockpit reads them, with the title as text; others are refused
        WebappSession auditor = WebappSession.signIn(http, DemoLogins.AUDITOR, "cockpit");
        ResponseEntity<String> search = auditor.get("/granskning");
        assertThat(search.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(search.getBody()).contains("Inloggad som Karin Wall", ">1 ärende<",
                "Klotter &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; vid &lt;b&gt;skolan&lt;/b&gt;")
                .doesNotContain("<script>alert", "<b>skolan</b>");
        ResponseEntity<String> page = auditor.get("/granskning/arenden/" + id);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("&lt;script&gt;").doesNotContain("<script>alert");
        ResponseEntity<String> csv = auditor.get("/granskning/arenden/" + id + ".csv");
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getBody()).contains("\"Ärendet väcks\";\"" + SCRIPT_TITLE.replace("\"", "\"\"") + "\"");
        assertThat(auditor.get("/granskning/arenden/" + id + ".json").getBody()).contains("\"title\" : \"Klotter");
        assertThat(auditor.get("/granskning/arenden/999999").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(auditor.get("/granskning/motesrytm").getStatusCode()).isEqualTo(HttpStatus.OK);

        WebappSession department = WebappSession.signIn(http, DemoLogins.DEPARTMENT_HEAD, "tasklist");
        for (String path : new String[] {"/granskning", "/granskning/arenden/" + id, "/granskning/arenden/" + id + ".csv",
                "/granskning/arenden/" + id + ".json", "/granskning/motesrytm"}) {
            ResponseEntity<String> response = department.get(path);
            assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(response.getBody()).as(path).contains("Granskningen är bara för revisorer")
                    .doesNotContain("Klotter");
        }
        ResponseEntity<String> anonymous = RestClient.anonymous(http).getText("/granskning/arenden/" + id);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getBody()).contains("Du är inte inloggad").doesNotContain("Klotter");
    }

    @Test
    void aSearchFiltersAndComesInPages() {
        OffsetDateTime start = OffsetDateTime.parse("2026-03-01T10:00:00+01:00");
        for (int i = 0; i < 30; i++) {
            matter("Ärende " + i, i % 3 == 0 ? "skaggetorp" : "ryd", "skadegorelse", "coordination-group",
                    start.plusDays(i));
        }
        long decided = matter("Beslutat ärende", "berga", "narkotika", "steering-group", start.plusDays(40));
        jdbc.sql("""
                        insert into samverkan.decision_record (body, process_instance_id, subject_type, subject_id, outcome,
                            rationale, decided_by, decided_at)
                        values ('coordination-group', 'pi', 'MATTER', ?, 'ESCALATED', 'Vidare.', 'johan.berg', ?)""")
                .params(decided, start.plusDays(41)).update();

        JsonNode first = RestClient.as(http, DemoLogins.AUDITOR).get("/api/audit/matters?size=25").getBody();
        assertThat(first.get("total").asInt()).isEqualTo(31);
        assertThat(first.get("items").size()).isEqualTo(25);
        assertThat(first.get("items").get(0).get("title").asText()).isEqualTo("Beslutat ärende");
        assertThat(RestClient.as(http, DemoLogins.AUDITOR).get("/api/audit/matters?size=25&page=1").getBody()
                .get("items").size()).isEqualTo(6);
        assertThat(RestClient.as(http, DemoLogins.AUDITOR).get("/api/audit/matters?size=100000").getBody()
                .get("size").asInt()).isEqualTo(AuditTrail.MAX_PAGE_SIZE);
        assertThat(RestClient.as(http, DemoLogins.AUDITOR).get("/api/audit/matters?district=skaggetorp").getBody()
                .get("total").asInt()).isEqualTo(10);
        assertThat(RestClient.as(http, DemoLogins.AUDITOR)
                .get("/api/audit/matters?from=2026-03-05&to=2026-03-09&level=coordination-group").getBody()
                .get("total").asInt()).isEqualTo(5);
        JsonNode escalated = RestClient.as(http, DemoLogins.AUDITOR).get("/api/audit/matters?outcome=ESCALATED").getBody();
        assertThat(escalated.get("total").asInt()).isEqualTo(1);
        assertThat(escalated.get("items").get(0).get("lastOutcome").asText()).isEqualTo("Eskaleras");
        assertThat(RestClient.as(http, DemoLogins.AUDITOR).get("/api/audit/matters?category=narkotika&district=ryd")
                .getBody().get("total").asInt()).isZero();
    }

    @Test
    void cadenceComplianceCountsPlannedHeldLateAndMattersThatWaitedTooLong() {
        // 2025 is over: what was planned is what the timers called
        meeting("steering-group", "ORDINARY", "2025-02-10T13:00:00+01:00", "2025-02-11T15:00:00+01:00");
        meeting("steering-group", "ORDINARY", "2025-05-10T13:00:00+02:00", "2025-05-30T15:00:00+02:00");
        meeting("steering-group", "ORDINARY", "2025-10-10T13:00:00+02:00", null);
        meeting("steering-group", "EXTRA", "2025-06-01T13:00:00+02:00", "2025-06-01T15:00:00+02:00");
        long waited = matter("Väntade länge", "ryd", "skadegorelse", "steering-group",
                OffsetDateTime.parse("2025-01-02T10:00:00+01:00"));
        jdbc.sql("""
                        insert into samverkan.decision_record (body, process_instance_id, subject_type, subject_id, outcome,
                            rationale, decided_by, decided_at)
                        values ('steering-group', 'pi', 'MATTER', ?, 'CLOSED', 'Klart.', 'maria.ek', ?)""")
                .params(waited, OffsetDateTime.parse("2025-10-11T10:00:00+02:00")).update();

        JsonNode year = RestClient.as(http, DemoLogins.AUDITOR).get("/api/audit/cadence?year=2025").getBody();
        JsonNode steering = null;
        for (JsonNode body : year.get("bodies")) {
            if (body.get("body").asText().equals("steering-group")) {
                steering = body;
            }
        }
        assertThat(steering).isNotNull();
        assertThat(steering.get("name").asText()).isEqualTo("Styrgruppen");
        assertThat(steering.get("planned").asInt()).isEqualTo(3);
        assertThat(steering.get("held").asInt()).isEqualTo(2);
        assertThat(steering.get("extraHeld").asInt()).isEqualTo(1);
        assertThat(steering.get("heldLate").asInt()).isEqualTo(1);
        assertThat(steering.get("notHeld").asInt()).isEqualTo(1);
        assertThat(steering.get("mattersWaitedTooLong").asInt()).isEqualTo(1);
        assertThat(year.get("bodies").get(0).get("name").asText()).isEqualTo("EST-arbetsgruppen");
        assertThat(year.get("bodies").get(0).get("planned").asInt()).isBetween(52, 53);
    }

    private long matter(String title, String district, String category, String level, OffsetDateTime raisedAt) {
        jdbc.sql("""
                        insert into samverkan.matter (title, district_code, category_code, level, origin, raised_by,
                            raised_at, waiting_since, status)
                        values (?, ?, ?, ?, 'BODY', 'sara.nilsson', ?, ?, 'HANDLED')""")
                .params(title, district, category, level, raisedAt, raisedAt).update();
        return jdbc.sql("select max(id) from samverkan.matter").query(Long.class).single();
    }

    private void meeting(String body, String kind, String calledAt, String heldAt) {
        jdbc.sql("""
                        insert into samverkan.meeting (body, kind, called_at, held_at, status, process_instance_id)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(body, kind, OffsetDateTime.parse(calledAt), heldAt == null ? null : OffsetDateTime.parse(heldAt),
                        heldAt == null ? "AGENDA" : "HELD", "pi-" + calledAt)
                .update();
    }
}
