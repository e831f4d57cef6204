package se.linkoping.samverkan.estweeklycycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static se.linkoping.samverkan.support.DecisionTableUnderTest.inputs;

import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.model.dmn.HitPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.linkoping.samverkan.support.DecisionTableUnderTest;
import se.linkoping.samverkan.support.DecisionTableUnderTest.Evaluation;
import se.linkoping.samverkan.support.DecisionTableUnderTest.RuleCase;

/**
 * The DMN {@code problem-priority} ({@code bpmn/problem-priority.dmn}), rule by rule: priority 1 (akut)
 * to 4 (låg) of a problem in EST's weekly picture. Hit policy FIRST: the most severe rule that fits wins.
 */
class ProblemPriorityDecisionTest {

    private static final DecisionTableUnderTest TABLE = DecisionTableUnderTest.load("problem-priority");

    /** Inputs of one evaluation, the rule they must hit (and no earlier one) and the priority it gives. */
    record Case(String rule, int priority, String category, Integer reportsThisWeek, String trend,
                Integer consecutiveWeeks, Boolean violenceOrThreat, String placeType) implements RuleCase {

        @Override
        public Map<String, Object> variables() {
            return inputs("category", category, "reportsThisWeek", reportsThisWeek, "trend", trend,
                    "consecutiveWeeks", consecutiveWeeks, "violenceOrThreat", violenceOrThreat, "placeType", placeType);
        }

        @Override
        public String toString() {
            return "%s → %d: %s, %s rapporter, %s, %s veckor i följd, våld/hot %s, %s".formatted(rule, priority,
                    category, reportsThisWeek, trend, consecutiveWeeks, violenceOrThreat, placeType);
        }
    }

    /** One case per rule, in the table's order. */
    static Stream<Case> ruleCases() {
        return Stream.of(
                new Case("Rule_ShootingIsAlwaysAcute", 1, "skottlossning-sprangning", 1, "stable", 1, false, "ovrigt"),
                new Case("Rule_RepeatedViolenceIsAcute", 1, "vald-hot", 3, "stable", 1, true, "centrum"),
                new Case("Rule_ViolenceAtSchoolOrInPublicTransportIsAcute", 1, "hot-mot-verksamhet", 1, "stable", 1, true, "skola"),
                new Case("Rule_ViolenceIsHigh", 2, "vald-hot", 2, "falling", 1, true, "bostadsomrade"),
                new Case("Rule_PersistentRiseIsHigh", 2, "skadegorelse", 5, "rising", 3, false, "centrum"),
                new Case("Rule_ManyReportsIsHigh", 2, "stold-inbrott", 10, "stable", 1, false, "bostadsomrade"),
                new Case("Rule_RisingIsElevated", 3, "narkotika", 4, "rising", 2, false, "park-idrott"),
                new Case("Rule_PersistingIsElevated", 3, "ordningsstorning", 1, "stable", 3, false, "centrum"),
                new Case("Rule_SeveralReportsIsElevated", 3, "trafik-buskorning", 3, "falling", 1, false, "ovrigt"),
                new Case("Rule_OtherwiseLow", 4, "otrygg-miljo", 2, "stable", 2, false, "park-idrott"));
    }

