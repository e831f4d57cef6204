package se.linkoping.samverkan.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.linkoping.samverkan.system.Swedish;
import se.linkoping.samverkan.web.Csv;

/**
 * A matter's timeline as text: the page's columns, and the CSV export with the same rows in the same order,
 * the same texts in the same columns and, after them, the codes the page leaves out (the level's code, the
 * user ids, the stored codes of the details). An entry's details read as one line each: "möte: Möte i
 * styrgruppen 2027-01-12", and a table's inputs "indata: Kategori: Narkotika; Rapporter denna vecka: 6".
 */
final class TimelineText {

    /** The page's columns, which the CSV starts with. */
    static final List<String> COLUMNS = List.of("Tid", "Nivå", "Händelse", "Vad", "Vem", "Möte",
            "Uppdrag eller prioritering", "Motivering", "Underlag", "Detaljer");
    /** The codes after them in the CSV (the JSON has them as levelCode, who and codes). */
    static final List<String> CODE_COLUMNS = List.of("Nivåkod", "Vem (användar-id)", "Koder");

    private TimelineText() {
    }

    /** An entry's cells as the page shows them, column by column. */
    static List<String> cells(AuditTrail.Entry e) {
        return List.of(Swedish.minute(e.at()), text(e.level()), text(e.kind()), text(e.what()), text(e.whoName()),
                text(e.meeting()), text(e.directive()), text(e.rationale()), text(e.basis()), details(e.details()));
    }

    /** An entry's codes, as the CSV carries them after the page's cells. */
    static List<String> codeCells(AuditTrail.Entry e) {
        return List.of(text(e.levelCode()), text(e.who()), details(e.codes()));
    }

    /** Details (or codes), one line each; a nested map (a table's inputs and outputs) on its line. */
    static String details(Map<String, ?> details) {
        if (details == null || details.isEmpty()) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        details.forEach((label, value) -> lines.add(label + ": " + value(value)));
        return String.join("\n", lines);
    }

    private static String value(Object value) {
        if (value instanceof Map<?, ?> map) {
            List<String> parts = new ArrayList<>();
            map.forEach((label, inner) -> parts.add(label + ": " + value(inner)));
            return String.join("; ", parts);
        }
        if (value instanceof List<?> list) {
            return String.join(", ", list.stream().map(TimelineText::value).toList());
        }
        return value == null ? "" : value.toString();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** The CSV export: the page's columns, then the codes. */
    static String csv(AuditTrail.Timeline timeline) {
        List<String> header = new ArrayList<>(COLUMNS);
        header.addAll(CODE_COLUMNS);
        Csv csv = new Csv(header);
        for (AuditTrail.Entry e : timeline.entries()) {
            List<String> row = new ArrayList<>(cells(e));
            row.addAll(codeCells(e));
            csv.row(row);
        }
        return csv.toString();
    }
}
