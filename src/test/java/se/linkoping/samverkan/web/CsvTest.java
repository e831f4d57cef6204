package se.linkoping.samverkan.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.linkoping.samverkan.web.Csv;

/** CSV for a Swedish spreadsheet: quoted, semicolons, a byte order mark, never a formula. */
class CsvTest {

    @Test
    void rowsAreQuotedAndSeparatedBySemicolonsAfterAByteOrderMark() {
        assertThat(new Csv(java.util.List.of("Tid", "Vad")).row("2027-02-24", "Sa \"ja\"; sedan nej").row("x", null)
                .toString()).isEqualTo("\uFEFF\"Tid\";\"Vad\"\r\n\"2027-02-24\";\"Sa \"\"ja\"\"; sedan nej\"\r\n\"x\";\"\"\r\n");
    }

    @Test
    void aCellThatStartsLikeAFormulaGetsAnApostrophe() {
        assertThat(Csv.cell("+46 13 20 50 00")).isEqualTo("\"'+46 13 20 50 00\"");
        assertThat(Csv.cell("-")).isEqualTo("\"'-\"");
        assertThat(Csv.cell("@a")).isEqualTo("\"'@a\"");
        assertThat(Csv.cell("=1+1")).isEqualTo("\"'=1+1\"");
        assertThat(Csv.cell(null)).isEqualTo("\"\"");
        assertThat(Csv.cell("Ryd")).isEqualTo("\"Ryd\"");
    }
}
