package se.linkoping.samverkan.meetings;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import se.linkoping.samverkan.decisions.DecisionRecords;

/**
 * A meeting's decisions as CSV for a Swedish spreadsheet: semicolons, every field quoted, a byte
 * order mark so that å, ä and ö survive, and text that a spreadsheet would run as a formula
 * (starting with =, +, -, @) made harmless with a leading apostrophe.
 */
final class DecisionsCsv {

    static final String HEADER = "Beslutat;Organ;Möte;Gäller;Id;Beslut;Motivering;Uppdrag eller prioritering;"
            + "Underlag;Beslutsfattare";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private DecisionsCsv() {
    }

    static String of(Meetings.Meeting meeting, List<DecisionRecords.Decision> decisions) {
        StringBuilder csv = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
        for (DecisionRecords.Decision d : decisions) {
            csv.append(String.join(";", List.of(
                    cell(d.decidedAt().atZoneSameInstant(STOCKHOLM).format(WHEN)),
                    cell(meeting.body().swedishName()),
                    cell((meeting.extra() ? "Extra möte " : "Möte ") + meeting.calledAt().atZoneSameInstant(STOCKHOLM)
                            .toLocalDate()),
                    cell(switch (d.subject()) {
                        case MATTER -> "Ärende";
                        case DISTRICT_PLAN -> "Mål, lägesbild och handlingsplan";
                        case PHASE -> "Fas";
                        case PROBLEM -> "Problem";
                        case AGREEMENT -> "Samverkansöverenskommelse och medborgarlöfte";
                    }),
                    cell(String.valueOf(d.subjectId())),
                    cell(switch (d.outcome()) {
                        case HANDLED -> "Hanteras här";
                        case ESCALATED -> "Eskaleras";
                        case CLOSED -> "Avslutas";
                        case APPROVED -> "Fastställs";
                        case RETURNED -> "Skickas tillbaka";
                        case PHASE_SET -> "Fas beslutad";
                        case INTERVENTION -> "Insats";
                        case NO_INTERVENTION -> "Ingen insats";
                    }),
                    cell(d.rationale()), cell(d.directive()), cell(d.basis()), cell(d.decidedBy()))))
                    .append("\r\n");
        }
        return csv.toString();
    }

    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
