package se.linkoping.samverkan.yearlyreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import se.linkoping.samverkan.support.DemoLogins;
import se.linkoping.samverkan.support.OnH2;
import se.linkoping.samverkan.support.WebappSession;

/**
 * The yearly report's PDF is accessible (issue 16): a year of cooperation, fetched as a reader fetches it,
 * conforms to PDF/UA-1 by veraPDF's profile with no failed rule; and what PDF/UA asks is there as this
 * report means it: Swedish (sv-SE) as its language, its title shown as the window's title, tagged with the
 * report's headings, tables and lists in the order the report reads, header cells marked as such, every
 * figure (should one be added) with an alternative text, every link described, every font embedded.
 */
@OnH2
class YearlyReportPdfIsAccessibleTest extends AYearOfCooperation {

    @Test
    void theYearsPdfConformsToPdfUa1InSwedishWithItsTitleAndStructureInReadingOrder() throws IOException {
        aYear();
        WebappSession steering = WebappSession.signIn(http, DemoLogins.DIRECTOR, "tasklist");

        byte[] pdf = pdf(steering, 2027);

        PdfUa.assertConforms(pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("sv-SE");
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Årsrapport 2027 – trygghetsskapande och brottsförebyggande arbete");
            assertThat(document.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }

            PdfStructure structure = PdfStructure.of(document);
            assertThat(structure.root().getStructureType()).isEqualTo("Document");
            assertThat(structure.root().getLanguage()).isEqualTo("sv-SE");
            // the headings, in the order the report reads
            assertThat(structure.texts("H1")).containsExactly("Årsrapport 2027");
            assertThat(structure.texts("H2")).containsExactly("1. Lägesbild", "2. Analys", "3. Åtgärdsplan",
                    "4. Uppföljning", "5. Årets beslut");
            assertThat(structure.texts("H3")).containsSubsequence("Händelser per kategori", "Veckornas utveckling",
                    "EST:s veckosammanfattningar", "Stadsdelarnas mål, lägesbild och handlingsplan",
                    "Insatser beslutade under året", "Mötenas beslut", "EST:s beslut om problem i lägesbilden");
            // the whole text in the structure's order: the picture before the plan before the decisions
            assertThat(structure.text()).containsSubsequence("Årsrapport 2027", "Till avsnittet Lägesbild", "1. Lägesbild",
                    "Skäggetorp", "2. Analys", "Klottret ökar kring Rydsvägen", "3. Åtgärdsplan",
                    "Tryggare centrum i Skäggetorp", "4. Uppföljning", "Sanering av klotter", "5. Årets beslut",
                    words(HANDLED_RATIONALE), words(EST_RATIONALE));
            // tables: a header row of TH cells, each with its scope
            List<PDStructureElement> tables = structure.elements("Table");
            assertThat(tables).hasSizeGreaterThanOrEqualTo(8);
            assertThat(structure.texts("TH"))
                    .contains("Kategori", "Stadsdel", "Vecka", "Insats", "Ansvarig", "Organ");
            assertThat(structure.elements("TH")).allSatisfy(th -> assertThat(PdfStructure.scope(th)).as("TH Scope")
                    .isIn("Column", "Row", "Both"));
            // the table of contents is a list of described links
            assertThat(structure.elements("Link")).hasSize(5).allSatisfy(link ->
                    assertThat(link.getAlternateDescription()).startsWith("Till avsnittet "));
            // no image or chart without an alternative text (the report has none today)
            assertThat(structure.elements("Figure")).allSatisfy(figure ->
                    assertThat(figure.getAlternateDescription()).as("Figure Alt").isNotBlank());
        }
    }

    @Test
    void aYearWithoutDataConformsToo() throws IOException {
        WebappSession auditor = WebappSession.signIn(http, DemoLogins.AUDITOR, "cockpit");

        byte[] pdf = pdf(auditor, 2031);

        PdfUa.assertConforms(pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(PdfStructure.of(document).text()).contains("Inga uppgifter finns registrerade för 2031.");
        }
    }

    private static byte[] pdf(WebappSession session, int year) {
        ResponseEntity<byte[]> response = bytes(session, "/arsrapport/" + year + ".pdf");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }
}
