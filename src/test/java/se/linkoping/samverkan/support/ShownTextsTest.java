package se.linkoping.samverkan.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The scan of what forms show finds the codes people must not read, and nothing in plain Swedish. */
class ShownTextsTest {

    private static final List<String> USERS = List.of("anna.lindqvist", "demo-est");

    @Test
    void codesAreFound() {
        assertThat(ShownTexts.codesIn("Nivå coordination-group (escalation-level).", USERS)).hasSize(1);
        assertThat(ShownTexts.codesIn("Ansvarig: culture-leisure, beslutad av est.", USERS)).hasSize(2);
        assertThat(ShownTexts.codesIn("Väntat mer än P7D, PT384H eller P1M.", USERS)).hasSize(3);
        assertThat(ShownTexts.codesIn("Problemets prioritet: {Prioritet=2}", USERS)).hasSize(1);
        assertThat(ShownTexts.codesIn("Trend: rising. Trend: Stable.", USERS)).hasSize(2);
        assertThat(ShownTexts.codesIn("Beslutat av anna.lindqvist och demo-est.", USERS)).hasSize(2);
        assertThat(ShownTexts.codesIn("Ärendet | HANDLED, null veckor", USERS)).hasSize(2);
    }

    @Test
    void plainSwedishPasses() {
        assertThat(ShownTexts.codesIn("""
                Nivå: Lednings- och samordningsgruppen. Väckt 3 december 2026 av Anna Lindqvist.
                EST:s lägesbild, vecka 47 2026: 6 rapporter förra veckan, ökande. Prioritet 2 (hög), P1–P4.
                Samverkan (Tasklist) – EST-arbetsgruppen; Polisen, lokalpolisområde Linköping. Pågår, 7 dagar kvar.
                """, USERS)).isEmpty();
    }
}
