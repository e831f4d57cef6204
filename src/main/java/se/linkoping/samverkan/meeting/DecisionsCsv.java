package se.linkoping.samverkan.meeting;

import java.time.format.DateTimeFormatter;
import java.util.List;

import se.linkoping.samverkan.decision.DecisionRecords;
import se.linkoping.samverkan.system.Swedish;
import se.linkoping.samverkan.web.Csv;

/** A meeting's decisions as CSV for a Swedish spreadsheet (see {@link Csv}). */
final class DecisionsCsv {

    static final List<String> HEADER = List.of("Beslutat", "Organ", "Möte", "Gäller", "Id", "Beslut", "Motivering",
            "Uppdrag eller prioritering", "Underlag", "Beslutsfattare");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private DecisionsCsv() {
    }

    static String of(Meeting meeting, List<DecisionRecords.Decision> decisions) {
        Csv csv = new Csv(HEADER);
        for (DecisionRecords.Decision d : decisions) {
            csv.row(d.decidedAt().atZoneSameInstant(Swedish.ZONE).format(WHEN), meeting.body().swedishName(),
                    (meeting.extra() ? "Extra möte " : "Möte ") + meeting.calledAt().atZoneSameInstant(Swedish.ZONE)
                            .toLocalDate(),
                    d.subject().swedish(), String.valueOf(d.subjectId()), d.outcome().swedish(), d.rationale(),
                    d.directive(), d.basis(), d.decidedBy());
        }
        return csv.toString();
    }
}
