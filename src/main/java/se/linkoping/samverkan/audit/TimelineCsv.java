package se.linkoping.samverkan.audit;

import java.util.List;

import se.linkoping.samverkan.system.Swedish;
import se.linkoping.samverkan.web.Csv;

/** A matter's timeline as CSV: the same rows as the page, in the same order. */
final class TimelineCsv {

    static final List<String> HEADER = List.of("Tid", "Nivå", "Händelse", "Vad", "Vem", "Motivering", "Underlag");

    private TimelineCsv() {
    }

    static String of(AuditTrail.Timeline timeline) {
        Csv csv = new Csv(HEADER);
        for (AuditTrail.Entry e : timeline.entries()) {
            csv.row(Swedish.minute(e.at()), e.level(), e.kind(), e.what(), e.who(), e.rationale(), e.basis());
        }
        return csv.toString();
    }
}
