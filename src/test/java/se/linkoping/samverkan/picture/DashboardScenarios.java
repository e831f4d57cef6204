package se.linkoping.samverkan.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static se.linkoping.samverkan.support.Times.STOCKHOLM;
import static se.linkoping.samverkan.support.Times.at;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import se.linkoping.samverkan.estweeklycycle.WeeklyCycle;
import se.linkoping.samverkan.identity.People;
import se.linkoping.samverkan.support.DemoLogins;
import se.linkoping.samverkan.support.RestClient;
import se.linkoping.samverkan.support.Scenario;
import se.linkoping.samverkan.support.WebappSession;

/**
 * The situational-picture dashboard against a real database, with the engine's clock on Wednesday of week 16
 * 2026: reports counted per week in the database (across the change to summer time), the trend and priority
 * of the week EST compiled, the heat map and the charts, the reports behind a cell within the viewer's access
 * and shown as text, who is refused, and the bounds. The API with HTTP Basic, the pages with a Tasklist
 * sign-in. Run on H2 and PostgreSQL.
 */
abstract class DashboardScenarios extends Scenario {

    @Autowired
    People people;

    static final String SCRIPT = "Klotter <script>alert('x')</script> på <b>skolan</b>";
    /** The week of the change to summer time (Sunday 29 March), compiled by EST. */
    static final String W13 = "2026-03-23";
    static final String W14 = "2026-03-30";
    static final String W15 = "2026-04-06";

    @Autowired
    WeeklyCycle weeklyCycle;

    @BeforeEach
    void reportsOfTheseWeeks() {
        ClockUtil.setCurrentTime(at("2026-04-15T12:00"));
        // violence at Rydstorget: one a week, then five in week 13 (the last on Sunday night, in summer time) and one
        // in week 14 just after midnight, which a week counted as 7 × 24 hours from a winter-time Monday puts in 13
        report("ryd", "vald-hot", "Rydstorget", LocalDateTime.of(2026, 3, 11, 21, 0), "Bråk vid torget.");
        report("ryd", "vald-hot", "Rydstorget", LocalDateTime.of(2026, 3, 18, 21, 0), "Bråk vid torget.");
        for (int day = 0; day < 4; day++) {
            report("ryd", "vald-hot", "Rydstorget", LocalDateTime.of(2026, 3, 23 + day, 22, 0), "Hot mot vakt.");
        }
        report("ryd", "vald-hot", "Rydstorget", LocalDateTime.of(2026, 3, 29, 23, 30), "Misshandel sent på söndagen.");
        report("ryd", "vald-hot", "Rydstorget", LocalDateTime.of(2026, 3, 30, 0, 30), "Hot strax efter midnatt.");
        // vandalism in Berga in week 15, one description written to break a page
        report("berga", "skadegorelse", "Bergaskolan", LocalDateTime.of(2026, 4, 7, 19, 0), SCRIPT);
        report("berga", "skadegorelse", "Bergadalen 4", LocalDateTime.of(2026, 4, 8, 19, 0), "Krossad ruta.");
        report("berga", "skadegorelse", "Bergaskolan", LocalDateTime.of(2026, 4, 9, 19, 0), "Klotter igen.");
        report("berga", "narkotika", "Bergadalen", LocalDateTime.of(2026, 4, 14, 9, 0), "Langning, pågående vecka.");

        // EST's cycle compiled week 13; EST confirmed the problem and the decision table gave priority 2
        weeklyCycle.compile(WeekRange.weekOf(LocalDate.parse(W13), STOCKHOLM), null).orElseThrow();
        jdbc.sql("""
                        update samverkan.picture_problem set status = 'CONFIRMED', priority = 2,
                            escalation_level = 'coordination-group'
                        where district_code = 'ryd' and place is null""").update();
    }

