package se.linkoping.samverkan.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.linkoping.samverkan.decision.DecisionRecords;
import se.linkoping.samverkan.decision.DecisionRecords.Outcome;
import se.linkoping.samverkan.decision.DecisionRecords.Subject;

/** The CSV export of a meeting's decisions: quoted, Swedish, and never a formula in a spreadsheet. */
class DecisionsCsvTest {

    @Test
    void eachDecisionIsOneQuotedRowAndFormulasAreDisarmed() {
        Meeting meeting = new Meeting(7L, MeetingBody.POLITICAL_STEERING_GROUP, false,
                OffsetDateTime.parse("2027-02-24T13:00+01:00"), null, MeetingStatus.HELD);
        DecisionRecords.Decision decision = new DecisionRecords.Decision("political-steering-group", "pi", 7L,
                Subject.MATTER, 3L, Outcome.HANDLED, "Prioriteras; \"högt\".", "=HYPERLINK(\"x\")", "<script>x</script>",
                "lars.holm", OffsetDateTime.parse("2027-02-24T14:05+01:00"));

        String csv = DecisionsCsv.of(meeting, List.of(decision));

        assertThat(csv.split("\r\n")).containsExactly("\uFEFF\"Beslutat\";\"Organ\";\"Möte\";\"Gäller\";\"Id\";\"Beslut\";"
                        + "\"Motivering\";\"Uppdrag eller prioritering\";\"Underlag\";\"Beslutsfattare\"",
                "\"2027-02-24 14:05\";\"Politiska styrgruppen\";\"Möte 2027-02-24\";\"Ärende\";\"3\";\"Hanteras här\";"
                        + "\"Prioriteras; \"\"högt\"\".\";\"'=HYPERLINK(\"\"x\"\")\";\"<script>x</script>\";\"lars.holm\"");
    }
}
