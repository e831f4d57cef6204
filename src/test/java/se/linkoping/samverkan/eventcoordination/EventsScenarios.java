package se.linkoping.samverkan.eventcoordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.linkoping.samverkan.support.Times.STOCKHOLM;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.linkoping.samverkan.refusal.Refusal;
import se.linkoping.samverkan.support.Scenario;

/**
 * Known events against a real database: an event is checked whole and stored, or refused with every
 * reason and nothing stored; its timers follow its date; plans, briefing and evaluation are stored by
 * the execution or process that made them. Run on H2 and PostgreSQL.
 */
abstract class EventsScenarios extends Scenario {

    @Autowired
    CoordinatedEvents events;
    @Autowired
    EventTexts texts;

    @Test
    void anEventIsCheckedWholeAndNothingIsStoredWhenRefused() {
        assertThatThrownBy(() -> events.register(new CoordinatedEvents.NewEvent(" ",
                LocalDate.now().minusDays(1).toString(), "atlantis", -5, "", List.of("auditors")), "johan.berg", "x"))
                .isInstanceOf(Refusal.class)
                .satisfies(e -> assertThat(((Refusal) e).reasons()).containsExactly(
                        "Händelsens namn saknas.", "Arrangör saknas.",
                        "Datumet " + LocalDate.now().minusDays(1) + " har redan passerat: samordning sker före en händelse.",
                        "Välj i vilken stadsdel händelsen äger rum.",
                        "Ange hur många besökare som väntas, som ett heltal (0 eller fler).",
                        "”auditors” är ingen förvaltning, enhet eller polisen: välj deltagarna i listan."));
        assertThatThrownBy(() -> events.register(new CoordinatedEvents.NewEvent("Valborg", "30/4", "innerstaden",
                100, "Kommunen", List.of()), "johan.berg", "x"))
                .hasMessageContaining("kan inte läsas").hasMessageContaining("Välj vilka förvaltningar");
        assertThat(jdbc.sql("select count(*) from samverkan.coordinated_event").query(Long.class).single()).isZero();
    }

    @Test
    void anEventsTimersFollowItsDateAndItsStepsAreStored() {
        LocalDate date = LocalDate.now().plusDays(40);
        events.register(new CoordinatedEvents.NewEvent("Valborg i Trädgårdsföreningen", date.toString(), "innerstaden",
                "8000", "Linköpings kommun", "[\"police\",\"culture-leisure\"]"), "johan.berg", "pi-event");

        assertThat(events.of("pi-event")).extracting(CoordinatedEvents.Event::participants,
                CoordinatedEvents.Event::expectedVisitors).containsExactly(List.of("police", "culture-leisure"), 8000);
        assertThat(events.planningAt("pi-event")).isEqualTo(at(date.minusDays(21)));
        assertThat(events.briefingAt("pi-event")).isEqualTo(at(date.minusDays(2)));
        assertThat(events.evaluationAt("pi-event")).isEqualTo(at(date.plusDays(7)));
        assertThat(texts.facts("pi-event")).contains("Innerstaden", "8000", "Polisen, lokalpolisområde Linköping",
                "Kultur- och fritidsförvaltningen");

        events.assignPlan("exec-police", "pi-event", "police");
        assertThatThrownBy(() -> events.recordPlan("exec-police", "Ring 850709-9805.", "anna.lindqvist"))
                .hasMessageContaining("personnummer");
        events.recordPlan("exec-police", "Två patruller kvällstid.", "anna.lindqvist");
        assertThat(texts.plans("pi-event")).isEqualTo("• Polisen, lokalpolisområde Linköping: Två patruller kvällstid.");

        events.recordBriefing("pi-event", "Samlingsplats vid entrén.", "johan.berg");
        assertThatThrownBy(() -> events.recordEvaluation("pi-event", "Trängsel.", true, " ", "johan.berg"))
                .hasMessageContaining("Ärendets rubrik saknas");
        events.recordEvaluation("pi-event", "Trängsel vid utgången.", true, "Trängsel vid Valborg", "johan.berg");
        assertThat(jdbc.sql("select briefed_by, findings from samverkan.coordinated_event").query().singleRow())
                .containsEntry("briefed_by", "johan.berg").containsEntry("findings", "Trängsel vid utgången.");
    }

    private static Date at(LocalDate day) {
        return Date.from(LocalDateTime.of(day, CoordinatedEvents.MORNING).atZone(STOCKHOLM).toInstant());
    }
}
