package se.linkoping.samverkan.yearlyreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The PDF renderer without the application: the template's PDF variant is well-formed XML, and a report
 * as large as its caps allow (every list full, long Swedish texts, markup in them) renders, keeps its
 * text in order where table cells wrap, and escapes the markup.
 */
class YearlyReportPdfTest {

    static final String LONG = "Skadegörelsen vid Rydsvägen har ökat under våren och hänger ihop med att fler unga "
            + "samlas vid centrumet sent på kvällarna; åtgärderna samordnas med bostadsbolaget och fältassistenterna.";

    @Test
    void theTemplatesPdfVariantIsWellFormedXhtmlWithItsTextEscaped() throws Exception {
        YearlyReportPdf pdf = new YearlyReportPdf(templates());
        String xhtml = pdf.xhtml(report(3, "<b>fet</b> & <script>alert('x')</script>"));

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        org.w3c.dom.Document document = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)));

        assertThat(document.getDocumentElement().getAttribute("lang")).isEqualTo("sv-SE");
        assertThat(document.getElementsByTagName("script").getLength()).isZero();
        assertThat(document.getElementsByTagName("b").getLength()).isZero();
        assertThat(xhtml).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "&amp;")
                .doesNotContain(" th:", "<link", "/camunda/app", "Keep it well-formed");
    }

    @Test
    void aReportAtItsCapsRendersWithItsTextInOrder() throws IOException {
        YearlyReportPdf pdf = new YearlyReportPdf(templates());
        YearlyReport report = report(YearlyReports.MAX_DECISIONS, LONG + " <i>kursiv</i>");

        byte[] bytes = pdf.render(report);

        assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        // tables across pages, their headers repeated, stay PDF/UA-1
        PdfUa.assertConforms(bytes);
        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(10);
            String text = YearlyReportScenarios.words(new PDFTextStripper().getText(document));
            assertThat(text).contains("Beslut nummer 1: " + LONG + " <i>kursiv</i>",
                    "Beslut nummer " + YearlyReports.MAX_DECISIONS + ": " + LONG, "Visar de första 500 av 612 beslut.",
                    "Sida 1 av " + document.getNumberOfPages(), " Samhällsbyggnadsförvaltningen ", "Genomförd försenad")
                    .doesNotContain("Samhällsbyggnadsförvaltning en");
            // the interventions' table runs over pages, its header on each: a screen reader reads it once
            PdfStructure structure = PdfStructure.of(document);
            assertThat(structure.texts("TH"))
                    .containsSubsequence("Insats", "Ansvarig", "Klar senast", "Rapporterad", "Läge", "Effekt")
                    .allSatisfy(header -> assertThat(header.split(" ")).as(header).doesNotHaveDuplicates());
            assertThat(structure.text()).contains("Insats Ansvarig Klar senast Rapporterad Läge Effekt Insats 0 ");
        }
    }

    @Test
    void lettersStayLettersInTheTextLayer() throws IOException {
        byte[] bytes = new YearlyReportPdf(templates()).render(report(3, "Det finns flera effekter av åtgärderna."));

        try (PDDocument document = Loader.loadPDF(bytes)) {
            // as the PDF has it, before PDFBox's extraction undoes ligatures: "fi", "fl", "ff" stay two letters
            StringBuilder glyphs = new StringBuilder();
            PDFTextStripper raw = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition position) {
                    glyphs.append(position.getUnicode());
                    super.processTextPosition(position);
                }
            };
            raw.getText(document);
            assertThat(glyphs.toString()).contains("Effekt", "finns", "flera", "effekter", "åtgärderna")
                    .doesNotContainPattern("[\\uFB00-\\uFB06]");
        }
    }

    static SpringTemplateEngine templates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }

    /** A report with {@code decisions} decisions in each list and every other list full. */
    static YearlyReport report(int decisions, String text) {
        LocalDate day = LocalDate.of(2027, 3, 10);
        List<YearlyReport.Count> counts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            counts.add(new YearlyReport.Count("c" + i, "Kategori " + i + " – skadegörelse", 100 - i, 90 - i));
        }
        List<YearlyReport.WeekRow> weeks = new ArrayList<>();
        for (int i = 0; i < 52; i++) {
            weeks.add(new YearlyReport.WeekRow(day, "vecka " + (i + 1) + " 2027", 10 + i % 5, i == 0 ? "" : "ökar", 1, 0,
                    1, i % 7 == 0 ? 1 : 2, i % 9 != 0));
        }
        List<YearlyReport.PrioritisedProblem> problems = new ArrayList<>();
        for (int i = 0; i < YearlyReports.MAX_PRIORITISED; i++) {
            problems.add(new YearlyReport.PrioritisedProblem("Skäggetorp", "Våld eller hot om våld", i % 2 == 0 ? null
                    : "Skäggetorps centrum", 1 + i / 4, 6, 40, 4, "Prioritet " + (1 + i / 4)));
        }
        List<YearlyReport.Summary> summaries = new ArrayList<>();
        for (int i = 0; i < YearlyReports.MAX_SUMMARIES; i++) {
            summaries.add(new YearlyReport.Summary(day, "vecka " + (i + 1) + " 2027", text, "erik.sandberg", day, i % 3 == 0,
                    "Erik Sandberg"));
        }
        List<YearlyReport.MatterRow> matters = new ArrayList<>();
        for (int i = 0; i < YearlyReports.MAX_MATTERS_ABOVE; i++) {
            matters.add(new YearlyReport.MatterRow(i, "Ärende " + i + ": " + text, "Ryd", "Skadegörelse och klotter",
                    "Styrgruppen", "Hanteras", day, i == 0));
        }
        List<YearlyReport.DistrictPlan> plans = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            plans.add(new YearlyReport.DistrictPlan(i, "Stadsdel " + i, text, text, text + "\n" + text, "johan.berg", day,
                    "maria.ek", text, i % 2 == 0 ? text : null, "Johan Berg", "Maria Ek"));
        }
        List<YearlyReport.Agreement> agreements = List.of(new YearlyReport.Agreement(1, day, day.plusYears(2), text, text,
                text, text, text, day, day, null));
        List<YearlyReport.InterventionRow> interventions = new ArrayList<>();
        for (int i = 0; i < YearlyReports.MAX_INTERVENTIONS; i++) {
            interventions.add(new YearlyReport.InterventionRow(i, "Insats " + i, "Samhällsbyggnadsförvaltningen", "EST-arbetsgruppen",
                    day, day.plusDays(10), i % 3 == 0 ? null : day.plusDays(5 + i % 10), i % 2 == 0 ? "Genomförd i tid"
                    : "Genomförd försenad", "God", i % 4 == 0 ? text : null, null));
        }
        List<YearlyReport.PromiseFollowUp> followUps = new ArrayList<>();
        for (int i = 0; i < YearlyReports.MAX_PROMISE_FOLLOW_UPS; i++) {
            followUps.add(new YearlyReport.PromiseFollowUp(day, "Går enligt plan", text));
        }
        List<YearlyReport.Decision> meetings = new ArrayList<>();
        List<YearlyReport.Decision> est = new ArrayList<>();
        for (int i = 1; i <= decisions; i++) {
            meetings.add(new YearlyReport.Decision(i, day, "Styrgruppen", "Ärende", "Klotter längs Rydsvägen " + i,
                    "Hanteras här", "Beslut nummer " + i + ": " + text, i % 5 == 0 ? text : null, "maria.ek",
                    "Maria Ek", "steering-group", "MATTER", "HANDLED"));
            est.add(new YearlyReport.Decision(i, day, "EST-arbetsgruppen", "Problem",
                    "Ryd, Skadegörelse och klotter (vecka 10 2027)", "Insats", "EST-beslut " + i + ": " + text, null,
                    "anna.lindqvist", "Anna Lindqvist", "est", "PROBLEM", "INTERVENTION"));
        }
        return new YearlyReport(2027, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31),
                LocalDateTime.of(2027, 12, 31, 12, 0),
                new YearlyReport.Picture(1200, 1100, counts, counts, weeks, problems),
                new YearlyReport.Analysis(52, 47, summaries, 47,
                        List.of(new YearlyReport.LevelRow("coordination-group", "Lednings- och samordningsgruppen", 30, 20,
                                8, 2, 1)), matters, 30),
                new YearlyReport.ActionPlan(plans, 1, List.of("Berga", "Ryd"), agreements),
                new YearlyReport.FollowUp(new YearlyReport.InterventionTotals(120, 80, 20, 20, 5, 60, 30, 10, 20),
                        List.of(new YearlyReport.GroupRow("urban-planning", "Samhällsbyggnadsförvaltningen", 120, 80, 20,
                                20)), interventions, followUps),
                new YearlyReport.Decisions(decisions * 2L + 112, List.of(new YearlyReport.BodyCount("est",
                        "EST-arbetsgruppen", decisions)), meetings, decisions + 112L, est, decisions));
    }
}
