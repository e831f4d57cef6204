package se.linkoping.samverkan.yearlyreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import se.linkoping.samverkan.identity.People;
import se.linkoping.samverkan.support.DemoLogins;
import se.linkoping.samverkan.support.RestClient;
import se.linkoping.samverkan.support.SwedishText;
import se.linkoping.samverkan.support.WebappSession;

/**
 * The yearly report against a real database, over real HTTP: a year of reports, weekly pictures, matters,
 * an approved and a returned district plan, the agreement in force with a follow-up of its promise,
 * interventions done on time, late and still going, and the decisions of every body; the page (sections,
 * decisions, text escaped), the PDF (its extracted text holds the year's decisions with their Swedish
 * letters, in the embedded font) and the JSON; who may read it; and a year without data. Run on H2 and
 * PostgreSQL.
 */
abstract class YearlyReportScenarios extends AYearOfCooperation {

    @Autowired
    People people;

    @Test
    void theYearRendersAsAPageWithItsSectionsAndDecisionsTextEscaped() {
        aYear();
        WebappSession steering = WebappSession.signIn(http, DemoLogins.DIRECTOR, "tasklist");

        ResponseEntity<String> page = steering.get("/arsrapport?ar=2027");

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        String html = page.getBody();
        assertThat(html).contains("Årsrapport 2027", "Inloggad som Maria Ek", "1. Lägesbild",
                "2. Analys", "3. Åtgärdsplan", "4. Uppföljning", "5. Årets beslut", "lagen (2023:196)",
                "/arsrapport/2027.pdf");
        // the picture: reports per category and district, the weeks, the most prioritised problem
        assertThat(html).contains("Skadegörelse och klotter", "Skäggetorp", "vecka 10 2027", "minskar");
        // the analysis: EST's summary, matters per level and the one that went to the steering group
        assertThat(html).contains("Klottret ökar kring Rydsvägen", "akut problem", "Klotter längs Rydsvägen");
        // the action plan: the approved plan, the returned one counted, the agreement and its promise
        assertThat(html).contains("Tryggare centrum i Skäggetorp", "Styrgruppen skickade tillbaka 1 förslag", PROMISE)
                .doesNotContain("Förslag som skickades tillbaka");
        // the follow-up: on time, late, going on; effects; the promise followed up
        assertThat(html).contains("Sanering av klotter", "Genomförd i tid", "Belysning i gångtunneln",
                "Genomförd försenad", "Trygghetsvandring i Ryd", "Fler trygghetsvandringar än planerat");
        // the decisions of the year, and none from the year before
        assertThat(html).contains(ESCALATION_RATIONALE, HANDLED_RATIONALE, AGREEMENT_RATIONALE, EST_RATIONALE,
                        "Fastställs", "Eskaleras", "Hanteras här", "Insats", "Lednings- och samordningsgruppen")
                .doesNotContain(OLD_RATIONALE);
        // text as text
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").doesNotContain("<script>alert");
        assertThat(html).doesNotContain("id=\"no-data\"");
        // the clock is before 2027's end: the report says the year is not over
        assertThat(html).contains("Året är inte slut");
    }

