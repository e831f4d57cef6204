package se.linkoping.samverkan.matter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static se.linkoping.samverkan.support.DecisionTableUnderTest.inputs;

import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.model.dmn.HitPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.linkoping.samverkan.identity.OrganisationGroup;
import se.linkoping.samverkan.support.DecisionTableUnderTest;
import se.linkoping.samverkan.support.DecisionTableUnderTest.RuleCase;

/**
 * The DMN {@code escalation-level} ({@code bpmn/escalation-level.dmn}), rule by rule: at which level of
 * the chain EST → coordination group → steering group → political steering group a matter belongs.
 * Hit policy FIRST: the highest level that is needed wins.
 */
class EscalationLevelDecisionTest {

    private static final DecisionTableUnderTest TABLE = DecisionTableUnderTest.load("escalation-level");

    private static final String EST = "est";
    private static final String COORDINATION = "coordination-group";
    private static final String STEERING = "steering-group";
    private static final String POLITICAL = "political-steering-group";

    /** The Swedish name the table gives each level. */
    private static final Map<String, String> LEVEL_NAMES = Map.of(
            EST, "EST-arbetsgruppen",
            COORDINATION, "Lednings- och samordningsgruppen",
            STEERING, "Styrgruppen",
            POLITICAL, "Politiska styrgruppen");

    /** Inputs of one evaluation, the rule they must hit (and no earlier one) and the level it gives. */
    record Case(String rule, String level, Integer priority, Integer departmentsInvolved,
                Boolean needsResourcesBeyondBudget, Boolean needsPolicyDecision, Integer weeksPersisting) implements RuleCase {

        @Override
        public Map<String, Object> variables() {
            return inputs("priority", priority, "departmentsInvolved", departmentsInvolved,
                    "needsResourcesBeyondBudget", needsResourcesBeyondBudget,
                    "needsPolicyDecision", needsPolicyDecision, "weeksPersisting", weeksPersisting);
        }

        @Override
        public String toString() {
            return "%s → %s: prioritet %s, %s förvaltningar, resurser utöver budget %s, politiskt beslut %s, %s veckor"
                    .formatted(rule, level, priority, departmentsInvolved, needsResourcesBeyondBudget,
                            needsPolicyDecision, weeksPersisting);
        }
    }

    /** One case per rule, in the table's order. */
    static Stream<Case> ruleCases() {
        return Stream.of(
                new Case("Rule_PolicyDecisionGoesToPoliticalSteeringGroup", POLITICAL, 3, 1, false, true, 0),
                new Case("Rule_ResourcesBeyondBudgetGoToSteeringGroup", STEERING, 3, 1, true, false, 0),
                new Case("Rule_LongPersistingGoesToSteeringGroup", STEERING, 2, 1, false, false, 8),
                new Case("Rule_PersistingGoesToCoordinationGroup", COORDINATION, 1, 1, false, false, 4),
                new Case("Rule_SeveralDepartmentsGoToCoordinationGroup", COORDINATION, 3, 2, false, false, 0),
                new Case("Rule_OtherwiseEst", EST, 4, 1, false, false, 0));
    }

    /** Either side of each threshold and of each distinction between rules. */
    static Stream<Case> boundaryCases() {
        return Stream.of(
                // A policy decision goes to the top whatever else is true.
                new Case("Rule_PolicyDecisionGoesToPoliticalSteeringGroup", POLITICAL, 1, 9, true, true, 20),
                new Case("Rule_ResourcesBeyondBudgetGoToSteeringGroup", STEERING, 1, 9, true, false, 20),
                // Weeks persisting at priority 1-2: 3 vs 4 and 7 vs 8.
                new Case("Rule_OtherwiseEst", EST, 2, 1, false, false, 3),
                new Case("Rule_PersistingGoesToCoordinationGroup", COORDINATION, 2, 1, false, false, 4),
                new Case("Rule_PersistingGoesToCoordinationGroup", COORDINATION, 2, 1, false, false, 7),
                new Case("Rule_LongPersistingGoesToSteeringGroup", STEERING, 1, 1, false, false, 8),
                // Priority 2 vs 3: a lower priority does not escalate by weeks alone.
                new Case("Rule_OtherwiseEst", EST, 3, 1, false, false, 8),
                new Case("Rule_OtherwiseEst", EST, 3, 1, false, false, 4),
                new Case("Rule_SeveralDepartmentsGoToCoordinationGroup", COORDINATION, 3, 2, false, false, 8),
                // Departments involved: 1 vs 2.
                new Case("Rule_OtherwiseEst", EST, 1, 1, false, false, 0),
                new Case("Rule_SeveralDepartmentsGoToCoordinationGroup", COORDINATION, 1, 2, false, false, 3),
                // Nothing known: EST keeps the matter.
                new Case("Rule_OtherwiseEst", EST, null, null, null, null, null));
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
        assertThat(TABLE.outputOf(c)).containsOnly(
                entry("level", c.level()), entry("levelName", LEVEL_NAMES.get(c.level())));
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
        assertThat(TABLE.name()).isEqualTo("Eskaleringsnivå");
        assertThat(TABLE.hitPolicy()).isEqualTo(HitPolicy.FIRST);
        assertThat(TABLE.inputTypes()).containsExactly(
                entry("priority", "integer"), entry("departmentsInvolved", "integer"),
                entry("needsResourcesBeyondBudget", "boolean"), entry("needsPolicyDecision", "boolean"),
                entry("weeksPersisting", "integer"));
        assertThat(TABLE.outputTypes()).containsExactly(entry("level", "string"), entry("levelName", "string"));
        assertThat(TABLE.labels()).allSatisfy(label -> assertThat(label).isNotBlank());
    }

    /** Every level is a body of the organisation, whose group gets the matter's tasks. */
    @Test
    void levelsAreTheBodiesGroups() {
        assertThat(LEVEL_NAMES.keySet()).allSatisfy(level -> assertThat(OrganisationGroup.byId(level))
                .hasValueSatisfying(group -> assertThat(group.kind()).isEqualTo(OrganisationGroup.Kind.BODY)));
    }
}
