package se.linkoping.samverkan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.linkoping.samverkan.support.DemoLogins;
import se.linkoping.samverkan.support.OnPostgres;

/** The races and faults on PostgreSQL, which also refuses to store a NUL byte. */
@OnPostgres
class FaultsOnPostgresTest extends FaultScenarios {

    @Test
    void aNulByteIsRefusedInSwedishAndNothingIsStored() {
        Map<String, Object> report = newReport("skadegorelse");
        report.put("description", "Klotter\u0000 på väggen.");
        Map<String, Object> withNote = newReport("skadegorelse");
        withNote.put("notes", "Anteckning\u0000");

        HttpResponse<String> fromPartner = as(DemoLogins.PARTNER_SYSTEM).postJson("/api/incident-reports", json(report));
        HttpResponse<String> fromTasklist = startForm(DemoLogins.EST_POLICE, report);
        HttpResponse<String> inAVariable = startForm(DemoLogins.EST_POLICE, withNote);

        for (HttpResponse<String> refused : List.of(fromPartner, fromTasklist, inAVariable)) {
            assertClean(refused);
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        }
        assertThat(message(fromPartner)).contains("tecken som inte kan sparas", "Inget har sparats");
        assertThat(message(fromTasklist)).contains("tecken som inte kan sparas", "Inget har sparats");
        // a variable the form does not declare is refused before its value is looked at
        assertThat(message(inAVariable)).contains("har inget fält ”notes”", "Inget har sparats");
        assertThat(reportsWith(report) + reportsWith(withNote)).isZero();
    }
}
