package se.linkoping.samverkan.yearlyreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

/** The PDF/UA-1 check itself: a PDF that is not accessible fails it, naming each rule by clause. */
class PdfUaTest {

    @Test
    void anUntaggedPdfFailsWithEachRulesClauseAndDescription() throws IOException {
        byte[] untagged;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            untagged = out.toByteArray();
        }

        assertThat(PdfUa.failedRules(untagged)).isNotEmpty()
                .allSatisfy(rule -> assertThat(rule).startsWith("ISO 14289-1").contains(": ", "×"))
                .anySatisfy(rule -> assertThat(rule).contains(" 7.1-10: ", "DisplayDocTitle"))
                .anySatisfy(rule -> assertThat(rule).contains(" 6.2-1: ", "MarkInfo"))
                .anySatisfy(rule -> assertThat(rule).contains(" 7.1-11: ", "StructTreeRoot"));
        assertThatThrownBy(() -> PdfUa.assertConforms(untagged)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("ISO 14289-1");
    }
}
