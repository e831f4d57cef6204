package se.linkoping.samverkan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.linkoping.samverkan.support.DemoLogins;
import se.linkoping.samverkan.support.OnH2;
import se.linkoping.samverkan.support.Scenario;
import se.linkoping.samverkan.support.WebappSession;

/**
 * Every page and export of Samverkan's own, and Camunda's REST API, answer with the security headers (a CSP
 * under which the page works: no inline script or style; no framing; nosniff; the referrer kept to this site)
 * and are not cached on a shared computer; the public citizen promise may be cached briefly. Over TLS (here:
 * behind a proxy that says so) they get HSTS and every cookie is Secure; Camunda's webapps write their own CSP and
 * HSTS, once. The headers do not depend on the database: run on H2.
 */
@OnH2
class SecurityHeadersOnH2Test extends Scenario {

    private static final String PAGE = "text/html";
    private static final String DATA = "data";
    private static final String PDF = "application/pdf";

    private long matter;
    private long meeting;
    private long report;
    private final int year = LocalDate.now().getYear();

    @BeforeEach
    void somethingToShow() {
        report("ryd", "vald-hot", "Rydstorget", LocalDateTime.now().minusHours(2));
        report = jdbc.sql("select max(id) from samverkan.incident_report").query(Long.class).single();
        jdbc.sql("update samverkan.incident_report set reported_by = ? where id = ?")
                .params(DemoLogins.ADMIN, report).update();
        OffsetDateTime raised = OffsetDateTime.now().minusDays(3);
        jdbc.sql("""
                        insert into samverkan.matter (title, district_code, category_code, level, origin, raised_by,
                            raised_at, waiting_since, status)
                        values ('Klotter vid skolan', 'ryd', 'skadegorelse', 'steering-group', 'BODY', 'sara.nilsson',
                            ?, ?, 'HANDLED')""").params(raised, raised).update();
        matter = jdbc.sql("select max(id) from samverkan.matter").query(Long.class).single();
        jdbc.sql("""
                        insert into samverkan.meeting (body, kind, called_at, held_at, status, process_instance_id)
                        values ('steering-group', 'ORDINARY', ?, ?, 'HELD', 'pi-headers')""")
                .params(raised, raised.plusHours(2)).update();
        meeting = jdbc.sql("select max(id) from samverkan.meeting").query(Long.class).single();
    }

