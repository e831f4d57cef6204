package se.linkoping.samverkan.intervention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.linkoping.samverkan.refusal.Refusal;
import se.linkoping.samverkan.support.Scenario;

/** Interventions stored and checked against a real database; run on H2 and PostgreSQL. */
abstract class InterventionsScenarios extends Scenario {

    @Autowired
    Interventions interventions;

    @Test
    void aDecidedInterventionIsStoredReportedAndFollowedUp() {
        String instance = UUID.randomUUID().toString();
        long id = interventions.register(decision("urban-planning", LocalDate.now().plusDays(20).toString(), "est"),
                "anna.lindqvist", instance);

        assertThat(interventions.followUpOf("est")).isEqualTo("• Belysning vid Rydstorget – Samhällsbyggnadsförvaltningen, "
                + "klar senast " + LocalDate.now().plusDays(20) + " (pågår)");
        interventions.reminded(instance);
        interventions.reportResult(instance, "Tolv armaturer bytta.", "demo-urban-planning");
        assertThat(interventions.followUpOf("est")).contains("(rapporterad, att följa upp)");
        interventions.followUp(instance, "GOOD", "Inga nya rapporter om mörker.", "erik.sandberg");
        assertThat(interventions.followUpOf("est")).isEqualTo("Inga pågående insatser.");

        // column names are matched without case: H2 answers in upper case, PostgreSQL in lower
        Map<String, Object> row = jdbc.sql("select * from samverkan.intervention where id = ?").param(id).query()
                .singleRow();
        assertThat(row).containsEntry("status", "FOLLOWED_UP").containsEntry("effect", "GOOD")
                .containsEntry("responsible_group", "urban-planning")
                .containsEntry("decided_by", "anna.lindqvist")
                .containsEntry("reported_by", "demo-urban-planning");
        assertThat(row.get("reminded_at")).isNotNull();
    }

    @Test
    void aDecisionIsCheckedWholeAndNothingIsStoredWhenRefused() {
        long before = count();

        assertThatThrownBy(() -> interventions.register(new InterventionDecision(" ", "Mannen 850709-9805.",
                "auditors", LocalDate.now().minusDays(1).toString(), "education", null, null), "anna.lindqvist", "x"))
                .isInstanceOf(Refusal.class)
                .satisfies(e -> assertThat(((Refusal) e).reasons()).hasSize(5)
                        .anySatisfy(r -> assertThat(r).contains("Rubrik saknas"))
                        .anySatisfy(r -> assertThat(r).contains("personnummer"))
                        .anySatisfy(r -> assertThat(r).contains("ansvarar"))
                        .anySatisfy(r -> assertThat(r).contains("beslutad av EST"))
                        .anySatisfy(r -> assertThat(r).contains("har redan passerat")));
        assertThatThrownBy(() -> interventions.register(decision("police", "18/12", "est"), "anna.lindqvist", "x"))
                .hasMessageContaining("kan inte läsas");
        assertThatThrownBy(() -> interventions.register(decision("police", "2026-12-18T23:30Z", "est"),
                "anna.lindqvist", "x"))
                .hasMessageContaining("kan inte läsas");
        assertThatThrownBy(() -> interventions.register(new InterventionDecision("Titel", null, "police",
                LocalDate.now().plusDays(3).toString(), "est", -1L, null), "anna.lindqvist", "x"))
                .hasMessageContaining("finns inte i lägesbilden");
        assertThatThrownBy(() -> interventions.register(new InterventionDecision("Titel", null, "police",
                LocalDate.now().plusDays(3).toString(), "coordination-group", null, -1L), "johan.berg", "x"))
                .hasMessageContaining("Ärendet som insatsen gäller finns inte");
        assertThatThrownBy(() -> interventions.register(decision("police", LocalDate.now().plusYears(2).toString(),
                "est"), "anna.lindqvist", "x"))
                .hasMessageContaining("mer än ett år fram");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aFollowUpNeedsAnEffect() {
        String instance = UUID.randomUUID().toString();
        interventions.register(decision("police", LocalDate.now().toString(), "coordination-group"), "johan.berg",
                instance);

        assertThatThrownBy(() -> interventions.followUp(instance, "BRA", "", "johan.berg"))
                .isInstanceOf(Refusal.class)
                .hasMessageContaining("Välj vilken effekt")
                .hasMessageContaining("Uppföljning saknas");
    }

    private static InterventionDecision decision(String group, String due, String body) {
        return new InterventionDecision("Belysning vid Rydstorget", "Byt trasiga armaturer.", group, due, body, null, null);
    }

    private long count() {
        return jdbc.sql("select count(*) from samverkan.intervention").query(Long.class).single();
    }
}
