package se.linkoping.samverkan.intervention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static se.linkoping.samverkan.support.DecisionTableUnderTest.inputs;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.model.dmn.HitPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.linkoping.samverkan.identity.OrganisationGroup;
import se.linkoping.samverkan.support.DecisionTableUnderTest;
import se.linkoping.samverkan.support.DecisionTableUnderTest.Evaluation;
import se.linkoping.samverkan.support.DecisionTableUnderTest.RuleCase;

/**
 * The DMN {@code responsible-actor} ({@code bpmn/responsible-actor.dmn}), rule by rule: which group
 * carries out an intervention against a problem, by category and type of place. Hit policy FIRST: crimes
 * only the police can act on come first, then the school, then the owner of the place.
 */
class ResponsibleActorDecisionTest {

    private static final DecisionTableUnderTest TABLE = DecisionTableUnderTest.load("responsible-actor");

    /** The categories seeded by {@code V2__seed_linkoping_reference_data.sql}. */
    private static final List<String> CATEGORIES = List.of("skottlossning-sprangning", "vald-hot",
            "hot-mot-verksamhet", "narkotika", "ungdomar-riskmiljo", "anlagd-brand", "skadegorelse",
            "stold-inbrott", "ordningsstorning", "trafik-buskorning", "otrygg-miljo", "ovrigt");
    private static final List<String> PLACE_TYPES = List.of("skola", "kollektivtrafik", "bostadsomrade", "centrum",
            "park-idrott", "ovrigt");

    private static final String CATCH_ALL = "Rule_OtherwiseSecurityUnit";

    /** Inputs of one evaluation, the rule they must hit (and no earlier one) and the group it names. */
    record Case(String rule, String group, String category, String placeType) implements RuleCase {

        @Override
        public Map<String, Object> variables() {
            return inputs("category", category, "placeType", placeType);
        }

        @Override
        public String toString() {
            return "%s → %s: %s, %s".formatted(rule, group, category, placeType);
        }
    }

    /** One case per rule, in the table's order. */
    static Stream<Case> ruleCases() {
        return Stream.of(
                new Case("Rule_ShootingAndExplosionsToPolice", "police", "skottlossning-sprangning", "bostadsomrade"),
                new Case("Rule_ViolenceAndThreatsToPolice", "police", "vald-hot", "centrum"),
                new Case("Rule_DrugsToPolice", "police", "narkotika", "park-idrott"),
                new Case("Rule_TheftAndBurglaryToPolice", "police", "stold-inbrott", "bostadsomrade"),
                new Case("Rule_TrafficToPolice", "police", "trafik-buskorning", "ovrigt"),
                new Case("Rule_SchoolToEducation", "education", "ordningsstorning", "skola"),
                new Case("Rule_YouthAtLeisureToCultureLeisure", "culture-leisure", "ungdomar-riskmiljo", "park-idrott"),
                new Case("Rule_YouthAtRiskToSocialCare", "social-care", "ungdomar-riskmiljo", "centrum"),
                new Case("Rule_VandalismInResidentialAreaToHousingCompany", "municipal-companies", "skadegorelse", "bostadsomrade"),
                new Case("Rule_ArsonInResidentialAreaToHousingCompany", "municipal-companies", "anlagd-brand", "bostadsomrade"),
                new Case("Rule_VandalismElsewhereToUrbanPlanning", "urban-planning", "skadegorelse", "centrum"),
                new Case("Rule_ArsonElsewhereToUrbanPlanning", "urban-planning", "anlagd-brand", "park-idrott"),
                new Case("Rule_UnsafeEnvironmentToUrbanPlanning", "urban-planning", "otrygg-miljo", "park-idrott"),
                new Case("Rule_DisorderToPolice", "police", "ordningsstorning", "centrum"),
                new Case("Rule_OtherToSecurityUnit", "security-unit", "ovrigt", "centrum"),
                new Case(CATCH_ALL, "security-unit", "ny-kategori", "centrum"));
    }