    @Test
    void everyPageAndExportHasTheSecurityHeadersAndIsNotCached() {
        WebappSession admin = WebappSession.signIn(http, DemoLogins.ADMIN, "cockpit");
        Browser signedIn = browser().withCookies(admin.cookies());
        String week = LocalDate.now().toString();
        List<String[]> pages = List.of(
                new String[] {"/lagesbild", PAGE},
                new String[] {"/lagesbild/rapporter?week=" + week + "&district=ryd", PAGE},
                new String[] {"/granskning", PAGE},
                new String[] {"/granskning/arenden/" + matter, PAGE},
                new String[] {"/granskning/arenden/" + matter + ".csv", DATA},
                new String[] {"/granskning/arenden/" + matter + ".json", DATA},
                new String[] {"/granskning/motesrytm", PAGE},
                new String[] {"/arsrapport?ar=" + year, PAGE},
                new String[] {"/arsrapport/" + year + ".pdf", PDF});
        for (String[] page : pages) {
            HttpResponse<String> response = signedIn.get(page[0]);
            assertThat(response.statusCode()).as(page[0]).isEqualTo(200);
            assertProtected(page[0], response, page[1]);
            assertThat(response.headers().firstValue("Cache-Control")).as(page[0]).contains("no-store");
            if (page[1].equals(PAGE)) {
                assertRunsUnderItsPolicy(page[0], response.body());
            }
        }

        Browser api = browser().as(DemoLogins.ADMIN);
        List<String> exports = List.of("/api/audit/matters", "/api/audit/matters/" + matter,
                "/api/audit/matters/" + matter + ".csv", "/api/audit/cadence", "/api/picture/dashboard",
                "/api/picture/counts", "/api/picture/reports?week=" + week + "&district=ryd",
                "/api/reports/yearly/" + year, "/api/meetings?body=steering-group",
                "/api/meetings/" + meeting + "/decisions", "/api/meetings/" + meeting + "/decisions.csv",
                "/api/calendar/steering-group.ics", "/api/reference-data", "/api/incident-reports/" + report,
                "/engine-rest/task", "/engine-rest/process-definition");
        for (String export : exports) {
            HttpResponse<String> response = api.get(export);
            assertThat(response.statusCode()).as(export).isEqualTo(200);
            assertProtected(export, response, DATA);
            assertThat(response.headers().firstValue("Cache-Control")).as(export).contains("no-store");
        }
        HttpResponse<String> pdf = api.get("/api/reports/yearly/" + year + ".pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertProtected("yearly PDF", pdf, PDF);
        assertThat(pdf.headers().firstValue("Cache-Control")).contains("no-store");
    }

    @Test
    void refusalsAndErrorsHaveThemToo() {
        HttpResponse<String> notSignedIn = browser().get("/granskning");
        assertThat(notSignedIn.statusCode()).isEqualTo(401);
        assertThat(notSignedIn.body()).contains("Inte inloggad");
        assertProtected("refused page", notSignedIn, PAGE);
        assertRunsUnderItsPolicy("refused page", notSignedIn.body());
        assertThat(notSignedIn.headers().firstValue("Cache-Control")).contains("no-store");

        HttpResponse<String> nowhere = browser().get("/finns-inte");
        assertThat(nowhere.statusCode()).isEqualTo(404);
        assertThat(nowhere.body()).contains("Finns inte", "Det finns ingenting på den här adressen");
        assertProtected("error page", nowhere, PAGE);
        assertRunsUnderItsPolicy("error page", nowhere.body());

        HttpResponse<String> refusedApi = browser().as(DemoLogins.EST_POLICE).get("/api/audit/matters");
        assertThat(refusedApi.statusCode()).isEqualTo(403);
        assertProtected("refused API", refusedApi, DATA);
        assertThat(refusedApi.headers().firstValue("Cache-Control")).contains("no-store");
    }

    @Test
    void theCitizenPromiseIsPublicAndMayBeCachedBriefly() {
        HttpResponse<String> promise = browser().get("/medborgarlofte");

        assertThat(promise.statusCode()).isEqualTo(200);
        assertProtected("/medborgarlofte", promise, PAGE);
        assertRunsUnderItsPolicy("/medborgarlofte", promise.body());
        assertThat(promise.headers().firstValue("Cache-Control")).contains("public, max-age=300");
        assertThat(browser().get("/css/medborgarlofte.css").statusCode()).isEqualTo(200);
    }

    @Test
    void overTlsBehindTheProxyAnswersGetHstsAndCookiesAreSecure() {
        Browser https = browser().with("X-Forwarded-Proto", "https");
        for (String path : new String[] {"/medborgarlofte", "/granskning", "/api/reference-data"}) {
            HttpResponse<String> response = https.as(DemoLogins.ADMIN).get(path);
            assertThat(response.headers().firstValue("Strict-Transport-Security")).as(path).contains(SecurityHeaders.HSTS);
        }
        assertThat(browser().get("/medborgarlofte").headers().firstValue("Strict-Transport-Security")).isEmpty();

        // the webapps: Camunda's own CSP and HSTS, once; Secure cookies (the CSRF token's and the session's)
        HttpResponse<String> tasklist = https.get("/camunda/app/tasklist/default/");
        assertThat(tasklist.statusCode()).isEqualTo(200);
        HttpHeaders headers = tasklist.headers();
        assertThat(headers.allValues("Content-Security-Policy")).singleElement().asString()
                .contains("frame-ancestors 'none'");
        assertThat(headers.allValues("Strict-Transport-Security")).hasSize(1);
        assertThat(headers.allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(headers.allValues("X-Frame-Options")).containsExactly("DENY");
        assertThat(headers.allValues("Referrer-Policy")).containsExactly("same-origin");
        List<String> cookies = headers.allValues("Set-Cookie");
        assertThat(cookies).isNotEmpty().allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("; Secure"));
        assertThat(browser().get("/camunda/app/tasklist/default/").headers().allValues("Set-Cookie"))
                .isNotEmpty().noneSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("secure"));
    }

    private Browser browser() {
        return Browser.at(http.getRootUri());
    }

    private static void assertProtected(String what, HttpResponse<String> response, String kind) {
        HttpHeaders headers = response.headers();
        String policy = switch (kind) {
            case PAGE -> SecurityHeaders.PAGE_POLICY;
            case PDF -> SecurityHeaders.PDF_POLICY;
            default -> SecurityHeaders.DATA_POLICY;
        };
        assertThat(headers.allValues("Content-Security-Policy")).as(what).containsExactly(policy);
        assertThat(policy).contains("frame-ancestors 'none'");
        assertThat(headers.allValues("X-Frame-Options")).as(what).containsExactly("DENY");
        assertThat(headers.allValues("X-Content-Type-Options")).as(what).containsExactly("nosniff");
        assertThat(headers.allValues("Referrer-Policy")).as(what).containsExactly("same-origin");
        assertThat(headers.firstValue("Strict-Transport-Security")).as(what + " over plain HTTP").isEmpty();
    }

    /**
     * The page needs nothing its policy forbids: no inline script (the dashboard's figures are JSON data, which is
     * not run), no style element or attribute, no event handler, nothing from another server.
     */
    private static void assertRunsUnderItsPolicy(String what, String html) {
        assertThat(html).as(what).doesNotContain("<style", " style=", "javascript:")
                .doesNotContainPattern("(?i)\\son[a-z]+\\s*=").doesNotContainPattern("(src|href|action)=\"(https?:)?//");
        Matcher scripts = Pattern.compile("<script([^>]*)>(.*?)</script>", Pattern.DOTALL).matcher(html);
        List<String> inline = new ArrayList<>();
        while (scripts.find()) {
            String attributes = scripts.group(1);
            String body = scripts.group(2).strip();
            if (attributes.contains("type=\"application/json\"")) {
                assertThatJson(body);
            } else if (!attributes.contains("src=") || !body.isEmpty()) {
                inline.add(scripts.group());
            }
        }
        assertThat(inline).as(what + ": inline scripts").isEmpty();
    }

    private static void assertThatJson(String body) {
        try {
            assertThat(new ObjectMapper().readTree(body).has("byDistrict")).isTrue();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError("the dashboard's figures are not JSON: " + body, e);
        }
    }
}