    @Test
    void countsPerWeekComeFromTheReportsAndTheTrendFromTheCompiledPictureOrTheSameRule() {
        JsonNode counts = RestClient.as(http, DemoLogins.EST_POLICE)
                .get("/api/picture/counts?from=2026-03-09&to=2026-04-12").getBody();

        assertThat(counts.get("weeks")).hasSize(5);
        assertThat(counts.get("weeks").get(2).get("label").asText()).isEqualTo("vecka 13 2026");
        assertThat(counts.get("weeks").get(2).get("compiled").asBoolean()).isTrue();
        assertThat(counts.get("weeks").get(3).get("compiled").asBoolean()).isFalse();
        JsonNode w13 = cell(counts.get("cells"), W13, "ryd", "vald-hot");
        assertThat(w13.get("reports").asInt()).isEqualTo(5);
        assertThat(w13.get("trend").asText()).isEqualTo("RISING");
        assertThat(w13.get("trendSource").asText()).isEqualTo("PICTURE");
        assertThat(w13.get("priority").asInt()).isEqualTo(2);
        assertThat(w13.get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(w13.get("hotSpots").asInt()).isEqualTo(1);
        assertThat(w13.get("previousAverage").asDouble()).isEqualTo(0.5);
        JsonNode w14 = cell(counts.get("cells"), W14, "ryd", "vald-hot");
        assertThat(w14.get("reports").asInt()).isEqualTo(1);
        assertThat(w14.get("trend").asText()).isEqualTo("STABLE");
        assertThat(w14.get("trendSource").asText()).isEqualTo("COMPUTED");
        assertThat(w14.get("priority").isNull()).isTrue();
        assertThat(cell(counts.get("cells"), "2026-03-16", "ryd", "vald-hot").get("reports").asInt()).isEqualTo(1);
        assertThat(cell(counts.get("cells"), W15, "berga", "skadegorelse").get("trend").asText()).isEqualTo("RISING");
        assertThat(counts.get("cells")).noneMatch(c -> c.get("category").asText().equals("narkotika"));

        JsonNode ryd = RestClient.as(http, DemoLogins.EST_POLICE)
                .get("/api/picture/counts?from=2026-03-09&to=2026-04-12&district=ryd&category=vald-hot").getBody();
        assertThat(ryd.get("district").asText()).isEqualTo("ryd");
        assertThat(ryd.get("cells")).allMatch(c -> c.get("district").asText().equals("ryd"));
        assertThat(ryd.get("cells")).extracting(c -> c.get("reports").asInt()).containsExactly(1, 1, 5, 1, 0);
    }

    @Test
    void theHeatMapShowsOneWeekAndTheChartsTheWeeksOnTheApiAndThePage() {
        JsonNode dashboard = RestClient.as(http, DemoLogins.DIRECTOR)
                .get("/api/picture/dashboard?from=2026-03-09&to=2026-04-12&week=" + W13).getBody();

        assertThat(dashboard.get("week").get("label").asText()).isEqualTo("vecka 13 2026");
        JsonNode heatMap = dashboard.get("heatMap");
        assertThat(heatMap.get("total").asInt()).isEqualTo(5);
        assertThat(heatMap.get("max").asInt()).isEqualTo(5);
        JsonNode rydRow = null;
        for (JsonNode row : heatMap.get("rows")) {
            if (row.get("district").get("code").asText().equals("ryd")) {
                rydRow = row;
            }
        }
        assertThat(heatMap.get("rows")).hasSizeGreaterThanOrEqualTo(24);
        assertThat(heatMap.get("categories")).hasSizeGreaterThanOrEqualTo(12);
        assertThat(rydRow.get("total").asInt()).isEqualTo(5);
        JsonNode violence = cell(rydRow.get("cells"), W13, "ryd", "vald-hot");
        assertThat(violence.get("intensity").asInt()).isEqualTo(5);
        assertThat(violence.get("priority").asInt()).isEqualTo(2);
        assertThat(dashboard.get("byDistrict").get("weeks")).extracting(JsonNode::asText)
                .containsExactly("v. 11 2026", "v. 12 2026", "v. 13 2026", "v. 14 2026", "v. 15 2026");
        assertThat(dashboard.get("byDistrict").get("series")).extracting(s -> s.get("code").asText())
                .containsExactly("ryd", "berga");
        assertThat(dashboard.get("byDistrict").get("series").get(0).get("counts")).extracting(JsonNode::asInt)
                .containsExactly(1, 1, 5, 1, 0);
        assertThat(dashboard.get("byCategory").get("series")).extracting(s -> s.get("code").asText())
                .containsExactly("vald-hot", "skadegorelse");

        // the page: a steering-group member signed in to Tasklist
        WebappSession director = WebappSession.signIn(http, DemoLogins.DIRECTOR, "tasklist");
        ResponseEntity<String> page = director.get("/lagesbild?from=2026-03-09&to=2026-04-12&week=" + W13);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("Inloggad som Maria Ek",
                "Rapporter vecka 13 2026 (23–29 mars 2026) per stadsdel och kategori", "sammanställd: trend och prioritet kommer från den",
                "data-district=\"ryd\" data-category=\"vald-hot\" data-reports=\"5\" data-trend=\"RISING\" data-priority=\"2\"",
                "class=\"heat heat-5\"", "<span class=\"visually-hidden\">ökande</span>",
                "/lagesbild/rapporter?week=2026-03-23&amp;district=ryd&amp;category=vald-hot",
                "/webjars/chart.js/4.4.1/dist/chart.umd.js", "/js/lagesbild.js",
                "\"code\":\"ryd\"", "\"counts\":[1,1,5,1,0]", "id=\"chart-districts\"", "id=\"chart-districts-table\"");
        assertThat(director.get("/webjars/chart.js/4.4.1/dist/chart.umd.js").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(director.get("/js/lagesbild.js").getBody()).contains("new window.Chart");

        // without choices: the last twelve weeks, the heat map of the last that is over (week 15)
        ResponseEntity<String> latest = director.get("/lagesbild");
        assertThat(latest.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(latest.getBody()).contains("Rapporter vecka 15 2026", "value=\"2026-01-26\"", "value=\"2026-04-13\"",
                "sammanställd lägesbild: trenden är beräknad med lägesbildens regel");
        assertThat(RestClient.as(http, DemoLogins.DIRECTOR).get("/api/picture/dashboard").getBody().get("weeks"))
                .hasSize(WeekRange.DEFAULT_WEEKS);
        // the week going on: its count, no trend yet
        // the week going on: its count, no trend yet, named as such and left out of the lines
        String ongoing = director.get("/lagesbild?week=2026-04-15").getBody();
        assertThat(ongoing).contains("Veckan pågår",
                "title=\"Berga – Narkotikahandel eller narkotikabruk: 1 rapport\" data-district=\"berga\"",
                "Rapporter vecka 16 2026 (13–19 april 2026, pågående vecka)", "v. 16 2026 (pågående vecka)</a>",
                "v. 16 2026 (pågående vecka) är inte med i linjerna");
        JsonNode lines = RestClient.as(http, DemoLogins.DIRECTOR).get("/api/picture/dashboard").getBody()
                .get("byCategory");
        assertThat(lines.get("ongoingWeek").asText()).isEqualTo("v. 16 2026");
        assertThat(lines.get("weeks")).hasSize(WeekRange.DEFAULT_WEEKS - 1);
        assertThat(lines.get("series")).extracting(s -> s.get("code").asText()).doesNotContain("narkotika");
    }

    @Test
    void aNameFromTheReferenceDataCannotBreakOutOfTheChartsScript() {
        String name = jdbc.sql("select name from samverkan.district where code = 'ryd'").query(String.class).single();
        try {
            jdbc.sql("update samverkan.district set name = ? where code = 'ryd'")
                    .param("Ryd</script><script>alert(1)</script>").update();
            String page = WebappSession.signIn(http, DemoLogins.EST_POLICE, "tasklist")
                    .get("/lagesbild?from=2026-03-09&to=2026-04-12").getBody();
            // in the charts' JSON a "</" is written "<\/", which ends no script; in the table it is text
            assertThat(page).doesNotContain("Ryd</script>").contains("\"name\":\"Ryd<\\/script><script>alert(1)<\\/script>\"",
                    "Ryd&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
        } finally {
            jdbc.sql("update samverkan.district set name = ? where code = 'ryd'").param(name).update();
        }
    }

    @Test
    void theReportsBehindACellAreListedAsTextWithDescriptionsOnlyForEstTheUnitsAndAdministrators() {
        String cell = "/api/picture/reports?week=2026-04-08&district=berga&category=skadegorelse";
        JsonNode est = RestClient.as(http, DemoLogins.EST_SECURITY_UNIT).get(cell).getBody();
        assertThat(est.get("total").asInt()).isEqualTo(3);
        assertThat(est.get("descriptionsShown").asBoolean()).isTrue();
        assertThat(est.get("week").get("monday").asText()).isEqualTo(W15);
        assertThat(est.get("items")).extracting(r -> r.get("place").asText())
                .containsExactly("Bergaskolan", "Bergadalen 4", "Bergaskolan");
        assertThat(est.get("items").get(0).get("description").asText()).isEqualTo(SCRIPT);
        assertThat(est.get("items").get(0).get("source").asText()).isEqualTo("Polisen");
        assertThat(est.get("items").get(0).get("category").asText()).isEqualTo("Skadegörelse och klotter");
        assertThat(est.get("cell").get("trend").asText()).isEqualTo("RISING");
        assertThat(RestClient.as(http, DemoLogins.ADMIN).get(cell).getBody().get("items").get(0).get("description")
                .asText()).isEqualTo(SCRIPT);

        for (String body : new String[] {DemoLogins.DIRECTOR, DemoLogins.DEPARTMENT_HEAD, DemoLogins.POLITICIAN}) {
            JsonNode counted = RestClient.as(http, body).get(cell).getBody();
            assertThat(counted.get("descriptionsShown").asBoolean()).as(body).isFalse();
            assertThat(counted.get("items")).as(body).hasSize(3)
                    .allMatch(r -> r.get("description").isNull() && !r.get("place").asText().isEmpty());
        }

        // the page: the description as text, never as HTML
        ResponseEntity<String> page = WebappSession.signIn(http, DemoLogins.EST_POLICE, "tasklist")
                .get("/lagesbild/rapporter?week=" + W15 + "&district=berga&category=skadegorelse&from=2026-03-09&to=2026-04-12");
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("Rapporter vecka 15 2026", "Berga", "3 rapporter.", "Bergaskolan",
                        "Trend: ökande (beräknad av Samverkan).", "Beskrivning",
                        "Klotter &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; på &lt;b&gt;skolan&lt;/b&gt;",
                        "2026-04-07 19:00",
                        "/lagesbild?from=2026-03-09&amp;to=2026-04-12&amp;week=2026-04-06&amp;district=berga&amp;category=skadegorelse")
                .doesNotContain("<script>alert", "<b>skolan</b>");
        ResponseEntity<String> politician = WebappSession.signIn(http, DemoLogins.POLITICIAN, "tasklist")
                .get("/lagesbild/rapporter?week=" + W15 + "&district=berga&category=skadegorelse");
        assertThat(politician.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(politician.getBody()).contains("Bergaskolan", "Beskrivningarna visas bara för")
                .doesNotContain("Klotter &lt;script", "Krossad ruta", "Klotter igen");

        // a district's whole row, and the week's reports of a category
        assertThat(RestClient.as(http, DemoLogins.EST_POLICE).get("/api/picture/reports?week=" + W13 + "&district=ryd")
                .getBody().get("total").asInt()).isEqualTo(5);
        assertThat(RestClient.as(http, DemoLogins.EST_POLICE).get("/api/picture/reports?week=" + W14
                + "&category=vald-hot").getBody().get("items").get(0).get("description").asText())
                .isEqualTo("Hot strax efter midnatt.");
    }

    @Test
    void theReportsComeInPages() {
        for (int i = 0; i < 30; i++) {
            report("tornby", "stold-inbrott", "Tornby köpcentrum " + i, LocalDateTime.of(2026, 4, 1, 8, 0).plusMinutes(i),
                    "Stöld nr " + i);
        }
        String cell = "/api/picture/reports?week=" + W14 + "&district=tornby&category=stold-inbrott";
        JsonNode first = RestClient.as(http, DemoLogins.EST_POLICE).get(cell).getBody();
        assertThat(first.get("total").asInt()).isEqualTo(30);
        assertThat(first.get("size").asInt()).isEqualTo(SituationalPictureDashboard.PAGE_SIZE);
        assertThat(first.get("items")).hasSize(25);
        assertThat(first.get("items").get(0).get("place").asText()).isEqualTo("Tornby köpcentrum 0");
        JsonNode second = RestClient.as(http, DemoLogins.EST_POLICE).get(cell + "&page=1").getBody();
        assertThat(second.get("items")).hasSize(5);
        assertThat(second.get("items").get(4).get("place").asText()).isEqualTo("Tornby köpcentrum 29");
        assertThat(RestClient.as(http, DemoLogins.EST_POLICE).get(cell + "&size=100000").getBody().get("size").asInt())
                .isEqualTo(SituationalPictureDashboard.MAX_PAGE_SIZE);

        String page = WebappSession.signIn(http, DemoLogins.EST_POLICE, "tasklist")
                .get("/lagesbild/rapporter?week=" + W14 + "&district=tornby&category=stold-inbrott").getBody();
        assertThat(page).contains("Sida 1 av 2", "Nästa", "Tornby köpcentrum 24").doesNotContain("Tornby köpcentrum 25<");
    }

    @Test
    void othersAreRefusedInSwedishAndNothingChangesThroughIt() {
        for (String user : new String[] {DemoLogins.AUDITOR, DemoLogins.DISTRICT_COORDINATOR, DemoLogins.of("social-care"),
                DemoLogins.PROCESS_OWNER}) {
            ResponseEntity<JsonNode> refused = RestClient.as(http, user).get("/api/picture/dashboard");
            assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getBody().get("detail").asText()).as(user)
                    .contains("Lägesbilden är till för EST-arbetsgruppen", people.name(user))
                    .doesNotContain(user);
            assertThat(RestClient.as(http, user).getText("/api/picture/reports?week=" + W15 + "&district=berga")
                    .getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
        }
        for (String path : new String[] {"/api/picture/dashboard", "/api/picture/counts",
                "/api/picture/reports?week=" + W15}) {
            assertThat(RestClient.anonymous(http).getText(path).getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
            for (HttpMethod change : new HttpMethod[] {HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE}) {
                assertThat(RestClient.as(http, DemoLogins.ADMIN).status(change, path, Map.of()).value())
                        .as(change + " " + path).isEqualTo(405);
            }
        }

        WebappSession auditor = WebappSession.signIn(http, DemoLogins.AUDITOR, "cockpit");
        WebappSession department = WebappSession.signIn(http, DemoLogins.of("social-care"), "tasklist");
        for (WebappSession refused : new WebappSession[] {auditor, department}) {
            for (String path : new String[] {"/lagesbild", "/lagesbild/rapporter?week=" + W15 + "&district=berga"}) {
                ResponseEntity<String> response = refused.get(path);
                assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.FORBIDDEN);
                assertThat(response.getBody()).as(path).contains("Ingen åtkomst", "Lägesbilden är till för")
                        .doesNotContain("Bergaskolan", "Klotter");
            }
        }
        ResponseEntity<String> anonymous = RestClient.anonymous(http).getText("/lagesbild");
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getBody()).contains("Du är inte inloggad", "Logga in i Tasklist", "/camunda/app/tasklist/");
        assertThat(RestClient.anonymous(http).getText("/lagesbild/rapporter?week=" + W15).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        // an administrator reads everything
        assertThat(WebappSession.signIn(http, DemoLogins.ADMIN, "tasklist")
                .get("/lagesbild/rapporter?week=" + W15 + "&district=berga&category=skadegorelse").getBody())
                .contains("Krossad ruta");
    }

    @Test
    void theRangeIsBoundedAndBadChoicesAreRefusedInSwedish() {
        RestClient est = RestClient.as(http, DemoLogins.EST_POLICE);
        assertThat(est.get("/api/picture/dashboard?from=2024-04-22&to=2026-04-13").getBody().get("weeks"))
                .hasSize(WeekRange.MAX_WEEKS);
        Map<String, String> refusals = Map.of(
                "/api/picture/dashboard?from=2024-04-15&to=2026-04-13", "Välj högst 104 veckor",
                "/api/picture/counts?from=2020-01-01&to=2026-04-13", "Välj högst 104 veckor",
                "/api/picture/dashboard?from=2026-04-01&to=2026-03-01", "ligger efter den sista",
                "/api/picture/dashboard?to=2026-05-01", "har inte börjat än",
                "/api/picture/dashboard?from=2026-03-09&to=2026-04-12&week=2026-01-05", "ligger utanför veckorna",
                "/api/picture/dashboard?district=atlantis", "ingen stadsdel med koden ”atlantis”",
                "/api/picture/counts?category=nope", "ingen kategori med koden ”nope”",
                "/api/picture/dashboard?from=igar", "Datum skrivs ÅÅÅÅ-MM-DD",
                "/api/picture/reports", "Ange vilken vecka");
        refusals.forEach((path, message) -> {
            ResponseEntity<JsonNode> response = est.get(path);
            assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(response.getBody().get("status").asInt()).as(path).isEqualTo(400);
            assertThat(response.getBody().get("detail").asText()).as(path).contains(message);
        });

        WebappSession session = WebappSession.signIn(http, DemoLogins.EST_POLICE, "tasklist");
        ResponseEntity<String> tooLong = session.get("/lagesbild?from=2020-01-01&to=2026-04-13");
        assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooLong.getBody()).contains("Lägesbilden kunde inte visas", "Välj högst 104 veckor",
                "Till lägesbilden med de senaste 12 veckorna");
        ResponseEntity<String> script = session.get("/lagesbild?district=<script>alert(1)</script>");
        assertThat(script.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(script.getBody()).contains("&lt;script&gt;alert(1)").doesNotContain("<script>alert");
        assertThat(session.get("/lagesbild/rapporter?week=nej").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private static JsonNode cell(JsonNode cells, String week, String district, String category) {
        for (JsonNode cell : cells) {
            if (cell.get("week").asText().equals(week) && cell.get("district").asText().equals(district)
                    && cell.get("category").asText().equals(category)) {
                return cell;
            }
        }
        throw new AssertionError("No cell " + week + " " + district + " " + category + " in " + cells);
    }

    private void report(String district, String category, String place, LocalDateTime localTime, String description) {
        report(district, category, place, localTime.atZone(STOCKHOLM).toOffsetDateTime(), description, "test");
    }
}