    @Test
    void thePdfHoldsTheYearsDecisionsInSwedishInAnEmbeddedFont() throws IOException {
        aYear();
        WebappSession auditor = WebappSession.signIn(http, DemoLogins.AUDITOR, "cockpit");

        ResponseEntity<byte[]> response = bytes(auditor, "/arsrapport/2027.pdf");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PDF)).isTrue();
        assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .contains("inline", "arsrapport-2027.pdf");
        assertThat(response.getHeaders().getCacheControl()).contains("no-store");
        byte[] pdf = response.getBody();
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = words(new PDFTextStripper().getText(document));
            assertThat(text).contains("Årsrapport 2027", "Lägesbild", "Analys", "Åtgärdsplan", "Uppföljning",
                    "Årets beslut", "Skäggetorp", "Skadegörelse och klotter", "Tryggare centrum i Skäggetorp",
                    words(PROMISE), "Genomförd försenad");
            for (String rationale : List.of(PLAN_RATIONALE, ESCALATION_RATIONALE, HANDLED_RATIONALE,
                    AGREEMENT_RATIONALE, EST_RATIONALE)) {
                assertThat(text).contains(words(rationale));
            }
            assertThat(text).doesNotContain(words(OLD_RATIONALE));
            assertThat(document.getDocumentInformation().getTitle()).startsWith("Årsrapport 2027");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("sv-SE");
            List<String> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts.add(font.getName());
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(name -> assertThat(name).contains("DejaVuSans"));
        }

        // the same PDF through the API, with HTTP Basic, for a member of the coordination group
        ResponseEntity<byte[]> api = http.withBasicAuth(DemoLogins.DEPARTMENT_HEAD, DemoLogins.PASSWORD)
                .getForEntity("/api/reports/yearly/2027.pdf", byte[].class);
        assertThat(api.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(api.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).contains("attachment");
        try (PDDocument document = Loader.loadPDF(api.getBody())) {
            assertThat(words(new PDFTextStripper().getText(document))).contains(words(HANDLED_RATIONALE));
        }
    }

    @Test
    void theJsonCountsTheYear() {
        aYear();

        JsonNode report = RestClient.as(http, DemoLogins.POLITICIAN).get("/api/reports/yearly/2027").getBody();

        assertThat(report.get("year").asInt()).isEqualTo(2027);
        JsonNode picture = report.get("picture");
        assertThat(picture.get("reports").asLong()).isEqualTo(4);
        assertThat(picture.get("reportsPreviousYear").asLong()).isEqualTo(1);
        assertThat(picture.get("byCategory").get(0).get("code").asText()).isEqualTo("skadegorelse");
        assertThat(picture.get("byCategory").get(0).get("reports").asLong()).isEqualTo(3);
        assertThat(picture.get("byDistrict").get(0).get("name").asText()).isEqualTo("Ryd");
        assertThat(picture.get("weeks").size()).isEqualTo(2);
        assertThat(picture.get("weeks").get(1).get("change").asText()).isEqualTo("minskar");
        assertThat(picture.get("prioritised").get(0).get("bestPriority").asInt()).isEqualTo(1);
        JsonNode analysis = report.get("analysis");
        assertThat(analysis.get("weeksCompiled").asInt()).isEqualTo(2);
        assertThat(analysis.get("weeksAnalysed").asInt()).isEqualTo(1);
        assertThat(analysis.get("summaries").get(0).get("acute").asBoolean()).isTrue();
        JsonNode coordination = analysis.get("matters").get(0);
        assertThat(coordination.get("level").asText()).isEqualTo("coordination-group");
        assertThat(coordination.get("raised").asLong()).isEqualTo(1);
        assertThat(coordination.get("escalated").asLong()).isEqualTo(1);
        assertThat(analysis.get("matters").get(1).get("handled").asLong()).isEqualTo(1);
        assertThat(analysis.get("mattersAbove").get(0).get("title").asText()).isEqualTo("Klotter längs Rydsvägen");
        JsonNode plan = report.get("actionPlan");
        assertThat(plan.get("plans").size()).isEqualTo(1);
        assertThat(plan.get("plans").get(0).get("approvedOn").asText()).isEqualTo("2027-05-10");
        assertThat(plan.get("plansReturned").asLong()).isEqualTo(1);
        assertThat(plan.get("districtsWithoutPlan").toString()).contains("Ryd").doesNotContain("Skäggetorp");
        assertThat(plan.get("agreements").get(0).get("citizenPromise").asText()).isEqualTo(PROMISE);
        JsonNode totals = report.get("followUp").get("totals");
        assertThat(totals.get("decided").asLong()).isEqualTo(3);
        assertThat(totals.get("onTime").asLong()).isEqualTo(1);
        assertThat(totals.get("late").asLong()).isEqualTo(1);
        assertThat(totals.get("ongoing").asLong()).isEqualTo(1);
        assertThat(totals.get("effectGood").asLong()).isEqualTo(1);
        assertThat(totals.get("effectPartly").asLong()).isEqualTo(1);
        assertThat(totals.get("notFollowedUp").asLong()).isEqualTo(1);
        assertThat(report.get("followUp").get("promiseFollowUps").get(0).get("status").asText())
                .isEqualTo("Går enligt plan");
        JsonNode decisions = report.get("decisions");
        assertThat(decisions.get("total").asLong()).isEqualTo(6);
        assertThat(decisions.get("meetingsTotal").asLong()).isEqualTo(5);
        assertThat(decisions.get("estTotal").asLong()).isEqualTo(1);
        assertThat(decisions.get("byBody").get(0).get("name").asText()).isEqualTo("EST-arbetsgruppen");
        JsonNode first = decisions.get("meetings").get(0);
        assertThat(first.get("decidedOn").asText()).isEqualTo("2027-02-24");
        assertThat(first.get("body").asText()).isEqualTo("Politiska styrgruppen");
        assertThat(first.get("subjectType").asText()).isEqualTo("Samverkansöverenskommelse och medborgarlöfte");
        assertThat(first.get("subject").asText()).isEqualTo("perioden 2027-01-01–2028-12-31");
        assertThat(first.get("outcome").asText()).isEqualTo("Fastställs");
        assertThat(first.get("decidedBy").asText()).isEqualTo(DemoLogins.POLITICIAN);
        assertThat(decisions.get("est").get(0).get("subject").asText())
                .isEqualTo("Ryd, Skadegörelse och klotter (vecka 10 2027)");
        assertThat(decisions.toString()).doesNotContain(OLD_RATIONALE);
    }

    @Test
    void thePageAndThePdfNamePeopleAndShowNoCodesWhichStayInTheJsonBesideTheNames() throws IOException {
        aYear();
        long phase = jdbc.sql("select max(id) from samverkan.coordination_phase").query(Long.class).single();
        decision("steering-group", null, "PHASE", phase, "PHASE_SET", "Läget är oförändrat.", DemoLogins.DIRECTOR,
                "2027-05-10T15:50:00+02:00");
        WebappSession steering = WebappSession.signIn(http, DemoLogins.DIRECTOR, "tasklist");

        String page = words(SwedishText.mainOf(steering.get("/arsrapport?ar=2027").getBody()));
        String pdf;
        try (PDDocument document = Loader.loadPDF(bytes(steering, "/arsrapport/2027.pdf").getBody())) {
            pdf = words(new PDFTextStripper().getText(document));
        }
        for (String text : List.of(page, pdf)) {
            assertThat(text).contains("Analyserad 2027-03-15 av Anna Lindqvist", "Beslutat av Johan Berg",
                    "Beslutat av Maria Ek", "Beslutat av Lars Holm", "Beslutat av Anna Lindqvist",
                    "av styrgruppen (Maria Ek)", "Föreslagen av Johan Berg", "Prioritet 1 (akut)",
                    "normal för lednings- och samordningsgruppen");
            SwedishText.assertNoCodes(text);
        }

        JsonNode report = RestClient.as(http, DemoLogins.AUDITOR).get("/api/reports/yearly/2027").getBody();
        JsonNode summary = report.get("analysis").get("summaries").get(0);
        assertThat(summary.get("analysedBy").asText()).isEqualTo(DemoLogins.EST_POLICE);
        assertThat(summary.get("analysedByName").asText()).isEqualTo("Anna Lindqvist");
        JsonNode plan = report.get("actionPlan").get("plans").get(0);
        assertThat(plan.get("approvedBy").asText()).isEqualTo(DemoLogins.DIRECTOR);
        assertThat(plan.get("approvedByName").asText()).isEqualTo("Maria Ek");
        JsonNode decision = report.get("decisions").get("meetings").get(0);
        assertThat(decision.get("decidedByName").asText()).isEqualTo("Lars Holm");
        assertThat(decision.get("bodyCode").asText()).isEqualTo("political-steering-group");
        assertThat(decision.get("outcomeCode").asText()).isEqualTo("APPROVED");
        assertThat(decision.get("subjectTypeCode").asText()).isEqualTo("AGREEMENT");
        assertThat(report.get("picture").get("prioritised").get(0).get("bestPriorityName").asText())
                .isEqualTo("Prioritet 1 (akut)");
    }

    @Test
    void onlyTheLeadingBodiesTheSecurityUnitAuditorsAndAdministratorsReadIt() {
        aYear();
        for (String reader : List.of(DemoLogins.DIRECTOR, DemoLogins.POLITICIAN, DemoLogins.DEPARTMENT_HEAD,
                DemoLogins.EST_SECURITY_UNIT, DemoLogins.AUDITOR, DemoLogins.ADMIN)) {
            assertThat(RestClient.as(http, reader).get("/api/reports/yearly/2027").getStatusCode()).as(reader)
                    .isEqualTo(HttpStatus.OK);
        }
        for (String other : List.of(DemoLogins.EST_POLICE, DemoLogins.DISTRICT_COORDINATOR, DemoLogins.PROCESS_OWNER,
                DemoLogins.of("education"))) {
            ResponseEntity<JsonNode> refused = RestClient.as(http, other).get("/api/reports/yearly/2027");
            assertThat(refused.getStatusCode()).as(other).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getBody().get("detail").asText()).contains("Årsrapporten är bara för", people.name(other))
                    .doesNotContain(other);
            assertThat(RestClient.as(http, other).getText("/api/reports/yearly/2027.pdf").getStatusCode()).as(other)
                    .isEqualTo(HttpStatus.FORBIDDEN);
        }
        for (String path : List.of("/api/reports/yearly/2027", "/api/reports/yearly/2027.pdf")) {
            assertThat(RestClient.anonymous(http).getText(path).getStatusCode()).as(path)
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        for (HttpMethod change : List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE)) {
            assertThat(RestClient.as(http, DemoLogins.ADMIN).status(change, "/api/reports/yearly/2027", Map.of())
                    .value()).as(change.name()).isIn(403, 405);
        }
        ResponseEntity<JsonNode> badYear = RestClient.as(http, DemoLogins.AUDITOR).get("/api/reports/yearly/1999");
        assertThat(badYear.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badYear.getBody().get("detail").asText()).contains("2000–2100");
        assertThat(RestClient.as(http, DemoLogins.AUDITOR).get("/api/reports/yearly/tjugo").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);

        // the pages: signed in to Tasklist, the security unit reads them; EST's police member does not
        WebappSession securityUnit = WebappSession.signIn(http, DemoLogins.EST_SECURITY_UNIT, "tasklist");
        assertThat(securityUnit.get("/arsrapport?ar=2027").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(bytes(securityUnit, "/arsrapport/2027.pdf").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(securityUnit.get("/arsrapport?ar=tjugo").getBody()).contains("Ange året med siffror");
        WebappSession police = WebappSession.signIn(http, DemoLogins.EST_POLICE, "tasklist");
        for (String path : List.of("/arsrapport?ar=2027", "/arsrapport", "/arsrapport/2027.pdf")) {
            ResponseEntity<String> refused = police.get(path);
            assertThat(refused.getStatusCode()).as(path).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getBody()).as(path).contains("Årsrapporten är bara för styrgruppen",
                    "inloggad som Anna Lindqvist", "inte är medlem").doesNotContain(HANDLED_RATIONALE);
        }
        for (String path : List.of("/arsrapport?ar=2027", "/arsrapport/2027.pdf")) {
            ResponseEntity<String> anonymous = RestClient.anonymous(http).getText(path);
            assertThat(anonymous.getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(anonymous.getBody()).as(path).contains("Du är inte inloggad", "Logga in i Tasklist")
                    .doesNotContain(HANDLED_RATIONALE);
        }
    }

    @Test
    void aYearWithoutDataSaysSoInEverySection() throws IOException {
        aYear();
        WebappSession auditor = WebappSession.signIn(http, DemoLogins.AUDITOR, "cockpit");

        String html = auditor.get("/arsrapport?ar=2031").getBody();

        assertThat(html).contains("Årsrapport 2031", "Inga uppgifter finns registrerade för 2031.",
                "Inga händelser rapporterades under året.", "Inga veckolägesbilder sammanställdes under året.",
                "Inga problem prioriterades under året.", "Inga veckosammanfattningar skrevs under året.",
                "Inga ärenden väcktes eller beslutades under året.",
                "Inga planer för stadsdelarna fastställdes under året.",
                "Ingen samverkansöverenskommelse med Polisen gällde under året.",
                "Inga insatser beslutades under året.", "Medborgarlöftet följdes inte upp under året.",
                "Inga beslut fattades under året.")
                .doesNotContain(HANDLED_RATIONALE, PROMISE);
        try (PDDocument document = Loader.loadPDF(bytes(auditor, "/arsrapport/2031.pdf").getBody())) {
            assertThat(words(new PDFTextStripper().getText(document))).contains("Årsrapport 2031",
                    "Inga uppgifter finns registrerade för 2031.", "Inga beslut fattades under året.");
        }
    }
}
