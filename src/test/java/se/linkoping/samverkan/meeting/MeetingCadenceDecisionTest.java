package se.linkoping.samverkan.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static se.linkoping.samverkan.support.DecisionTableUnderTest.inputs;
import static se.linkoping.samverkan.support.Times.STOCKHOLM;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.Duration;

import org.camunda.bpm.model.dmn.HitPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import se.linkoping.samverkan.support.DecisionTableUnderTest;
import se.linkoping.samverkan.support.DecisionTableUnderTest.Evaluation;
import se.linkoping.samverkan.support.DecisionTableUnderTest.RuleCase;

/**
 * The DMN {@code meeting-cadence} ({@code bpmn/meeting-cadence.dmn}), rule by rule: how often the
 * coordination group meets in the phase set by the steering group ("Mötesfrekvens: Månatligen/kvartalsvis
 * beroende på fas och/eller behov"). Hit policy UNIQUE and no catch-all: an unknown phase gets no cadence.
 */
class MeetingCadenceDecisionTest {

    private static final DecisionTableUnderTest TABLE = DecisionTableUnderTest.load("meeting-cadence");

    /** A phase, the rule it must hit and the cadence it gives. */
    record Case(String rule, String phase, String meetingInterval, String cadenceName, int maxWaitDays)
            implements RuleCase {

        @Override
        public Map<String, Object> variables() {
            return inputs("phase", phase);
        }

        @Override
        public String toString() {
            return "%s: %s → %s (%s), larm efter %d dagar".formatted(rule, phase, meetingInterval, cadenceName,
                    maxWaitDays);
        }
    }

    /** One case per rule, in the table's order. */
    static Stream<Case> ruleCases() {
        return Stream.of(
                new Case("Rule_CalmPhaseQuarterly", "lugn", "P3M", "Kvartalsvis", 100),
                new Case("Rule_NormalPhaseMonthly", "normal", "P1M", "Månadsvis", 35),
                new Case("Rule_ElevatedPhaseFortnightly", "förhöjd", "P14D", "Varannan vecka", 16));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleCases")
    void eachRule(Case c) {
        assertThat(TABLE.outputOf(c)).containsOnly(entry("meetingInterval", c.meetingInterval()),
                entry("cadenceName", c.cadenceName()), entry("maxWaitDays", c.maxWaitDays()));
    }

    /** Phases are exact codes: a misspelt, capitalised, empty or missing phase is an error for the caller. */
    @ParameterizedTest(name = "\"{0}\" gives no cadence")
    @ValueSource(strings = {"forhojd", "Normal", "LUGN", " normal", "", "kris", "P1M"})
    @NullSource
    void anUnknownPhaseGivesNoResult(String phase) {
        Evaluation evaluation = TABLE.evaluate(inputs("phase", phase));

        assertThat(evaluation.matchedRuleIds()).isEmpty();
        assertThat(evaluation.result().isEmpty()).isTrue();
        assertThat(evaluation.result().getSingleResult()).isNull();
    }

    @Test
    void aMissingPhaseGivesNoResult() {
        assertThat(TABLE.evaluate(Map.of()).result().isEmpty()).isTrue();
    }

    /**
     * The interval is a timer duration Camunda can read (it parses durations with {@link DatatypeFactory}),
     * and a matter waits longer than the longest such interval, wherever in the year it starts, before
     * the convener is alerted: the alert means a meeting was missed, not that the next one is due.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleCases")
    void theAlertComesAfterTheLongestInterval(Case c) throws DatatypeConfigurationException {
        Duration interval = DatatypeFactory.newInstance().newDuration(c.meetingInterval());
        long longestDays = 0;
        for (LocalDate start = LocalDate.of(2026, 1, 1); start.getYear() == 2026; start = start.plusDays(1)) {
            Date from = Date.from(start.atStartOfDay(STOCKHOLM).toInstant());
            longestDays = Math.max(longestDays, Math.round(interval.getTimeInMillis(from) / (double) TimeUnit.DAYS.toMillis(1)));
        }

        assertThat(c.maxWaitDays()).isGreaterThan((int) longestDays).isLessThanOrEqualTo((int) longestDays + 10);
    }

    @Test
    void oneCasePerRuleInTheTablesOrder() {
        TABLE.assertOneCasePerRuleInOrder(ruleCases());
    }

    @Test
    void everyRuleIsHitByTheCases() {
        TABLE.assertEveryRuleIsHitBy(ruleCases());
    }

    @Test
    void contractForCallers() {
        assertThat(TABLE.name()).isEqualTo("Lednings- och samordningsgruppens mötesfrekvens");
        assertThat(TABLE.hitPolicy()).isEqualTo(HitPolicy.UNIQUE);
        assertThat(TABLE.inputTypes()).containsExactly(entry("phase", "string"));
        assertThat(TABLE.outputTypes()).containsExactly(entry("meetingInterval", "string"),
                entry("cadenceName", "string"), entry("maxWaitDays", "integer"));
        assertThat(TABLE.labels()).allSatisfy(label -> assertThat(label).isNotBlank());
    }

    @Test
    void everyRuleSaysWhyWithTheDecisionsText() {
        assertThat(TABLE.annotationColumns()).containsExactly("Motivering");
        assertThat(TABLE.annotations()).containsOnlyKeys(TABLE.ruleIds())
                .allSatisfy((rule, why) -> assertThat(why).as(rule)
                        .startsWith("Mötesfrekvens: Månatligen/kvartalsvis beroende på fas och/eller behov"));
        assertThat(TABLE.ruleIds()).allSatisfy(rule -> assertThat(rule).matches("Rule_[A-Z][A-Za-z]+"));
    }
}