    /** Each distinction between rules, from both sides. */
    static Stream<Case> boundaryCases() {
        return Stream.of(
                // Police matters stay with the police in school too.
                new Case("Rule_ShootingAndExplosionsToPolice", "police", "skottlossning-sprangning", "skola"),
                new Case("Rule_ViolenceAndThreatsToPolice", "police", "hot-mot-verksamhet", "skola"),
                new Case("Rule_DrugsToPolice", "police", "narkotika", "skola"),
                new Case("Rule_TheftAndBurglaryToPolice", "police", "stold-inbrott", "skola"),
                new Case("Rule_TrafficToPolice", "police", "trafik-buskorning", "skola"),
                // Everything else in school is the school's.
                new Case("Rule_SchoolToEducation", "education", "ungdomar-riskmiljo", "skola"),
                new Case("Rule_SchoolToEducation", "education", "skadegorelse", "skola"),
                new Case("Rule_SchoolToEducation", "education", "anlagd-brand", "skola"),
                new Case("Rule_SchoolToEducation", "education", "otrygg-miljo", "skola"),
                new Case("Rule_SchoolToEducation", "education", "ovrigt", "skola"),
                new Case("Rule_SchoolToEducation", "education", "ny-kategori", "skola"),
                // Youth: parks and sports grounds vs everywhere else.
                new Case("Rule_YouthAtRiskToSocialCare", "social-care", "ungdomar-riskmiljo", "bostadsomrade"),
                new Case("Rule_YouthAtRiskToSocialCare", "social-care", "ungdomar-riskmiljo", "kollektivtrafik"),
                new Case("Rule_YouthAtRiskToSocialCare", "social-care", "ungdomar-riskmiljo", null),
                // Vandalism and arson: residential areas vs the public environment.
                new Case("Rule_VandalismElsewhereToUrbanPlanning", "urban-planning", "skadegorelse", "kollektivtrafik"),
                new Case("Rule_VandalismElsewhereToUrbanPlanning", "urban-planning", "skadegorelse", null),
                new Case("Rule_ArsonElsewhereToUrbanPlanning", "urban-planning", "anlagd-brand", "centrum"),
                // The unsafe environment is urban planning's, also in residential areas.
                new Case("Rule_UnsafeEnvironmentToUrbanPlanning", "urban-planning", "otrygg-miljo", "bostadsomrade"),
                // Disorder outside school.
                new Case("Rule_DisorderToPolice", "police", "ordningsstorning", "park-idrott"),
                new Case("Rule_OtherToSecurityUnit", "security-unit", "ovrigt", "ovrigt"),
                // Nothing known.
                new Case(CATCH_ALL, "security-unit", null, null));
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
        assertThat(TABLE.outputOf(c)).containsOnly(entry("responsibleGroup", c.group()),
                entry("responsibleName", OrganisationGroup.byId(c.group()).orElseThrow().swedishName()));
    }

    /**
     * Every known category at every type of place gets a rule of its own, never the catch-all (which is
     * for categories added later), and names a unit of the organisation by its Swedish name.
     */
    @Test
    void everyKnownCategoryAtEveryPlaceHasAnExplicitRuleAndAUnit() {
        for (String category : CATEGORIES) {
            for (String placeType : PLACE_TYPES) {
                Evaluation evaluation = TABLE.evaluate(Map.of("category", category, "placeType", placeType));
                String group = (String) evaluation.output().get("responsibleGroup");

                assertThat(evaluation.matchedRuleIds()).as("%s, %s", category, placeType).doesNotContain(CATCH_ALL);
                assertThat(OrganisationGroup.byId(group)).as("%s, %s", category, placeType)
                        .hasValueSatisfying(unit -> {
                            assertThat(unit.kind()).isEqualTo(OrganisationGroup.Kind.UNIT);
                            assertThat(evaluation.output().get("responsibleName")).isEqualTo(unit.swedishName());
                        });
            }
        }
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
        assertThat(TABLE.name()).isEqualTo("Ansvarig aktör för insats");
        assertThat(TABLE.hitPolicy()).isEqualTo(HitPolicy.FIRST);
        assertThat(TABLE.inputTypes()).containsExactly(entry("category", "string"), entry("placeType", "string"));
        assertThat(TABLE.outputTypes()).containsExactly(
                entry("responsibleGroup", "string"), entry("responsibleName", "string"));
        assertThat(TABLE.labels()).allSatisfy(label -> assertThat(label).isNotBlank());
    }
}
