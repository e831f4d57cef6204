package se.linkoping.samverkan.audit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import se.linkoping.samverkan.web.Csv;

/** A matter's timeline as CSV: the same rows as the page, in the same order. */
final class TimelineCsv {

    static final List<String> HEADER = List.of("Tid", "Nivå", "Händelse", "Vad", "Vem", "Motivering", "Underlag");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private TimelineCsv() {
    }

    static String of(AuditTrail.Timeline timeline, ZoneId zone) {
        Csv csv = new Csv(HEADER);
        for (AuditTrail.Entry e : timeline.entries()) {
            csv.row(e.at().atZoneSameInstant(zone).format(WHEN), e.level(), e.kind(), e.what(), e.who(), e.rationale(),
                    e.basis());
        }
        return csv.toString();
    }
}