    /** Either side of each threshold and of each distinction between rules. */
    static Stream<Case> boundaryCases() {
        return Stream.of(
                // Shooting is acute even at its quietest.
                new Case("Rule_ShootingIsAlwaysAcute", 1, "skottlossning-sprangning", 0, "falling", 0, false, "park-idrott"),
                // Violence: 2 vs 3 reports this week.
                new Case("Rule_ViolenceIsHigh", 2, "vald-hot", 2, "stable", 1, true, "centrum"),
                new Case("Rule_RepeatedViolenceIsAcute", 1, "vald-hot", 3, "stable", 1, true, "centrum"),
                // Violence: the place makes it acute in school and public transport only.
                new Case("Rule_ViolenceAtSchoolOrInPublicTransportIsAcute", 1, "vald-hot", 1, "stable", 1, true, "kollektivtrafik"),
                new Case("Rule_ViolenceIsHigh", 2, "vald-hot", 1, "stable", 1, true, "park-idrott"),
                new Case("Rule_ViolenceIsHigh", 2, "vald-hot", 1, "stable", 1, true, "ovrigt"),
                // Without violence the place does not matter.
                new Case("Rule_OtherwiseLow", 4, "ungdomar-riskmiljo", 1, "stable", 1, false, "skola"),
                // Rising: 2 vs 3 consecutive weeks.
                new Case("Rule_RisingIsElevated", 3, "skadegorelse", 4, "rising", 2, false, "centrum"),
                new Case("Rule_PersistentRiseIsHigh", 2, "skadegorelse", 4, "rising", 3, false, "centrum"),
                // Three weeks in a row is high only if rising.
                new Case("Rule_PersistingIsElevated", 3, "skadegorelse", 2, "stable", 3, false, "centrum"),
                new Case("Rule_PersistingIsElevated", 3, "skadegorelse", 2, "falling", 8, false, "centrum"),
                // Reports this week: 9 vs 10 and 2 vs 3.
                new Case("Rule_SeveralReportsIsElevated", 3, "stold-inbrott", 9, "stable", 1, false, "bostadsomrade"),
                new Case("Rule_ManyReportsIsHigh", 2, "stold-inbrott", 10, "falling", 1, false, "bostadsomrade"),
                new Case("Rule_OtherwiseLow", 4, "stold-inbrott", 2, "stable", 1, false, "bostadsomrade"),
                new Case("Rule_SeveralReportsIsElevated", 3, "stold-inbrott", 3, "stable", 1, false, "bostadsomrade"),
                // A new problem: no reports before, nothing else known.
                new Case("Rule_OtherwiseLow", 4, "ovrigt", 1, "stable", 1, false, "ovrigt"),
                // Unknown values (null) never match a condition: the rule falls through to one that does not ask.
                new Case("Rule_ViolenceIsHigh", 2, "vald-hot", 1, null, null, true, null),
                new Case("Rule_OtherwiseLow", 4, "narkotika", null, null, null, null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleCases")
    void eachRule(Case c) {
        assertHits(c);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("boundaryCases")
    void boundaries(Case c) {
        assertHits(c);
    }

    private static void assertHits(Case c) {
        assertThat(TABLE.outputOf(c)).containsExactly(entry("priority", c.priority()));
    }

    /**
     * The engine does not refuse a variable that is missing (or misspelt): it reads it as null, and the
     * evaluation falls through to a rule that does not ask for it. Callers must pass every input.
     */
    @Test
    void aMissingVariableIsReadAsUnknownNotRefused() {
        Evaluation evaluation = TABLE.evaluate(Map.of("category", "vald-hot", "reportsThisWeek", 5,
                "violenceorthreat", true));

        assertThat(evaluation.matchedRuleIds()).containsExactly("Rule_SeveralReportsIsElevated");
    }

    @Test
    void oneCasePerRuleInTheTablesOrder() {
        TABLE.assertOneCasePerRuleInOrder(ruleCases());
    }

    @Test
    void everyRuleIsHitByTheCases() {
        TABLE.assertEveryRuleIsHitBy(Stream.concat(ruleCases(), boundaryCases()));
    }

    @Test
    void contractForCallers() {
        assertThat(TABLE.name()).isEqualTo("Problemets prioritet");
        assertThat(TABLE.hitPolicy()).isEqualTo(HitPolicy.FIRST);
        assertThat(TABLE.inputTypes()).containsExactly(
                entry("category", "string"), entry("reportsThisWeek", "integer"), entry("trend", "string"),
                entry("consecutiveWeeks", "integer"), entry("violenceOrThreat", "boolean"),
                entry("placeType", "string"));
        assertThat(TABLE.outputTypes()).containsExactly(entry("priority", "integer"));
        assertThat(TABLE.labels()).allSatisfy(label -> assertThat(label).isNotBlank());
    }

    @Test
    void trendCodesAreThoseOfTheWeeklyPicture() {
        assertThat(Stream.of(Trend.values()).map(Trend::code)).containsExactly("rising", "stable", "falling");
    }
}
